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
import { createTables } from './defaults.js';
import type { DataLoader } from './core/types.js';
import { createSaisie } from './createSaisie.js';
import type { FormElement } from './dom/globals.js';
import { attach as attachWith } from './dom/attach.js';
import type { AttachHandle, AttachOptions } from './dom/types.js';

// Only the disposable list, the French postal chunks and the sub-regions are lazy here: everything else is bound up front.
const loadDisposable: DataLoader = (kind, key) =>
  kind === 'disposable' && key === 'all' ? import('./data/disposable/all.js').then((m) => m.default as unknown)
    : kind === 'fr-postal' ? import('./data/load-fr-postal.js').then((m) => m.default(key))
      : kind === 'subregions' ? import('./data/load-subregions.js').then((m) => m.default(key))
        : Promise.resolve(undefined);

const countryNames = Object.fromEntries([deNames, enNames, esNames, frNames, itNames, ptNames].map((n) => [n.locale, n.countries]));
/** The Node entry's configuration. */
const tables = createTables({ phoneMetadata: MAX, completePhone: true, firstNames: { de, en, es, fr, it, pt }, countryNames, load: loadDisposable });
const saisie = createSaisie(tables);

export * from './index.js';
export const {
  checkEmail,
  loadDisposableDomains,
  checkPhone,
  formatPhoneAsYouType,
  loadPhoneMetadata,
  checkPostalCode,
  checkPostalCity,
  getCommunesForPostalCode,
  loadFrPostal,
  getAddressLayout,
  searchCountries,
  formatAddress,
  formatAddressResult,
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
