// The browser entries' default tables, one configuration per rule family so that a bundler keeps only the families
// a page imports: the phone metadata of the regions a European form meets most up front, the email, civility,
// country and address tables; lazy tables arrive through the loader that `setDataLoader` (npm) or the script tag
// (fetch) sets.
import PHONE_CORE from './data/phone-metadata-core.js';
import { EMAIL_BARE_TLDS, EMAIL_KNOWN_SLIPS, EMAIL_PROVIDERS, EMAIL_RESERVED_TLDS, EMAIL_ROLE_LOCAL_PARTS, EMAIL_TLD_SLIPS, EMAIL_TYPO_TARGETS } from './data/email-domains.js';
import { EMAIL_REAL_DOMAINS } from './data/email-real-domains.js';
import { DISPOSABLE_ALLOWLIST, DISPOSABLE_DOMAINS } from './data/disposable-domains.js';
import { CIVILITIES } from './data/civilities.js';
import { EPICENE_NAMES } from './data/epicene-names.js';
import { COUNTRY_ALIASES, COUNTRY_CODES } from './data/country-codes.js';
import { ADDRESS_DEFAULTS, ADDRESS_FORMATS } from './data/address-formats.js';
import { FR_POSTAL_ABBREVIATIONS } from './data/fr-postal-abbreviations.js';
import { PHONE_MESSAGES } from './locales/phone.js';
import { EMAIL_MESSAGES } from './locales/email.js';
import { CIVILITY_MESSAGES } from './locales/civility.js';
import { POSTAL_MESSAGES } from './locales/postal.js';
import type { SaisieData } from './core/data.js';
import { createMessageBook } from './core/messages.js';
import { createPhoneData } from './core/phone/phoneData.js';
import { createEmailData, type EmailTables } from './core/email/emailData.js';
import { createCivilityData } from './core/civility/civilityData.js';
import { createCountryData } from './core/country/countryNames.js';
import { createAddressData, type AddressTables } from './core/address/getAddressFormat.js';

/** The messages `registerMessages` adds, which every family of this entry reads first. */
export const book = /* @__PURE__ */ createMessageBook();

/** saisie's own email tables. */
export const EMAIL_TABLES: EmailTables = {
  providers: EMAIL_PROVIDERS,
  typoTargets: EMAIL_TYPO_TARGETS,
  knownSlips: EMAIL_KNOWN_SLIPS,
  tldSlips: EMAIL_TLD_SLIPS,
  bareTlds: EMAIL_BARE_TLDS,
  reservedTlds: EMAIL_RESERVED_TLDS,
  roleLocalParts: EMAIL_ROLE_LOCAL_PARTS,
  realDomains: EMAIL_REAL_DOMAINS,
  disposable: DISPOSABLE_DOMAINS,
  disposableAllowlist: DISPOSABLE_ALLOWLIST,
};

/** saisie's own address tables (Google's address metadata, La Poste's abbreviations). */
export const ADDRESS_TABLES: AddressTables = { formats: ADDRESS_FORMATS, defaults: ADDRESS_DEFAULTS, frAbbreviations: FR_POSTAL_ABBREVIATIONS };

export const phone = /* @__PURE__ */ createPhoneData(PHONE_CORE, { messages: PHONE_MESSAGES, book });
export const email = /* @__PURE__ */ createEmailData(EMAIL_TABLES, { messages: EMAIL_MESSAGES, book });
export const civility = /* @__PURE__ */ createCivilityData(CIVILITIES, EPICENE_NAMES, { messages: CIVILITY_MESSAGES, book });
export const country = /* @__PURE__ */ createCountryData(COUNTRY_CODES, COUNTRY_ALIASES);
export const address = /* @__PURE__ */ createAddressData(ADDRESS_TABLES, { messages: POSTAL_MESSAGES, book });

/** The tables `saisie`'s browser entry binds (for `attach`). */
export const tables: SaisieData = { phone, email, civility, country, address, book };
