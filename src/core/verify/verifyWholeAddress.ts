// An address is verified whole: its line, postal code and city as one line, once all three are there. Shared by
// attach's verification plugin and the React and Vue adapters.
import type { Verifier } from './types.js';

/** A verifier of address lines that asks `verifier` about "line, postal city"; an incomplete address is not asked (unverified). */
export function verifyWholeAddress(verifier: Verifier, postalCode: () => string, city: () => string): Verifier {
  return {
    verify: (kind, line, context) => {
      const postal = postalCode().trim();
      const town = city().trim();
      return postal && town ? verifier.verify(kind, `${line}, ${postal} ${town}`, context) : Promise.reject(new Error('incomplete'));
    },
  };
}
