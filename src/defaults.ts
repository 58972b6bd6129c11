// The browser entries' default tables, one configuration per rule family so that a bundler keeps only the families
// a page imports: the phone metadata of the regions a European form meets most up front, the email, civility,
// country and address tables; lazy tables arrive through the loader that `setDataLoader` (npm) or the script tag
// (fetch) sets.
import PHONE_CORE from './data/phone-metadata-core.json' with { type: 'json' };
import { EMAIL_BARE_TLDS, EMAIL_KNOWN_SLIPS, EMAIL_PROVIDERS, EMAIL_RESERVED_TLDS, EMAIL_ROLE_LOCAL_PARTS, EMAIL_TLD_SLIPS, EMAIL_TYPO_TARGETS } from './data/email-domains.js';
import { EMAIL_REAL_DOMAINS } from './data/email-real-domains.js';
import DISPOSABLE from './data/disposable-domains.json' with { type: 'json' };
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
import { createEmailData, type EmailTables } from './core/email/emailData.js';
import { createCivilityData } from './core/civility/civilityData.js';
import { createCountryData } from './core/country/countryNames.js';
import { createAddressData, type AddressTables } from './core/address/getAddressFormat.js';

/** The messages `registerMessages` adds, which every family of this entry reads first. */
export const book = /* @__PURE__ */ createMessageBook();

// The JSON tables are read inside functions: a property read at the top level (ADDRESS.formats) is one a bundler
// must keep, since it cannot know the object has no getter; a call marked pure is dropped when unused.
/** saisie's own email tables. */
export const emailTables = (): EmailTables => ({
  providers: EMAIL_PROVIDERS,
  typoTargets: EMAIL_TYPO_TARGETS,
  knownSlips: EMAIL_KNOWN_SLIPS,
  tldSlips: EMAIL_TLD_SLIPS,
  bareTlds: EMAIL_BARE_TLDS,
  reservedTlds: EMAIL_RESERVED_TLDS,
  roleLocalParts: EMAIL_ROLE_LOCAL_PARTS,
  realDomains: EMAIL_REAL_DOMAINS,
  disposable: DISPOSABLE.domains,
  disposableAllowlist: DISPOSABLE.allowlist,
});

/** saisie's own address tables (Google's address metadata, La Poste's abbreviations). */
export const addressTables = (): AddressTables => ({ formats: ADDRESS.formats, defaults: ADDRESS.defaults, frAbbreviations: FR_POSTAL_ABBREVIATIONS });

// One builder per family, shared by the entry's own tables and createTables.
const phoneOf = (book: MessageBook, o: TablesOptions = {}) => createPhoneData(o.phoneMetadata ?? PHONE_CORE, { complete: o.completePhone, messages: PHONE_MESSAGES, book, load: o.load });
const emailOf = (book: MessageBook, o: TablesOptions = {}) => createEmailData(emailTables(), { messages: EMAIL_MESSAGES, book, load: o.load });
const civilityOf = (book: MessageBook, o: TablesOptions = {}) => createCivilityData(CIVILITIES, EPICENE_NAMES, { names: o.firstNames, messages: CIVILITY_MESSAGES, book, load: o.load });
const countryOf = (o: TablesOptions = {}) => createCountryData(COUNTRIES.codes, COUNTRIES.aliases, { names: o.countryNames, nameAliases: COUNTRY_NAME_ALIASES, load: o.load });
const addressOf = (book: MessageBook) => createAddressData(addressTables(), { messages: POSTAL_MESSAGES, book });

export const phone = /* @__PURE__ */ phoneOf(book);
export const email = /* @__PURE__ */ emailOf(book);
export const civility = /* @__PURE__ */ civilityOf(book);
export const country = /* @__PURE__ */ countryOf();
export const address = /* @__PURE__ */ addressOf(book);

/** The tables `saisie`'s browser entry binds (for `attach`). */
export const tables: SaisieData = { phone, email, civility, country, address, book };

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
  return { book: own, phone: phoneOf(own, options), email: emailOf(own, options), civility: civilityOf(own, options), country: countryOf(options), address: addressOf(own) };
}
