// What the Standard Schema v1 schemas of `saisie/schema` share: the tables an entry binds, and how a rule's result
// becomes a Standard Schema result (errors only by default, warnings on request, infos never).
import type { StandardSchemaV1 } from './standardSchema.js';
import type { SaisieData } from '../core/data.js';
import { assertLocale, createIssue, type Catalogs } from '../core/messages.js';
import { FIELD_CODES } from '../core/codes.js';
import type { CheckResult } from '../core/types.js';

/** The tables the schemas work with: a saisie configuration, and the catalogs of the form and verifier codes. */
export interface SchemaTables {
  data: SaisieData;
  /** Messages of `field.*` (required, type…). */
  form: Catalogs;
  /** Messages of the verifiers' codes (`email.no_mx`…). */
  verify: Catalogs;
}

/** Options every schema takes. */
export interface SchemaOptions {
  /** BCP 47 language tag of the messages (`en` by default). */
  locale?: string;
  /** Warnings (a typo suggestion, a disposable address…) fail the validation too; default false: errors only. */
  warnings?: boolean;
  /** An empty value ('' or only spaces, undefined, null) passes as ''; default false: it is an issue. */
  optional?: boolean;
}

/** The Standard Schema issues of a rule's result at `path`, kept by severity; undefined when none is kept. */
export function toSchemaIssues(result: CheckResult, warnings: boolean | undefined, path: readonly PropertyKey[]): StandardSchemaV1.Issue[] | undefined {
  const kept = result.issues.filter((i) => i.severity === 'error' || (warnings === true && i.severity === 'warning'));
  return kept.length ? kept.map((i) => ({ message: i.message, path })) : undefined;
}

/** A `field.*` issue (`field.type` for a value that is no string, `field.required` for an empty one) at `path`. */
export function fieldIssue(tables: SchemaTables, locale: string | undefined, code: 'field.type' | 'field.required', path: readonly PropertyKey[]): StandardSchemaV1.Issue {
  return { message: createIssue(FIELD_CODES, { messages: tables.form, book: tables.data.book }, locale, code).message, path };
}

/** True for a value a person left empty. */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Throws a `saisie:` TypeError for options that are not an object or carry a locale that is no language tag. */
export function assertSchemaOptions(caller: string, options: unknown): void {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError(`saisie: ${caller}() takes an options object such as { locale: 'fr' }.`);
  const locale = (options as SchemaOptions | undefined)?.locale;
  if (locale !== undefined) assertLocale(caller, locale);
}

/**
 * A single-value schema over `check`: a non-string is a `field.type` issue, an empty value a `field.required` one
 * (unless optional), otherwise the rule's normalized value or its kept issues, all at path [].
 */
export function createValueSchema(tables: SchemaTables, options: SchemaOptions, check: (value: string) => CheckResult): StandardSchemaV1<string, string> {
  const { locale, warnings, optional } = options;
  const validate = (value: unknown): StandardSchemaV1.Result<string> => {
    if (optional === true && isEmpty(value)) return { value: '' };
    if (typeof value !== 'string') return { issues: [fieldIssue(tables, locale, value === undefined || value === null ? 'field.required' : 'field.type', [])] };
    const result = check(value);
    const issues = toSchemaIssues(result, warnings, []);
    return issues ? { issues } : { value: result.value };
  };
  return { '~standard': { version: 1, vendor: 'saisie', validate } };
}
