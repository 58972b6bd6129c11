// The public types of saisie/vue.
import type { ShallowRef } from 'vue';
import type { FormController, SubmitOutcome, SubmitSummary } from '../core/form/createFormController.js';
import type { FieldState, FormSnapshot } from '../core/form/createForm.js';
import type { Issue } from '../core/types.js';

/** A control v-saisie binds. */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** One field's reactive state: what it shows and its store state (undefined while its control is not mounted). */
export interface SaisieFieldState { readonly visible: readonly Issue[]; readonly state: FieldState | undefined; readonly announce: string }

/** What `useSaisieForm` returns in Vue. */
export interface SaisieVueForm {
  /** Per field, a shallowRef of its visible issues and state. */
  readonly fields: Readonly<Record<string, ShallowRef<SaisieFieldState>>>;
  /** The store's snapshot, replaced on every change. */
  readonly state: ShallowRef<FormSnapshot>;
  apply(name: string, suggestion: string): void;
  /** A submit handler: runs the gate, then calls `fn` once with the normalized values (E.164…) when it passes. */
  handleSubmit(fn: (values: Record<string, string>) => unknown, onInvalid?: (outcome: SubmitOutcome) => unknown): (event?: Event) => Promise<void>;
  /** Back to the initial values (or `values`), nothing shown, warnings to be asked again (reset your models first). */
  reset(values?: Readonly<Record<string, string>>): void;
  messageId(name: string): string;
  /** What `SaisieSummary` shows after a stopped submit (undefined otherwise). */
  readonly summary: ShallowRef<SubmitSummary | undefined>;
  /** The label of `name`'s control, its id, and focus on it (once mounted). */
  labelOf(name: string): string;
  idOf(name: string): string;
  focus(name: string): void;
  /** A mounted `SaisieSummary` takes the focus a stopped submit gives (instead of the first field). */
  claimFocus(on: boolean): void;
  readonly controller: FormController;
}
