import { lookup } from '../input.js';
import { country, label, type EmailData } from './emailData.js';
import { isKnownDisposableDomain } from './isDisposableDomain.js';

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

/** The domain the person most likely meant; undefined for a real or disposable domain, or when a fix would be doubtful. */
export function suggestEmailDomain(domain: string, data: EmailData): string | undefined {
  if (domain.length > 64) return undefined;
  const { domains: real, countries, suffixes } = data.real;
  if (real.has(domain) || isKnownDisposableDomain(domain, data)) return undefined;
  const TARGETS = data.targets;
  const slip = lookup(data.knownSlips, domain);
  if (slip) return slip;
  const dot = domain.lastIndexOf('.');
  // A missing dot: "gmailcom" → "gmail.com"; a missing TLD: "gmail" → "gmail.com" (not "hotmail": which country?).
  if (dot < 0) return TARGETS.find((t) => t.replace('.', '') === domain || (label(t) === domain && !countries.has(domain)));
  // A TLD that exists nowhere but is a common slip: "example.con" → "example.com", "hotmail.fe" → "hotmail.fr".
  const tld = lookup(data.tldSlips, domain.slice(dot + 1));
  const fixed = tld ? domain.slice(0, dot + 1) + tld : domain;
  // Another country of a provider that has several is a guess, not a fix: hotmail.be is not a slip of hotmail.de.
  const guess = (t: string) => countries.has(label(t)) && country(t) !== country(fixed);
  // The closest big provider, if it is a slip away (one edit for short domains, two for longer ones).
  const max = domain.length <= 8 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const target of TARGETS) {
    if (guess(target)) continue;
    const d = editDistance(domain, target, Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      best = target;
      bestDistance = d;
    }
  }
  if (best) return best;
  if (!tld) return undefined;
  if (real.has(fixed)) return fixed;
  // Not a provider's domain that does not exist ("orange.de" for "orange.dee"): that would be a guess too.
  const variant = countries.has(label(fixed)) && suffixes.has(country(fixed));
  return TARGETS.find((t) => !guess(t) && editDistance(fixed, t, 1) <= 1) ?? (variant ? undefined : fixed);
}
