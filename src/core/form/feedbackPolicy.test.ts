import { describe, expect, it } from 'vitest';
import { feedbackOnInput, feedbackOnPause, feedbackOnResult, feedbackOnSettle, PRISTINE, visibleIssues } from './feedbackPolicy.js';
import type { Issue } from '../types.js';

const error: Issue = { code: 'email.syntax', severity: 'error', message: 'e' };
const warning: Issue = { code: 'email.typo', severity: 'warning', message: 'w', suggestion: 'x' };
const info: Issue = { code: 'email.free', severity: 'info', message: 'i' };
const all = [error, warning, info];

describe('feedbackPolicy', () => {
  it('a pristine field shows no error while typed, and advice only after a pause on a complete value', () => {
    expect(visibleIssues(all, PRISTINE, true)).toEqual([]);
    const paused = feedbackOnPause(feedbackOnInput(PRISTINE, []));
    expect(visibleIssues(all, paused, false)).toEqual([]);
    expect(visibleIssues(all, paused, true)).toEqual([warning]);
    expect(visibleIssues(all, paused, true, true)).toEqual([warning, info]);
    expect(visibleIssues(all, feedbackOnInput(paused, []), true)).toEqual([]); // typing again hides advice until the next pause
  });
  it('leaving a field shows everything; an empty, never-edited field stays quiet', () => {
    expect(feedbackOnSettle(PRISTINE, '  ')).toBe(PRISTINE);
    const settled = feedbackOnSettle(PRISTINE, 'x');
    expect(visibleIssues(all, settled, false)).toEqual([error, warning]);
    expect(feedbackOnSettle(PRISTINE, '', true).phase).toBe('settled'); // a submit settles every field
  });
  it('editing a settled field keeps the errors already shown until fixed, and holds back new ones', () => {
    const settled = feedbackOnSettle(PRISTINE, 'x');
    const typing = feedbackOnInput(settled, [error]);
    expect(visibleIssues([error], typing, false)).toEqual([error]);
    const other: Issue = { code: 'phone.invalid', severity: 'error', message: 'p' };
    expect(visibleIssues([other], typing, false)).toEqual([]);
    expect(visibleIssues([], typing, false)).toEqual([]);
  });
  it('an error shown before and fixed while typing is let go: breaking it again shows nothing until the next settle', () => {
    const typing = feedbackOnInput(feedbackOnSettle(PRISTINE, 'x'), [error]);
    expect(feedbackOnResult(typing, [error])).toBe(typing); // still broken: still shown
    const fixed = feedbackOnResult(typing, [warning]);
    expect(fixed.held).toEqual([]);
    expect(visibleIssues([error], fixed, false)).toEqual([]);
    expect(visibleIssues([error], feedbackOnSettle(fixed, 'x'), false)).toEqual([error]);
    expect(feedbackOnResult(PRISTINE, [])).toBe(PRISTINE);
  });
});
