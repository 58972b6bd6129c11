// The Base Adresse Nationale (api-adresse.data.gouv.fr) answers a GeoJSON FeatureCollection whose features carry
// `properties` { label, id, type, name, housenumber, street, postcode, citycode, city, context, score }.
// Anything of another shape is skipped: a suggestion list, never an exception.
import type { Address } from '../address/formatAddress.js';
import { cleanProviderText as text } from './cleanProviderText.js';
import { parseFeatureCollection } from './parseFeatureCollection.js';
import type { Suggestion } from './types.js';

/** The département name of a BAN `context` ("75, Paris, Île-de-France"), when it has the documented shape. */
function department(context: string | undefined): string | undefined {
  const parts = context?.split(',').map((p) => p.trim());
  return parts && parts.length >= 2 && /^(?:\d{2,3}|2[AB])$/.test(parts[0] ?? '') && parts[1] ? parts[1] : undefined;
}

/** Suggestions from a BAN api-adresse search answer (at most `limit`, default 5, up to 20); garbage gives `[]`. */
export function parseBanResponse(json: unknown, limit?: number): Suggestion[] {
  return parseFeatureCollection(json, limit, (p) => {
    const label = text(p, 'label');
    const type = text(p, 'type');
    const name = text(p, 'name');
    const city = text(p, 'city');
    const postcode = text(p, 'postcode', 20, true)?.replace(/\s/g, '');
    const region = department(text(p, 'context'));
    const address: Address = { country: 'FR' };
    // A municipality result names the commune: there is no street line to fill.
    if (name && type !== 'municipality') address.addressLines = [name];
    if (postcode && /^\d{5}$/.test(postcode)) address.postalCode = postcode;
    if (city) address.locality = city;
    if (region) address.region = region;
    return { label, id: text(p, 'id', 200, true), address: address.addressLines || address.locality || address.postalCode ? address : undefined };
  });
}
