// A field's message in React, rendered as the script tag renders it (src/dom/createFieldMessage.ts): same classes, same button.
import { createElement, Fragment, type ReactElement } from 'react';
import { findSuggestion } from '../core/form/findSuggestion.js';
import type { SaisieReactForm } from './useSaisieForm.js';

/** A field's visible issues, each suggestion a button that applies it; nothing while there is nothing to say. */
export function SaisieMessage({ form, name }: { form: SaisieReactForm; name: string }): ReactElement | null {
  const issues = form.visible(name);
  if (issues.length === 0) return null;
  const worst = issues.some((i) => i.severity === 'error') ? 'error' : issues.some((i) => i.severity === 'warning') ? 'warning' : 'info';
  return createElement('div', { id: form.messageId(name), className: `saisie-message saisie-message--${worst}` }, ...issues.map((issue) => {
    const s = issue.suggestion;
    const at = s === undefined ? -1 : findSuggestion(issue.message, s);
    const button = s !== undefined && createElement('button', { type: 'button', className: 'saisie-suggestion', 'aria-label': form.controller.applyLabel(s), onClick: () => form.apply(name, s) }, s);
    const text = !button ? issue.message : at < 0 ? createElement(Fragment, null, issue.message, ' ', button) : createElement(Fragment, null, issue.message.slice(0, at), button, issue.message.slice(at + s!.length));
    return createElement('p', { key: issue.code, className: `saisie-issue saisie-issue--${issue.severity}`, 'data-code': issue.code }, text);
  }));
}
