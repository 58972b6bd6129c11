import type { DataLoader } from '../types.js';
import { loadTable } from '../loadTable.js';
import { isFrPostalChunk, type FrPostalData } from './frPostalData.js';
import { getFrPostalKey } from './getFrPostalKey.js';

/** Loads the chunk of a French postal code's département through the data loader (or `load`); resolves true once in use. */
export function loadFrPostal(postalCode: string, data: FrPostalData, load: DataLoader | undefined = data.load): Promise<boolean> {
  const key = getFrPostalKey(postalCode);
  if (!key) return Promise.resolve(false);
  if (data.chunks.has(key)) return Promise.resolve(true);
  if (!load) return Promise.resolve(false);
  let p = data.pending.get(key);
  if (!p) {
    p = loadTable(load, 'fr-postal', key).then((chunk) => {
      if (isFrPostalChunk(chunk)) data.chunks.set(key, chunk);
      return data.chunks.has(key);
    });
    data.pending.set(key, p);
    // A failed load may be tried again later (the network came back).
    void p.then((ok) => ok || data.pending.delete(key));
  }
  return p;
}
