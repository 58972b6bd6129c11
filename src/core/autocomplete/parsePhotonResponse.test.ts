import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePhotonResponse } from './parsePhotonResponse.js';

const fixture: unknown = JSON.parse(readFileSync(new URL('../../../test/fixtures/photon/addresses.json', import.meta.url), 'utf8'));
const all = parsePhotonResponse(fixture, 20);
const find = (text: string) => all.find((s) => s.label.includes(text));
const one = (properties: unknown) => parsePhotonResponse({ type: 'FeatureCollection', features: [{ type: 'Feature', properties }] });

describe('parsePhotonResponse', () => {
  it('puts the house number before the street in France, the US and Britain', () => {
    expect(find('Roquette')).toEqual({
      id: 'N2844159310',
      label: '12 Rue de la Roquette, 75011 Paris, France',
      address: { country: 'FR', addressLines: ['12 Rue de la Roquette'], postalCode: '75011', locality: 'Paris', region: 'Île-de-France' },
    });
    expect(find('5th Avenue')).toMatchObject({ label: '350 5th Avenue, New York, New York 10118, United States', address: { addressLines: ['350 5th Avenue'], region: 'New York', country: 'US' } });
    expect(find('Downing')).toMatchObject({ label: '10 Downing Street, London SW1A 2AA, United Kingdom', address: { addressLines: ['10 Downing Street'], postalCode: 'SW1A 2AA', country: 'GB' } });
  });

  it('puts it after the street in Germany, Italy, Spain, the Netherlands and Switzerland', () => {
    expect(find('Pariser Platz')?.address).toEqual({ country: 'DE', addressLines: ['Pariser Platz 1'], postalCode: '10117', locality: 'Berlin', region: 'Berlin' });
    expect(find('Pariser Platz')?.label).toBe('Pariser Platz 1, 10117 Berlin, Deutschland');
    expect(find('Via del Corso')?.address).toMatchObject({ country: 'IT', addressLines: ['Via del Corso 12'], postalCode: '00186', locality: 'Roma', region: 'Lazio' });
    expect(find('Calle Mayor')?.address?.addressLines).toEqual(['Calle Mayor 1']);
    expect(find('Damrak')?.address).toMatchObject({ addressLines: ['Damrak 147'], postalCode: '1012 LG' });
    expect(find('Bahnhofstrasse')?.address).toMatchObject({ addressLines: ['Bahnhofstrasse 1'], locality: 'Zürich', country: 'CH' });
  });

  it('normalises a lower-case countrycode', () => {
    expect(find('Via del Corso')?.address?.country).toBe('IT');
  });

  it('leads with a place name, names a street by its name, a city by its name without a list of codes', () => {
    expect(find('Tour Eiffel')).toMatchObject({ label: 'Tour Eiffel, 5 Avenue Anatole France, 75007 Paris, France', address: { addressLines: ['5 Avenue Anatole France'] } });
    expect(find('Rue de la Paix')?.address).toMatchObject({ addressLines: ['Rue de la Paix'], postalCode: '75002' });
    const paris = all.find((s) => s.id === 'R7444');
    expect(paris).toEqual({ id: 'R7444', label: 'Paris, France', address: { country: 'FR', locality: 'Paris', region: 'Île-de-France' } });
  });

  it('keeps a feature without a usable countrycode as a label-only suggestion', () => {
    expect(one({ name: 'Somewhere', street: 'Main Street', housenumber: '1', countrycode: 'XYZ' })).toEqual([{ id: 'Somewhere, Main Street 1', label: 'Somewhere, Main Street 1' }]);
    expect(one({ street: 'Main Street', countrycode: 12 })).toEqual([{ id: 'Main Street', label: 'Main Street' }]);
    expect(one({ countrycode: 'FR' })).toEqual([]);
  });

  it('limits to 5 by default and at most 20', () => {
    const many = { features: Array.from({ length: 40 }, (_, i) => ({ properties: { osm_type: 'N', osm_id: i, street: `Street ${i}`, countrycode: 'de' } })) };
    expect(parsePhotonResponse(many)).toHaveLength(5);
    expect(parsePhotonResponse(many, 2)).toHaveLength(2);
    expect(parsePhotonResponse(many, 99)).toHaveLength(20);
  });

  it.each([null, undefined, '', 'FeatureCollection', 0, true, [], [null], {}, { features: 1 }, { features: { 0: {} } }])('gives [] for %j', (input) => {
    expect(parsePhotonResponse(input)).toEqual([]);
  });

  it('skips garbage features, strips control characters and caps lengths', () => {
    const json = { features: [null, 'x', 3, [], { properties: 'x' }, { properties: [] }, { properties: { street: { toString: () => 'evil' } } },
      { properties: { street: `Hauptstra\u0000ße\u202e${'ß'.repeat(5000)}`, housenumber: '1\n2', postcode: '10117', city: 'Berlin', countrycode: 'DE', osm_type: 'X', osm_id: -1 } }] };
    const out = parsePhotonResponse(json);
    expect(out).toHaveLength(1);
    const line = out[0]?.address?.addressLines?.[0] ?? '';
    expect(line.startsWith('Hauptstra ße')).toBe(true);
    expect(line.endsWith(' 1 2')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(221);
    // An osm id of the wrong shape falls back to the label.
    expect(out[0]?.id).toBe(out[0]?.label);
  });

  it('reads only own properties (__proto__ keys)', () => {
    const parsed: unknown = JSON.parse('{"features":[{"properties":{"__proto__":{"street":"evil","countrycode":"FR"}}},{"properties":{"street":"Rue A","countrycode":"FR","__proto__":{"city":"evil"}}}]}');
    expect(parsePhotonResponse(parsed)).toEqual([{ id: 'Rue A', label: 'Rue A', address: { country: 'FR', addressLines: ['Rue A'] } }]);
    expect(({} as Record<string, unknown>).street).toBeUndefined();
  });

  it('drops repeated labels', () => {
    const f = { properties: { street: 'Rue A', city: 'Paris', countrycode: 'FR' } };
    expect(parsePhotonResponse({ features: [f, f, f] })).toHaveLength(1);
  });
});
