// A verifier as the form store's `verify` of one field: cached per value, its verdict turned into issues whose
// severity the site chose, with messages in the page's language. Anything but a clear verdict is `unverified`.
import type { FieldConfig } from '../form/createForm.js';
import { translate, type Catalogs, type MessageBook } from '../messages.js';
import type { Issue, Severity } from '../types.js';
import type { Verdict, Verifier, VerifyContext, VerifyKind } from './types.js';

/** How a field is verified. */
export interface FieldVerifyOptions {
  verifier: Verifier;
  kind: VerifyKind;
  /** `invalid` blocks (`error`) only when strict; otherwise it warns and lets the person through. */
  strict?: boolean;
  locale: string;
  /** Catalogs for the verdicts' codes (a code's text in the page's language wins over the server's). */
  messages: Catalogs;
  book?: MessageBook;
  /** The field's context at the time of the check (country, the section's other values, its key). */
  context(): Omit<VerifyContext, 'signal'>;
  /** Verdicts by value, shared by the form's fields (an unknown one for 30 s only). */
  cache?: VerdictCache;
}

/** Verdicts by kind, context and value, each with the time it is kept until (ms since the epoch). */
export type VerdictCache = Map<string, { verdict: Verdict; until: number }>;

const CACHE_SIZE = 200;
const UNKNOWN_MS = 30_000;
const STATUSES = new Set(['valid', 'invalid', 'risky']);

/** Makes the `verify` of a field's store config from a verifier. */
export function createFieldVerify(o: FieldVerifyOptions): NonNullable<FieldConfig['verify']> {
  const cache: VerdictCache = o.cache ?? new Map();
  const issueOf = (issue: Issue, severity: Severity, value: string): Issue | undefined => {
    if (!issue || typeof issue.code !== 'string') return undefined;
    const params = issue.params && typeof issue.params === 'object' ? issue.params : undefined;
    const at = value.lastIndexOf('@');
    const vars = { ...(o.kind === 'email' && at >= 0 ? { domain: value.slice(at + 1) } : {}), ...params };
    const keys = params?.reason !== undefined ? [`${issue.code}#${params.reason}`, issue.code] : [issue.code];
    const own = translate(o.messages, o.locale, keys, vars, o.book);
    // A code this page has no text for keeps the server's message (shown as text, never as markup).
    const message = own !== issue.code ? own : typeof issue.message === 'string' && issue.message ? issue.message.slice(0, 300) : undefined;
    if (message === undefined) return undefined;
    const out: Issue = { code: issue.code, severity, message };
    if (typeof issue.suggestion === 'string') out.suggestion = issue.suggestion;
    if (params) out.params = params;
    return out;
  };
  return async (value, { signal }) => {
    const context = o.context();
    const key = [o.kind, context.country ?? '', context.fields?.phoneType ?? '', value].join('\u0000');
    // An unknown verdict is kept briefly (the value is not sent again on leaving the field and submitting), then asked anew.
    const kept = cache.get(key);
    let verdict = kept && kept.until >= Date.now() ? kept.verdict : undefined;
    if (!verdict) {
      const answer = await o.verifier.verify(o.kind, value, { ...context, signal });
      const ok = !!answer && typeof answer === 'object' && (STATUSES.has(answer.status) || answer.status === 'unknown') && Array.isArray(answer.issues);
      verdict = ok ? answer : { status: 'unknown', issues: [] };
    }
    cache.delete(key); // most recently used last
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, kept?.verdict === verdict ? kept : { verdict, until: verdict.status === 'unknown' ? Date.now() + UNKNOWN_MS : Infinity });
    if (!STATUSES.has(verdict.status)) throw new Error('unknown');
    if (verdict.status === 'valid') return [];
    // Risky never blocks; an invalid verdict blocks only where the site asked for it.
    const severity: Severity = verdict.status === 'invalid' && o.strict ? 'error' : 'warning';
    const issues = verdict.issues.slice(0, 20).map((i) => issueOf(i, i?.severity === 'info' ? 'info' : severity, value)).filter((i): i is Issue => i !== undefined);
    if (verdict.status === 'invalid' && !issues.some((i) => i.severity !== 'info')) throw new Error('unknown'); // "invalid" with nothing to tell the person
    return issues;
  };
}
