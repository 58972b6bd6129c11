import type { CheckResult, Issue } from '../types.js';
import { createScheduler, DEFAULT_TIMERS, type AbortSignalLike, type Timers } from './createScheduler.js';

/** Where a field stands: `unverified` means the verifier failed or timed out, which never blocks. */
export type FieldStatus = 'idle' | 'validating' | 'valid' | 'invalid' | 'unverified';

/** One field's state in a snapshot; the same object until that field changes. */
export interface FieldState {
  readonly value: string;
  /** The rule's normalized value (E.164 phone, canonical postal code…), or the raw value. */
  readonly normalized: string;
  readonly issues: readonly Issue[];
  readonly valid: boolean;
  readonly touched: boolean;
  readonly status: FieldStatus;
}

/** The whole form; the same object until something changes (fit for `useSyncExternalStore`). */
export interface FormSnapshot {
  readonly values: Readonly<Record<string, string>>;
  readonly fields: Readonly<Record<string, FieldState>>;
  readonly valid: boolean;
  readonly validating: boolean;
}

/** How one field is checked: a sync rule per keystroke, an optional async verifier, the fields it depends on. */
export interface FieldConfig {
  check?: (value: string, values: Readonly<Record<string, string>>) => CheckResult | undefined;
  verify?: (value: string, ctx: { signal: AbortSignalLike; values: Readonly<Record<string, string>> }) => Promise<readonly Issue[]>;
  /** Re-check this field when one of these changes (e.g. phone and postal code depend on country). */
  dependsOn?: readonly string[];
  /** An empty optional field is valid and skips its rule. */
  required?: boolean;
}

/** Options of `createForm`. */
export interface FormConfig {
  fields: Readonly<Record<string, FieldConfig>>;
  values?: Readonly<Record<string, string>>;
  /** Wait after the last keystroke before calling a verifier (ms, default 400). */
  debounceMs?: number;
  /** A verifier slower than this yields `unverified` (ms, default 8000). */
  verifyTimeoutMs?: number;
  timers?: Timers;
}

/** The form store returned by `createForm`. */
export interface FormStore {
  setValue(name: string, value: string): void;
  /** Adds a field, or replaces its config (keeping its state); a field added later starts from `value`. */
  setField(name: string, config: FieldConfig, value?: string): void;
  /** Removes a field: it leaves the snapshot, and its pending verification is dropped. */
  removeField(name: string): void;
  touch(name: string): void;
  validate(name?: string): Promise<FormSnapshot>;
  subscribe(listener: () => void): () => void;
  getSnapshot(): FormSnapshot;
  destroy(): void;
}

const sameIssues = (a: readonly Issue[], b: readonly Issue[]) =>
  a.length === b.length && a.every((x, i) => x.code === b[i]!.code && x.severity === b[i]!.severity && x.message === b[i]!.message && x.suggestion === b[i]!.suggestion);

/** Creates a framework-free form store: values, per-field state, change-only notifications, stable snapshots. */
export function createForm(config: FormConfig): FormStore {
  if (!config || typeof config.fields !== 'object') throw new TypeError('saisie: createForm({ fields: { email: { check } } }) needs a fields object.');
  const timers = config.timers ?? DEFAULT_TIMERS;
  const scheduler = createScheduler(timers);
  const debounceMs = config.debounceMs ?? 400;
  const timeoutMs = config.verifyTimeoutMs ?? 8000;
  const configs = new Map<string, FieldConfig>(Object.entries(config.fields));
  let names = [...configs.keys()];
  const listeners = new Set<() => void>();
  const waiters = new Map<string, Array<() => void>>();
  // The value each field's verifier is asked about now, and whether the request went out (past the debounce).
  const verifying = new Map<string, { value: string; started: boolean }>();
  let destroyed = false;

  const initial = (name: string, given?: string): FieldState => {
    const value = String(given ?? (config.values && Object.prototype.hasOwnProperty.call(config.values, name) ? config.values[name] : ''));
    return { value, normalized: value, issues: [], valid: true, touched: false, status: 'idle' };
  };
  let fields: Record<string, FieldState> = Object.fromEntries(names.map((n) => [n, initial(n)]));
  let snapshot = build();

  function build(): FormSnapshot {
    const values = Object.fromEntries(names.map((n) => [n, fields[n]!.value]));
    const states = Object.values(fields);
    return { values, fields, valid: states.every((f) => f.valid), validating: states.some((f) => f.status === 'validating') };
  }
  function fieldConfig(name: string): FieldConfig {
    const c = configs.get(name);
    if (!c) throw new RangeError(`saisie: unknown field "${String(name).slice(0, 40)}"; known fields: ${names.join(', ')}.`);
    return c;
  }
  /** Replaces a field's state if anything differs, keeping identity otherwise; notifies once per real change. */
  function update(name: string, next: Partial<FieldState>): void {
    const prev = fields[name];
    if (!prev) return; // removed meanwhile
    const merged = { ...prev, ...next };
    if (
      merged.value === prev.value && merged.normalized === prev.normalized && merged.valid === prev.valid &&
      merged.touched === prev.touched && merged.status === prev.status && sameIssues(merged.issues, prev.issues)
    ) return;
    fields = { ...fields, [name]: merged };
    snapshot = build();
    notify();
  }
  // Listeners hear once per call, not once per step: a keystroke changes the value, then the rule's result.
  let batching = 0;
  let changed = false;
  function notify(): void {
    if (batching > 0) changed = true;
    else for (const l of [...listeners]) l();
  }
  function batch(fn: () => void): void {
    batching++;
    try {
      fn();
    } finally {
      if (--batching === 0 && changed) {
        changed = false;
        notify();
      }
    }
  }
  function settle(name: string): void {
    for (const w of waiters.get(name) ?? []) w();
    waiters.delete(name);
  }

  /** Runs the sync rule now, then the verifier after `delay` when the value passed the rule. */
  function run(name: string, delay: number): void {
    const c = fieldConfig(name);
    const value = fields[name]!.value;
    const result = c.check && (c.required || value.trim() !== '') ? c.check(value, snapshot.values) : undefined;
    const issues = result?.issues ?? [];
    const valid = result ? result.valid : true;
    const normalized = result?.value ?? value;
    // What a verification is about: the value, and the fields it depends on (an address line and its postal code).
    // The same question already sent (a submit right after a pause) is waited for, not asked again.
    const about = c.verify && valid ? [normalized, ...(c.dependsOn ?? []).map((d) => snapshot.values[d] ?? '')].join('\u0000') : undefined;
    const flight = verifying.get(name);
    const asked = about !== undefined && flight?.started === true && flight.value === about;
    if (!asked) {
      scheduler.cancel(name);
      verifying.delete(name);
    }
    if (!c.check && !c.verify) return settle(name);
    if (!c.required && value.trim() === '') {
      update(name, { normalized: value, issues: [], valid: true, status: 'idle' });
      return settle(name);
    }
    if (about === undefined) {
      update(name, { normalized, issues, valid, status: valid ? 'valid' : 'invalid' });
      return settle(name);
    }
    update(name, { normalized, issues, valid, status: 'validating' });
    if (asked) return;
    const values = snapshot.values;
    const mine = { value: about, started: false };
    verifying.set(name, mine);
    scheduler.schedule(
      name,
      delay,
      (signal) =>
        new Promise<readonly Issue[]>((resolve, reject) => {
          mine.started = true;
          const t = timers.setTimeout(() => reject(new Error('timeout')), timeoutMs);
          c.verify!(normalized, { signal, values }).then(
            (r) => (timers.clearTimeout(t), resolve(r)),
            (e) => (timers.clearTimeout(t), reject(e)),
          );
        }),
      (extra, error) => {
        if (verifying.get(name) === mine) verifying.delete(name);
        if (error !== undefined || !Array.isArray(extra)) update(name, { status: 'unverified' });
        else {
          // A code the rule already gave (a server's email.disposable) is said once.
          const all = [...issues, ...extra.filter((x) => !issues.some((i) => i.code === x.code))];
          const ok = !all.some((i) => i.severity === 'error');
          update(name, { issues: all, valid: ok, status: ok ? 'valid' : 'invalid' });
        }
        settle(name);
      },
    );
  }

  return {
    setValue(name, value) {
      if (destroyed) return;
      fieldConfig(name);
      const text = typeof value === 'string' ? value : String(value ?? '');
      if (text === fields[name]!.value) return;
      batch(() => {
        update(name, { value: text });
        run(name, debounceMs);
        for (const other of names) if (configs.get(other)!.dependsOn?.includes(name)) run(other, debounceMs);
      });
    },
    setField(name, fieldConfig, value) {
      if (destroyed) return;
      const known = configs.has(name);
      configs.set(name, fieldConfig);
      batch(() => {
        if (!known) {
          names = [...names, name];
          fields = { ...fields, [name]: initial(name, value) };
          snapshot = build();
          notify();
        }
        // A new rule (or a new field with a value) is checked at once; an untouched empty field stays quiet.
        if (fields[name]!.value !== '' || fields[name]!.touched) run(name, debounceMs);
      });
    },
    removeField(name) {
      if (destroyed || !configs.has(name)) return;
      scheduler.cancel(name);
      verifying.delete(name);
      configs.delete(name);
      names = names.filter((n) => n !== name);
      const rest = { ...fields };
      delete rest[name];
      fields = rest;
      snapshot = build();
      settle(name);
      notify();
    },
    touch(name) {
      if (destroyed) return;
      fieldConfig(name);
      update(name, { touched: true });
    },
    validate(name) {
      const targets = name === undefined ? names : [name];
      for (const n of targets) fieldConfig(n);
      if (destroyed) return Promise.resolve(snapshot);
      const done = targets.map((n) => new Promise<void>((resolve) => waiters.set(n, [...(waiters.get(n) ?? []), resolve])));
      for (const n of targets) {
        update(n, { touched: true });
        run(n, 0);
      }
      return Promise.all(done).then(() => snapshot);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    destroy() {
      destroyed = true;
      scheduler.cancelAll();
      listeners.clear();
      for (const n of [...waiters.keys()]) settle(n);
    },
  };
}
