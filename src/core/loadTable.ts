import type { DataLoader } from './types.js';

/** Asks a data loader for one table: undefined when there is no loader, or when it throws or rejects. */
export function loadTable(load: DataLoader | undefined, kind: string, key: string): Promise<unknown> {
  if (!load) return Promise.resolve(undefined);
  try {
    return Promise.resolve(load(kind, key)).catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
}
