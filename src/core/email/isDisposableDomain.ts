import type { EmailData } from './emailData.js';
import { loadTable } from '../loadTable.js';

function listed(data: EmailData, domain: string, bulk: ReadonlySet<string> | undefined): boolean {
  // The domain and its parents (sub.yopmail.com), at most 10 labels deep; the nearest one known decides. Disposable
  // lists also hold real providers (fastmail.com, qq.com): a real mail domain is never disposable.
  let d = domain;
  for (let n = 0; n < 10; n++) {
    if (data.real.domains.has(d)) return false;
    if (data.disposable.has(d) || bulk?.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0 || d.indexOf('.', dot + 1) < 0) return false;
    d = d.slice(dot + 1);
  }
  return false;
}

/** Whether mail to this domain (or a parent domain) goes to a throwaway inbox; real mail domains never are. */
export function isDisposableDomain(domain: string, data: EmailData): boolean {
  return listed(data, domain, data.full);
}

/** Whether the domain is a well-known disposable service (yopmail.com), by the up-front list only. */
export function isKnownDisposableDomain(domain: string, data: EmailData): boolean {
  // Not the full list: it also holds typo catchers (gmai.com) that are better corrected than only flagged.
  return listed(data, domain, undefined);
}

/** Loads the full maintained disposable-domain list (≈120k domains) through the data loader; resolves its size (0 without one). */
export function loadDisposableDomains(data: EmailData): Promise<number> {
  if (data.full) return Promise.resolve(data.full.size);
  return loadTable(data.load, 'disposable', 'all').then((list) => {
    if (!Array.isArray(list)) return 0;
    data.full = new Set(list.filter((d): d is string => typeof d === 'string'));
    return data.full.size;
  });
}
