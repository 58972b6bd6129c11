// What the framework adapters need to know of a control they bind: how it takes its value, and what value it holds.
import type { MountOptions } from '../core/form/createFormController.js';
import { readValue } from './bindField.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** How `el` takes its value: a choice (select, radio), a checkbox, or text (formatted as typed unless a maxlength or pattern dictates the raw form). */
export function mountOptionsOf(el: Control): MountOptions {
  const type = el instanceof HTMLInputElement ? el.type : '';
  return { choice: el.tagName === 'SELECT' || type === 'radio', check: type === 'checkbox', format: /^(?:tel|text|search)$/.test(type) && (el as HTMLInputElement).maxLength < 0 && !(el as HTMLInputElement).pattern };
}

/** True for a control whose change is a choice (select, radio, checkbox), not typing. */
export const isChoice = (el: Control): boolean => el.tagName === 'SELECT' || (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox'));

/** The value the controls of one field hold, as the form posts it (bindField's readValue): the ticked radio's, a ticked checkbox's. */
export function valueOfControls(controls: Iterable<Control>): string {
  const all = [...controls];
  const el = all[0];
  if (!el) return '';
  return readValue(el, el instanceof HTMLInputElement && el.type === 'radio' ? (all as HTMLInputElement[]) : undefined);
}

/** The value a suggestion ("Mme") stands for in `el`: a select's option by value or text (undefined: none), else the suggestion. */
export function pickOption(el: Control | undefined, suggestion: string): string | undefined {
  if (!(el instanceof HTMLSelectElement)) return suggestion;
  return Array.from(el.options).find((o) => o.value === suggestion || o.text.trim() === suggestion)?.value;
}
