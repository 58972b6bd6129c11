import { loadTable } from '../loadTable.js';
import { hasFullPhoneMetadata, isPhoneCountry, mergePhoneCountry, type PhoneData } from './phoneData.js';

/** Loads a country's full phone metadata (number types, exact validity) through `data`'s loader; resolves true once in use. */
export function loadPhoneMetadata(country: string, data: PhoneData): Promise<boolean> {
  const cc = typeof country === 'string' ? country.trim().toUpperCase() : '';
  if (!isPhoneCountry(data, cc)) return Promise.resolve(false);
  if (hasFullPhoneMetadata(data, cc)) return Promise.resolve(true);
  const load = data.load;
  if (!load) return Promise.resolve(false);
  let p = data.pending.get(cc);
  if (!p) {
    p = loadTable(load, 'phone', cc).then((entry) => {
      mergePhoneCountry(data, cc, entry);
      return hasFullPhoneMetadata(data, cc);
    });
    data.pending.set(cc, p);
    void p.then((ok) => ok || data.pending.delete(cc));
  }
  return p;
}
