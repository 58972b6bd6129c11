import load from '../../data/load-phone.js';
import { hasFullPhoneMetadata, isPhoneCountry, mergePhoneCountry } from './phoneMetadata.js';

const pending = new Map<string, Promise<boolean>>();

/** Loads a country's full phone metadata (number types, exact validity) in the browser; resolves true once in use. */
export function loadPhoneMetadata(country: string): Promise<boolean> {
  const cc = typeof country === 'string' ? country.trim().toUpperCase() : '';
  if (!isPhoneCountry(cc)) return Promise.resolve(false);
  if (hasFullPhoneMetadata(cc)) return Promise.resolve(true);
  let p = pending.get(cc);
  if (!p) {
    p = load(cc).then(
      (entry) => {
        mergePhoneCountry(cc, entry);
        return hasFullPhoneMetadata(cc);
      },
      () => false,
    );
    pending.set(cc, p);
    void p.then((ok) => ok || pending.delete(cc));
  }
  return p;
}
