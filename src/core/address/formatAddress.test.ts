import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSaisie } from '../../createSaisie.js';
import { browserTables } from '../../../test/tables.js';

const { formatAddress } = createSaisie(browserTables());

describe('formatAddress', () => {
  it('lays out a French address and its AFNOR postal form', () => {
    const a = { name: 'Mme Zoé Durand', addressLines: ['Bâtiment B, esc. 3', '12, boulevard de l’Hôpital'], postalCode: '75013', locality: 'Paris', country: 'FR' };
    expect(formatAddress(a)).toEqual(['Mme Zoé Durand', 'Bâtiment B, esc. 3', '12, boulevard de l’Hôpital', '75013 Paris']);
    expect(formatAddress(a, { style: 'postal' })).toEqual(['MME ZOE DURAND', 'BATIMENT B ESC 3', '12 BOULEVARD DE L HOPITAL', '75013 PARIS']);
  });
  it('abbreviates only a line longer than 38 characters', () => {
    const long = { addressLines: ['128 boulevard du Maréchal de Lattre de Tassigny'], postalCode: '92000', locality: 'Nanterre', country: 'FR' };
    const lines = formatAddress(long, { style: 'postal' });
    expect(lines[0]).toBe('128 BD DU MAL DE LATTRE DE TASSIGNY');
    expect(lines.every((l) => l.length <= 38)).toBe(true);
    expect(formatAddress({ addressLines: ['3 avenue Foch'], postalCode: '75116', locality: 'Paris', country: 'FR' }, { style: 'postal' })[0]).toBe('3 AVENUE FOCH');
    expect(formatAddress({ addressLines: ['1 rue X'], postalCode: '75008', locality: 'Paris Cedex 08', country: 'FR' }, { style: 'postal' }).at(-1)).toBe('75008 PARIS CEDEX 08');
  });
  it('keeps at most 6 lines in French postal style', () => {
    const lines = formatAddress({ name: 'A', organization: 'B', addressLines: ['1', '2', '3', '4', '5'], postalCode: '75001', locality: 'Paris', country: 'FR' }, { style: 'postal' });
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines.join(' ').replace(/\D/g, '')).toBe('1234575001');
  });
  it('follows other countries and drops empty fields with their punctuation', () => {
    expect(formatAddress({ name: 'Jane Roe', addressLines: ['1600 Amphitheatre Pkwy'], locality: 'Mountain View', region: 'CA', postalCode: '94043', country: 'US' }, { style: 'postal' })).toEqual([
      'Jane Roe', '1600 Amphitheatre Pkwy', 'MOUNTAIN VIEW, CA 94043',
    ]);
    expect(formatAddress({ addressLines: ['1 Main St'], locality: 'Springfield', postalCode: '62701', country: 'US' })).toEqual(['1 Main St', 'Springfield 62701']);
    expect(formatAddress({ addressLines: ['10 Downing Street'], locality: 'London', postalCode: 'SW1A 2AA', country: 'GB' }, { style: 'postal' })).toEqual(['10 Downing Street', 'LONDON', 'SW1A 2AA']);
    expect(formatAddress({ addressLines: ['Rua Augusta, 100'], locality: 'São Paulo', region: 'SP', postalCode: '01310-100', country: 'BR' })).toEqual(['Rua Augusta, 100', 'São Paulo-SP', '01310-100']);
  });
  it('uses the local order for local scripts and the Latin order otherwise', () => {
    expect(formatAddress({ addressLines: ['丸の内1-1'], region: '東京都', locality: '千代田区', postalCode: '100-0005', country: 'JP' })[0]).toBe('〒100-0005');
    expect(formatAddress({ addressLines: ['1-1 Marunouchi'], region: 'Tokyo', locality: 'Chiyoda', postalCode: '100-0005', country: 'JP' }).at(-1)).toBe('100-0005');
  });
  it('property: total on arbitrary fields; French postal lines ≤ 38 characters, ≤ 6 lines', () => {
    const field = fc.string({ unit: 'binary', maxLength: 120 });
    fc.assert(
      fc.property(field, field, field, field, field, (n, o, l, c, z) => {
        const lines = formatAddress({ name: n, organization: o, addressLines: [l, l], locality: c, postalCode: z, country: 'FR' }, { style: 'postal' });
        expect(lines.length).toBeLessThanOrEqual(6);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(38);
      }),
      { numRuns: 500 },
    );
    expect(formatAddress({ country: 'ZZZ', locality: 'x'.repeat(100_000) })).toEqual(['x'.repeat(200)]);
    expect(() => formatAddress(null as never)).toThrow(/^saisie: /);
  });
});
