// The public surface of `saisie`, listed by name so that bundlers tree-shake what a form does not use.
export type { CheckOptions, CheckResult, Issue, Severity } from './core/types.js';
export { ISSUE_CODES, type IssueCode } from './core/codes.js';
export { registerMessages, type Catalog } from './core/messages.js';

export { checkEmail, loadDisposableDomains, parseMailbox, type EmailCheckOptions, type EmailCheckResult, type Mailbox } from './core/email/index.js';
export { checkPhone, formatPhoneAsYouType, loadPhoneMetadata, type PhoneCheckOptions, type PhoneCheckResult, type PhoneInfo } from './core/phone/index.js';
export { checkPostalCode } from './core/postal/index.js';
export { formatAddress, getAddressFormat, type Address, type AddressFormat, type AddressFormatOptions } from './core/address/index.js';
export { findCountry, getCountryName, loadCountryNames } from './core/country/index.js';
export { checkCivility, loadFirstNames, type CivilityInput, type CivilityCheckOptions } from './core/civility/index.js';

export { createForm, type FormConfig, type FormStore, type FormSnapshot, type FieldConfig, type FieldState, type FieldStatus } from './core/form/createForm.js';
export type { FieldCountry, RoleContext, RoleRule, RoleTable } from './core/form/fieldRoles.js';
export { attach, type AttachHandle, type AttachOptions, type SubmitDetail } from './dom/attach.js';
export type { AttachContext, AttachPlugin, BoundField } from './dom/plugin.js';
