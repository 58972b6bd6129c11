import { createIssue } from '../messages.js';
import { assertString, trimSpaces } from '../input.js';
import { toResult } from '../result.js';
import type { CheckOptions, CheckResult, Issue } from '../types.js';
import { EMAIL_PROVIDERS, EMAIL_ROLE_LOCAL_PARTS } from '../../data/email-domains.js';
import { EMAIL_MESSAGES } from '../../locales/email.js';
import { checkEmailSyntax } from './checkEmailSyntax.js';
import { suggestEmailDomain } from './suggestEmailDomain.js';
import { isDisposableDomain } from './isDisposableDomain.js';

/** Options of `checkEmail`. */
export interface EmailCheckOptions extends CheckOptions {
  /** Report disposable, role and webmail addresses (default true). */
  flags?: boolean;
}

/** `checkEmail`'s result: with the address's parts when its syntax is deliverable. */
export interface EmailCheckResult extends CheckResult {
  email?: { local: string; domain: string };
}

const PROVIDERS: ReadonlySet<string> = new Set(EMAIL_PROVIDERS);
const ROLES: ReadonlySet<string> = new Set(EMAIL_ROLE_LOCAL_PARTS);

/** Checks an email address: deliverable syntax, typo suggestion on the domain, disposable/role/webmail flags. */
export function checkEmail(input: string, options: EmailCheckOptions = {}): EmailCheckResult {
  assertString('checkEmail', 'input', input);
  const locale = options.locale;
  // Absurd input is too long whatever its edges: answer before scanning it.
  if (input.length > 300) return toResult(input, [createIssue(EMAIL_MESSAGES, locale, 'email.syntax', { params: { reason: 'too-long' } })]);
  const value = trimSpaces(input); // line breaks are not trimmed: they never come from a field
  const syntax = checkEmailSyntax(value);
  const issues: Issue[] = [];
  if (!syntax.ok) {
    issues.push(createIssue(EMAIL_MESSAGES, locale, 'email.syntax', { params: { reason: syntax.reason } }));
    const at = value.lastIndexOf('@');
    if (at > 0 && (syntax.reason === 'no-dot' || syntax.reason === 'tld')) {
      const domain = suggestEmailDomain(value.slice(at + 1).toLowerCase());
      if (domain) issues.push(createIssue(EMAIL_MESSAGES, locale, 'email.typo', { suggestion: `${value.slice(0, at)}@${domain}` }));
    }
    return toResult(value, issues);
  }
  const { local, domain } = syntax;
  const normalized = `${local}@${domain}`;
  const suggested = suggestEmailDomain(domain);
  if (suggested && suggested !== domain) issues.push(createIssue(EMAIL_MESSAGES, locale, 'email.typo', { suggestion: `${local}@${suggested}` }));
  if (options.flags !== false) {
    if (isDisposableDomain(syntax.asciiDomain)) issues.push(createIssue(EMAIL_MESSAGES, locale, 'email.disposable', { params: { domain } }));
    const plus = local.indexOf('+');
    if (ROLES.has((plus > 0 ? local.slice(0, plus) : local).toLowerCase())) issues.push(createIssue(EMAIL_MESSAGES, locale, 'email.role'));
    if (PROVIDERS.has(domain)) issues.push(createIssue(EMAIL_MESSAGES, locale, 'email.free', { params: { domain } }));
  }
  return { ...toResult(normalized, issues), email: { local, domain } };
}
