import type { CheckResult, Issue } from './types.js';

/** Wraps a normalized value and its issues into a result; `valid` unless an issue is an error. */
export function toResult(value: string, issues: Issue[]): CheckResult {
  return { valid: !issues.some((i) => i.severity === 'error'), value, issues };
}
