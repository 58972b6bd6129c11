import type { StandardSchemaV1 } from './standardSchema.js';
import { createRoleTable, type RoleContext, type RoleRule } from '../core/form/fieldRoles.js';
import { findCountry } from '../core/country/countryNames.js';
import { createIssue } from '../core/messages.js';
import { POSTAL_CODES } from '../core/codes.js';
import { createFieldVerify, type VerdictCache } from '../core/verify/createFieldVerify.js';
import { verifyCatalogs } from '../core/verify/verifyCatalogs.js';
import type { Verifier, VerifyKind } from '../core/verify/types.js';
import type { CheckResult } from '../core/types.js';
import { assertSchemaOptions, fieldIssue, isEmpty, toSchemaIssues, type SchemaOptions, type SchemaTables } from './index.js';

/** The roles a field of `saisieSchema` may have: saisie's rules by role, and `country` (a code, alias or name → its ISO code). */
export type SchemaRole = 'email' | 'phone' | 'postalCode' | 'country' | 'city' | 'civility' | 'firstName';

/** A field of `saisieSchema`: a role, a role that may stay empty, or any Standard Schema. */
export type SchemaField = SchemaRole | { readonly role: SchemaRole; readonly optional?: boolean } | StandardSchemaV1;

/** Options of `saisieSchema`. */
export interface SaisieSchemaOptions extends Omit<SchemaOptions, 'optional'> {
  /** The country of phone numbers and postal codes when `countryField` gives none (ISO 3166-1 alpha-2). */
  country?: string;
  /** The key of the object's field that holds the country (a code, alias or name in a loaded language). */
  countryField?: string;
  /** Verifies emails and phone numbers that pass the local rules; `validate` then returns a Promise. */
  verifier?: Verifier;
  /** `strict`: an `invalid` verdict is an issue; default `warn`: it is a warning (an issue with `warnings: true`). */
  verifyStrictness?: 'warn' | 'strict';
}

type Out<S> = S extends StandardSchemaV1<unknown, infer O> ? O : string;
type In<S> = S extends StandardSchemaV1<infer I, unknown> ? I : string;
/** The output of `saisieSchema(fields)`: normalized strings by field (other keys pass through). */
export type SaisieSchemaOutput<F> = { [K in keyof F]: Out<F[K]> };
/** The input of `saisieSchema(fields)`. */
export type SaisieSchemaInput<F> = { [K in keyof F]: In<F[K]> };

const VERIFIED: Readonly<Record<string, VerifyKind>> = { email: 'email', phone: 'phone' };
const NEVER_ABORTED = { aborted: false, addEventListener: () => undefined };
type Issues = StandardSchemaV1.Issue[];
type Result = StandardSchemaV1.Result<Record<string, unknown>>;

/** An own property, whatever its name ("__proto__" included), without a setter in the way. */
const put = (o: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

const isSchema = (s: unknown): s is StandardSchemaV1 =>
  !!s && typeof s === 'object' && typeof (s as Partial<StandardSchemaV1>)['~standard']?.validate === 'function';

interface Entry {
  key: string;
  role?: SchemaRole;
  rule?: RoleRule;
  optional: boolean;
  schema?: StandardSchemaV1;
}

/**
 * A Standard Schema v1 of a whole object over `tables`: each field of `fields` checked by its role (or schema), the
 * country read from `countryField` or `country`; its output is the object with normalized values, other keys unchanged.
 */
export function saisieSchema<F extends Readonly<Record<string, SchemaField>>>(fields: F, options: SaisieSchemaOptions = {}, tables: SchemaTables): StandardSchemaV1<SaisieSchemaInput<F>, SaisieSchemaOutput<F>> {
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) throw new TypeError("saisie: saisieSchema() takes an object of field name → role, e.g. { email: 'email', phone: 'phone' }.");
  assertSchemaOptions('saisieSchema', options);
  const { locale, warnings, country, countryField, verifier, verifyStrictness } = options;
  if (country !== undefined && (typeof country !== 'string' || !/^[a-z]{2}$/i.test(country.trim()))) throw new TypeError("saisie: saisieSchema({ country }) needs an ISO 3166-1 alpha-2 code such as 'FR'.");
  if (countryField !== undefined && typeof countryField !== 'string') throw new TypeError("saisie: saisieSchema({ countryField }) is the key of the field holding the country, e.g. 'country'.");
  if (verifier !== undefined && typeof verifier?.verify !== 'function') throw new TypeError('saisie: saisieSchema({ verifier }) needs an object with verify(kind, value, context), e.g. createHttpVerifier({ url }).');
  if (verifyStrictness !== undefined && verifyStrictness !== 'warn' && verifyStrictness !== 'strict') throw new TypeError("saisie: saisieSchema({ verifyStrictness }) is 'warn' or 'strict'.");
  const { data } = tables;
  const roles = createRoleTable({}, data);
  const entries: Entry[] = Object.entries(fields).map(([key, spec]) => {
    if (isSchema(spec)) return { key, optional: false, schema: spec };
    const role = typeof spec === 'string' ? spec : (spec as { role?: unknown } | null)?.role;
    const rule = typeof role === 'string' ? (Object.prototype.hasOwnProperty.call(roles, role) ? roles[role] : undefined) : undefined;
    if (typeof role !== 'string' || (role !== 'country' && !rule)) {
      throw new TypeError(`saisie: saisieSchema(): the field "${key.slice(0, 40)}" needs a role (${['country', ...Object.keys(roles)].join(', ')}) or a Standard Schema.`);
    }
    return { key, role: role as SchemaRole, ...(rule && { rule }), optional: typeof spec === 'object' && spec.optional === true };
  });
  const countryCode = (read: (key: string) => unknown): string | undefined => {
    const raw = countryField !== undefined ? read(countryField) : undefined;
    const chosen = typeof raw === 'string' && raw.trim() !== '' ? findCountry(raw, data.country) : undefined;
    return chosen ?? country?.trim().toUpperCase();
  };

  const validateSync = (value: unknown): { result: Result | Promise<Result>; valid: Map<string, string>; code: string | undefined } => {
    const none = { valid: new Map<string, string>(), code: undefined };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { result: { issues: [fieldIssue(tables, locale, 'field.type', [])] }, ...none };
    const input = value as Record<string, unknown>;
    const read = (key: string): unknown => {
      try {
        return Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
      } catch {
        return undefined; // a getter that throws reads as nothing
      }
    };
    const output: Record<string, unknown> = {};
    try {
      for (const key of Object.keys(input)) put(output, key, read(key));
    } catch {
      return { result: { issues: [fieldIssue(tables, locale, 'field.type', [])] }, ...none };
    }
    const code = countryCode(read);
    const text = (key: string | undefined) => {
      const v = key === undefined ? undefined : read(key);
      return typeof v === 'string' ? v : '';
    };
    const keyOf = (role: string) => (role === 'country' && countryField !== undefined ? countryField : entries.find((e) => e.role === role)?.key);
    const ctx: RoleContext = {
      locale: locale ?? 'en',
      country: () => ({ code, guessed: false, candidates: [] }),
      valueOf: (role) => text(keyOf(role)),
      keyOf,
    };
    const issues: Issues = [];
    const valid = new Map<string, string>(); // the normalized values that passed the local rules, for the verifier
    const pending: Promise<void>[] = [];
    for (const e of entries) {
      const raw = read(e.key);
      if (e.schema) {
        const add = (r: StandardSchemaV1.Result<unknown>) => {
          if (r.issues) for (const i of r.issues) issues.push({ message: i.message, path: [e.key, ...(i.path ?? [])] });
          else put(output, e.key, r.value);
        };
        const r = e.schema['~standard'].validate(raw);
        if (r instanceof Promise) pending.push(r.then(add));
        else add(r);
        continue;
      }
      if (isEmpty(raw)) {
        if (!e.optional) issues.push(fieldIssue(tables, locale, 'field.required', [e.key]));
        continue;
      }
      if (typeof raw !== 'string') {
        issues.push(fieldIssue(tables, locale, 'field.type', [e.key]));
        continue;
      }
      let result: CheckResult | undefined;
      if (e.role === 'country') {
        const found = findCountry(raw, data.country);
        result = found ? { valid: true, value: found, issues: [] } : { valid: false, value: raw, issues: [createIssue(POSTAL_CODES, data.address, locale, 'country.unknown', { params: { country: raw.trim().slice(0, 40) } })] };
      } else {
        // No country, no postal-code rule: the value passes as typed.
        result = e.rule?.config(ctx).check?.(raw, {});
      }
      if (!result) continue;
      const own = toSchemaIssues(result, warnings, [e.key]);
      if (own) issues.push(...own);
      else put(output, e.key, result.value);
      if (result.valid) valid.set(e.key, result.value);
    }
    const done = (): Result => (issues.length ? { issues } : { value: output });
    return { result: pending.length ? Promise.all(pending).then(done) : done(), valid, code };
  };

  if (!verifier) {
    const validate = (value: unknown) => validateSync(value).result;
    return { '~standard': { version: 1, vendor: 'saisie', validate } } as StandardSchemaV1<SaisieSchemaInput<F>, SaisieSchemaOutput<F>>;
  }

  const messages = verifyCatalogs(data, tables.verify);
  const cache: VerdictCache = new Map();
  let current: string | undefined; // the country of the value being validated
  const verifies = new Map(entries.filter((e) => e.role && VERIFIED[e.role]).map((e) => [e.key, createFieldVerify({
    verifier, kind: VERIFIED[e.role!]!, strict: verifyStrictness === 'strict', locale: locale ?? 'en', messages, book: data.book, cache,
    context: () => ({ ...(current && { country: current }), fields: { locale: locale ?? 'en' }, field: e.key }),
  })]));
  const validate = async (value: unknown): Promise<Result> => {
    const { result, valid, code } = validateSync(value);
    const local = await result;
    const issues: Issues = [...(local.issues ?? [])];
    const asked = [...verifies].filter(([key]) => valid.has(key)).map(async ([key, verify]) => {
      current = code; // read by the field's context() before verify's first await
      // An unknown verdict (failed, timed out, a throwing verifier) never stands in the way.
      const found = await verify(valid.get(key)!, { signal: NEVER_ABORTED, values: {} }).catch(() => []);
      for (const i of found) if (i.severity === 'error' || (warnings === true && i.severity === 'warning')) issues.push({ message: i.message, path: [key] });
    });
    await Promise.all(asked);
    return issues.length || local.issues ? { issues } : { value: local.value };
  };
  return { '~standard': { version: 1, vendor: 'saisie', validate } } as StandardSchemaV1<SaisieSchemaInput<F>, SaisieSchemaOutput<F>>;
}
