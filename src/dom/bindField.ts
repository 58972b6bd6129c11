// One field's events: what the person types, chooses and leaves, reported to attach; IME composition waits.
import type { Control } from './readConstraints.js';

/** What a field reports: an edit (typed, pasted, chosen), and leaving it. */
export interface FieldEvents {
  edit(kind: 'input' | 'choice'): void;
  leave(): void;
}

/** The value a control posts: a checkbox's value when ticked, the checked radio's value in a group, else its value. */
export function readValue(el: Control, group?: readonly HTMLInputElement[]): string {
  if (group) return group.find((r) => r.checked)?.value ?? '';
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked ? el.value : '';
  return el.value;
}

/** Binds input/change/blur of `el` (or every radio of `group`) to `events`; returns the function that unbinds. */
export function bindField(el: Control, group: readonly HTMLInputElement[] | undefined, events: FieldEvents): () => void {
  const targets: Control[] = group ? [...group] : [el];
  // A select, checkbox or radio is complete once chosen; text is still being typed.
  const choice = el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && /^(?:checkbox|radio|range|color|date|month|week|time|datetime-local|file)$/.test(el.type));
  const onInput = (e: Event) => {
    if ((e as InputEvent).isComposing) return; // IME: the text is not there yet
    events.edit(choice ? 'choice' : 'input');
  };
  const onChange = () => events.edit(choice ? 'choice' : 'input');
  const onBlur = () => events.leave();
  for (const t of targets) {
    t.addEventListener('input', onInput);
    t.addEventListener('change', onChange);
    t.addEventListener('compositionend', onChange);
    t.addEventListener('blur', onBlur);
  }
  return () => {
    for (const t of targets) {
      t.removeEventListener('input', onInput);
      t.removeEventListener('change', onChange);
      t.removeEventListener('compositionend', onChange);
      t.removeEventListener('blur', onBlur);
    }
  };
}
