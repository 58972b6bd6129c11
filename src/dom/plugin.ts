// The plugin interface of `attach`: autocomplete, verification and site extensions plug in here, not into attach.
import type { FieldConfig, FormStore } from '../core/form/createForm.js';
import type { FieldCountry } from '../core/form/fieldRoles.js';
import type { FieldElement, FormElement, InputElement } from './globals.js';

/** A control `attach` is bound to: its store key, its role ('' for a control checked only for its native constraints) and section. */
export interface BoundField {
  readonly key: string;
  readonly role: string;
  readonly section: string;
  readonly element: FieldElement;
  /** A radio group's radios (`element` is the first). */
  readonly group?: readonly InputElement[];
}

/** What a plugin gets: the form, its fields as they come and go, the store, and the ways saisie writes and speaks. */
export interface AttachContext {
  readonly form: FormElement;
  readonly locale: string;
  readonly store: FormStore;
  /** The bound fields now (fields come and go with the page). */
  fields(): readonly BoundField[];
  /** The field of `role` in `section` (then without section), if any. */
  field(role: string, section?: string): BoundField | undefined;
  /** The country a section's fields are checked for. */
  country(section?: string): FieldCountry;
  /** Writes a value as if typed (native setter, then `input` and `change`), so frameworks follow. */
  write(element: FieldElement, value: string): void;
  /** Calls `listener` after the set of bound fields changed; returns the function that stops it. */
  onFieldsChange(listener: () => void): () => void;
  /**
   * Verifies fields: `of(field)` gives a field's store `verify` (and the fields whose change verifies it again), or
   * undefined. Every field is checked again with it; the returned function stops verifying.
   */
  verifyWith(of: (field: BoundField) => Pick<FieldConfig, 'verify' | 'dependsOn'> | undefined): () => void;
}

/** A plugin: set up with the context, returns its cleanup (called by `destroy()`). */
export type AttachPlugin = (ctx: AttachContext) => (() => void) | void;
