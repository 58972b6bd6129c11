import { ISSUE_CODES, type IssueCode } from './codes.js';
import type { Issue } from './types.js';

/** Messages of one locale, keyed by issue code, or `code#reason` for a more precise variant. */
export type Catalog = Readonly<Record<string, string>>;
/** Catalogs of one rule family, keyed by primary language (`en`, `fr`…). */
export type Catalogs = Readonly<Record<string, Catalog>>;

const overrides: Record<string, Record<string, string>> = {};

/** Adds or overrides messages for a locale (any language tag), e.g. `registerMessages('nl', {...})`. */
export function registerMessages(locale: string, messages: Catalog): void {
  const key = String(locale).toLowerCase();
  overrides[key] = { ...overrides[key], ...messages };
}

function languagesOf(locale: string | undefined): string[] {
  const tag = typeof locale === 'string' ? locale.slice(0, 35).toLowerCase().replace(/_/g, '-') : '';
  const primary = tag.split('-')[0] ?? '';
  return tag && tag !== primary ? [tag, primary, 'en'] : [primary || 'en', 'en'];
}

function lookup(catalogs: Catalogs, locale: string | undefined, keys: string[]): string | undefined {
  for (const lang of languagesOf(locale)) {
    for (const key of keys) {
      const own = (t: Readonly<Record<string, Catalog | Record<string, string>>>) => (Object.prototype.hasOwnProperty.call(t, lang) ? t[lang] : undefined);
      const pick = (c: Catalog | undefined) => (c && Object.prototype.hasOwnProperty.call(c, key) ? c[key] : undefined);
      const text = pick(own(overrides)) ?? pick(own(catalogs));
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/** The text of the first of `keys` found for `locale` (then its language, then English), with `{name}` filled. */
export function translate(catalogs: Catalogs, locale: string | undefined, keys: string[], vars: Readonly<Record<string, string | number>> = {}): string {
  const template = lookup(catalogs, locale, keys) ?? keys[keys.length - 1] ?? '';
  return template.replace(/\{(\w{1,20})\}/g, (whole, name: string) => (vars[name] !== undefined ? String(vars[name]) : whole));
}

/** Builds an issue of `code` with its catalog severity and its message in `locale`. */
export function createIssue(
  catalogs: Catalogs,
  locale: string | undefined,
  code: IssueCode,
  extra: { suggestion?: string; params?: Record<string, string | number> } = {},
): Issue {
  const { suggestion, params } = extra;
  const keys = params?.reason !== undefined ? [`${code}#${params.reason}`, code] : [code];
  const message = translate(catalogs, locale, keys, suggestion !== undefined ? { ...params, suggestion } : params);
  const issue: Issue = { code, severity: ISSUE_CODES[code], message };
  if (suggestion !== undefined) issue.suggestion = suggestion;
  if (params) issue.params = params;
  return issue;
}
