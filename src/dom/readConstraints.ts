// Native constraints (required, minlength, pattern, type=url…) as saisie issues in the page's language: with
// `novalidate` set, saisie owns all of constraint validation, so the browser's own checks must still hold.
import { createIssue, type MessageBook } from '../core/messages.js';
import { FIELD_CODES } from '../core/codes.js';
import type { Issue } from '../core/types.js';
import { FORM_MESSAGES } from '../locales/form.js';
import type { FieldElement } from './globals.js';

/** A control saisie may check (`HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement` with the DOM lib). */
export type Control = FieldElement;

const CONSTRAINED_TYPES = /^(?:url|email|number|range|date|datetime-local|month|week|time)$/;

/** True when the control carries a constraint the browser would enforce (required, minlength, pattern, typed input…). */
export function hasConstraints(el: Control): boolean {
  if (el.required) return true;
  if (!(el instanceof HTMLSelectElement) && (el.minLength > 0 || el.maxLength >= 0)) return true;
  return el instanceof HTMLInputElement && (el.pattern !== '' || el.min !== '' || el.max !== '' || CONSTRAINED_TYPES.test(el.type));
}

/**
 * The first broken native constraint of `el` as an issue, or undefined. Reads the browser's own `validity`
 * (saisie's custom error aside), so radio groups, selects, checkboxes and typed inputs follow the standard.
 * `typeMismatch` of a single `type=email` is left to saisie's email rule, which accepts internationalized addresses.
 */
export function readConstraintIssue(el: Control, locale: string, book?: MessageBook): Issue | undefined {
  if (!el.willValidate) return undefined;
  const v = el.validity;
  const issue = (code: keyof typeof FIELD_CODES, params?: Record<string, string | number>) => createIssue(FIELD_CODES, { messages: FORM_MESSAGES, book }, locale, code, params ? { params } : {});
  if (v.valueMissing) {
    const type = el instanceof HTMLInputElement ? el.type : '';
    return issue('field.required', type === 'checkbox' ? { reason: 'check' } : type === 'radio' || el instanceof HTMLSelectElement ? { reason: 'choice' } : undefined);
  }
  if (v.tooShort) return issue('field.too-short', { min: (el as HTMLInputElement).minLength });
  if (v.tooLong) return issue('field.too-long', { max: (el as HTMLInputElement).maxLength });
  if (v.typeMismatch && !(el instanceof HTMLInputElement && el.type === 'email' && !el.multiple)) return issue('field.type', el instanceof HTMLInputElement && el.type === 'url' ? { reason: 'url' } : undefined);
  if (v.patternMismatch) {
    const hint = el.title.trim().slice(0, 120);
    return issue('field.pattern', hint ? { reason: 'hint', hint } : undefined);
  }
  const input = el as HTMLInputElement;
  if (v.rangeUnderflow) return issue('field.range', { reason: 'min', min: input.min.slice(0, 40) });
  if (v.rangeOverflow) return issue('field.range', { reason: 'max', max: input.max.slice(0, 40) });
  if (v.stepMismatch) return issue('field.range');
  if (v.badInput) return issue('field.type');
  // minlength/maxlength are only enforced by browsers on edits by the person; a value set by script or
  // restored by autofill must hold them too, so check the length directly.
  if (!(el instanceof HTMLSelectElement) && el.value !== '') {
    const length = el.value.length;
    if (el.minLength > 0 && length < el.minLength) return issue('field.too-short', { min: el.minLength });
    if (el.maxLength >= 0 && length > el.maxLength) return issue('field.too-long', { max: el.maxLength });
  }
  return undefined;
}
