// Email rules: syntax, typo suggestion, disposable/role/webmail flags, over an email configuration.
export { checkEmail, type EmailCheckOptions, type EmailCheckResult } from './checkEmail.js';
export { createEmailData, type EmailData, type EmailDataOptions, type EmailTables } from './emailData.js';
export { isDisposableDomain, loadDisposableDomains } from './isDisposableDomain.js';
export { parseMailbox, type Mailbox } from './parseMailbox.js';
export { suggestEmailDomain } from './suggestEmailDomain.js';
