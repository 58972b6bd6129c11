import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBanResponse } from './parseBanResponse.js';

const fixture: unknown = JSON.parse(readFileSync(new URL('../../../test/fixtures/ban/addresses.json', import.meta.url), 'utf8'));
const feature = (properties: unknown) => ({ type: 'FeatureCollection', features: [{ type: 'Feature', properties }] });

describe('parseBanResponse', () => {
  it('reads the api-adresse FeatureCollection into suggestions with French addresses', () => {
    const [first] = parseBanResponse(fixture, 1);
    expect(first).toEqual({
      id: '75111_8335_00012',
      label: '12 Rue de la Roquette 75011 Paris',
      address: { country: 'FR', addressLines: ['12 Rue de la Roquette'], postalCode: '75011', locality: 'Paris', region: 'Paris' },
    });
  });

  it('keeps Corsican département codes and overseas contexts as regions', () => {
    const all = parseBanResponse(fixture, 20);
    expect(all.find((s) => s.label.includes('Ajaccio'))?.address).toMatchObject({ postalCode: '20000', locality: 'Ajaccio', region: 'Corse-du-Sud' });
    expect(all.find((s) => s.label.includes('Pointe-à-Pitre'))?.address).toMatchObject({ postalCode: '97110', region: 'Guadeloupe', country: 'FR' });
  });

  it('gives a municipality no street line, and a street or locality its name', () => {
    const all = parseBanResponse(fixture, 20);
    expect(all.find((s) => s.label === 'Saint-Gervais-les-Bains')?.address).toEqual({ country: 'FR', postalCode: '74170', locality: 'Saint-Gervais-les-Bains', region: 'Haute-Savoie' });
    expect(all.find((s) => s.label.startsWith('Rue de la Paix'))?.address?.addressLines).toEqual(['Rue de la Paix']);
    expect(all.find((s) => s.label.startsWith('Le Bourg'))?.address?.addressLines).toEqual(['Le Bourg']);
  });

  it('returns at most limit suggestions: 5 by default, never more than 20', () => {
    const many = { features: Array.from({ length: 60 }, (_, i) => ({ properties: { label: `${i} Rue X 75011 Paris`, id: `a${i}` } })) };
    expect(parseBanResponse(many)).toHaveLength(5);
    expect(parseBanResponse(many, 3)).toHaveLength(3);
    expect(parseBanResponse(many, 1000)).toHaveLength(20);
    expect(parseBanResponse(many, 0)).toHaveLength(1);
    expect(parseBanResponse(many, Number.NaN)).toHaveLength(5);
  });

  it.each([null, undefined, 'features', 42, [], [1, 2], {}, { features: null }, { features: 'x' }, { features: {} }])('gives [] for %j', (input) => {
    expect(parseBanResponse(input)).toEqual([]);
  });

  it('skips garbage features and keeps the good ones', () => {
    const json = { features: [null, 1, 'x', [], { properties: null }, { properties: { label: 42 } }, { properties: { label: '   ' } }, { properties: { label: '3 Rue Y 69002 Lyon', name: '3 Rue Y', city: 'Lyon', postcode: '69002' } }] };
    expect(parseBanResponse(json)).toEqual([{ id: '3 Rue Y 69002 Lyon', label: '3 Rue Y 69002 Lyon', address: { country: 'FR', addressLines: ['3 Rue Y'], postalCode: '69002', locality: 'Lyon' } }]);
  });

  it('cleans strings: control characters, bidi overrides, spaces and length', () => {
    const [s] = parseBanResponse(feature({ label: `  1\u0000 Rue\u202e\n  Z${'x'.repeat(10_000)}`, name: '1 Rue Z', postcode: '7501', city: 'Paris\u0007' }));
    expect(s?.label.startsWith('1 Rue Z')).toBe(true);
    expect(s?.label.length).toBeLessThanOrEqual(200);
    expect(s?.address?.locality).toBe('Paris');
    // Not five digits: no postal code rather than a wrong one.
    expect(s?.address?.postalCode).toBeUndefined();
  });

  it('reads only own properties: __proto__ keys neither pollute nor leak in', () => {
    const parsed: unknown = JSON.parse('{"features":[{"__proto__":{"properties":{"label":"evil"}}},{"properties":{"__proto__":{"label":"evil"},"label":"2 Rue A 75001 Paris","__proto__x":1}}]}');
    expect(parseBanResponse(parsed).map((s) => s.label)).toEqual(['2 Rue A 75001 Paris']);
    const inherited = { features: [Object.create({ properties: { label: 'inherited' } }) as object] };
    expect(parseBanResponse(inherited)).toEqual([]);
    expect(({} as Record<string, unknown>).label).toBeUndefined();
  });

  it('drops repeated labels and makes ids unique', () => {
    const json = { features: [{ properties: { label: 'A 75001 Paris', id: 'x' } }, { properties: { label: 'a 75001 paris', id: 'y' } }, { properties: { label: 'B 75001 Paris', id: 'x' } }] };
    const out = parseBanResponse(json);
    expect(out.map((s) => s.label)).toEqual(['A 75001 Paris', 'B 75001 Paris']);
    expect(new Set(out.map((s) => s.id)).size).toBe(2);
  });

  it('bounds the work on a huge answer', () => {
    const json = { features: Array.from({ length: 100_000 }, () => ({ properties: { label: 42 } })) };
    expect(parseBanResponse(json)).toEqual([]);
  });
});
