// Lazy loader of the full disposable-domain list, for saisie/data (src/data/index.ts) and scripts/emit-json-data.mjs.
import { lazyTable } from './lazy-table.js';

const { load, keys } = lazyTable<unknown>({ all: () => import('./disposable/all.js') });

/** Resolves the list ('all'), or undefined. */
export default load;
/** Every key this kind has. */
export const KEYS: string[] = keys;
