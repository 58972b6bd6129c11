// Email rules: syntax, typo suggestion, disposable/role/webmail flags.
export { checkEmail, type EmailCheckOptions, type EmailCheckResult } from './checkEmail.js';
export { loadDisposableDomains } from './isDisposableDomain.js';
export { parseMailbox, type Mailbox } from './parseMailbox.js';
