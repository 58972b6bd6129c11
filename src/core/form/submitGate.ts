// The submit gate, pure: errors block, warnings ask once, pending verification waits, the rest passes.
import type { FormSnapshot } from './createForm.js';

/** What a submit does now. */
export type GateDecision =
  | { action: 'block'; fields: string[] }
  | { action: 'confirm'; fields: string[]; signature: string }
  | { action: 'wait' }
  | { action: 'pass' };

/**
 * Decides a submit from the store's snapshot. `acknowledged` is the signature of the warnings the person was
 * already shown: the same warnings on the same values let the second submit through. `waited`: the submit already
 * waited for pending verifications as long as it may, so what is still pending no longer holds it.
 */
export function decideSubmit(snapshot: FormSnapshot, acknowledged = '', waited = false): GateDecision {
  const names = Object.keys(snapshot.fields);
  const errors = names.filter((n) => snapshot.fields[n]!.issues.some((i) => i.severity === 'error'));
  if (errors.length) return { action: 'block', fields: errors };
  if (snapshot.validating && !waited) return { action: 'wait' };
  const warnings = names.filter((n) => snapshot.fields[n]!.issues.some((i) => i.severity === 'warning'));
  if (warnings.length === 0) return { action: 'pass' };
  const signature = warnings.map((n) => `${n}=${snapshot.fields[n]!.value}`).join('\n');
  return signature === acknowledged ? { action: 'pass' } : { action: 'confirm', fields: warnings, signature };
}

/**
 * A submit this soon after the last one that asked about warnings or passed is the same gesture (a double-click):
 * it neither counts as the acknowledgement the person has not had time to read, nor submits a second time.
 */
export const REPEAT_SUBMIT_MS = 500;
