import { describe, expect, it } from 'vitest';
import { browserTables } from '../../../test/tables.js';
import { ADDRESS_LABELS } from '../../locales/address-labels.js';
import { getAddressLayout } from './getAddressLayout.js';
import { getAddressLabel } from './getAddressLabel.js';
import { parseSubregions } from './parseSubregions.js';

const { address } = browserTables();
const order = (cc: string) => getAddressLayout(cc, address)?.map((e) => `${e.field}${e.required ? '*' : ''}:${e.label}`);

describe('getAddressLayout', () => {
  it('orders the fields as the country writes them, with its required set and name types', () => {
    expect(order('FR')).toEqual(['addressLine1*:label.addressLine1', 'addressLine2:label.addressLine2', 'postalCode*:label.postal.postal', 'city*:label.city.city']);
    expect(order('us')).toEqual(['addressLine1*:label.addressLine1', 'addressLine2:label.addressLine2', 'city*:label.city.city', 'region*:label.region.state', 'postalCode*:label.postal.zip']);
    expect(order('IT')).toEqual(['addressLine1*:label.addressLine1', 'addressLine2:label.addressLine2', 'postalCode*:label.postal.postal', 'city*:label.city.city', 'region*:label.region.province']);
    expect(order('GB')).toContain('city*:label.city.post_town');
    expect(order('IE')).toContain('postalCode:label.postal.eircode');
  });
  it('takes the Latin order where there is one (Japan, Korea)', () => {
    expect(order('JP')![0]).toBe('addressLine1*:label.addressLine1');
    expect(order('JP')).toContain('region*:label.region.prefecture');
  });
  it('knows nothing of an unknown or hostile country', () => {
    for (const cc of ['', 'ZZZZ', '__proto__', 'X\tY']) expect(getAddressLayout(cc, address)).toBeUndefined();
  });
});

describe('getAddressLabel', () => {
  it('gives a country its own word, else the name type, in the page language, else English', () => {
    expect(getAddressLabel('label.postal.postal', 'IT', 'it-IT', ADDRESS_LABELS)).toBe('CAP');
    expect(getAddressLabel('label.postal.postal', 'IT', 'fr', ADDRESS_LABELS)).toBe('Code postal');
    expect(getAddressLabel('label.postal.postal', 'DE', 'de', ADDRESS_LABELS)).toBe('PLZ');
    expect(getAddressLabel('label.postal.postal', 'FR', 'de', ADDRESS_LABELS)).toBe('Postleitzahl');
    expect(getAddressLabel('label.postal.postal', 'GB', 'en-GB', ADDRESS_LABELS)).toBe('Postcode');
    expect(getAddressLabel('label.postal.zip', 'US', 'en', ADDRESS_LABELS)).toBe('ZIP code');
    expect(getAddressLabel('label.postal.zip', 'US', 'fr', ADDRESS_LABELS)).toBe('Code postal');
    expect(getAddressLabel('label.region.state', 'US', 'nl', ADDRESS_LABELS)).toBe('State');
    expect(getAddressLabel('nope', 'US', 'en', ADDRESS_LABELS)).toBe('');
    expect(getAddressLabel('toString', 'US', 'constructor', ADDRESS_LABELS)).toBe('');
  });
  it('has every key in every language', () => {
    const keys = (lang: string) => Object.keys(ADDRESS_LABELS[lang]!).filter((k) => !k.includes('@')).sort();
    for (const lang of Object.keys(ADDRESS_LABELS)) expect(keys(lang)).toEqual(keys('en'));
    // Every label key a layout can give exists.
    for (const cc of address.tables.formats.split('\n').map((r) => r.split('\t')[0]!)) {
      for (const e of getAddressLayout(cc, address) ?? []) expect(ADDRESS_LABELS.en![e.label], `${cc} ${e.label}`).toBeTypeOf('string');
    }
  });
});

describe('parseSubregions', () => {
  it('keeps well-formed rows only', () => {
    expect(parseSubregions([['CA', 'California', 'CA'], ['AG', 'Agrigento'], [1, 'x'], ['', 'y'], 'z', ['K', 'x'.repeat(101)]])).toEqual([{ key: 'CA', name: 'California', isoid: 'CA' }, { key: 'AG', name: 'Agrigento' }]);
    for (const v of [undefined, null, {}, 'CA', [], [[1, 2]]]) expect(parseSubregions(v)).toBeUndefined();
    expect(parseSubregions(Array.from({ length: 10_000 }, (_, i) => [`K${i}`, `N${i}`]))).toHaveLength(500);
  });
});
