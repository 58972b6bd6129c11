// `saisie/schema`: Standard Schema v1 schemas of saisie's rules (React Hook Form's standardSchemaResolver, TanStack
// Form, VeeValidate…). This entry binds the browser's default tables (src/defaults.ts) and the form and verifier
// messages to the schemas of src/schema, which take their tables as arguments.
import type { StandardSchemaV1 } from './schema/standardSchema.js';
import { tables } from './defaults.js';
import { FORM_MESSAGES } from './locales/form.js';
import { VERIFY_MESSAGES } from './locales/verify.js';
import type { SchemaOptions, SchemaTables } from './schema/index.js';
import { email as emailIn, type EmailSchemaOptions } from './schema/email.js';
import { phone as phoneIn, type PhoneSchemaOptions } from './schema/phone.js';
import { postalCode as postalCodeIn } from './schema/postalCode.js';
import { saisieSchema as saisieSchemaIn, type SaisieSchemaInput, type SaisieSchemaOptions, type SaisieSchemaOutput, type SchemaField } from './schema/saisieSchema.js';

const schemaTables: SchemaTables = { data: tables, form: FORM_MESSAGES, verify: VERIFY_MESSAGES };

/** A Standard Schema v1 of an email address: output trimmed with its domain in lower case; errors only unless `warnings`. */
export const email = (options?: EmailSchemaOptions): StandardSchemaV1<string, string> => emailIn(options, schemaTables);
/** A Standard Schema v1 of a phone number (national numbers of `country`): output E.164. */
export const phone = (options?: PhoneSchemaOptions): StandardSchemaV1<string, string> => phoneIn(options, schemaTables);
/** A Standard Schema v1 of a postal code of `country` (ISO 3166-1 alpha-2): output its canonical form. */
export const postalCode = (country: string, options?: SchemaOptions): StandardSchemaV1<string, string> => postalCodeIn(country, options, schemaTables);
/** A Standard Schema v1 of a whole object, field name → role or schema; asynchronous when given a `verifier`. */
export const saisieSchema = <F extends Readonly<Record<string, SchemaField>>>(fields: F, options?: SaisieSchemaOptions): StandardSchemaV1<SaisieSchemaInput<F>, SaisieSchemaOutput<F>> =>
  saisieSchemaIn(fields, options, schemaTables);

export type { SchemaOptions } from './schema/index.js';
export type { EmailSchemaOptions } from './schema/email.js';
export type { PhoneSchemaOptions } from './schema/phone.js';
export type { SaisieSchemaInput, SaisieSchemaOptions, SaisieSchemaOutput, SchemaField, SchemaRole } from './schema/saisieSchema.js';
