// Whether a mail domain can receive mail, from DNS: MX (RFC 5321 §5.1), null MX (RFC 7505), the implicit MX of
// an A/AAAA record, NXDOMAIN; with how long the outcome may be cached (record TTLs, RFC 2308 for negatives).
import { domainToASCII } from 'node:url';
import type { AbortSignalLike } from '../../core/form/createScheduler.js';
import type { DnsAnswer, DnsClient } from './createDnsClient.js';

/**
 * What DNS says of a mail domain. `invalid-name`: not a queryable host name (empty or over-long labels, over 253
 * characters, characters no host name has, a numeric top-level label); nothing was asked.
 */
export type MailDomainOutcome = 'mx' | 'implicit-mx' | 'null-mx' | 'no-mx' | 'nxdomain' | 'servfail' | 'timeout' | 'invalid-name';

/** The outcome, seconds it may be cached (0: do not), and the MX hosts by preference for `mx`. */
export interface MailDomainCheck {
  readonly outcome: MailDomainOutcome;
  readonly ttl: number;
  readonly exchanges?: readonly string[];
}

// RFC 2308 §5 suggests capping negative caching at one to three hours; positive answers at a day.
const MAX_TTL = 86_400;
const MAX_NEGATIVE_TTL = 3_600;
const INVALID_NAME_TTL = 3_600;
const MAX_INPUT = 1_024;
const MAX_EXCHANGES = 16;

/** The ASCII (IDNA) form of a hostile domain, lower case, without a final dot; undefined when not a host name. */
function toHostName(domain: unknown): string | undefined {
  if (typeof domain !== 'string' || domain.length === 0 || domain.length > MAX_INPUT) return undefined;
  // ASCII other than letters, digits, dot, hyphen, underscore is never in a host name; checked before the WHATWG
  // host parser, which would percent-decode ("a%41.com" is aa.com).
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c < 0x80 && !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x5f)) return undefined;
  }
  let ascii = domainToASCII(domain).toLowerCase();
  if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  if (ascii.length === 0 || ascii.length > 253) return undefined;
  const labels = ascii.split('.');
  for (const label of labels) {
    if (label.length < 1 || label.length > 63 || !/^[\w-]+$/.test(label)) return undefined;
  }
  // A numeric last label makes an IPv4 address of the name ("1234" → 0.0.4.210), never a domain.
  return /^\d+$/.test(labels[labels.length - 1] ?? '') ? undefined : ascii;
}

const clamp = (seconds: number, max: number) => (Number.isFinite(seconds) && seconds > 0 ? Math.min(Math.floor(seconds), max) : 0);

/** Seconds a negative answer may be cached: its SOA's (RFC 2308 §5), none without an SOA. */
const negativeTtl = (answer: DnsAnswer) => clamp(answer.negativeTtl ?? 0, MAX_NEGATIVE_TTL);

/** The smallest TTL of an answer's records (CNAMEs of the chain included). */
const minTtl = (answer: DnsAnswer) => clamp(Math.min(...answer.records.map((r) => r.ttl)), MAX_TTL);

/** A failed lookup: timeout or servfail, never cached. */
const failure = (answer: DnsAnswer): MailDomainCheck => ({ outcome: answer.rcode === 'TIMEOUT' ? 'timeout' : 'servfail', ttl: 0 });

/** Checks a mail domain's DNS (MX, then A/AAAA): never rejects but on abort, with the signal's reason. */
export async function checkMailDomain(domain: string, options: { client: DnsClient; signal?: AbortSignalLike }): Promise<MailDomainCheck> {
  const client = options?.client;
  if (!client || typeof client.query !== 'function') throw new TypeError('saisie: checkMailDomain(domain, { client }) needs a DNS client: pass client: createDnsClient({ servers }).');
  const { signal } = options;
  const name = toHostName(domain);
  if (!name) return { outcome: 'invalid-name', ttl: INVALID_NAME_TTL };

  const mx = await client.query(name, 'MX', signal);
  if (mx.rcode === 'NXDOMAIN') return { outcome: 'nxdomain', ttl: negativeTtl(mx) };
  if (mx.rcode !== 'NOERROR') return failure(mx);
  const hosts = mx.records.flatMap((r) => (r.type === 'MX' ? [r.data] : []));
  if (hosts.length) {
    const usable = hosts.filter((h) => h.exchange !== '.');
    // RFC 7505: the single MX "." (preference 0) says the domain takes no mail; a "." among real hosts is ignored.
    if (!usable.length) return { outcome: 'null-mx', ttl: minTtl(mx) };
    usable.sort((a, b) => a.preference - b.preference || (a.exchange < b.exchange ? -1 : a.exchange > b.exchange ? 1 : 0));
    const exchanges = [...new Set(usable.map((h) => h.exchange))].slice(0, MAX_EXCHANGES);
    return { outcome: 'mx', ttl: minTtl(mx), exchanges };
  }

  // No MX (NODATA): RFC 5321 §5.1 falls back to the domain's own address records.
  const [a, aaaa] = await Promise.all([client.query(name, 'A', signal), client.query(name, 'AAAA', signal)]);
  const addressed = [a, aaaa].filter((r) => r.rcode === 'NOERROR' && r.records.some((x) => x.type === 'A' || x.type === 'AAAA'));
  if (addressed.length) return { outcome: 'implicit-mx', ttl: Math.min(negativeTtl(mx), ...addressed.map(minTtl)) };
  const failed = [a, aaaa].find((r) => r.rcode !== 'NOERROR' && r.rcode !== 'NXDOMAIN');
  if (failed) return failure(failed);
  return { outcome: 'no-mx', ttl: Math.min(negativeTtl(mx), negativeTtl(a), negativeTtl(aaaa)) };
}
