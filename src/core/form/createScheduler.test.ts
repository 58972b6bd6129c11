import { describe, expect, it, vi } from 'vitest';
import { createScheduler } from './createScheduler.js';

describe('createScheduler', () => {
  it('debounces: only the last task of a key runs', async () => {
    vi.useFakeTimers();
    const s = createScheduler();
    const ran: string[] = [];
    const done = vi.fn();
    for (const v of ['a', 'ab', 'abc']) s.schedule('f', 100, () => (ran.push(v), v), done);
    await vi.advanceTimersByTimeAsync(150);
    expect(ran).toEqual(['abc']);
    expect(done).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledWith('abc', undefined);
    vi.useRealTimers();
  });
  it('aborts the running task and drops its late result', async () => {
    const s = createScheduler();
    let firstSignal: { aborted: boolean } | undefined;
    let release!: (v: string) => void;
    const done = vi.fn();
    s.schedule('f', 0, (signal) => ((firstSignal = signal), new Promise<string>((r) => (release = r))), done);
    s.schedule('f', 0, () => 'second', done);
    release('first');
    await new Promise((r) => setTimeout(r, 0));
    expect(firstSignal?.aborted).toBe(true);
    expect(done.mock.calls).toEqual([['second', undefined]]);
  });
  it('keys are independent and a throwing task reports an error, not an exception', async () => {
    const s = createScheduler();
    const done = vi.fn();
    s.schedule('a', 0, () => { throw new Error('boom'); }, done);
    s.schedule('b', 0, () => Promise.reject(new Error('nope')), done);
    s.schedule('c', 0, () => 3, done);
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toHaveBeenCalledTimes(3);
    expect(done.mock.calls.filter(([, e]) => e instanceof Error)).toHaveLength(2);
    expect(s.pending()).toBe(0);
  });
  it('cancelAll clears waiting timers', async () => {
    vi.useFakeTimers();
    const s = createScheduler();
    const task = vi.fn();
    s.schedule('a', 50, task, () => {});
    s.schedule('b', 50, task, () => {});
    expect(s.pending()).toBe(2);
    s.cancelAll();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
