// Every table-bound function of the public surface over one configuration: the Node entry's binding, and for users
// who run two configurations side by side (e.g. the max phone metadata beside the browser's). The browser entry
// binds the same functions one by one instead, so that bundlers keep only what a page imports.
import type { SaisieData } from './core/data.js';
import type { CheckOptions, CheckResult, DataLoader, Severity } from './core/types.js';
import { addIssueCodes, addMessages, assertLocale, assertMessageKeys, type Catalog, type MessageBook } from './core/messages.js';
import { UI_MESSAGES } from './locales/ui.js';
import { createFrPostalData, type FrPostalData } from './core/postal/frPostalData.js';
import { checkPhone, formatPhoneAsYouType, loadPhoneMetadata, type PhoneCheckOptions, type PhoneCheckResult } from './core/phone/index.js';
import { checkEmail, loadDisposableDomains, type EmailCheckOptions, type EmailCheckResult } from './core/email/index.js';
import { checkCivility, loadFirstNames, type CivilityCheckOptions, type CivilityInput } from './core/civility/index.js';
import { findCountry, getCountryName, loadCountryNames } from './core/country/index.js';
import { formatAddress, formatAddressResult, getAddressFormat, type Address, type AddressFormat, type AddressFormatOptions, type AddressResult } from './core/address/index.js';
import { checkPostalCode } from './core/postal/index.js';
import { checkPostalCity } from './core/postal/checkPostalCity.js';
import { getCommunesForPostalCode, type FrCommune } from './core/postal/getCommunesForPostalCode.js';
import { loadFrPostal } from './core/postal/loadFrPostal.js';
import { searchCountries, type CountryMatch, type SearchCountriesOptions } from './core/country/searchCountries.js';
import { getAddressLayout, type AddressLayoutEntry } from './core/address/getAddressLayout.js';

/** saisie's rules bound to one configuration (see `SaisieData`). */
export interface SaisieRules {
  checkEmail(input: string, options?: EmailCheckOptions): EmailCheckResult;
  loadDisposableDomains(): Promise<number>;
  checkPhone(input: string, options?: PhoneCheckOptions): PhoneCheckResult;
  formatPhoneAsYouType(input: string, country?: string): string;
  loadPhoneMetadata(country: string): Promise<boolean>;
  checkPostalCode(input: string, country: string, options?: CheckOptions): CheckResult;
  checkPostalCity(postalCode: string, city: string, options?: CheckOptions): CheckResult;
  getCommunesForPostalCode(postalCode: string): FrCommune[] | undefined;
  loadFrPostal(postalCode: string): Promise<boolean>;
  getAddressLayout(country: string): AddressLayoutEntry[] | undefined;
  searchCountries(query: string, options: SearchCountriesOptions): CountryMatch[];
  formatAddress(address: Address, options?: AddressFormatOptions): string[];
  formatAddressResult(address: Address, options?: AddressFormatOptions): AddressResult;
  getAddressFormat(country: string): AddressFormat | undefined;
  checkCivility(values: CivilityInput, options?: CivilityCheckOptions): CheckResult;
  loadFirstNames(locale: string): Promise<boolean>;
  findCountry(input: string): string | undefined;
  getCountryName(code: string, locale: string): string | undefined;
  loadCountryNames(locale: string): Promise<boolean>;
  registerMessages(locale: string, messages: Catalog): void;
  defineIssueCodes(codes: Readonly<Record<string, Severity>>): void;
  setDataLoader(load: DataLoader | undefined): void;
}

/** Sets the data loader of the families that load lazily (phone, email, civility, country). */
export function setLoaderOf(families: ReadonlyArray<{ load?: DataLoader }>, load: DataLoader | undefined): void {
  if (load !== undefined && typeof load !== 'function') throw new TypeError('saisie: setDataLoader() needs a function (kind, key) => Promise, or undefined.');
  for (const f of families) f.load = load;
}

// A configuration built without French postal data gets an empty one: the city rule then stays silent.
const frPostalOf = (t: SaisieData): FrPostalData => (t.frPostal ??= createFrPostalData({ book: t.book }));

/** Adds messages to a book once their keys are known ones. */
export function registerMessagesIn(book: MessageBook, locale: string, messages: Catalog): void {
  assertLocale('registerMessages', locale);
  assertMessageKeys('registerMessages', messages, book, UI_MESSAGES);
  addMessages(book, locale, messages);
}

/** Binds saisie's rules to a configuration's tables. */
export function createSaisie(t: SaisieData): SaisieRules {
  return {
    checkEmail: (input, options) => checkEmail(input, options, t.email),
    loadDisposableDomains: () => loadDisposableDomains(t.email),
    checkPhone: (input, options) => checkPhone(input, options, t.phone),
    formatPhoneAsYouType: (input, country) => formatPhoneAsYouType(input, country, t.phone),
    loadPhoneMetadata: (country) => loadPhoneMetadata(country, t.phone),
    checkPostalCode: (input, country, options) => checkPostalCode(input, country, options, t.address),
    checkPostalCity: (postalCode, city, options) => checkPostalCity(postalCode, city, options, frPostalOf(t)),
    getCommunesForPostalCode: (postalCode) => getCommunesForPostalCode(postalCode, frPostalOf(t)),
    loadFrPostal: (postalCode) => loadFrPostal(postalCode, frPostalOf(t)),
    getAddressLayout: (country) => getAddressLayout(country, t.address),
    searchCountries: (query, options) => searchCountries(query, options, t.country),
    formatAddress: (address, options) => formatAddress(address, options, t.address),
    formatAddressResult: (address, options) => formatAddressResult(address, options, t.address),
    getAddressFormat: (country) => getAddressFormat(country, t.address),
    checkCivility: (values, options) => checkCivility(values, options, t.civility),
    loadFirstNames: (locale) => loadFirstNames(locale, t.civility),
    findCountry: (input) => findCountry(input, t.country),
    getCountryName: (code, locale) => getCountryName(code, locale, t.country),
    loadCountryNames: (locale) => loadCountryNames(locale, t.country),
    registerMessages: (locale, messages) => registerMessagesIn(t.book, locale, messages),
    defineIssueCodes: (codes) => addIssueCodes(t.book, codes),
    setDataLoader: (load) => setLoaderOf([t.phone, t.email, t.civility, t.country, ...(t.frPostal ? [t.frPostal] : [])], load),
  };
}
