// The public surface of `saisie`, listed by name so that bundlers tree-shake what a form does not use. This entry
// binds the browser's default tables (the phone metadata of the regions a European form meets most; no loader:
// `setDataLoader` adds one) to core's rules, which take their tables as arguments.
import { tables } from './defaults.js';
import type { DataLoader } from './core/types.js';
import { checkPhone as checkPhoneIn, formatPhoneAsYouType as formatPhoneIn, loadPhoneMetadata as loadPhoneIn, type PhoneCheckOptions, type PhoneCheckResult } from './core/phone/index.js';
import { attach as attachWith, type AttachHandle, type AttachOptions } from './dom/attach.js';

/** Checks a phone number typed in any national or international form; `value` is E.164 when valid. */
export const checkPhone = (input: string, options?: PhoneCheckOptions): PhoneCheckResult => checkPhoneIn(input, options, tables.phone);
/** Display text for a partially typed phone number (give it the whole text typed so far). */
export const formatPhoneAsYouType = (input: string, country?: string): string => formatPhoneIn(input, country, tables.phone);
/** Loads a country's full phone metadata (number types, exact validity) through the data loader; resolves true once in use. */
export const loadPhoneMetadata = (country: string): Promise<boolean> => loadPhoneIn(country, tables.phone);
/** Binds saisie to a form (element or selector): live formatting, suggestions, accessible messages, submit gate. */
export const attach = (form: HTMLFormElement | string, options?: AttachOptions): AttachHandle => attachWith(form, options, tables);
/** Where lazy tables come from (e.g. `loadData` of `saisie/data`, or your own fetch); undefined: none load. */
export function setDataLoader(load: DataLoader | undefined): void {
  if (load !== undefined && typeof load !== 'function') throw new TypeError('saisie: setDataLoader() needs a function (kind, key) => Promise, or undefined.');
  tables.phone.load = load;
}

export type { CheckOptions, CheckResult, Issue, Severity } from './core/types.js';
export { ISSUE_CODES, type IssueCode } from './core/codes.js';
export { registerMessages, type Catalog } from './core/messages.js';

export { checkEmail, loadDisposableDomains, parseMailbox, type EmailCheckOptions, type EmailCheckResult, type Mailbox } from './core/email/index.js';
export type { PhoneCheckOptions, PhoneCheckResult, PhoneInfo, PhoneData, PhoneDataOptions } from './core/phone/index.js';
export type { SaisieData } from './core/data.js';
export type { DataLoader } from './core/types.js';
export { checkPostalCode } from './core/postal/index.js';
export { formatAddress, getAddressFormat, type Address, type AddressFormat, type AddressFormatOptions } from './core/address/index.js';
export { findCountry, getCountryName, loadCountryNames } from './core/country/index.js';
export { checkCivility, loadFirstNames, type CivilityInput, type CivilityCheckOptions } from './core/civility/index.js';

export { createForm, type FormConfig, type FormStore, type FormSnapshot, type FieldConfig, type FieldState, type FieldStatus } from './core/form/createForm.js';
export type { FieldCountry, RoleContext, RoleRule, RoleTable } from './core/form/fieldRoles.js';
export type { AttachHandle, AttachOptions, SubmitDetail } from './dom/attach.js';
export type { AttachContext, AttachPlugin, BoundField } from './dom/plugin.js';
