// The message element of one field: inserted after the control, named by aria-describedby only while shown.
import type { Issue } from '../core/types.js';
import { aroundSuggestion, worstSeverity } from '../core/form/findSuggestion.js';

/** What a field shows: its visible issues, the suggestion button's label, and how to apply a suggestion. */
export interface FieldMessage {
  show(issues: readonly Issue[], applyLabel: (suggestion: string) => string, onApply: (suggestion: string, issue: Issue) => void): void;
  clear(): void;
  readonly element: HTMLElement;
  destroy(): void;
}

let counter = 0;

/** Creates the message element of `control`, hidden until there is something to say; it goes after `anchor` (default the control). */
export function createFieldMessage(control: HTMLElement, anchor: Element = control): FieldMessage {
  const doc = control.ownerDocument;
  const el = doc.createElement('div');
  el.id = `saisie-msg-${++counter}`;
  el.className = 'saisie-message';
  el.hidden = true;
  anchor.insertAdjacentElement('afterend', el);
  const originalDescribedBy = control.getAttribute('aria-describedby');
  const originalInvalid = control.getAttribute('aria-invalid');

  const link = (on: boolean) => {
    const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((t) => t && t !== el.id);
    if (on) ids.push(el.id);
    if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
    else control.removeAttribute('aria-describedby');
  };

  let shown = '';
  let cleared = true;
  const clear = () => {
    if (cleared) return; // nothing to undo: keystrokes on a clean field touch no attribute
    cleared = true;
    shown = '';
    el.hidden = true;
    el.replaceChildren();
    el.className = 'saisie-message';
    link(false);
    if (originalInvalid === null) control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', originalInvalid);
  };

  return {
    element: el,
    show(issues, applyLabel, onApply) {
      if (issues.length === 0) return clear();
      // Same issues as shown: leave the DOM alone (a rebuild under a pressed button would swallow its click).
      const signature = issues.map((i) => `${i.code}\u0000${i.message}\u0000${i.suggestion ?? ''}`).join('\u0001');
      if (signature === shown) return;
      shown = signature;
      cleared = false;
      const worst = worstSeverity(issues);
      el.className = `saisie-message saisie-message--${worst}`;
      el.replaceChildren(
        ...issues.map((issue) => {
          const p = doc.createElement('p');
          p.className = `saisie-issue saisie-issue--${issue.severity}`;
          p.dataset.code = issue.code;
          if (issue.suggestion) {
            // "Did you mean <button>jean@gmail.com</button>?": the suggestion itself is the button.
            const button = doc.createElement('button');
            button.type = 'button';
            button.className = 'saisie-suggestion';
            button.textContent = issue.suggestion;
            button.setAttribute('aria-label', applyLabel(issue.suggestion));
            const suggestion = issue.suggestion;
            button.addEventListener('click', () => onApply(suggestion, issue));
            const [before, after] = aroundSuggestion(issue.message, suggestion);
            p.append(before, button, after);
          } else p.textContent = issue.message;
          return p;
        }),
      );
      el.hidden = false;
      link(true);
      if (worst === 'error') control.setAttribute('aria-invalid', 'true');
      else if (originalInvalid === null) control.removeAttribute('aria-invalid');
    },
    clear,
    destroy() {
      cleared = false;
      clear();
      el.remove();
      if (originalDescribedBy === null) control.removeAttribute('aria-describedby');
      else control.setAttribute('aria-describedby', originalDescribedBy);
    },
  };
}
