// Tables for tests of core and dom, built as the entries build theirs: the browser's (phone metadata of the
// regions up front, lazy tables loaded through saisie/data's loader) and Node's (libphonenumber-js's max set).
import MAX from 'libphonenumber-js/metadata.max.json';
import CORE from '../src/data/phone-metadata-core.json' with { type: 'json' };
import { loadData } from '../src/data/index.js';
import { PHONE_MESSAGES } from '../src/locales/phone.js';
import { EMAIL_MESSAGES } from '../src/locales/email.js';
import { CIVILITY_MESSAGES } from '../src/locales/civility.js';
import { POSTAL_MESSAGES } from '../src/locales/postal.js';
import { CIVILITIES } from '../src/data/civilities.js';
import { EPICENE_NAMES } from '../src/data/epicene-names.js';
import COUNTRIES from '../src/data/country-codes.json' with { type: 'json' };
import { COUNTRY_NAME_ALIASES } from '../src/data/country-name-aliases.js';
import { addressTables, emailTables, createTables } from '../src/defaults.js';
import { createPhoneData, type PhoneData } from '../src/core/phone/phoneData.js';
import { createEmailData, type EmailData } from '../src/core/email/emailData.js';
import { createCivilityData, type CivilityData } from '../src/core/civility/civilityData.js';
import { createCountryData, type CountryData } from '../src/core/country/countryNames.js';
import { createAddressData, type AddressData } from '../src/core/address/getAddressFormat.js';
import type { MessageBook } from '../src/core/messages.js';
import type { SaisieData } from '../src/core/data.js';

export { loadData };
/** A fresh browser phone configuration, with its loader. */
export const browserPhone = (book?: MessageBook): PhoneData => createPhoneData(CORE, { messages: PHONE_MESSAGES, load: loadData, book });
/** A Node phone configuration: every region, with number types. */
export const maxPhone = (): PhoneData => createPhoneData(MAX, { complete: true, messages: PHONE_MESSAGES });
/** A fresh email configuration with saisie's tables and loader. */
export const emailData = (book?: MessageBook): EmailData => createEmailData(emailTables(), { messages: EMAIL_MESSAGES, load: loadData, book });
/** A fresh civility configuration (first names loaded through the loader). */
export const civilityData = (book?: MessageBook): CivilityData => createCivilityData(CIVILITIES, EPICENE_NAMES, { messages: CIVILITY_MESSAGES, load: loadData, book });
/** A fresh country configuration (names loaded through the loader). */
export const countryData = (): CountryData => createCountryData(COUNTRIES.codes, COUNTRIES.aliases, { nameAliases: COUNTRY_NAME_ALIASES, load: loadData });
/** A fresh address configuration. */
export const addressData = (book?: MessageBook): AddressData => createAddressData(addressTables(), { messages: POSTAL_MESSAGES, book });
/** Fresh browser tables for attach. */
export const browserTables = (): SaisieData => createTables({ load: loadData });
