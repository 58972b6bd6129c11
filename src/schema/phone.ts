import type { StandardSchemaV1 } from './standardSchema.js';
import { checkPhone } from '../core/phone/checkPhone.js';
import { assertSchemaOptions, createValueSchema, type SchemaOptions, type SchemaTables } from './index.js';

/** Options of `phone()`: `country` is the region of national numbers (ISO 3166-1 alpha-2); without it, only international ones pass. */
export interface PhoneSchemaOptions extends SchemaOptions {
  country?: string;
}

/** A Standard Schema v1 of a phone number over `tables`: its output is E.164, with an extension as RFC 3966's ";ext=123". */
export function phone(options: PhoneSchemaOptions = {}, tables: SchemaTables): StandardSchemaV1<string, string> {
  assertSchemaOptions('phone', options);
  const { locale, country } = options;
  if (country !== undefined && (typeof country !== 'string' || !/^[a-z]{2}$/i.test(country.trim()))) {
    throw new TypeError(`saisie: phone({ country }) needs an ISO 3166-1 alpha-2 code such as 'FR', got ${JSON.stringify(String(country).slice(0, 20))}.`);
  }
  return createValueSchema(tables, options, (v) => {
    const r = checkPhone(v, { locale, ...(country !== undefined && { country }) }, tables.data.phone);
    // The same value attach posts: libphonenumber reads "+14155552671;ext=123" back.
    return r.valid && r.extension ? { ...r, value: `${r.value};ext=${r.extension}` } : r;
  });
}
