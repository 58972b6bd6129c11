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
 * Declares issue codes that adapters emit (`{ 'email.catch_all': 'warning' }`) so that issues of them get their severity
 * and `registerMessages` accepts their messages; a code is `family.name` in lower case, and saisie's own keep theirs.
 */
export function addIssueCodes(book: MessageBook, codes: Readonly<Record<string, Severity>>): void {
  if (!codes || typeof codes !== 'object') throw new TypeError('saisie: defineIssueCodes() needs an object of code → severity.');
  for (const [code, severity] of Object.entries(codes)) {
    if (!/^[a-z][a-z0-9-]{0,30}\.[a-z0-9][a-z0-9_-]{0,40}$/.test(code)) throw new TypeError(`saisie: defineIssueCodes(): "${code.slice(0, 60)}" is not a code such as "email.catch_all".`);
    if (severity !== 'error' && severity !== 'warning' && severity !== 'info') throw new TypeError(`saisie: defineIssueCodes(): the severity of "${code}" must be 'error', 'warning' or 'info'.`);
    const own = Object.prototype.hasOwnProperty.call(ISSUE_CODES, code) ? ISSUE_CODES[code as keyof typeof ISSUE_CODES] : undefined;
    if (own !== undefined && own !== severity) throw new TypeError(`saisie: defineIssueCodes(): "${code}" is saisie's own code, of severity '${own}'.`);
    book.codes[code] = severity;
  }
}

/** Throws a `saisie:` TypeError unless `locale` is a language tag (`fr`, `pt-BR`, `fr_CA`): never `__proto__`. */
export function assertLocale(caller: string, locale: unknown): void {
  if (typeof locale !== 'string' || !/^[a-z]{2,3}(?:[-_][a-z0-9]{1,8}){0,4}$/i.test(locale)) {
    throw new TypeError(`saisie: ${caller}(): ${JSON.stringify(String(locale).slice(0, 40))} is not a language tag such as "fr" or "pt-BR".`);
  }
}

/** Adds or overrides messages of a locale (any language tag) in a book. */
export function addMessages(book: MessageBook, locale: string, messages: Catalog): void {
  const key = String(locale).toLowerCase();
  // Without a prototype, like the book itself: a lookup by key finds only what was added.
  book.overrides[key] = Object.assign(Object.create(null) as Record<string, string>, book.overrides[key], messages);
}

function languagesOf(locale: string | undefined): string[] {
  const tag = typeof locale === 'string' ? locale.slice(0, 35).toLowerCase().replace(/_/g, '-') : '';
  const primary = tag.split('-')[0] ?? '';
  return tag && tag !== primary ? [tag, primary, 'en'] : [primary || 'en', 'en'];
}

function find(catalogs: Catalogs, locale: string | undefined, keys: string[], book: MessageBook | undefined): string | undefined {
  for (const lang of languagesOf(locale)) {
    const mine = book?.overrides[lang]; // the book's objects have no prototype
    const theirs = lookup(catalogs, lang);
    for (const key of keys) {
      const text = mine?.[key] ?? (theirs && lookup(theirs, key));
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
  // The params' own properties only: "{constructor}" stays as written, never "function Object()".
  return template.replace(/\{(\w{1,20})\}/g, (whole, name: string) => String(lookup(vars, name) ?? whole));
}

/** Where a family's issues take their messages: its catalogs, and the book of the configuration it belongs to. */
export interface IssueSource {
  readonly messages: Catalogs;
  readonly book?: MessageBook | undefined;
}

/** What an issue may carry besides its code: a suggestion, and params for its message (`reason` picks a variant). */
export interface IssueExtra {
  suggestion?: string;
  params?: Record<string, string | number>;
}

/**
 * Builds an issue of `code` with its severity in the family's `codes` (then the codes the book declares; an unknown
 * code blocks) and its message in `locale`.
 */
export function createIssue<C extends Readonly<Record<string, Severity>>>(
  codes: C,
  source: IssueSource,
  locale: string | undefined,
  code: Extract<keyof C, string>,
  extra: IssueExtra = {},
): Issue {
  const { suggestion, params } = extra;
  const { book } = source;
  const keys = params?.reason !== undefined ? [`${code}#${params.reason}`, code] : [code];
  const message = translate(source.messages, locale, keys, suggestion !== undefined ? { ...params, suggestion } : params, book);
  const issue: Issue = { code: code as IssueCode, severity: codes[code] ?? book?.codes[code] ?? 'error', message };
  if (suggestion !== undefined) issue.suggestion = suggestion;
  if (params) issue.params = params;
  return issue;
}
