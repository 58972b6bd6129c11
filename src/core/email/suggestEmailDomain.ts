import { lookup } from '../input.js';
import { EMAIL_KNOWN_SLIPS, EMAIL_PROVIDERS, EMAIL_TLD_SLIPS, EMAIL_TYPO_TARGETS } from '../../data/email-domains.js';

const KNOWN: ReadonlySet<string> = new Set(EMAIL_PROVIDERS);
const TARGETS: readonly string[] = EMAIL_PROVIDERS.slice(0, EMAIL_TYPO_TARGETS);

/** Optimal string alignment distance, given up as soon as it must exceed `max` (so at most O(n·max)). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The domain the person most likely meant, or undefined when the domain is known or nothing is close. */
export function suggestEmailDomain(domain: string): string | undefined {
  if (KNOWN.has(domain) || domain.length > 64) return undefined;
  const slip = lookup(EMAIL_KNOWN_SLIPS, domain);
  if (slip) return slip;
  const dot = domain.lastIndexOf('.');
  // A missing dot: "gmailcom" → "gmail.com"; a missing TLD: "gmail" → "gmail.com".
  if (dot < 0) return TARGETS.find((t) => t.replace('.', '') === domain || t.slice(0, t.indexOf('.')) === domain);
  // The closest big provider, if it is a slip away (one edit for short domains, two for longer ones).
  const max = domain.length <= 8 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const target of TARGETS) {
    const d = editDistance(domain, target, Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      best = target;
      bestDistance = d;
    }
  }
  if (best) return best;
  // A TLD that does not exist but is a common slip: "example.con" → "example.com".
  const fixed = lookup(EMAIL_TLD_SLIPS, domain.slice(dot + 1));
  const sld = domain.slice(0, dot);
  if (fixed) {
    const candidate = `${sld}.${fixed}`;
    return TARGETS.find((t) => editDistance(candidate, t, 1) <= 1) ?? candidate;
  }
  return undefined;
}
