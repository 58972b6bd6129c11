import type { StandardSchemaV1 } from './standardSchema.js';
import { checkPostalCode } from '../core/postal/checkPostalCode.js';
import { getAddressFormat } from '../core/address/getAddressFormat.js';
import { assertSchemaOptions, createValueSchema, type SchemaOptions, type SchemaTables } from './index.js';

/** A Standard Schema v1 of a postal code of `country` (ISO 3166-1 alpha-2) over `tables`: its output is the canonical code. */
export function postalCode(country: string, options: SchemaOptions = {}, tables: SchemaTables): StandardSchemaV1<string, string> {
  if (typeof country !== 'string' || !getAddressFormat(country, tables.data.address)) {
    throw new TypeError(`saisie: postalCode(country) needs an ISO 3166-1 alpha-2 code such as 'FR', got ${JSON.stringify(String(country).slice(0, 20))}.`);
  }
  assertSchemaOptions('postalCode', options);
  const { locale } = options;
  return createValueSchema(tables, options, (v) => checkPostalCode(v, country, { locale }, tables.data.address));
}
