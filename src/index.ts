// The public surface of `saisie`, listed by name so that bundlers tree-shake what a form does not use. This entry
// binds the browser's default tables (src/defaults.ts: one configuration per rule family, no loader until
// `setDataLoader` adds one) to core's rules, which take their tables as arguments.
import { address, book, civility, country, email, frPostal, phone, tables } from './defaults.js';
import type { DataLoader } from './core/types.js';
import { addIssueCodes, type Catalog } from './core/messages.js';
import { registerMessagesIn, setLoaderOf } from './createSaisie.js';
import { checkPhone as checkPhoneIn, formatPhoneAsYouType as formatPhoneIn, loadPhoneMetadata as loadPhoneIn, type PhoneCheckOptions, type PhoneCheckResult } from './core/phone/index.js';
import { checkEmail as checkEmailIn, loadDisposableDomains as loadDisposableIn, type EmailCheckOptions, type EmailCheckResult } from './core/email/index.js';
import { checkCivility as checkCivilityIn, loadFirstNames as loadFirstNamesIn, type CivilityCheckOptions, type CivilityInput } from './core/civility/index.js';
import { findCountry as findCountryIn, getCountryName as getCountryNameIn, loadCountryNames as loadCountryNamesIn } from './core/country/index.js';
import { formatAddress as formatAddressIn, formatAddressResult as formatAddressResultIn, getAddressFormat as getAddressFormatIn, type Address, type AddressFormat, type AddressFormatOptions, type AddressResult } from './core/address/index.js';
import { checkPostalCode as checkPostalCodeIn } from './core/postal/index.js';
import { checkPostalCity as checkPostalCityIn } from './core/postal/checkPostalCity.js';
import { getCommunesForPostalCode as getCommunesIn, type FrCommune } from './core/postal/getCommunesForPostalCode.js';
import { loadFrPostal as loadFrPostalIn } from './core/postal/loadFrPostal.js';
import { searchCountries as searchCountriesIn, type CountryMatch, type SearchCountriesOptions } from './core/country/searchCountries.js';
import { getAddressLayout as getAddressLayoutIn, type AddressLayoutEntry } from './core/address/getAddressLayout.js';
import type { CheckOptions, CheckResult, Severity } from './core/types.js';
import type { FormElement } from './dom/globals.js';
import { attach as attachWith, type AttachHandle, type AttachOptions } from './dom/attach.js';

/** Checks an email address: deliverable syntax, typo suggestion on the domain, disposable/role/webmail flags. */
export const checkEmail = (input: string, options?: EmailCheckOptions): EmailCheckResult => checkEmailIn(input, options, email);
/** Loads the full maintained disposable-domain list through the data loader; resolves its size (0 without a loader). */
export const loadDisposableDomains = (): Promise<number> => loadDisposableIn(email);
/** Checks a phone number typed in any national or international form; `value` is E.164 when valid. */
export const checkPhone = (input: string, options?: PhoneCheckOptions): PhoneCheckResult => checkPhoneIn(input, options, phone);
/** Display text for a partially typed phone number (give it the whole text typed so far). */
export const formatPhoneAsYouType = (input: string, country?: string): string => formatPhoneIn(input, country, phone);
/** Loads a country's full phone metadata (number types, exact validity) through the data loader; resolves true once in use. */
export const loadPhoneMetadata = (country: string): Promise<boolean> => loadPhoneIn(country, phone);
/** Checks a postal code for a country (ISO 3166-1 alpha-2); `value` is its canonical form. */
export const checkPostalCode = (input: string, countryCode: string, options?: CheckOptions): CheckResult => checkPostalCodeIn(input, countryCode, options, address);
/** Checks that a city fits a French postal code (loaded chunks): `address.city-mismatch` warning with the right city as suggestion. */
export const checkPostalCity = (postalCode: string, city: string, options?: CheckOptions): CheckResult => checkPostalCityIn(postalCode, city, options, frPostal);
/** The communes a French postal code serves (its département's chunk loaded), or undefined. */
export const getCommunesForPostalCode = (postalCode: string): FrCommune[] | undefined => getCommunesIn(postalCode, frPostal);
/** Loads the chunk of a French postal code's département through the data loader; resolves true once in use. */
export const loadFrPostal = (postalCode: string): Promise<boolean> => loadFrPostalIn(postalCode, frPostal);
/** The address fields a country uses, in its order, with required flags and label keys; undefined for an unknown country. */
export const getAddressLayout = (countryCode: string): AddressLayoutEntry[] | undefined => getAddressLayoutIn(countryCode, address);
/** Countries matching a search in any loaded language, alias or ISO code, best first ("allem" → DE). */
export const searchCountries = (query: string, options: SearchCountriesOptions): CountryMatch[] => searchCountriesIn(query, options, country);
/** Lays out an address for its country; `style: 'postal'` applies its postal norm (AFNOR NF Z10-011 for FR). */
export const formatAddress = (value: Address, options?: AddressFormatOptions): string[] => formatAddressIn(value, options, address);
/** The lines of an address and an `address.overflow` warning for anything that could not be laid out (AFNOR's 6 × 38). */
export const formatAddressResult = (value: Address, options?: AddressFormatOptions): AddressResult => formatAddressResultIn(value, options, address);
/** The format of a region by ISO 3166-1 alpha-2 code, or undefined. */
export const getAddressFormat = (countryCode: string): AddressFormat | undefined => getAddressFormatIn(countryCode, address);
/** Checks that a civility fits a first name (M. + Marie warns); unknown or epicene names never warn. */
export const checkCivility = (values: CivilityInput, options?: CivilityCheckOptions): CheckResult => checkCivilityIn(values, options, civility);
/** Loads a language's first-name table through the data loader; resolves true once in use. */
export const loadFirstNames = (locale: string): Promise<boolean> => loadFirstNamesIn(locale, civility);
/** The ISO 3166-1 alpha-2 code of a code, an alias (UK → GB) or a country name in a loaded language. */
export const findCountry = (input: string): string | undefined => findCountryIn(input, country);
/** A country's name in a language whose names are loaded, e.g. ('DE', 'fr') → 'Allemagne'. */
export const getCountryName = (code: string, locale: string): string | undefined => getCountryNameIn(code, locale, country);
/** Loads a language's country names through the data loader; resolves true once in use. */
export const loadCountryNames = (locale: string): Promise<boolean> => loadCountryNamesIn(locale, country);
/** Binds saisie to a form (element or selector): live formatting, suggestions, accessible messages, submit gate. */
export const attach = (form: FormElement | string, options?: AttachOptions): AttachHandle => attachWith(form, options, tables);

/** Where lazy tables come from (e.g. `loadData` of `saisie/data`, or your own fetch); undefined: none load. */
export function setDataLoader(load: DataLoader | undefined): void {
  setLoaderOf([phone, email, civility, country, frPostal], load);
}

/** Adds or overrides messages for a locale (any language tag), e.g. `registerMessages('nl', {...})`; unknown keys throw. */
export function registerMessages(locale: string, messages: Catalog): void {
  registerMessagesIn(book, locale, messages);
}

/** Declares issue codes an adapter emits (`{ 'email.catch_all': 'warning' }`): their severity, and messages for them. */
export function defineIssueCodes(codes: Readonly<Record<string, Severity>>): void {
  addIssueCodes(book, codes);
}

export type { CheckOptions, CheckResult, Issue, Severity } from './core/types.js';
export { createHttpVerifier, type HttpVerifierOptions, type VerifierFetch, type VerifierResponseLike } from './adapters/createHttpVerifier.js';
export type { Verdict, Verifier, VerifyContext, VerifyKind, VerifyStatus } from './core/verify/types.js';
export { ISSUE_CODES, type IssueCode, type IssueReason, type SaisieIssueCodes, type SaisieIssueReasons } from './core/codes.js';
export type { Catalog, Catalogs, MessageBook } from './core/messages.js';
export { parseMailbox, type EmailCheckOptions, type EmailCheckResult, type Mailbox } from './core/email/index.js';
export type { EmailData, EmailDataOptions, EmailTables } from './core/email/index.js';
export type { PhoneCheckOptions, PhoneCheckResult, PhoneInfo, PhoneData, PhoneDataOptions } from './core/phone/index.js';
export type { SaisieData } from './core/data.js';
export type { DataLoader } from './core/types.js';
export type { Address, AddressData, AddressDataOptions, AddressFormat, AddressFormatOptions, AddressResult, AddressTables } from './core/address/index.js';
export type { CountryData, CountryDataOptions } from './core/country/index.js';
export type { CivilityInput, CivilityCheckOptions, CivilityData, CivilityDataOptions, CivilityTable, FirstNameTable } from './core/civility/index.js';

export { createForm, type FormConfig, type FormStore, type FormSnapshot, type FieldConfig, type FieldState, type FieldStatus } from './core/form/createForm.js';
export type { FieldCountry, RoleContext, RoleRule, RoleTable } from './core/form/fieldRoles.js';
export type { AttachHandle, AttachOptions, SubmitDetail } from './dom/attach.js';
export type { AttachContext, AttachPlugin, BoundField } from './dom/plugin.js';
export type { CountryComboboxOptions } from './dom/countryCombobox.js';
export type { FollowCountryOptions } from './dom/followCountry.js';
export type { AddressChosenDetail } from './dom/addressAutocomplete.js';
export type { SuggestionSearchOptions } from './core/autocomplete/createSuggestionSearch.js';
export type { AddressProvider, SearchOptions, Suggestion } from './core/autocomplete/types.js';
export type { FrCommune } from './core/postal/getCommunesForPostalCode.js';
export type { FrPostalData } from './core/postal/frPostalData.js';
export type { CountryMatch, SearchCountriesOptions } from './core/country/searchCountries.js';
export type { AddressLayoutEntry, AddressLayoutField } from './core/address/getAddressLayout.js';
export { createBanProvider } from './adapters/createBanProvider.js';
export { createPhotonProvider } from './adapters/createPhotonProvider.js';
export { createJsonProvider, type JsonProviderOptions } from './adapters/createJsonProvider.js';
export type { ProviderOptions } from './adapters/checkProviderOptions.js';

// Configurations of one's own: build tables with these and bind them with createSaisie (or pass them to the rules).
export { createSaisie, type SaisieRules } from './createSaisie.js';
export { createTables, type TablesOptions } from './defaults.js';
export { createMessageBook } from './core/messages.js';
export { createPhoneData } from './core/phone/index.js';
export { createEmailData } from './core/email/index.js';
export { createCivilityData } from './core/civility/index.js';
export { createCountryData } from './core/country/index.js';
export { createAddressData } from './core/address/index.js';
