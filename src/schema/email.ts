import type { StandardSchemaV1 } from './standardSchema.js';
import { checkEmail } from '../core/email/checkEmail.js';
import { assertSchemaOptions, createValueSchema, type SchemaOptions, type SchemaTables } from './index.js';

/** Options of `email()`. */
export interface EmailSchemaOptions extends SchemaOptions {
  /** Check disposable addresses (a warning) too; default true. */
  flags?: boolean;
}

/** A Standard Schema v1 of an email address over `tables`: its output is checkEmail's value (trimmed, domain in lower case). */
export function email(options: EmailSchemaOptions = {}, tables: SchemaTables): StandardSchemaV1<string, string> {
  assertSchemaOptions('email', options);
  const { locale, flags } = options;
  return createValueSchema(tables, options, (v) => checkEmail(v, { locale, ...(flags === false && { flags }) }, tables.data.email));
}
