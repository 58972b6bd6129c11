// One field on screen: its message element (created on first need), aria-invalid, and the custom validity that
// keeps `:user-invalid` and a page's own `checkValidity()` in step with what saisie shows.
import type { Issue } from '../core/types.js';
import { createFieldMessage, type FieldMessage } from './createFieldMessage.js';
import type { Control } from './readConstraints.js';

/** Renders a field's visible issues; `destroy` restores the control exactly as it was. */
export interface FieldView {
  render(visible: readonly Issue[]): void;
  readonly message: FieldMessage | undefined;
  destroy(): void;
}

/** Where a field's message goes: after the control, its label when it sits inside one (a click on a message inside a box's label would tick it), or below a flex row. */
function anchorOf(el: Control, group: readonly HTMLInputElement[] | undefined): Element {
  // A control inside its label: the message goes after the label (inside, it would be read as the field's name).
  const label = group ? undefined : el.closest('label');
  if (label) return label;
  if (!(el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))) {
    // In a flex row (Bootstrap's .input-group, a prefix and its input), a message would squeeze the input: go below the row.
    const parent = el.parentElement;
    const view = el.ownerDocument.defaultView;
    const style = parent && view ? view.getComputedStyle(parent) : undefined;
    return parent && style && /flex/.test(style.display) && !style.flexDirection.startsWith('column') && parent !== el.form ? parent : el;
  }
  const last = group?.[group.length - 1] ?? el;
  const around = last.closest('label');
  if (around) return around;
  const next = last.nextElementSibling;
  return next instanceof HTMLLabelElement && next.htmlFor === last.id ? next : last;
}

/** Creates the view of `el` (or of a radio `group`, described on its first radio). */
export function createFieldView(
  el: Control,
  group: readonly HTMLInputElement[] | undefined,
  applyLabel: (suggestion: string) => string,
  onApply: (suggestion: string, issue: Issue) => void,
): FieldView {
  let message: FieldMessage | undefined;
  let validity = '';
  const controls: Control[] = group ? [...group] : [el];
  const setValidity = (text: string) => {
    if (text === validity) return;
    validity = text;
    for (const c of controls) c.setCustomValidity(text);
  };
  return {
    render(visible) {
      setValidity(visible.find((i) => i.severity === 'error')?.message ?? '');
      if (!message && visible.length === 0) return;
      message ??= createFieldMessage(el, anchorOf(el, group));
      message.show(visible, applyLabel, onApply);
    },
    get message() {
      return message;
    },
    destroy() {
      setValidity('');
      message?.destroy();
      message = undefined;
    },
  };
}
