// The fast path must give AsYouType's exact text, or undefined (then AsYouType runs): checked on every prefix of the
// example numbers of every region, typed nationally and internationally, in each metadata set saisie uses, and on
// random digit strings.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AsYouType, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import MAX from 'libphonenumber-js/metadata.max.json';
import MIN from 'libphonenumber-js/metadata.min.json';
import EXAMPLES from 'libphonenumber-js/examples.mobile.json';
import CORE from '../../data/phone-metadata-core.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { cleanPhoneInput } from './cleanPhoneInput.js';
import { formatDigitsAsYouType } from './formatDigitsAsYouType.js';
import { createPhoneData, getPhoneMetadata, mergePhoneCountry } from './phoneData.js';

type Json = { countries: Record<string, [string, string, ...unknown[]]> };
const examples = EXAMPLES as Record<string, string>;
const CORE_REGIONS = Object.keys((CORE as unknown as Json).countries);
const sets: Record<string, MetadataJson> = {};

beforeAll(() => {
  // What the browser build formats with: the up-front regions, then the same with some full entries loaded.
  const browser = createPhoneData(CORE);
  sets['browser'] = getPhoneMetadata(browser);
  for (const cc of ['FR', 'US', 'GB', 'DE', 'CA', 'JP', 'BR', 'AU', 'IN', 'AR', 'MX', 'GG']) mergePhoneCountry(browser, cc, (MAX as unknown as Json).countries[cc]);
  sets['browser + loaded'] = getPhoneMetadata(browser);
  sets['max'] = MAX as MetadataJson;
  sets['min'] = MIN as MetadataJson;
});

function asYouType(text: string, country: string | undefined, metadata: MetadataJson): string {
  try {
    return new AsYouType(country as CountryCode | undefined, metadata).input(text);
  } catch {
    return 'AsYouType threw';
  }
}

/** Mismatches of the fast path on every prefix of `text`; counts how many prefixes it handled. */
function check(text: string, country: string | undefined, metadata: MetadataJson, tally?: { handled: number; total: number }): string[] {
  const bad: string[] = [];
  for (let i = 1; i <= text.length; i++) {
    const typed = text.slice(0, i);
    const fast = formatDigitsAsYouType(typed, country, metadata);
    if (tally) {
      tally.total++;
      if (fast !== undefined) tally.handled++;
    }
    if (fast === undefined) continue;
    const slow = asYouType(typed, country, metadata);
    if (fast !== slow) bad.push(`${country} ${JSON.stringify(typed)}: ${JSON.stringify(fast)}, AsYouType ${JSON.stringify(slow)}`);
  }
  return bad;
}

/** The ways one example number is typed: national digits, with the national prefix, "+" and the calling code. */
function typings(metadata: MetadataJson, region: string): string[] {
  const plan = (metadata as unknown as Json).countries[region]!;
  const nsn = examples[region]!;
  const prefix = typeof plan[5] === 'string' ? plan[5] : '';
  return [...new Set([nsn, prefix + nsn, '+' + plan[0] + nsn, '+' + plan[0] + ' ' + nsn.replace(/(\d{2})(?=\d)/g, '$1 ')])];
}

describe('formatDigitsAsYouType', () => {
  it('types French, Swiss, Belgian, German, British and US numbers like AsYouType', () => {
    const typed = (text: string, country?: string) => [...text].map((_, i) => formatDigitsAsYouType(text.slice(0, i + 1), country, sets['browser']!));
    expect(typed('0612345678', 'FR')).toEqual(['0', '06', '06 1', '06 12', '06 12 3', '06 12 34', '06 12 34 5', '06 12 34 56', '06 12 34 56 7', '06 12 34 56 78']);
    expect(typed('+33612345678')).toEqual(['+', '+3', '+33', '+33 6', '+33 6 1', '+33 6 12', '+33 6 12 3', '+33 6 12 34', '+33 6 12 34 5', '+33 6 12 34 56', '+33 6 12 34 56 7', '+33 6 12 34 56 78']);
    expect(typed('06 12.34-56 (78)', 'FR').at(-1)).toBe('06 12 34 56 78');
    expect(typed('2133734253', 'US')).toEqual(['2', '21', '(213)', '(213) 3', '(213) 37', '(213) 373', '(213) 373-4', '(213) 373-42', '(213) 373-425', '(213) 373-4253']);
    expect(typed('12133734253', 'US').at(-1)).toBe('1 (213) 373-4253');
    expect(typed('+12133734253', 'US').at(-1)).toBe('+1 213 373 4253');
    expect(typed('030123456', 'DE')).toEqual(['0', '03', '030', '030 1', '030 12', '030 123', '030 1234', '030 12345', '030 123456']);
    expect(typed('+4930123456', 'FR').at(-1)).toBe('+49 30 123456');
    expect(typed('07400123456', 'GB')).toEqual(['0', '07', '074', '0740', '07400', '07400 1', '07400 12', '07400 123', '07400 1234', '07400 12345', '07400 123456']);
    expect(typed('+447400123456', 'GB').at(-1)).toBe('+44 7400 123456');
    expect(typed('0781234567', 'CH')).toEqual(['0', '07', '078', '078 1', '078 12', '078 123', '078 123 4', '078 123 45', '078 123 45 6', '078 123 45 67']);
    expect(typed('+41781234567', 'CH').at(-1)).toBe('+41 78 123 45 67');
    expect(typed('0470123456', 'BE')).toEqual(['0', '04', '047', '0470', '0470 1', '0470 12', '0470 12 3', '0470 12 34', '0470 12 34 5', '0470 12 34 56']);
    expect(typed('+32470123456', 'BE').at(-1)).toBe('+32 470 12 34 56');
    expect(typed('06123456789', 'FR').at(-1)).toBe('06123456789'); // too long for any format: plain digits
    expect(typed('+33612345678901').at(-1)).toBe('+33 612345678901');
    expect(typed('+13101234').at(-1)).toBe('+1 310 1234'); // 7 digits: possible in CA, not in US, same text either way
  });

  it('leaves the exotic cases to AsYouType', () => {
    const md = sets['max']!;
    expect(formatDigitsAsYouType('0033612345678', 'FR', md)).toBe('00 33 6 12 34 56 78'); // IDD prefix, once a calling code follows
    expect(formatDigitsAsYouType('0033', 'FR', md)).toBe('00 33');
    expect(formatDigitsAsYouType('00', 'FR', md)).toBe('00');
    expect(formatDigitsAsYouType('00', 'BZ', md)).toBeUndefined(); // "0-0" there
    expect(formatDigitsAsYouType('003', 'FR', md)).toBe('00 3'); // no calling code yet
    expect(formatDigitsAsYouType('05', 'CV', md)).toBeUndefined(); // a one-digit IDD: AsYouType throws
    expect(formatDigitsAsYouType('+80012345678', 'FR', md)).toBeUndefined(); // non-geographic calling code
    expect(formatDigitsAsYouType('0111523456789', 'AR', md)).toBeUndefined(); // national prefix transform rule
    expect(formatDigitsAsYouType('+4407400123456', 'GB', md)).toBeUndefined(); // national prefix after "+44"
    expect(formatDigitsAsYouType(' +33 6', 'FR', md)).toBeUndefined(); // anything but digits, a leading +, ( ) . / - and spaces
    expect(formatDigitsAsYouType('06 12', 'FR', { ...md, version: 1 } as unknown as MetadataJson)).toBeUndefined();
  });

  it('gives AsYouType’s text on every prefix of every example number, in every metadata set', () => {
    for (const [name, metadata] of Object.entries(sets)) {
      const bad: string[] = [];
      for (const region of Object.keys((metadata as unknown as Json).countries)) {
        if (!examples[region]) continue;
        for (const text of typings(metadata, region)) {
          bad.push(...check(text, region, metadata));
          if (text[0] === '+') bad.push(...check(text, undefined, metadata));
        }
      }
      expect(bad, name).toEqual([]);
    }
  });

  it('gives AsYouType’s text on libphonenumber-js’s own as-you-type sequences', () => {
    const corpus = JSON.parse(readFileSync(new URL('../../../test/corpora/libphonenumber-js-asyoutype-cases.json', import.meta.url), 'utf8'));
    const bad: string[] = [];
    for (const c of corpus.cases as { ctor: unknown; steps: { input: string }[] }[]) {
      if (c.ctor !== null && typeof c.ctor !== 'string') continue;
      const typed = cleanPhoneInput(c.steps.map((s) => s.input).join(''));
      for (const metadata of [sets['max']!, sets['browser']!]) bad.push(...check(typed, c.ctor || undefined, metadata));
    }
    expect(bad).toEqual([]);
  });

  it('handles most keystrokes of the up-front regions (so it cannot silently become "always AsYouType")', () => {
    const tally = { handled: 0, total: 0 };
    for (const region of CORE_REGIONS) for (const text of typings(sets['browser']!, region)) check(text, region, sets['browser']!, tally);
    expect(tally.total).toBeGreaterThan(2500);
    expect(tally.handled / tally.total).toBeGreaterThanOrEqual(0.97); // 99.9% with libphonenumber-js 1.13.16 (misses: GG, IM, JE transform rules)
  });

  it('gives AsYouType’s text on random digits, with or without a national prefix, "+", a calling code', () => {
    for (const metadata of [sets['max']!, sets['browser']!]) {
      const json = metadata as unknown as Json;
      const regions = Object.keys(json.countries);
      const typed = fc
        .tuple(fc.constantFrom(...regions), fc.constantFrom('', 'np', '+', '+cc', '+cc np', 'cc', 'idd'), fc.array(fc.constantFrom(...'0123456789012345678901234567890123456789 -.()/'), { maxLength: 18 }), fc.boolean())
        .map(([region, lead, rest, noCountry]) => {
          const plan = json.countries[region]!;
          const np = typeof plan[5] === 'string' ? plan[5] : '';
          const idd = /^\d+/.exec(plan[1])?.[0] ?? '';
          const head = lead.replace('np', np).replace('cc', plan[0]).replace('idd', idd).replace(' ', '');
          return { country: noCountry ? undefined : region, text: head + rest.join('') };
        });
      fc.assert(
        fc.property(typed, ({ country, text }) => {
          expect(check(text, country, metadata)).toEqual([]);
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('never throws on odd input', () => {
    const md = sets['browser']!;
    fc.assert(fc.property(fc.string({ maxLength: 30 }), fc.constantFrom('FR', 'US', 'XX', 'constructor', '', undefined), (text, cc) => {
      const fast = formatDigitsAsYouType(text, cc, md);
      if (fast !== undefined) expect(fast).toBe(asYouType(text, cc, md));
    }));
  });
});
