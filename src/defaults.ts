// The browser entries' default tables, one configuration per rule family so that a bundler keeps only the families
// a page imports: the phone metadata of the regions a European form meets most up front, the email, civility,
// country and address tables; lazy tables arrive through the loader that `setDataLoader` (npm) or the script tag
// (fetch) sets.
import PHONE_CORE from './data/phone-metadata-core.json' with { type: 'json' };
import { EMAIL_DOMAINS } from './data/email-domains.js';
import EMAIL_REAL_DOMAINS from './data/email-real-domains.json' with { type: 'json' };
import DISPOSABLE_DOMAINS from './data/disposable-domains.json' with { type: 'json' };
import { CIVILITIES } from './data/civilities.js';
import { EPICENE_NAMES } from './data/epicene-names.js';
import COUNTRIES from './data/country-codes.json' with { type: 'json' };
import { COUNTRY_NAME_ALIASES } from './data/country-name-aliases.js';
import ADDRESS from './data/address-formats.json' with { type: 'json' };
import { FR_POSTAL_ABBREVIATIONS } from './data/fr-postal-abbreviations.js';
import { PHONE_MESSAGES } from './locales/phone.js';
import { EMAIL_MESSAGES } from './locales/email.js';
import { CIVILITY_MESSAGES } from './locales/civility.js';
import { POSTAL_MESSAGES } from './locales/postal.js';
import type { SaisieData } from './core/data.js';
import type { DataLoader } from './core/types.js';
import type { FirstNameTable } from './core/civility/civilityData.js';
import { createMessageBook, type MessageBook } from './core/messages.js';
import { createPhoneData } from './core/phone/phoneData.js';
import { emailDataOf } from './core/email/emailData.js';
import { createCivilityData } from './core/civility/civilityData.js';
import { createCountryData } from './core/country/countryNames.js';
import { createAddressData } from './core/address/getAddressFormat.js';
import { createFrPostalData } from './core/postal/frPostalData.js';

/** The messages `registerMessages` adds, which every family of this entry reads first. */
export const book = /* @__PURE__ */ createMessageBook();

// One builder per family, shared by the entry's own tables and createTables. The JSON tables are read inside them: a
// property read at the top level (ADDRESS.formats) is one a bundler must keep, since it cannot know the object has no
// getter; a call marked pure is dropped when unused.
const phoneOf = (book: MessageBook, o: TablesOptions = {}) => createPhoneData(o.phoneMetadata ?? PHONE_CORE, { complete: o.completePhone, messages: PHONE_MESSAGES, book, load: o.load });
const emailOf = (book: MessageBook, o: TablesOptions = {}) => emailDataOf({ ...EMAIL_DOMAINS, realDomains: EMAIL_REAL_DOMAINS, disposable: DISPOSABLE_DOMAINS }, { messages: EMAIL_MESSAGES, book, load: o.load });
const civilityOf = (book: MessageBook, o: TablesOptions = {}) => createCivilityData(CIVILITIES, EPICENE_NAMES, { names: o.firstNames, messages: CIVILITY_MESSAGES, book, load: o.load });
const countryOf = (o: TablesOptions = {}) => createCountryData(COUNTRIES.codes, COUNTRIES.aliases, { names: o.countryNames, nameAliases: COUNTRY_NAME_ALIASES, load: o.load });
const addressOf = (book: MessageBook) => createAddressData({ formats: ADDRESS.formats, defaults: ADDRESS.defaults, frAbbreviations: FR_POSTAL_ABBREVIATIONS }, { messages: POSTAL_MESSAGES, book });
const frPostalOf = (book: MessageBook, o: TablesOptions = {}) => createFrPostalData({ messages: POSTAL_MESSAGES, book, load: o.load });

export const phone = /* @__PURE__ */ phoneOf(book);
export const email = /* @__PURE__ */ emailOf(book);
export const civility = /* @__PURE__ */ civilityOf(book);
export const country = /* @__PURE__ */ countryOf();
export const address = /* @__PURE__ */ addressOf(book);
export const frPostal = /* @__PURE__ */ frPostalOf(book);

/** The tables `saisie`'s browser entry binds (for `attach`). */
export const tables: SaisieData = { phone, email, civility, country, address, frPostal, book };

/** Options of `createTables`. */
export interface TablesOptions {
  /** libphonenumber-js metadata (default: the 69 regions up front); `completePhone` when it is the max set. */
  phoneMetadata?: unknown;
  completePhone?: boolean;
  /** First-name tables given up front, by language. */
  firstNames?: Readonly<Record<string, FirstNameTable>>;
  /** Country names given up front, by language (i18n-iso-countries `countries`). */
  countryNames?: Readonly<Record<string, unknown>>;
  /** Where the lazy tables come from (`loadData` of `saisie/data`…). */
  load?: DataLoader;
}

/** A fresh configuration with saisie's own tables and messages and its own message book, for `createSaisie`. */
export function createTables(options: TablesOptions = {}): SaisieData {
  const own = createMessageBook();
  return { book: own, phone: phoneOf(own, options), email: emailOf(own, options), civility: civilityOf(own, options), country: countryOf(options), address: addressOf(own), frPostal: frPostalOf(own, options) };
}
