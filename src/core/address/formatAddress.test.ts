import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { createSaisie } from '../../createSaisie.js';
import { browserTables } from '../../../test/tables.js';
import { FR_POSTAL_ABBREVIATIONS } from '../../data/fr-postal-abbreviations.js';
import type { Address } from './formatAddress.js';

const { formatAddress, formatAddressResult, getAddressFormat } = createSaisie(browserTables());
const { countries } = JSON.parse(readFileSync(new URL('../../../test/corpora/address-countries.json', import.meta.url), 'utf8')) as { countries: Record<string, unknown> };

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
  it('keeps at most 6 lines in French postal style, the name and organization lines never merged', () => {
    const lines = formatAddress({ name: 'A', organization: 'B', addressLines: ['1', '2', '3', '4', '5'], postalCode: '75001', locality: 'Paris', country: 'FR' }, { style: 'postal' });
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines.slice(0, 2)).toEqual(['B', 'A']);
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

// The fields of an address by format letter, and a value for each that no other contains.
const FIELDS: Array<[keyof Address, string]> = [
  ['name', 'N'], ['organization', 'O'], ['addressLines', 'A'], ['dependentLocality', 'D'], ['locality', 'C'], ['region', 'S'], ['postalCode', 'Z'], ['sortingCode', 'X'],
];
const LATIN = { N: 'Nameval', O: 'Orgval', A: 'Streetval', D: 'Districtval', C: 'Townval', S: 'Regionval', Z: 'Zipval', X: 'Sortval' } as Record<string, string>;
const CYRILLIC = { N: 'Имявал', O: 'Оргвал', A: 'Улицавал', D: 'Районвал', C: 'Городвал', S: 'Областьвал', Z: 'Индексвал', X: 'Сортвал' } as Record<string, string>;
const HAN = { N: '名前値', O: '組織値', A: '通り値', D: '地区値', C: '市区値', S: '県値', Z: '郵便値', X: '仕分値' } as Record<string, string>;
const addressOf = (cc: string, v: Record<string, string>): Address => {
  const a: Record<string, unknown> = { country: cc };
  for (const [key, f] of FIELDS) a[key] = key === 'addressLines' ? [v[f]] : v[f];
  return a as unknown as Address;
};
// AFNOR's capitals: no accents, and the usual transliteration of the letters that have no decomposition.
const upperPlain = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/Œ/g, 'OE').replace(/Æ/g, 'AE').replace(/Ø/g, 'O').replace(/Ł/g, 'L').replace(/[ĐÐ]/g, 'D').replace(/Þ/g, 'TH');

describe('formatAddress keeps every field', () => {
  it('every region whose format has no slot for a field still prints it, in both scripts and both styles', () => {
    let lacking = 0;
    const missing: string[] = [];
    for (const cc of Object.keys(countries)) {
      const f = getAddressFormat(cc);
      if (!f) continue;
      const slots = (fmt: string) => FIELDS.filter(([, l]) => !fmt.includes(`%${l}`)).map(([, l]) => l).join('');
      if (slots(f.fmt) || slots(f.lfmt ?? f.fmt)) lacking++;
      for (const values of [LATIN, CYRILLIC, HAN]) {
        for (const style of ['display', 'postal'] as const) {
          const text = formatAddress(addressOf(cc, values), { style }).join('\n');
          const { issues } = formatAddressResult(addressOf(cc, values), { style });
          for (const [, l] of FIELDS) {
            const want = values[l]!;
            // AFNOR writes Latin capitals only: a non-Latin field there is named by an issue instead.
            const ok =
              style === 'postal' && cc === 'FR'
                ? text.includes(upperPlain(want)) || issues.some((i) => i.params?.reason === 'characters' && String(i.params.text).split(' ').includes(want))
                : text.toLowerCase().includes(want.toLowerCase());
            if (!ok) missing.push(`${cc} ${style} ${l} ${want}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(lacking).toBeGreaterThan(240); // every region lacks a slot for one field at least (a district or a sorting code)
  });
  it('puts a missing field where the country’s own order has it', () => {
    // Japan: no city slot. Local script: the city follows the prefecture, run on as Japanese is written; Latin: street, city, prefecture.
    expect(formatAddress({ addressLines: ['丸の内1-1'], region: '東京都', locality: '千代田区', postalCode: '100-0005', country: 'JP' })).toEqual(['〒100-0005', '東京都千代田区', '丸の内1-1']);
    expect(formatAddress({ addressLines: ['1-1'], region: '東京都', locality: '千代田区', dependentLocality: '丸の内', postalCode: '1000005', country: 'JP', name: '山田太郎' })).toEqual(['〒1000005', '東京都千代田区丸の内', '1-1', '山田太郎']);
    expect(formatAddress({ name: 'Taro Yamada', addressLines: ['1-1 Marunouchi'], region: 'Tokyo', locality: 'Chiyoda-ku', postalCode: '100-0005', country: 'JP' })).toEqual(['Taro Yamada', '1-1 Marunouchi, Chiyoda-ku, Tokyo', '100-0005']);
    expect(formatAddress({ addressLines: ['1-1 Marunouchi'], region: 'Tokyo', locality: 'Chiyoda-ku', postalCode: '100-0005', country: 'JP' }, { style: 'postal' })).toEqual(['1-1 Marunouchi, Chiyoda-ku, TOKYO', '100-0005']);
    // The other regions without a city slot: the town between the street and what the format writes after it.
    expect(formatAddress({ addressLines: ['1 Main Street'], locality: 'Westside', postalCode: 'GX11 1AA', country: 'GI' })).toEqual(['1 Main Street', 'Westside', 'GX11 1AA']);
    expect(formatAddress({ addressLines: ['1 Orchard Road'], locality: 'Singapore', postalCode: '238801', country: 'SG' })).toEqual(['1 Orchard Road', 'Singapore', 'SINGAPORE 238801']);
    expect(formatAddress({ addressLines: ['1 West Bay Road'], locality: 'George Town', region: 'Grand Cayman', postalCode: 'KY1-1100', country: 'KY' })).toEqual(['1 West Bay Road', 'George Town', 'Grand Cayman KY1-1100']);
    expect(formatAddress({ addressLines: ['Civic Centre'], locality: 'Yaren', region: 'Yaren District', country: 'NR' })).toEqual(['Civic Centre', 'Yaren', 'Yaren District']);
    expect(formatAddress({ addressLines: ['丸の内1-1'], locality: '千代田区', region: '東京都', postalCode: '100-0005', country: 'JP' }, { style: 'postal' })).toEqual(['〒100-0005', '東京都千代田区', '丸の内1-1']);
    // A district goes on its own line above the town's (as GB, BR, MX and ZA formats have it); a region after it.
    expect(formatAddress({ addressLines: ['Unter den Linden 1'], dependentLocality: 'Mitte', postalCode: '10117', locality: 'Berlin', region: 'Berlin', country: 'DE' })).toEqual(['Unter den Linden 1', 'Mitte', '10117 Berlin', 'Berlin']);
    expect(formatAddress({ addressLines: ['1 High Street'], locality: 'Guildford', region: 'Surrey', postalCode: 'GU1 3AA', country: 'GB' })).toEqual(['1 High Street', 'Guildford', 'Surrey', 'GU1 3AA']);
    // A postal code where Google lists none, on a line of its own after the place, or first in big-endian formats.
    expect(formatAddress({ addressLines: ['Sheikh Zayed Road'], locality: 'Dubai', region: 'Dubai', postalCode: '00000', country: 'AE' })).toEqual(['Sheikh Zayed Road', 'Dubai', 'Dubai', '00000']);
    expect(formatAddress({ addressLines: ['皇后大道中1號'], locality: '中西區', region: '香港島', postalCode: '999077', country: 'HK' })).toEqual(['999077', '香港島', '中西區', '皇后大道中1號']);
    expect(formatAddress({ addressLines: ['Avenida de Almeida Ribeiro 1'], locality: 'Sé', region: 'Macau', country: 'MO' })).toEqual(['Avenida de Almeida Ribeiro 1', 'Sé', 'Macau']);
    // A sorting code ends the locality's line (CEDEX), as in the formats that have one.
    expect(formatAddress({ addressLines: ['1 rue X'], postalCode: '75008', locality: 'Paris', sortingCode: 'CEDEX 08', country: 'FR' })).toEqual(['1 rue X', '75008 Paris CEDEX 08']);
    expect(formatAddress({ addressLines: ['1 Main St'], locality: 'Springfield', region: 'IL', postalCode: '62701', sortingCode: 'S1', country: 'US' })).toEqual(['1 Main St', 'Springfield, IL 62701 S1']);
    // Namibia's format in Google's data reads `%Cn%Z`: a line break, not a letter glued to the town.
    expect(formatAddress({ addressLines: ['1 Independence Ave'], locality: 'Windhoek', postalCode: '10001', country: 'NA' })).toEqual(['1 Independence Ave', 'Windhoek', '10001']);
  });
  it('does not write a country prefix twice when the code was typed with it', () => {
    expect(formatAddress({ addressLines: ['Bahnhofstrasse 1'], postalCode: 'CH-8001', locality: 'Zürich', country: 'CH' }).at(-1)).toBe('CH-8001 Zürich');
    expect(formatAddress({ addressLines: ['1 rue X'], postalCode: 'l 1120', locality: 'Luxembourg', country: 'LU' }).at(-1)).toBe('L-1120 Luxembourg');
    expect(formatAddress({ addressLines: ['1 rue X'], postalCode: 'LU-1120', locality: 'Luxembourg', country: 'LU' }).at(-1)).toBe('L-1120 Luxembourg');
    expect(formatAddress({ addressLines: ['丸の内1-1'], region: '東京都', postalCode: '〒100-0005', country: 'JP' })[0]).toBe('〒100-0005');
    expect(formatAddress({ addressLines: ['1 Main St'], postalCode: '8001', locality: 'Zürich', country: 'CH' }).at(-1)).toBe('CH-8001 Zürich');
  });
  it('says what saisie’s own bounds leave out (200 characters a field, 10 address lines)', () => {
    const r = formatAddressResult({ addressLines: Array.from({ length: 12 }, (_, i) => `line ${i + 1}`), locality: `Paris ${'x'.repeat(300)}`, country: 'DE' });
    expect(r.lines).toContain('line 10');
    expect(r.lines).not.toContain('line 11');
    expect(r.issues.map((i) => [i.code, i.severity, i.params?.reason])).toEqual([['address.overflow', 'warning', 'length'], ['address.overflow', 'warning', 'length']]);
    expect(r.issues.map((i) => i.params?.text)).toEqual(['line 11 / line 12', `${'x'.repeat(80)}…`]);
    expect(formatAddressResult({ addressLines: ['1 Main St'], locality: 'Springfield', country: 'US' })).toEqual({ lines: ['1 Main St', 'Springfield'], issues: [] });
  });
});

// A token as AFNOR writes it (upper case, no accents), then as La Poste abbreviates it: both spellings count as the word.
const short = (t: string) => FR_POSTAL_ABBREVIATIONS[t] ?? t;
const tokens = (s: string, keepPunctuation: boolean) =>
  upperPlain(s).replace(keepPunctuation ? / +/g : /[^A-Z0-9]+/g, ' ').trim().split(' ').filter(Boolean).map(short);
const sorted = (a: string[]) => [...a].sort();

describe('AFNOR NF Z10-011 never loses a word', () => {
  const afnor = (a: Omit<Address, 'country'>) => formatAddressResult({ ...a, country: 'FR' }, { style: 'postal', locale: 'fr' });
  it('wraps a street still too long after the abbreviations onto a free line, whole words only', () => {
    const r = afnor({ name: 'Mme Zoé Durand', addressLines: ['12 rue du Faubourg Saint-Honoré prolongée jusqu’à la Concorde porte 7'], postalCode: '75008', locality: 'Paris' });
    expect(r).toEqual({ lines: ['MME ZOE DURAND', '12 RUE DU FG ST HONORE PROLONGEE JUSQU', 'A LA CONCORDE PORTE 7', '75008 PARIS'], issues: [] });
    const b = afnor({ name: 'M. Paul Martin', addressLines: ['Résidence Marie Curie bâtiment B escalier 3 appartement 12', '4 allée des Tilleuls'], postalCode: '69003', locality: 'Lyon' });
    expect(b).toEqual({ lines: ['M. PAUL MARTIN', 'RES MARIE CURIE BAT B ESC 3 APP 12', '4 ALLEE DES TILLEULS', '69003 LYON'], issues: [] });
  });
  it('keeps a long name with titles on lines of its own, never merged with the address', () => {
    const r = afnor({ organization: 'Cabinet Dupont & Associés', name: 'Monsieur le Professeur Jean-Philippe de La Rochefoucauld-Liancourt', addressLines: ['Bâtiment B', '3 place de la Concorde'], postalCode: '75008', locality: 'Paris' });
    expect(r.lines).toEqual(['CABINET DUPONT & ASSOCIES', 'M LE PR JEAN-PHILIPPE DE LA', 'ROCHEFOUCAULD-LIANCOURT', 'BATIMENT B', '3 PLACE DE LA CONCORDE', '75008 PARIS']);
    expect(r.issues).toEqual([]);
  });
  it('merges complements when 7 or more lines come in, and says what still does not fit', () => {
    const seven = afnor({ name: 'Mme Zoé Durand', organization: 'ACME', addressLines: ['Appartement 12', 'Escalier 3', 'Bâtiment B', 'Résidence Les Pins', '12 rue de la Paix'], dependentLocality: 'Lieu-dit Les Granges', postalCode: '75002', locality: 'Paris' });
    expect(seven.lines).toEqual(['ACME', 'MME ZOE DURAND', 'APPARTEMENT 12 ESCALIER 3 BATIMENT B', 'RESIDENCE LES PINS 12 RUE DE LA PAIX', 'LIEU DIT LES GRANGES', '75002 PARIS']);
    expect(seven.issues).toEqual([]);
    const full = afnor({
      name: 'Madame la Présidente Marie-Christine de Saint-Exupéry',
      organization: 'Société Générale des Eaux et Forêts',
      addressLines: ['Appartement 1204 escalier C douzième étage', 'Bâtiment Les Hortensias résidence du Parc', '128 boulevard du Maréchal de Lattre de Tassigny', 'Zone industrielle des Grandes Terres'],
      dependentLocality: 'Hameau de la Croix Blanche',
      postalCode: '92000',
      locality: 'Nanterre',
    });
    expect(full.lines.length).toBe(6);
    expect(full.lines[0]).toBe('SOCIETE GENERALE DES EAUX ET FORETS');
    expect(full.lines.at(-1)).toBe('92000 NANTERRE');
    expect(full.issues).toHaveLength(1);
    expect(full.issues[0]).toMatchObject({ code: 'address.overflow', severity: 'warning', params: { reason: 'lines' } });
    expect(full.issues[0]!.message).toMatch(/^Ceci ne tient pas dans les 6 lignes de 38 caractères/);
    expect(full.issues[0]!.message).toContain(String(full.issues[0]!.params!.text));
    expect(String(full.issues[0]!.params!.text)).toMatch(/CROIX BLANCHE$/);
  });
  it('names the characters AFNOR’s alphabet cannot hold instead of dropping them', () => {
    const r = afnor({ addressLines: ['12 odos Αθηνάς', 'Søndergade 3'], postalCode: '75001', locality: 'Paris' });
    expect(r.lines).toEqual(['12 ODOS', 'SONDERGADE 3', '75001 PARIS']);
    expect(r.issues.map((i) => [i.params?.reason, i.params?.text])).toEqual([['characters', 'Αθηνάς']]);
    expect(formatAddressResult({ addressLines: ['12 odos Αθηνάς'], postalCode: '75001', locality: 'Paris', country: 'FR' }, { style: 'postal', locale: 'de' }).issues[0]!.message).toMatch(/^Eine französische Postanschrift/);
  });
  it('puts a region before the postcode line, which stays last', () => {
    expect(afnor({ addressLines: ['1 rue X'], region: 'Île-de-France', postalCode: '75001', locality: 'Paris' }).lines).toEqual(['1 RUE X', 'ILE DE FRANCE', '75001 PARIS']);
  });
  it('property: every word is printed (whole or as La Poste’s abbreviation) or named in an issue, and none is invented', () => {
    const word = fc.oneof(
      fc.constantFrom(...Object.keys(FR_POSTAL_ABBREVIATIONS), 'rue', 'de', 'la', 'du', 'Honoré', 'prolongée', 'jusqu’à', 'Marie', 'Curie', 'Élysée', 'porte', '12', '7', 'bis'),
      fc.stringMatching(/^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{1,14}$/),
      fc.stringMatching(/^\d{1,4}$/),
    );
    const line = fc.array(word, { minLength: 1, maxLength: 9 }).map((w) => w.join(' '));
    const title = fc.constantFrom('', 'Monsieur', 'Madame', 'Docteur', 'Professeur', 'Maître', 'M.', 'Mme', 'Général');
    fc.assert(
      fc.property(title, fc.array(word, { maxLength: 6 }), fc.option(line), fc.array(line, { maxLength: 10 }), fc.option(line), fc.option(line), (t, name, org, lines, district, region) => {
        const a = { name: [t, ...name].join(' '), organization: org ?? '', addressLines: lines, dependentLocality: district ?? '', region: region ?? '', postalCode: '75008', locality: 'Paris' };
        const r = afnor(a);
        expect(r.lines.length).toBeLessThanOrEqual(6);
        for (const l of r.lines) expect(l.length).toBeLessThanOrEqual(38);
        const personal = [a.organization, a.name].flatMap((s) => tokens(s, true));
        const rest = [...a.addressLines, a.dependentLocality, a.region, '75008 Paris'].flatMap((s) => tokens(s, false));
        const out = [...r.lines, ...r.issues.map((i) => String(i.params?.text))].flatMap((s) => s.split(' ').filter(Boolean).map(short));
        expect(sorted(out)).toEqual(sorted([...personal, ...rest]));
        expect(r.issues.every((i) => i.code === 'address.overflow' && i.params?.reason === 'lines')).toBe(true);
      }),
      { numRuns: 700 },
    );
  });
});
