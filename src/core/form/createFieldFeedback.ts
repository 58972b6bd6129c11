// When each field's issues show, for the framework adapters (React, Vue): the feedback policy (feedbackPolicy.ts)
// per field, with one pause timer for all fields, over the form store. The DOM binding applies the same policy itself.
import type { FormStore } from './createForm.js';
import { DEFAULT_TIMERS, type Timers } from './createScheduler.js';
import { feedbackOnInput, feedbackOnPause, feedbackOnResult, feedbackOnSettle, PRISTINE, visibleIssues, type Feedback } from './feedbackPolicy.js';
import type { Issue } from '../types.js';

/** Options of `createFieldFeedback`. */
export interface FieldFeedbackOptions {
  /** Pause after typing before a warning shows (ms, default 700). */
  warnDelayMs?: number;
  /** Show `info` issues as well. */
  showInfo?: boolean;
  /** Whether a field's value looks complete for advice during a pause (by field name); default: always. */
  plausible?(name: string, value: string): boolean;
  timers?: Timers;
  now?: () => number;
}

/** The visible issues of a form's fields, as a person's typing, pauses, leaving and submitting decide. */
export interface FieldFeedback {
  /** A keystroke (or paste) in `name`: advice hides until the next pause; errors already shown stay until fixed. */
  input(name: string): void;
  /** A choice (select, radio) or leaving the field: everything about it shows. */
  settle(name: string): void;
  /** A submit: every field shows everything. */
  settleAll(): void;
  /** Forgets what the person did (a form reset): every field is pristine again. */
  reset(): void;
  /** The issues `name` shows now; the same array until they change. */
  visible(name: string): readonly Issue[];
  /** Called after any field's visible issues changed; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

const NONE: readonly Issue[] = [];

/** Creates the feedback of `store`'s fields. */
export function createFieldFeedback(store: FormStore, options: FieldFeedbackOptions = {}): FieldFeedback {
  const timers = options.timers ?? DEFAULT_TIMERS;
  const now = options.now ?? Date.now;
  const delay = options.warnDelayMs ?? 700;
  const states = new Map<string, Feedback>();
  const shown = new Map<string, readonly Issue[]>();
  const typing = new Map<string, number>();
  const listeners = new Set<() => void>();
  let timer: unknown;
  let destroyed = false;

  const same = (a: readonly Issue[], b: readonly Issue[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  /** Recomputes every field's visible issues; notifies once if any changed. */
  const refresh = () => {
    if (destroyed) return;
    const snap = store.getSnapshot();
    let changed = false;
    for (const [name, field] of Object.entries(snap.fields)) {
      let state = states.get(name) ?? PRISTINE;
      if (state.held.length) states.set(name, (state = feedbackOnResult(state, field.issues)));
      const next = visibleIssues(field.issues, state, options.plausible?.(name, field.value) ?? true, options.showInfo);
      const before = shown.get(name) ?? NONE;
      if (!same(before, next)) {
        shown.set(name, next.length ? next : NONE);
        changed = true;
      }
    }
    for (const name of [...shown.keys()]) {
      if (name in snap.fields) continue;
      shown.delete(name); // a field removed from the store
      changed = true;
    }
    if (changed) for (const l of [...listeners]) l();
  };
  const pauses = () => {
    timer = undefined;
    const t = now();
    let next = Infinity;
    for (const [name, at] of typing) {
      const left = at + delay - t;
      if (left > 0) next = Math.min(next, left);
      else {
        typing.delete(name);
        states.set(name, feedbackOnPause(states.get(name) ?? PRISTINE));
      }
    }
    refresh();
    if (next !== Infinity) timer = timers.setTimeout(pauses, next);
  };
  const unsubscribe = store.subscribe(refresh);

  return {
    input(name) {
      if (destroyed) return;
      states.set(name, feedbackOnInput(states.get(name) ?? PRISTINE, shown.get(name) ?? NONE));
      typing.set(name, now());
      timer ??= timers.setTimeout(pauses, delay);
      refresh();
    },
    settle(name) {
      if (destroyed) return;
      typing.delete(name);
      states.set(name, feedbackOnSettle(states.get(name) ?? PRISTINE, store.getSnapshot().fields[name]?.value ?? ''));
      refresh();
    },
    settleAll() {
      if (destroyed) return;
      typing.clear();
      for (const [name, field] of Object.entries(store.getSnapshot().fields)) states.set(name, feedbackOnSettle(states.get(name) ?? PRISTINE, field.value, true));
      refresh();
    },
    reset() {
      if (destroyed) return;
      typing.clear();
      states.clear();
      refresh();
    },
    visible: (name) => shown.get(name) ?? NONE,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      unsubscribe();
      if (timer !== undefined) timers.clearTimeout(timer);
      listeners.clear();
    },
  };
}
