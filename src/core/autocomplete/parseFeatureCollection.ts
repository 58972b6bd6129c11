// The part the GeoJSON providers (BAN, Photon) share: walk a FeatureCollection's features, keep one suggestion per
// label (case aside), make ids unique, stop at the limit and bound the work on a huge answer.
import type { Address } from '../address/formatAddress.js';
import { getSuggestionLimit } from './getSuggestionLimit.js';
import type { Suggestion } from './types.js';

// Bounds the work on a huge answer: skipped features count too.
const MAX_FEATURES = 100;

/** What one feature's `properties` give: the label shown, the provider's own id, the address it fills. */
export interface FeatureReading {
  label: string | undefined;
  id?: string;
  address?: Address;
}

/** The own property `key` of a value from a provider, or undefined (never an inherited or prototype property). */
export const getOwn = (obj: unknown, key: string): unknown =>
  obj && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;

/** Suggestions from a GeoJSON FeatureCollection, `read` turning each feature's properties into one (garbage gives `[]`). */
export function parseFeatureCollection(json: unknown, limit: number | undefined, read: (properties: object) => FeatureReading): Suggestion[] {
  const max = getSuggestionLimit(limit);
  const features = getOwn(json, 'features');
  if (!Array.isArray(features)) return [];
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  for (const feature of features.slice(0, MAX_FEATURES)) {
    if (out.length >= max) break;
    const p = getOwn(feature, 'properties');
    if (!p || typeof p !== 'object') continue;
    const { label, id: own, address } = read(p);
    if (!label || seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
    let id = own ?? label;
    if (ids.has(id)) id = `${id}#${out.length}`;
    ids.add(id);
    out.push(address ? { id, label, address } : { id, label });
  }
  return out;
}
