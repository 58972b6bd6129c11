// Node entry: the same surface as the browser ESM entry over its own configuration, with the heavy tables bound up
// front (the full phone metadata with number types, every first-name table, country names in six languages),
// since size does not matter here. Bound explicitly, not by side effects, so a bundler that trusts `sideEffects`
// keeps them; the full disposable list loads on demand (`loadDisposableDomains`).
import MAX from 'libphonenumber-js/metadata.max.json';
import de from './data/first-names/de.json' with { type: 'json' };
import en from './data/first-names/en.json' with { type: 'json' };
import es from './data/first-names/es.json' with { type: 'json' };
import fr from './data/first-names/fr.json' with { type: 'json' };
import it from './data/first-names/it.json' with { type: 'json' };
import pt from './data/first-names/pt.json' with { type: 'json' };
import deNames from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import esNames from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import frNames from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import itNames from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import ptNames from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import { CIVILITIES } from './data/civilities.js';
import { EPICENE_NAMES } from './data/epicene-names.js';
import { COUNTRY_ALIASES, COUNTRY_CODES } from './data/country-codes.js';
import { PHONE_MESSAGES } from './locales/phone.js';
import { EMAIL_MESSAGES } from './locales/email.js';
import { CIVILITY_MESSAGES } from './locales/civility.js';
import { POSTAL_MESSAGES } from './locales/postal.js';
import { ADDRESS_TABLES, EMAIL_TABLES } from './defaults.js';
import type { SaisieData } from './core/data.js';
import type { DataLoader } from './core/types.js';
import { createMessageBook } from './core/messages.js';
import { createPhoneData } from './core/phone/index.js';
import { createEmailData } from './core/email/index.js';
import { createCivilityData } from './core/civility/index.js';
import { createCountryData } from './core/country/index.js';
import { createAddressData } from './core/address/index.js';
import { createSaisie } from './createSaisie.js';
import type { FormElement } from './dom/globals.js';
import { attach as attachWith } from './dom/attach.js';
import type { AttachHandle, AttachOptions } from './dom/types.js';

// Only the disposable list is lazy here: everything else is bound up front.
const loadDisposable: DataLoader = (kind, key) =>
  kind === 'disposable' && key === 'all' ? import('./data/disposable/all.js').then((m) => m.default as unknown) : Promise.resolve(undefined);

const book = createMessageBook();
const names = Object.fromEntries([deNames, enNames, esNames, frNames, itNames, ptNames].map((n) => [n.locale, n.countries]));
/** The Node entry's configuration. */
const tables: SaisieData = {
  book,
  phone: createPhoneData(MAX, { complete: true, messages: PHONE_MESSAGES, book }),
  email: createEmailData(EMAIL_TABLES, { messages: EMAIL_MESSAGES, book, load: loadDisposable }),
  civility: createCivilityData(CIVILITIES, EPICENE_NAMES, { names: { de, en, es, fr, it, pt }, messages: CIVILITY_MESSAGES, book }),
  country: createCountryData(COUNTRY_CODES, COUNTRY_ALIASES, { names }),
  address: createAddressData(ADDRESS_TABLES, { messages: POSTAL_MESSAGES, book }),
};
const saisie = createSaisie(tables);

export * from './index.js';
export const {
  checkEmail,
  loadDisposableDomains,
  checkPhone,
  formatPhoneAsYouType,
  loadPhoneMetadata,
  checkPostalCode,
  formatAddress,
  getAddressFormat,
  checkCivility,
  loadFirstNames,
  findCountry,
  getCountryName,
  loadCountryNames,
  registerMessages,
  defineIssueCodes,
  setDataLoader,
} = saisie;
/** Binds saisie to a form (element or selector), over the Node entry's tables (jsdom, server-side tests). */
export const attach = (form: FormElement | string, options?: AttachOptions): AttachHandle => attachWith(form, options, tables);
