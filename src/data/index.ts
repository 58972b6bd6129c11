// `saisie/data`: every lazy table as importable JSON modules, behind one loader for `setDataLoader` (npm users who
// want the tables; a bundler with code splitting makes each one its own chunk, loaded when a form needs it).
import phone from './load-phone.js';
import firstNames from './load-first-names.js';
import countryNames from './load-country-names.js';
import disposable from './load-disposable.js';
import frPostal from './load-fr-postal.js';
import subregions from './load-subregions.js';

const LOADERS: Readonly<Record<string, (key: string) => Promise<unknown>>> = {
  phone,
  'first-names': firstNames,
  'country-names': countryNames,
  disposable,
  'fr-postal': frPostal,
  subregions,
};

/** Loads one of saisie's lazy tables ('phone' + region, 'first-names' or 'country-names' + language, 'disposable' + 'all', 'fr-postal' + département, 'subregions' + country); undefined when there is none. */
export function loadData(kind: string, key: string): Promise<unknown> {
  const load = typeof kind === 'string' && Object.prototype.hasOwnProperty.call(LOADERS, kind) ? LOADERS[kind] : undefined;
  return load ? load(key) : Promise.resolve(undefined);
}
