// The summary of a stopped submit in React, as the script tag renders it (src/dom/createErrorSummary.ts): a heading, a
// link per problem that focuses its field, focused itself when a submit shows it.
import { createElement as h, useEffect, useId, useRef, type ReactElement } from 'react';
import type { SaisieReactForm } from './types.js';

/** `<SaisieSummary form={form} />`, first in the form: what stopped the last submit, GOV.UK style. */
export function SaisieSummary({ form }: { form: SaisieReactForm }): ReactElement | null {
  const summary = form.summary;
  const box = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => (form.claimFocus(true), () => form.claimFocus(false)), []); // once per mount
  useEffect(() => {
    if (summary) box.current?.focus();
  }, [summary?.shown]); // a new submit, not every change, takes the focus
  if (!summary) return null;
  return h('div', { ref: box, className: `saisie-summary saisie-summary--${summary.kind}`, tabIndex: -1, role: 'alert', 'aria-labelledby': id },
    h('h2', { className: 'saisie-summary__title', id }, summary.title),
    summary.hint ? h('p', { className: 'saisie-summary__hint' }, summary.hint) : null,
    h('ul', { className: 'saisie-summary__list' }, summary.items.map((item, i) =>
      h('li', { key: `${item.name}:${i}` }, h('a', { href: `#${form.idOf(item.name)}`, onClick: (e: { preventDefault(): void }) => (e.preventDefault(), form.focus(item.name)) }, form.controller.summaryItem(form.labelOf(item.name), item.message))))));
}
