// Email rules: syntax, typo suggestion, disposable/role/webmail flags.
export { checkEmail, type EmailCheckOptions, type EmailCheckResult } from './checkEmail.js';
export { loadDisposableDomains } from './isDisposableDomain.js';
