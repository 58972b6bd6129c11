// One place for time in the form store: debounce per key, one AbortController per key, stale results dropped.

/** The part of AbortSignal the scheduler hands to tasks (core has no DOM types). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
}
interface AbortControllerLike {
  readonly signal: AbortSignalLike;
  abort(): void;
}
/** Timer functions, injectable for tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Runs at most one task per key: a new one cancels the previous (timer cleared, signal aborted, result dropped). */
export interface Scheduler {
  schedule<T>(key: string, delayMs: number, task: (signal: AbortSignalLike) => T | Promise<T>, onDone: (result: T | undefined, error?: unknown) => void): void;
  cancel(key: string): void;
  cancelAll(): void;
  /** How many tasks are waiting or running. */
  pending(): number;
}

const g = globalThis as unknown as { setTimeout: Timers['setTimeout']; clearTimeout: Timers['clearTimeout']; AbortController?: new () => AbortControllerLike };
/** The runtime's own timers. */
export const DEFAULT_TIMERS: Timers = { setTimeout: (fn, ms) => g.setTimeout(fn, ms), clearTimeout: (h) => g.clearTimeout(h) };

function createController(): AbortControllerLike {
  if (g.AbortController) return new g.AbortController();
  // Runtimes without AbortController (very old ones) still get cancellation through this flag.
  const listeners: Array<() => void> = [];
  const signal = { aborted: false, addEventListener: (_: 'abort', l: () => void) => listeners.push(l) };
  return { signal, abort: () => { if (!signal.aborted) { signal.aborted = true; listeners.forEach((l) => l()); } } };
}

/** Creates the scheduler behind the form store's debouncing and async verification. */
export function createScheduler(timers: Timers = DEFAULT_TIMERS): Scheduler {
  const slots = new Map<string, { timer: unknown; controller: AbortControllerLike; running: boolean }>();

  function cancel(key: string): void {
    const slot = slots.get(key);
    if (!slot) return;
    timers.clearTimeout(slot.timer);
    slot.controller.abort();
    slots.delete(key);
  }

  return {
    schedule(key, delayMs, task, onDone) {
      cancel(key);
      const controller = createController();
      const slot = { timer: undefined as unknown, controller, running: false };
      const settle = (result: unknown, error?: unknown) => {
        if (slots.get(key) !== slot || controller.signal.aborted) return; // stale: a newer task owns the key
        slots.delete(key);
        onDone(result as never, error);
      };
      const run = () => {
        slot.running = true;
        try {
          Promise.resolve(task(controller.signal)).then((r) => settle(r), (e) => settle(undefined, e ?? new Error('rejected')));
        } catch (err) {
          settle(undefined, err ?? new Error('threw'));
        }
      };
      slots.set(key, slot);
      if (delayMs > 0) slot.timer = timers.setTimeout(run, delayMs);
      else run();
    },
    cancel,
    cancelAll() {
      for (const key of [...slots.keys()]) cancel(key);
    },
    pending: () => slots.size,
  };
}
