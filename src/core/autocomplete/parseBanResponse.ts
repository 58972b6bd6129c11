// The Base Adresse Nationale (api-adresse.data.gouv.fr) answers a GeoJSON FeatureCollection whose features carry
// `properties` { label, id, type, name, housenumber, street, postcode, citycode, city, context, score }.
// Anything of another shape is skipped: a suggestion list, never an exception.
import type { Address } from '../address/formatAddress.js';
import { cleanProviderText as text } from './cleanProviderText.js';
import { getSuggestionLimit } from './getSuggestionLimit.js';
import type { Suggestion } from './types.js';

// Bounds the work on a huge answer: skipped features count too.
const MAX_FEATURES = 100;

const own = (obj: unknown, key: string): unknown =>
  obj && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;

/** The département name of a BAN `context` ("75, Paris, Île-de-France"), when it has the documented shape. */
function department(context: string | undefined): string | undefined {
  const parts = context?.split(',').map((p) => p.trim());
  return parts && parts.length >= 2 && /^(?:\d{2,3}|2[AB])$/.test(parts[0] ?? '') && parts[1] ? parts[1] : undefined;
}

/** Suggestions from a BAN api-adresse search answer (at most `limit`, default 5, up to 20); garbage gives `[]`. */
export function parseBanResponse(json: unknown, limit?: number): Suggestion[] {
  const max = getSuggestionLimit(limit);
  const features = own(json, 'features');
  if (!Array.isArray(features)) return [];
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  for (const feature of features.slice(0, MAX_FEATURES)) {
    if (out.length >= max) break;
    const p = own(feature, 'properties');
    const label = text(p, 'label');
    if (!label || seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
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
    let id = text(p, 'id', 200, true) ?? label;
    if (ids.has(id)) id = `${id}#${out.length}`;
    ids.add(id);
    out.push(address.addressLines || address.locality || address.postalCode ? { id, label, address } : { id, label });
  }
  return out;
}
