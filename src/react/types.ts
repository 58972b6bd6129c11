// The public types of saisie/react.
import type { ChangeEvent } from 'react';
import type { FormController, SubmitOutcome, SubmitSummary } from '../core/form/createFormController.js';
import type { FormSnapshot } from '../core/form/createForm.js';
import type { Issue } from '../core/types.js';

/** A control saisie/react binds. */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The props `field(name)` gives a plain `<input>`, `<select>` or `<textarea>` (`checked` for a checkbox or radio). */
export interface SaisieFieldProps {
  name: string;
  value?: string;
  checked?: boolean;
  type?: 'checkbox' | 'radio';
  onChange(event: ChangeEvent<Control>): void;
  onBlur(event?: unknown): void;
  onCompositionEnd(event: { currentTarget: EventTarget }): void;
  ref(element: Control | null): void;
  required?: boolean;
  inputMode?: 'email' | 'tel';
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * What `field(name, options)` binds besides a text input or select: a checkbox (`{ type: 'checkbox' }`, its value
 * `value` or 'on' while ticked) or one radio of a group (`{ type: 'radio', value }`); and your own `onChange` and
 * `onBlur`, called after saisie's (a handler spread after the props would replace saisie's instead).
 */
export type FieldKind = ({ type: 'checkbox'; value?: string } | { type: 'radio'; value: string } | { type?: undefined }) & {
  onChange?(event: ChangeEvent<Control>): void;
  onBlur?(event: unknown): void;
};

/** What `useSaisieForm` returns. */
export interface SaisieReactForm {
  field(name: string, kind?: FieldKind): SaisieFieldProps;
  /** The store's snapshot: values, per-field state (issues, normalized value, status), valid, validating. */
  state: FormSnapshot;
  /** The issues `name` shows now, and what its live region says (what `SaisieMessage` renders). */
  visible(name: string): readonly Issue[];
  announcement(name: string): string;
  apply(name: string, suggestion: string): void;
  /** A submit handler: runs the gate, then calls `fn` once with the normalized values (E.164…) when it passes. */
  handleSubmit(fn: (values: Record<string, string>) => unknown, onInvalid?: (outcome: SubmitOutcome) => unknown): (event?: { preventDefault?(): void }) => Promise<void>;
  /** Back to the initial values (or `values`), nothing shown, warnings to be asked again. */
  reset(values?: Readonly<Record<string, string>>): void;
  /** The id of `name`'s message element (for `aria-describedby`). */
  messageId(name: string): string;
  /** What `SaisieSummary` shows after a stopped submit (undefined otherwise). */
  summary: SubmitSummary | undefined;
  /** The label of `name`'s control, its id, and focus on it (once mounted). */
  labelOf(name: string): string;
  idOf(name: string): string;
  focus(name: string): void;
  /** A mounted `SaisieSummary` takes the focus a stopped submit gives (instead of the first field). */
  claimFocus(on: boolean): void;
  readonly controller: FormController;
}
