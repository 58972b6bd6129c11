// Mirrors suites 6–7 of the shared conformance runner on the source (corpora copied in test/corpora): fmt/lfmt order and postal upper case.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Address } from './formatAddress.js';
import { createSaisie } from '../../createSaisie.js';
import { browserTables } from '../../../test/tables.js';

const { formatAddress } = createSaisie(browserTables());

const { countries } = JSON.parse(readFileSync(new URL('../../../test/corpora/address-countries.json', import.meta.url), 'utf8')) as {
  countries: Record<string, { fmt?: string; lfmt?: string; zipex?: string; upper?: string }>;
};
const order = (f: string | undefined) => (f ?? '').match(/%[ACZ]/g)?.map((s) => s[1]).join('') ?? '';

describe('address conformance', () => {
  it('street, city and postal code come in the country order (≥ 98%)', () => {
    const failures: string[] = [];
    let total = 0;
    for (const [cc, m] of Object.entries(countries)) {
      if (!m.zipex || !/%Z/.test(m.fmt ?? '') || !/%C/.test(m.fmt ?? '')) continue;
      total++;
      const zip = m.zipex.split(',')[0]!.trim();
      const addr: Address = { addressLines: ['1 Testing Street'], locality: 'Testville', postalCode: zip, country: cc };
      if (/%S/.test(m.fmt!)) addr.region = 'Testregion';
      const text = formatAddress(addr).join('\n').toLowerCase();
      const got: Array<[string, number]> = [['A', text.indexOf('1 testing street')], ['C', text.indexOf('testville')], ['Z', text.indexOf(zip.toLowerCase())]];
      const seq = [...got].filter(([, p]) => p >= 0).sort((a, b) => a[1] - b[1]).map(([k]) => k).join('');
      if (got.some(([, p]) => p < 0) || (seq !== order(m.fmt) && seq !== order(m.lfmt))) failures.push(`${cc} ${seq}`);
    }
    console.log('address-layout', (100 * (total - failures.length)) / total, failures);
    expect((total - failures.length) / total).toBeGreaterThanOrEqual(0.98);
  });
  it('postal style upper-cases the fields Google marks upper (≥ 98%)', () => {
    const failures: string[] = [];
    let total = 0;
    for (const [cc, m] of Object.entries(countries)) {
      if (!m.upper || !m.upper.includes('C') || !/%C/.test(m.fmt ?? '')) continue;
      total++;
      const addr: Address = { addressLines: ['1 Testing Street'], locality: 'Testville', country: cc };
      if (m.zipex) addr.postalCode = m.zipex.split(',')[0]!.trim();
      if (!formatAddress(addr, { style: 'postal' }).join('\n').includes('TESTVILLE')) failures.push(cc);
    }
    console.log('address-postal-upper', (100 * (total - failures.length)) / total, failures);
    expect((total - failures.length) / total).toBeGreaterThanOrEqual(0.98);
  });
});
