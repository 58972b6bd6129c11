// Role → rule: what a field is checked with, given what the form around it knows. Overridable through `roles`.
import type { CheckResult } from '../types.js';
import type { FieldConfig, FieldState } from './createForm.js';
import type { SaisieData } from '../data.js';
import { checkEmail } from '../email/checkEmail.js';
import { checkPhoneInCountries } from '../phone/checkPhoneInCountries.js';
import { checkPostalCode } from '../postal/checkPostalCode.js';
import { checkCivility, getCivilityLanguage } from '../civility/checkCivility.js';
import { checkPostalCity } from '../postal/checkPostalCity.js';
import { isFrenchPostalCountry } from '../postal/isFrenchPostalCountry.js';
import { getCountryName } from '../country/countryNames.js';
import { createIssue } from '../messages.js';
import { PHONE_CODES } from '../codes.js';

/** The country a field is checked for: chosen (a field, an option, an attribute) or guessed (page and browser languages). */
export interface FieldCountry {
  /** The country to check for first; undefined when nothing points to one. */
  code?: string;
  /** Only inferred from languages: a value that fits none of the candidates warns instead of blocking. */
  guessed: boolean;
  /** Further countries to try when guessed (browser languages), first the most likely. */
  candidates: readonly string[];
}

/** What a role's rule may ask of the form around its field (same section first). */
export interface RoleContext {
  readonly locale: string;
  country(): FieldCountry;
  /** The current value of the field of `role` in the same section ('' when there is none). */
  valueOf(role: string): string;
  /** The store key of the field of `role` in the same section, for `dependsOn`. */
  keyOf(role: string): string | undefined;
}

/** One role's rule: its store config and when a value is complete enough for advice during a pause. */
export interface RoleRule {
  config(ctx: RoleContext): FieldConfig;
  /** False while the value is plausibly still being typed; warnings then wait for blur. Default: true. */
  plausible?(value: string): boolean;
}

/** Rules by role name (`email`, `phone`, `postalCode`, `firstName`… or any role a site adds). */
export type RoleTable = Readonly<Record<string, RoleRule>>;

/** The roles whose rule normalizes the value submitted (E.164 phone, canonical postal code and civility, trimmed email). */
export const NORMALIZING_ROLES: ReadonlySet<string> = /* @__PURE__ */ new Set(['email', 'phone', 'postalCode', 'civility']);

/**
 * What a field of `role` submits: its rule's normalized value when the rule passed this very value (`raw`, what the
 * field holds now), never a normalized value of what it held before; otherwise the value as typed.
 */
export function submittedValue(role: string, state: Pick<FieldState, 'value' | 'normalized' | 'valid'> | undefined, raw = state?.value ?? ''): string {
  return state && NORMALIZING_ROLES.has(role) && state.valid && state.value === raw && raw.trim() !== '' ? state.normalized : raw;
}

const dependsOn = (ctx: RoleContext, ...roles: string[]) => roles.map((r) => ctx.keyOf(r)).filter((k): k is string => k !== undefined);

/** saisie's built-in rules by role over `data`'s tables, with `overrides` replacing or adding roles (`{ phone: myRule, vat: vatRule }`). */
export function createRoleTable(overrides: Readonly<Record<string, RoleRule | undefined>> = {}, data: SaisieData): RoleTable {
  const table: Record<string, RoleRule> = {
    email: {
      config: (ctx) => ({ check: (v) => checkEmail(v, { locale: ctx.locale }, data.email) }),
      // A domain is complete once it has a dot and two letters after it: no "did you mean hotmail.fr" on "hotmail.f".
      plausible: (v) => /@[^@\s]+\.[^.@\s]{2,}\s*$/.test(v.slice(-255)),
    },
    phone: {
      config: (ctx) => ({
        dependsOn: dependsOn(ctx, 'country'),
        check: (v) => {
          const c = ctx.country();
          let r = checkPhoneInCountries(v, [c.code, ...c.candidates], { locale: ctx.locale, guessed: c.guessed }, data.phone);
          // A number from another country than the address's country field says so (a +41 number, address in France).
          const from = r.valid ? r.phone?.country : undefined;
          if (from && c.code && !c.guessed && from !== c.code.toUpperCase() && ctx.keyOf('country') !== undefined) {
            const name = (cc: string) => getCountryName(cc, ctx.locale, data.country) ?? cc;
            r = { ...r, issues: [...r.issues, createIssue(PHONE_CODES, data.phone, ctx.locale, 'phone.country-differs', { params: { phoneCountry: name(from), addressCountry: name(c.code), country: from } })] };
          }
          // What is posted keeps the extension, in RFC 3966's form that libphonenumber reads back: "+14155552671;ext=123".
          return r.valid && r.extension ? { ...r, value: `${r.value};ext=${r.extension}` } : r;
        },
      }),
    },
    postalCode: {
      config: (ctx) => ({
        dependsOn: dependsOn(ctx, 'country'),
        check: (v): CheckResult | undefined => {
          const c = ctx.country();
          if (!c.code) return undefined;
          const first = checkPostalCode(v, c.code, { locale: ctx.locale }, data.address);
          if (first.valid || !c.guessed) return first;
          for (const other of c.candidates) {
            const r = checkPostalCode(v, other, { locale: ctx.locale }, data.address);
            if (r.valid) return r;
          }
          // The country is only guessed: a code that fits none of the guesses is not refused.
          return { valid: true, value: v.trim(), issues: [] };
        },
      }),
    },
    city: {
      config: (ctx) => ({
        dependsOn: dependsOn(ctx, 'postalCode', 'country'),
        check: (v): CheckResult | undefined => {
          const c = ctx.country();
          const french = isFrenchPostalCountry(c.code) || (c.guessed && c.candidates.some(isFrenchPostalCountry));
          if (!french || !data.frPostal) return undefined;
          return checkPostalCity(ctx.valueOf('postalCode'), v, { locale: ctx.locale }, data.frPostal);
        },
      }),
      // "Pari" is on its way to "Paris": advice waits for blur.
      plausible: () => false,
    },
    civility: {
      // The canonical form of a known civility ("mme" → "Mme"); anything else is kept as typed.
      config: () => ({ check: (v) => ({ valid: true, value: getCivilityLanguage(v, data.civility) ? checkCivility({ civility: v }, {}, data.civility).value : v, issues: [] }) }),
    },
    firstName: {
      config: (ctx) => ({
        dependsOn: dependsOn(ctx, 'civility'),
        // The rule's value is the civility's; the first name itself is kept as typed.
        check: (v) => ({ ...checkCivility({ civility: ctx.valueOf('civility'), firstName: v }, { locale: ctx.locale }, data.civility), value: v }),
      }),
      // A first name is never known to be complete while typed ("Mari" on the way to "Mario"): advice waits for blur.
      plausible: () => false,
    },
  };
  for (const [role, rule] of Object.entries(overrides)) {
    if (rule === undefined) delete table[role];
    else if (typeof rule?.config !== 'function') throw new TypeError(`saisie: roles.${role.slice(0, 40)} needs a config(ctx) function returning { check }.`);
    else table[role] = rule;
  }
  return table;
}
