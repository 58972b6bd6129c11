import { ISSUE_CODES, type IssueCode } from './codes.js';
import type { Issue, Severity } from './types.js';
import { lookup } from './input.js';

/** Messages of one locale, keyed by issue code, or `code#reason` for a more precise variant. */
export type Catalog = Readonly<Record<string, string>>;
/** Catalogs of one rule family, keyed by primary language (`en`, `fr`…). */
export type Catalogs = Readonly<Record<string, Catalog>>;

/** Messages a configuration adds or overrides, by locale: one book is shared by every rule of an entry. */
export interface MessageBook {
  /** @internal */ overrides: Record<string, Record<string, string>>;
  /** Issue codes declared by adapters (verifiers, providers), with their severity. */
  /** @internal */ codes: Record<string, Severity>;
}

/** An empty message book. */
export function createMessageBook(): MessageBook {
  return { overrides: Object.create(null) as Record<string, Record<string, string>>, codes: Object.create(null) as Record<string, Severity> };
}

/**
 * Throws a `saisie:` TypeError for a message key no rule or UI text of `known` uses: a mistyped key would otherwise
 * be ignored in silence. Known: issue codes (`email.typo`), their `code#reason` variants, and `known`'s own keys.
 */
export function assertMessageKeys(caller: string, messages: Catalog, book: MessageBook, known: Catalogs): void {
  if (!messages || typeof messages !== 'object') throw new TypeError(`saisie: ${caller}() needs an object of messages keyed by issue code.`);
  for (const [key, text] of Object.entries(messages)) {
    const code = key.split('#')[0] ?? '';
    const ok = Object.prototype.hasOwnProperty.call(ISSUE_CODES, code) || Object.prototype.hasOwnProperty.call(book.codes, code) || Object.values(known).some((c) => Object.prototype.hasOwnProperty.call(c, key));
    if (!ok) throw new TypeError(`saisie: ${caller}(): unknown message key "${key.slice(0, 60)}" (keys are issue codes such as "email.typo", "code#reason" variants, or ui.* texts).`);
    if (typeof text !== 'string') throw new TypeError(`saisie: ${caller}(): the message of "${key.slice(0, 60)}" must be a string.`);
  }
}

/**
 * Declares issue codes that adapters emit (`{ 'email.no_mx': 'error' }`) so that issues of them get their severity
 * and `registerMessages` accepts their messages; a code is `family.name` in lower case, and saisie's own keep theirs.
 */
export function addIssueCodes(book: MessageBook, codes: Readonly<Record<string, Severity>>): void {
  if (!codes || typeof codes !== 'object') throw new TypeError('saisie: defineIssueCodes() needs an object of code → severity.');
  for (const [code, severity] of Object.entries(codes)) {
    if (!/^[a-z][a-z0-9-]{0,30}\.[a-z0-9][a-z0-9_-]{0,40}$/.test(code)) throw new TypeError(`saisie: defineIssueCodes(): "${code.slice(0, 60)}" is not a code such as "email.no_mx".`);
    if (severity !== 'error' && severity !== 'warning' && severity !== 'info') throw new TypeError(`saisie: defineIssueCodes(): the severity of "${code}" must be 'error', 'warning' or 'info'.`);
    const own = Object.prototype.hasOwnProperty.call(ISSUE_CODES, code) ? ISSUE_CODES[code as keyof typeof ISSUE_CODES] : undefined;
    if (own !== undefined && own !== severity) throw new TypeError(`saisie: defineIssueCodes(): "${code}" is saisie's own code, of severity '${own}'.`);
    book.codes[code] = severity;
  }
}

/** Adds or overrides messages of a locale (any language tag) in a book. */
export function addMessages(book: MessageBook, locale: string, messages: Catalog): void {
  const key = String(locale).toLowerCase();
  book.overrides[key] = { ...book.overrides[key], ...messages };
}

function languagesOf(locale: string | undefined): string[] {
  const tag = typeof locale === 'string' ? locale.slice(0, 35).toLowerCase().replace(/_/g, '-') : '';
  const primary = tag.split('-')[0] ?? '';
  return tag && tag !== primary ? [tag, primary, 'en'] : [primary || 'en', 'en'];
}

function find(catalogs: Catalogs, locale: string | undefined, keys: string[], book: MessageBook | undefined): string | undefined {
  for (const lang of languagesOf(locale)) {
    const mine = book && lookup(book.overrides, lang);
    const theirs = lookup(catalogs, lang);
    for (const key of keys) {
      const text = (mine && lookup(mine, key)) ?? (theirs && lookup(theirs, key));
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/** The text of the first of `keys` found for `locale` (then its language, then English), with `{name}` filled; a book's messages first. */
export function translate(
  catalogs: Catalogs,
  locale: string | undefined,
  keys: string[],
  vars: Readonly<Record<string, string | number>> = {},
  book?: MessageBook,
): string {
  const template = find(catalogs, locale, keys, book) ?? keys[keys.length - 1] ?? '';
  return template.replace(/\{(\w{1,20})\}/g, (whole, name: string) => (vars[name] !== undefined ? String(vars[name]) : whole));
}

/** The severity of a code: saisie's own table, then the codes declared in the book; an unknown code blocks. */
function severityOf(code: string, book: MessageBook | undefined): Severity {
  return lookup<Severity>(ISSUE_CODES, code) ?? (book && lookup(book.codes, code)) ?? 'error';
}

/** Builds an issue of `code` with its catalog severity and its message in `locale`. */
export function createIssue(
  catalogs: Catalogs,
  locale: string | undefined,
  code: IssueCode,
  extra: { suggestion?: string; params?: Record<string, string | number> } = {},
  book?: MessageBook,
): Issue {
  const { suggestion, params } = extra;
  const keys = params?.reason !== undefined ? [`${code}#${params.reason}`, code] : [code];
  const message = translate(catalogs, locale, keys, suggestion !== undefined ? { ...params, suggestion } : params, book);
  const issue: Issue = { code, severity: severityOf(code, book), message };
  if (suggestion !== undefined) issue.suggestion = suggestion;
  if (params) issue.params = params;
  return issue;
}
