import { DISPOSABLE_ALLOWLIST, DISPOSABLE_DOMAINS } from '../../data/disposable-domains.js';
import load from '../../data/load-disposable.js';

let known: Set<string> | undefined;
let full: ReadonlySet<string> | undefined;
let allow: Set<string> | undefined;

function listed(domain: string, bulk: ReadonlySet<string> | undefined): boolean {
  known ??= new Set(DISPOSABLE_DOMAINS.split(' '));
  allow ??= new Set(DISPOSABLE_ALLOWLIST.split(' '));
  if (allow.has(domain)) return false;
  // Check the domain and its parents (sub.yopmail.com), at most 10 labels deep.
  let d = domain;
  for (let n = 0; n < 10; n++) {
    if (known.has(d) || bulk?.has(d)) return !allow.has(d);
    const dot = d.indexOf('.');
    if (dot < 0 || d.indexOf('.', dot + 1) < 0) return false;
    d = d.slice(dot + 1);
  }
  return false;
}

/** Whether mail to this domain (or a parent domain) goes to a throwaway inbox; real providers are allowlisted. */
export function isDisposableDomain(domain: string): boolean {
  return listed(domain, full);
}

/** Whether the domain is a well-known disposable service (yopmail.com), by the up-front list only. */
export function isKnownDisposableDomain(domain: string): boolean {
  // Not the full list: it also holds typo catchers (gmai.com) that are better corrected than only flagged.
  return listed(domain, undefined);
}

/** Loads the full maintained disposable-domain list (≈120k domains) so that checkEmail uses it; resolves its size. */
export function loadDisposableDomains(): Promise<number> {
  if (full) return Promise.resolve(full.size);
  return load('all').then((list) => {
    if (!Array.isArray(list)) return 0;
    full = new Set(list as string[]);
    return full.size;
  });
}
