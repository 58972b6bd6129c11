// A field's message in React, rendered as the script tag renders it (src/dom/createFieldMessage.ts): same classes, same button.
import { createElement, Fragment, type ReactElement } from 'react';
import { aroundSuggestion, worstSeverity } from '../core/form/findSuggestion.js';
import type { SaisieReactForm } from './types.js';

/** A field's visible issues, each suggestion a button that applies it, and a polite live region that says a new suggestion. */
export function SaisieMessage({ form, name }: { form: SaisieReactForm; name: string }): ReactElement {
  const issues = form.visible(name);
  const live = createElement('span', { className: 'saisie-live', role: 'status', 'aria-live': 'polite' }, form.announcement(name));
  if (issues.length === 0) return live;
  const worst = worstSeverity(issues);
  const message = createElement('div', { id: form.messageId(name), className: `saisie-message saisie-message--${worst}` }, ...issues.map((issue) => {
    const s = issue.suggestion;
    const [before, after] = s === undefined ? [] : aroundSuggestion(issue.message, s);
    const text = s === undefined ? issue.message : createElement(Fragment, null, before,
      createElement('button', { type: 'button', className: 'saisie-suggestion', 'aria-label': form.controller.applyLabel(s), onClick: () => form.apply(name, s) }, s), after);
    return createElement('p', { key: issue.code, className: `saisie-issue saisie-issue--${issue.severity}`, 'data-code': issue.code }, text);
  }));
  return createElement(Fragment, null, live, message);
}
