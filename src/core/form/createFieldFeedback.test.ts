import { describe, expect, it, vi } from 'vitest';
import { createForm } from './createForm.js';
import { createFieldFeedback } from './createFieldFeedback.js';
import type { CheckResult, Issue } from '../types.js';

const warn: Issue = { code: 'email.typo', severity: 'warning', message: 'Did you mean gmail.com?', suggestion: 'a@gmail.com' };
const error: Issue = { code: 'email.syntax', severity: 'error', message: 'Enter an email address.' };
const rule = (v: string): CheckResult => (v.includes('@') ? { valid: true, value: v, issues: v.endsWith('gmial.com') ? [warn] : [] } : { valid: false, value: v, issues: [error] });

function setup() {
  vi.useFakeTimers();
  const store = createForm({ fields: { email: { check: rule } } });
  const feedback = createFieldFeedback(store, { warnDelayMs: 700 });
  const type = (value: string) => (store.setValue('email', value), feedback.input('email'));
  return { store, feedback, type };
}

describe('createFieldFeedback', () => {
  it('an error waits for leaving the field, then stays until fixed, and goes the moment it is', () => {
    const { feedback, type } = setup();
    type('a');
    expect(feedback.visible('email')).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(feedback.visible('email')).toEqual([]); // errors wait for blur, not for a pause
    feedback.settle('email');
    expect(feedback.visible('email')).toEqual([error]);
    type('a@');
    expect(feedback.visible('email')).toEqual([]); // fixed: gone at once
    vi.useRealTimers();
  });

  it('a warning shows after the pause, hides at the next keystroke, and notifies once per change', () => {
    const { feedback, type } = setup();
    const heard = vi.fn();
    feedback.subscribe(heard);
    type('a@gmial.com');
    expect(feedback.visible('email')).toEqual([]);
    vi.advanceTimersByTime(699);
    expect(feedback.visible('email')).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(feedback.visible('email')).toEqual([warn]);
    const shown = feedback.visible('email');
    expect(feedback.visible('email')).toBe(shown); // stable identity
    type('a@gmial.comx');
    expect(feedback.visible('email')).toEqual([]);
    expect(heard).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('settleAll (a submit) shows everything; destroy stops it', () => {
    const { store, feedback, type } = setup();
    type('a');
    feedback.settleAll();
    expect(feedback.visible('email')).toEqual([error]);
    feedback.destroy();
    store.setValue('email', 'a@b.fr');
    expect(feedback.visible('email')).toEqual([error]);
    vi.useRealTimers();
  });
});
