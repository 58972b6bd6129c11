// Which address fields a country uses, in which order, which are required and what each is called (a label key):
// from Google's format (`lfmt`, the Latin order, else `fmt`), `require` and name types (the last column of a row).
import { getAddressFormat, type AddressData } from './getAddressFormat.js';

/** An address field the layout places (the site's form may lack some). */
export type AddressLayoutField = 'addressLine1' | 'addressLine2' | 'city' | 'region' | 'postalCode' | 'dependentLocality' | 'sortingCode';

/** One field of a country's layout: what it is, whether the country requires it, and its label key (see `src/locales/address-labels.ts`). */
export interface AddressLayoutEntry {
  field: AddressLayoutField;
  required: boolean;
  label: string;
}

const LETTERS: Readonly<Record<string, AddressLayoutField>> = { A: 'addressLine1', C: 'city', S: 'region', Z: 'postalCode', D: 'dependentLocality', X: 'sortingCode' };
// Google's name types, by the label family they name; anything else falls back to Google's default (the first).
const TYPES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['label.postal.', ['postal', 'zip', 'pin', 'eircode']],
  ['label.region.', ['province', 'state', 'county', 'department', 'prefecture', 'island', 'parish', 'emirate', 'oblast', 'area', 'district', 'do_si']],
  ['label.city.', ['city', 'post_town', 'suburb', 'district']],
  ['label.sublocality.', ['suburb', 'district', 'neighborhood', 'village_township', 'townland']],
];

/** The name types of a region's row: postal code, region, city, district (empty for Google's default). */
function nameTypes(country: string, formats: string): string[] {
  const at = formats.startsWith(country + '\t') ? 0 : formats.indexOf('\n' + country + '\t');
  if (at < 0) return [];
  const end = formats.indexOf('\n', at + 1);
  const row = formats.slice(at === 0 ? 0 : at + 1, end < 0 ? undefined : end).split('\t');
  return (row[7] ?? '').split(',');
}

/** The address fields of a country (ISO alpha-2, any case) in its Latin order, with required flags and label keys; undefined for an unknown country. */
export function getAddressLayout(country: string, data: AddressData): AddressLayoutEntry[] | undefined {
  const format = getAddressFormat(country, data);
  if (!format) return undefined;
  const cc = country.trim().toUpperCase();
  const names = nameTypes(cc, data.tables.formats);
  const label = (i: number) => {
    const [family, known] = TYPES[i]!;
    const type = names[i] ?? '';
    return family + (known.includes(type) ? type : known[0]!);
  };
  const labels: Record<AddressLayoutField, string> = {
    addressLine1: 'label.addressLine1', addressLine2: 'label.addressLine2', postalCode: label(0), region: label(1), city: label(2), dependentLocality: label(3), sortingCode: 'label.sortingCode',
  };
  const out: AddressLayoutEntry[] = [];
  const seen = new Set<string>();
  for (const m of (format.lfmt || format.fmt).matchAll(/%([A-Z])/g)) {
    const letter = m[1]!;
    const field = LETTERS[letter];
    if (!field || seen.has(letter)) continue;
    seen.add(letter);
    out.push({ field, required: format.require.includes(letter), label: labels[field] });
    if (field === 'addressLine1') out.push({ field: 'addressLine2', required: false, label: labels.addressLine2 });
  }
  return out;
}
