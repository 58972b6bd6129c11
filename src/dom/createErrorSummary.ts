// GOV.UK-style error summary at the top of the form: a heading, a link per problem, focus moved to it.
import type { Issue } from '../core/types.js';
import { labelOf } from './labelOf.js';

/** One field's visible issues, for the summary. */
export interface SummaryEntry {
  element: HTMLElement;
  issues: readonly Issue[];
}

/** The summary of a form: shown on a blocked submit, kept in step with the fields while it is shown. */
export interface ErrorSummary {
  show(kind: 'errors' | 'warnings', title: string, hint: string): void;
  refresh(entries: readonly SummaryEntry[]): void;
  hide(): void;
  destroy(): void;
}

/** Creates the (hidden) summary element of `form`; `item` words a problem with its field's name ("Email: …"). */
export function createErrorSummary(form: HTMLFormElement, item: (label: string, message: string) => string = (l, m) => `${l}: ${m}`): ErrorSummary {
  const doc = form.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'saisie-summary';
  box.tabIndex = -1;
  box.hidden = true;
  const heading = doc.createElement('h2');
  heading.className = 'saisie-summary__title';
  heading.id = `saisie-summary-${Math.random().toString(36).slice(2, 10)}`;
  box.setAttribute('aria-labelledby', heading.id);
  const hintEl = doc.createElement('p');
  hintEl.className = 'saisie-summary__hint';
  const list = doc.createElement('ul');
  list.className = 'saisie-summary__list';
  box.append(heading, hintEl, list);
  form.prepend(box);
  let kind: 'errors' | 'warnings' = 'errors';
  let entries: readonly SummaryEntry[] = [];

  const draw = () => {
    const wanted = kind === 'errors' ? 'error' : 'warning';
    const items = entries.flatMap(({ element, issues }) =>
      issues
        .filter((i) => i.severity === wanted)
        .map((issue) => {
          const li = doc.createElement('li');
          const a = doc.createElement('a');
          a.href = `#${element.id}`;
          // "Email: Enter a valid email address." — generic messages (required…) need the field's name.
          const label = labelOf(element);
          a.textContent = label && !issue.message.includes(label) ? item(label, issue.message) : issue.message;
          a.addEventListener('click', (e) => {
            e.preventDefault();
            element.focus();
          });
          li.append(a);
          return li;
        }),
    );
    list.replaceChildren(...items);
    if (items.length === 0 && !box.hidden) box.hidden = true;
  };

  return {
    show(k, title, hint) {
      kind = k;
      box.className = `saisie-summary saisie-summary--${k}`;
      heading.textContent = title;
      hintEl.textContent = hint;
      hintEl.hidden = !hint;
      box.hidden = false;
      box.setAttribute('role', 'alert');
      draw();
      box.focus();
    },
    refresh(next) {
      entries = next;
      if (!box.hidden) draw();
    },
    hide() {
      box.hidden = true;
      box.removeAttribute('role');
    },
    destroy() {
      box.remove();
    },
  };
}
