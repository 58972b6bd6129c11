import { createIssue, type IssueExtra } from '../messages.js';
import { EMAIL_CODES } from '../codes.js';
import { assertString, trimSpaces } from '../input.js';
import { toResult } from '../result.js';
import type { CheckOptions, CheckResult, Issue } from '../types.js';
import type { EmailData } from './emailData.js';
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

/** Checks an email address: deliverable syntax, typo suggestion on the domain, disposable/role/webmail flags. */
export function checkEmail(input: string, options: EmailCheckOptions = {}, data: EmailData): EmailCheckResult {
  assertString('checkEmail', 'input', input);
  const locale = options?.locale;
  const issue = (code: keyof typeof EMAIL_CODES, extra?: IssueExtra) => createIssue(EMAIL_CODES, data, locale, code, extra);
  // Absurd input is too long whatever its edges: answer before scanning it.
  if (input.length > 300) return toResult(input, [issue('email.syntax', { params: { reason: 'too-long' } })]);
  // A paste from a text file or a spreadsheet cell ends with its line's end: one trailing line break goes with the
  // spaces around it; a line break before or inside the address, or a blank line after it, is still refused.
  const value = trimSpaces(trimSpaces(input).replace(/\r?\n?$/, ''));
  const syntax = checkEmailSyntax(value, data);
  const issues: Issue[] = [];
  if (!syntax.ok) {
    issues.push(issue('email.syntax', { params: { reason: syntax.reason } }));
    const at = value.lastIndexOf('@');
    if (at > 0 && (syntax.reason === 'no-dot' || syntax.reason === 'tld')) {
      const domain = suggestEmailDomain(value.slice(at + 1).toLowerCase(), data);
      if (domain) issues.push(issue('email.typo', { suggestion: `${value.slice(0, at)}@${domain}` }));
    }
    return toResult(value, issues);
  }
  const { local, domain } = syntax;
  const normalized = `${local}@${domain}`;
  const suggested = suggestEmailDomain(domain, data);
  if (suggested && suggested !== domain) issues.push(issue('email.typo', { suggestion: `${local}@${suggested}` }));
  if (options?.flags !== false) {
    if (isDisposableDomain(syntax.asciiDomain, data)) issues.push(issue('email.disposable', { params: { domain } }));
    const plus = local.indexOf('+');
    if (data.roles.has((plus > 0 ? local.slice(0, plus) : local).toLowerCase())) issues.push(issue('email.role'));
    if (data.providers.has(domain)) issues.push(issue('email.free', { params: { domain } }));
  }
  return { ...toResult(normalized, issues), email: { local, domain } };
}
