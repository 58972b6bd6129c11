// When an issue is visible: pure, so the DOM binding and the React/Vue adapters show the same thing at the same time.
import type { Issue } from '../types.js';

/** Where a field stands for its person: never left yet, being edited again, or settled (blurred, submitted). */
export type FeedbackPhase = 'pristine' | 'typing' | 'settled';

/** A field's feedback state; `held` are the error codes that were visible when editing started again. */
export interface Feedback {
  readonly phase: FeedbackPhase;
  /** The person stopped typing long enough for advice to show. */
  readonly paused: boolean;
  readonly held: readonly string[];
}

/** The state of a field nobody has touched. */
export const PRISTINE: Feedback = { phase: 'pristine', paused: false, held: [] };

/** What a keystroke does: advice waits for the next pause; errors already shown stay until fixed, new ones wait. */
export function feedbackOnInput(state: Feedback, visible: readonly Issue[]): Feedback {
  if (state.phase === 'pristine') return state.paused ? { ...state, paused: false } : state;
  const held = state.phase === 'settled' ? visible.filter((i) => i.severity === 'error').map((i) => i.code) : state.held;
  return { phase: 'typing', paused: false, held };
}

/** A rule's result while typing: an error shown before and now fixed is let go; it does not come back before the next settle. */
export function feedbackOnResult(state: Feedback, issues: readonly Issue[]): Feedback {
  if (state.held.length === 0) return state;
  const held = state.held.filter((code) => issues.some((i) => i.code === code && i.severity === 'error'));
  return held.length === state.held.length ? state : { ...state, held };
}

/** The pause after typing: warnings may show, if the value looks complete. */
export function feedbackOnPause(state: Feedback): Feedback {
  return state.paused ? state : { ...state, paused: true };
}

/** Leaving the field (or a submit, or a field it depends on changing): everything shows. An empty, never-edited field stays quiet. */
export function feedbackOnSettle(state: Feedback, value: string, force = false): Feedback {
  if (!force && state.phase === 'pristine' && value.trim() === '') return state;
  return state.phase === 'settled' && state.held.length === 0 ? state : { phase: 'settled', paused: false, held: [] };
}

/**
 * The issues a person sees now. `plausible`: the value looks complete for its rule (an email with a full
 * domain), so a warning after a pause cannot be about a half-typed value ("hotmail.f", "Mari" on the way to "Mario").
 */
export function visibleIssues(issues: readonly Issue[], state: Feedback, plausible: boolean, showInfo = false): Issue[] {
  const settled = state.phase === 'settled';
  const advise = settled || (state.paused && plausible);
  return issues.filter((i) =>
    i.severity === 'error' ? settled || (state.phase === 'typing' && state.held.includes(i.code)) : i.severity === 'warning' ? advise : showInfo && advise,
  );
}
