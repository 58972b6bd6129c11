import type { EmailData } from './emailData.js';

/** Why an address is not deliverable, as `params.reason` of `email.syntax`. */
export type EmailSyntaxReason =
  | 'empty' | 'too-long' | 'no-at' | 'no-local' | 'no-domain' | 'local-too-long' | 'local' | 'local-dots'
  | 'domain' | 'domain-dots' | 'label-too-long' | 'domain-too-long' | 'tld' | 'no-dot' | 'reserved';

/** The parts of a syntactically deliverable address, or why it is not one. */
export type EmailSyntax = { ok: true; local: string; domain: string; asciiDomain: string } | { ok: false; reason: EmailSyntaxReason };

const ATEXT = "!#$%&'*+-/=?^_`{|}~";

/** UTF-8 length of a string whose lone surrogates were already rejected. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** Whether a UTF-16 code unit sequence position holds a usable non-ASCII character (no controls, bidi or lone surrogates). */
function badNonAscii(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return !(d >= 0xdc00 && d <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) return s.charCodeAt(i - 1) < 0xd800 || s.charCodeAt(i - 1) > 0xdbff;
  return c <= 0x9f || c === 0xa0 || (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c === 0xfeff || c === 0x3000;
}

function checkLocal(local: string): EmailSyntaxReason | undefined {
  if (local === '') return 'no-local';
  for (let i = 0; i < local.length; i++) {
    const ch = local[i]!;
    const c = local.charCodeAt(i);
    if (c >= 0x80) {
      if (badNonAscii(local, i)) return 'local';
    } else if (ch === '.') {
      if (i === 0 || i === local.length - 1 || local[i - 1] === '.') return 'local-dots';
    } else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || ATEXT.includes(ch))) return 'local';
  }
  return utf8Length(local) > 64 ? 'local-too-long' : undefined;
}

/** The ASCII (punycode) form of a domain with non-ASCII labels, through the platform's IDNA (WHATWG URL). */
function toAsciiDomain(domain: string): string | undefined {
  for (let i = 0; i < domain.length; i++) if (domain.charCodeAt(i) >= 0x80 && badNonAscii(domain, i)) return undefined;
  const URLCtor = (globalThis as { URL?: new (u: string) => { hostname: string } }).URL;
  if (!URLCtor) return undefined;
  try {
    return new URLCtor(`http://${domain}/`).hostname;
  } catch {
    return undefined;
  }
}

function checkDomain(ascii: string, data: EmailData): EmailSyntaxReason | undefined {
  if (ascii.length > 253) return 'domain-too-long';
  const labels = ascii.split('.');
  for (const label of labels) {
    if (label === '') return 'domain-dots';
    if (label.length > 63) return 'label-too-long';
    if (label[0] === '-' || label[label.length - 1] === '-') return 'domain';
    for (let i = 0; i < label.length; i++) {
      const c = label.charCodeAt(i);
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d)) return 'domain';
    }
  }
  const tld = labels[labels.length - 1]!;
  const punycode = tld.startsWith('xn--');
  if (!punycode && !/^[a-z]{2,63}$/.test(tld)) return 'tld';
  if (data.reservedTlds.includes(tld)) return 'reserved';
  if (labels.length === 1 && !punycode && tld.length !== 2 && !data.bareTlds.includes(tld)) return 'no-dot';
  return undefined;
}

/** Checks the syntax of a deliverable address (practical RFC 5321/5322 subset, internationalized), in linear time. */
export function checkEmailSyntax(value: string, data: EmailData): EmailSyntax {
  if (value === '') return { ok: false, reason: 'empty' };
  // Lengths first: nothing longer than an address can be ever gets scanned further.
  if (value.length > 254) return { ok: false, reason: 'too-long' };
  const at = value.lastIndexOf('@');
  if (at < 0) return { ok: false, reason: 'no-at' };
  const local = value.slice(0, at);
  const rawDomain = value.slice(at + 1);
  const localReason = checkLocal(local);
  if (localReason) return { ok: false, reason: localReason };
  if (rawDomain === '') return { ok: false, reason: 'no-domain' };
  const domain = rawDomain.toLowerCase();
  let ascii = domain;
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c >= 0x80) {
      const converted = toAsciiDomain(domain);
      if (converted === undefined) return { ok: false, reason: 'domain' };
      ascii = converted;
      break;
    }
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e)) return { ok: false, reason: 'domain' };
  }
  const domainReason = checkDomain(ascii, data);
  if (domainReason) return { ok: false, reason: domainReason };
  if (utf8Length(local) + 1 + ascii.length > 254) return { ok: false, reason: 'too-long' };
  return { ok: true, local, domain, asciiDomain: ascii };
}
