// Photon (OpenStreetMap, photon.komoot.io) answers a GeoJSON FeatureCollection whose features carry `properties`
// { osm_id, osm_type, type, name, housenumber, street, postcode, city, district, locality, state, country,
// countrycode }. Anything of another shape is skipped: a suggestion list, never an exception.
import type { Address } from '../address/formatAddress.js';
import { cleanProviderText as text } from './cleanProviderText.js';
import { parseFeatureCollection } from './parseFeatureCollection.js';
import type { Suggestion } from './types.js';

// Countries that write the house number before the street ("12 Rue X", "350 Fifth Avenue"); the others
// (DE, IT, ES, NL, CH, AT, BE, the Nordics, Latin America…) write it after ("Hauptstraße 12").
const NUMBER_FIRST = new Set(['FR', 'MC', 'LU', 'US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ZA', 'IN', 'SG', 'MY', 'PH', 'IL']);
// Countries whose city line reads "City Postcode" (GB, IE) or "City, State Postcode" (US, CA, AU).
const CITY_THEN_CODE = new Set(['GB', 'IE']);
const CITY_STATE_CODE = new Set(['US', 'CA', 'AU']);
// Photon `type`s that name a settlement, so `name` is the locality when `city` is absent.
const SETTLEMENT = new Set(['city', 'town', 'village', 'hamlet', 'locality']);
// Photon `type`s whose `name` is an area, never a line of a street address.
const AREA = new Set([...SETTLEMENT, 'district', 'county', 'state', 'country', 'region']);

const join = (parts: ReadonlyArray<string | undefined>, sep: string): string => parts.filter(Boolean).join(sep);

/** Suggestions from a Photon search answer (at most `limit`, default 5, up to 20); garbage gives `[]`. */
export function parsePhotonResponse(json: unknown, limit?: number): Suggestion[] {
  return parseFeatureCollection(json, limit, (p) => {
    const raw = text(p, 'countrycode');
    const cc = raw && /^[a-z]{2}$/i.test(raw) ? raw.toUpperCase() : undefined;
    const type = text(p, 'type')?.toLowerCase();
    const name = text(p, 'name');
    const house = text(p, 'housenumber', 20, true);
    const street = text(p, 'street') ?? (type === 'street' ? name : undefined);
    // A settlement's "75001;75002;…" names no one postal code.
    const codes = text(p, 'postcode', 20, true);
    const postcode = codes && !/[;,]/.test(codes) ? codes : undefined;
    const city = text(p, 'city') ?? (type && SETTLEMENT.has(type) ? name : undefined);
    const state = text(p, 'state');
    const country = text(p, 'country');
    const line = street && house ? (cc && NUMBER_FIRST.has(cc) ? `${house} ${street}` : `${street} ${house}`) : street;
    // A place's own name ("Tour Eiffel") leads the label when it is neither the street nor an area.
    const place = name && name !== street && name !== city && !(type && AREA.has(type)) ? name : undefined;
    const cityLine = cc && CITY_STATE_CODE.has(cc)
      ? join([join([city, state], ', '), postcode], ' ')
      : cc && CITY_THEN_CODE.has(cc) ? join([city, postcode], ' ') : join([postcode, city], ' ');
    // An area (a state, a country) has only its name.
    const parts = line || cityLine ? [place, line, cityLine] : [name];
    if (country && country !== parts[parts.length - 1]) parts.push(country);
    const label = join(parts, ', ').slice(0, 300);
    const osmType = text(p, 'osm_type', 2);
    const osmId = text(p, 'osm_id', 20, true);
    const id = osmType && osmId && /^[NWR]$/i.test(osmType) && /^\d+$/.test(osmId) ? `${osmType.toUpperCase()}${osmId}` : undefined;
    // Without a country there is no address to fill: the suggestion is only its label.
    if (!cc || (!line && !city && !postcode)) return { label, id };
    const address: Address = { country: cc };
    if (line) address.addressLines = [line];
    if (postcode) address.postalCode = postcode;
    if (city) address.locality = city;
    if (state) address.region = state;
    return { label, id, address };
  });
}
