// The public shapes of `attach`: its options, its handle, and what `saisie:submit` carries.
import type { RoleRule } from '../core/form/fieldRoles.js';
import type { AddressProvider } from '../core/autocomplete/types.js';
import type { SuggestionSearchOptions } from '../core/autocomplete/createSuggestionSearch.js';
import type { Issue } from '../core/types.js';
import type { AttachPlugin } from './plugin.js';
import type { Verifier } from '../core/verify/types.js';
import type { CountryComboboxOptions } from './countryCombobox.js';
import type { FollowCountryOptions } from './followCountry.js';
import type { DomType, FormElement } from './globals.js';

/** Options of `attach`; locale, country, replace-values and load-data may also be set on the form as `data-saisie-*`. */
export interface AttachOptions {
  /** Language of messages; default: the form's `lang`, then `<html lang>`, then English. */
  locale?: string;
  /** Country for phone and postal rules when the form has no country field. */
  country?: string;
  /** On a passing submit, write the normalized values (E.164 phone…) into the inputs before the browser sends them. Default false. */
  replaceValues?: boolean;
  /** Show `info` issues (webmail, role address) as well. Default false. */
  showInfo?: boolean;
  /** Pause after typing before a warning shows (ms, default 700). */
  warnDelayMs?: number;
  /** Load the lazy tables the form needs (first names, full phone metadata, country names). Default true. */
  loadData?: boolean;
  /** Rules by role: replace a built-in one, add one for `data-saisie-role="yours"`, or `undefined` to turn one off. */
  roles?: Readonly<Record<string, RoleRule | undefined>>;
  /** Address suggestions on the address line (`createBanProvider()`, `createPhotonProvider()`, your own); nothing is sent without one. */
  addressProvider?: AddressProvider;
  /** How address suggestions are searched: `minChars` (3), `debounceMs` (250), `limit` (5), `timeoutMs` (4000). */
  addressSearch?: SuggestionSearchOptions;
  /** The country field as a searchable combobox (a `<select>` stays in the form and posts); `{ preferred }` lists countries first. Also `data-saisie-country-combobox` ("FR,BE" for preferred). */
  countryCombobox?: boolean | CountryComboboxOptions;
  /** Opt-in: address fields follow the chosen country (order, labels, required, sub-regions); typed values are kept. Also `data-saisie-layout`. */
  layout?: boolean | FollowCountryOptions;
  /** A verification backend (`createHttpVerifier({ url })`), asked once a value passes the local rules; nothing is sent without one. */
  verifier?: Verifier;
  /** `'strict'`: a verifier's `invalid` blocks the submit; default `'warn'`: it warns and lets the person through. Also `data-saisie-verify-strictness`. */
  verifyStrictness?: 'warn' | 'strict';
  /** Rest after the last change before a value is sent to the verifier (ms, default 300). */
  verifyDebounceMs?: number;
  /** How long a submit waits for pending verifications before it goes on without them (ms, default 3000). */
  verifyWaitMs?: number;
  /** Plugins (autocomplete, verification, your own), set up after saisie's own parts. */
  plugins?: readonly AttachPlugin[];
}

/** What `saisie:submit` carries: what the form would post (normalized where a rule normalizes) and every field's issues. */
export interface SubmitDetail {
  /** Each name's value (the first, for a repeated name). */
  values: Record<string, string>;
  /** Every pair the form posts, in order: repeated names (`interests[]`) and multiple selects keep all their values. */
  entries: Array<[string, string]>;
  issues: Record<string, Issue[]>;
}

/** The handle `attach` returns. */
export interface AttachHandle {
  readonly form: FormElement;
  /** Checks every field now, shows what is wrong, and resolves with the values and issues. */
  validate(): Promise<SubmitDetail & { valid: boolean }>;
  /** What the form would post now, normalized where a rule normalizes. */
  values(): Record<string, string>;
  /** Listens to `saisie:submit` (or any `saisie:*` event); returns the function that stops listening. */
  on(type: 'submit', listener: (detail: SubmitDetail) => void): () => void;
  /** Unbinds everything and restores the form exactly as it was. */
  destroy(): void;
}

/**
 * The `saisie:submit` event: with the DOM lib a `CustomEvent` whose `detail` is a {@link SubmitDetail} (assignable to
 * `CustomEvent<SubmitDetail>`); without it (Node), just the detail, so the map below names no DOM type.
 */
export interface SaisieSubmitEvent extends DomType<'CustomEvent'> {
  readonly detail: SubmitDetail;
}

declare global {
  interface HTMLElementEventMap {
    /** A form saisie is attached to passed its checks and is about to submit; cancel it to submit yourself. */
    'saisie:submit': SaisieSubmitEvent;
  }
}
