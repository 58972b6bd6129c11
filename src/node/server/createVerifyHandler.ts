// saisie-server's request handler: POST /v1/verify, GET /healthz, GET /metrics, CORS preflight. A plain
// (req, res[, next]) function, so node:http, Express and Fastify (raw request/response) all mount it. Every request
// is hostile: strict validation, a capped body, a rate limit before any work, upstream calls under deadlines, and
// logs that carry a keyed hash of the value at most. The rules, the DNS lookup and the address provider are
// injected (src/server.ts binds the defaults), so tests drive it with fakes or with the real fixtures.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { VERIFY_CODES } from '../../core/codes.js';
import { createIssue } from '../../core/messages.js';
import type { Issue } from '../../core/types.js';
import type { Verdict, VerifyStatus } from '../../core/verify/types.js';
import type { AddressProvider, Suggestion } from '../../core/autocomplete/types.js';
import type { EmailCheckResult } from '../../core/email/checkEmail.js';
import type { PhoneCheckResult } from '../../core/phone/checkPhone.js';
import { VERIFY_MESSAGES } from '../../locales/verify.js';
import { createLruCache } from './createLruCache.js';
import { createMetrics } from './createMetrics.js';
import { createTokenBucket } from './createTokenBucket.js';
import { readJsonBody } from './readJsonBody.js';

/** What a mail-domain lookup answers (`checkMailDomain` of src/node/server/checkMailDomain.ts). */
export interface MailDomainAnswer {
  outcome: string;
  /** Seconds this outcome may be cached. */
  ttl: number;
}

/** One JSON log line's fields; never a value from the request, at most its keyed hash. */
export type LogEntry = Readonly<Record<string, string | number | boolean | undefined>>;

/** Options of `createVerifyHandler`: the rules (the Node entry's), the upstreams, and the operating limits. */
export interface VerifyHandlerOptions {
  checkEmail(input: string, options: { locale?: string }): EmailCheckResult;
  checkPhone(input: string, options: { country?: string; locale?: string }): PhoneCheckResult;
  /** The mail domain's DNS verdict; without it, a well-formed address is `unknown`. */
  checkDomain?(domain: string, signal: AbortSignal): Promise<MailDomainAnswer>;
  /** Where addresses are looked up; without it, an address is `unknown`. */
  addressProvider?: AddressProvider;
  /** Origins allowed to call from a browser (`https://shop.example`), or `*` for any. Default: none. */
  allowedOrigins?: readonly string[];
  /** Requests per second per client and burst; false turns the limit off. Default 20/s, burst 40. */
  rateLimit?: { rate: number; burst?: number } | false;
  /** How many proxies in front set X-Forwarded-For (0: the socket's address is the client). */
  trustProxy?: number;
  /** Verdicts and mail domains kept, each (default 10,000). */
  cacheSize?: number;
  /** The longest a verdict is cached, in seconds (default 3600); an email's is also capped by its DNS TTL. */
  cacheMaxTtl?: number;
  /** How long an `unknown` verdict is cached, in seconds (default 0: not cached). */
  unknownTtl?: number;
  /** Deadline of one mail-domain lookup (default 5000 ms; the DNS client has its own per-query timeout). */
  domainTimeoutMs?: number;
  /** Deadline of one address search (default 3000 ms). */
  providerTimeoutMs?: number;
  /** Deadline for the whole body to arrive (default 10,000 ms). */
  bodyTimeoutMs?: number;
  /** One JSON line per request; default: to stdout. `false`: no logs. */
  log?: ((entry: LogEntry) => void) | false;
  /** Key of the HMAC that stands for values in logs (default: random per process, so hashes do not outlive it). */
  logKey?: string;
  /** Clock in milliseconds, for the caches and the rate limit. */
  now?: () => number;
}

/** A node:http request listener with saisie-server's operations attached. */
export interface VerifyHandler {
  (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
  /** The Prometheus exposition text of /metrics. */
  metrics(): string;
  /** Starts draining: /healthz answers 503 and every response closes its connection. */
  drain(): void;
  /** Requests being answered. */
  inFlight(): number;
}

type Kind = 'email' | 'phone' | 'address';
interface Input {
  kind: Kind;
  value: string;
  country?: string;
  expect?: 'mobile' | 'fixed-line';
  locale?: string;
}
/** A verdict computed upstream, with how long it may be cached (ms) and the DNS outcome for the logs. */
interface Computed {
  verdict: Verdict;
  ttlMs: number;
  dns?: string;
}
interface Cached {
  body: string;
  status: VerifyStatus;
  dns?: string;
}
/** What the log line of a request says besides the basics. */
interface Note {
  kind?: Kind;
  verdict?: VerifyStatus;
  cache?: 'hit' | 'miss' | 'shared';
  dns?: string;
  error?: string;
  value?: string;
}

const BODY_LIMIT = 16 * 1024;
const MAX_VALUE = 1000;
const KEYS = new Set(['kind', 'value', 'country', 'expect', 'locale']);
const ROUTES = new Set(['/v1/verify', '/healthz', '/metrics']);
const METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);
const DNS_OUTCOMES = new Set(['mx', 'implicit-mx', 'null-mx', 'no-mx', 'nxdomain', 'invalid-name', 'servfail', 'timeout']);
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const TOKEN = /^[\w!#$%&'*+.^`|~-]{1,64}(?:\s*,\s*[\w!#$%&'*+.^`|~-]{1,64}){0,19}$/;

const bad = (name: string, how: string) => new TypeError(`saisie: createVerifyHandler({ ${name} }) ${how}`);
const positive = (name: string, v: unknown, fallback: number, zero = false): number => {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (!zero && v === 0)) throw bad(name, `needs a ${zero ? 'non-negative' : 'positive'} number, got ${String(v).slice(0, 40)}.`);
  return v;
};

/** Checks the options once, throwing one TypeError that says how to fix them. */
function checkOptions(o: VerifyHandlerOptions) {
  if (!o || typeof o !== 'object') throw new TypeError('saisie: createVerifyHandler(options) needs an object with checkEmail and checkPhone (the Node entry binds them: import from "saisie/server").');
  if (typeof o.checkEmail !== 'function') throw bad('checkEmail', 'needs the Node entry\'s checkEmail function.');
  if (typeof o.checkPhone !== 'function') throw bad('checkPhone', 'needs the Node entry\'s checkPhone function.');
  if (o.checkDomain !== undefined && typeof o.checkDomain !== 'function') throw bad('checkDomain', 'must be a function (domain, signal) => Promise<{ outcome, ttl }>.');
  if (o.addressProvider !== undefined && typeof o.addressProvider?.search !== 'function') throw bad('addressProvider', 'must be an AddressProvider with search(query, options), e.g. createBanProvider().');
  const origins = o.allowedOrigins ?? [];
  if (!Array.isArray(origins) || origins.some((x) => typeof x !== 'string' || !(x === '*' || /^https?:\/\/[^/\s]+$/i.test(x)))) {
    throw bad('allowedOrigins', 'needs an array of origins such as "https://shop.example" (scheme, host, port; no path) or "*".');
  }
  const limit = o.rateLimit ?? { rate: 20, burst: 40 };
  if (limit !== false && (typeof limit !== 'object' || !(limit.rate > 0))) throw bad('rateLimit', 'needs { rate, burst } (requests per second per client) or false.');
  if (o.trustProxy !== undefined && !(Number.isInteger(o.trustProxy) && o.trustProxy >= 0)) throw bad('trustProxy', 'needs the number of proxies in front (0, 1, 2…).');
  if (o.cacheSize !== undefined && !(Number.isInteger(o.cacheSize) && o.cacheSize >= 0)) throw bad('cacheSize', 'needs a whole number of entries (0 turns caching off).');
  if (o.log !== undefined && o.log !== false && typeof o.log !== 'function') throw bad('log', 'must be a function (entry) => void, or false.');
  if (o.logKey !== undefined && (typeof o.logKey !== 'string' || o.logKey.length < 16)) throw bad('logKey', 'needs a secret string of at least 16 characters.');
  return {
    origins: new Set(origins.map((x) => x.toLowerCase())),
    limit,
    cacheMaxTtl: positive('cacheMaxTtl', o.cacheMaxTtl, 3600, true),
    unknownTtl: positive('unknownTtl', o.unknownTtl, 0, true),
    domainTimeoutMs: positive('domainTimeoutMs', o.domainTimeoutMs, 5000),
    providerTimeoutMs: positive('providerTimeoutMs', o.providerTimeoutMs, 3000),
    bodyTimeoutMs: positive('bodyTimeoutMs', o.bodyTimeoutMs, 10_000),
  };
}

/** Lower case, no accents, letters and digits in words separated by single spaces. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether a provider's suggestion is the address typed: every number of the query (house number, postal code)
 * is a word of the suggestion (a "12bis" as "12"), and at least half of its words of 3+ letters start a word of
 * the suggestion or are started by one of 3+ letters ("bd" and "av" are too short to count, "boul" finds
 * "boulevard"). Suggestions carry no score: a provider's best guess for "rue imaginaire" is not a match.
 */
function matchesAddress(query: string, s: Suggestion): boolean {
  const a = s.address;
  const words = [...new Set(fold([s.label, ...(a?.addressLines ?? []), a?.postalCode ?? '', a?.locality ?? ''].join(' ')).split(' '))];
  const q = fold(query).split(' ').filter(Boolean).slice(0, 100);
  const numbers = q.filter((t) => /^\d/.test(t));
  if (!numbers.every((n) => words.includes(n) || words.includes(/^\d+/.exec(n)?.[0] ?? n))) return false;
  const names = q.filter((t) => !/\d/.test(t) && t.length >= 3);
  if (names.length === 0) return numbers.length > 0;
  const found = names.filter((t) => words.some((w) => w.startsWith(t) || (w.length >= 3 && t.startsWith(w)))).length;
  return found * 2 >= names.length;
}

/** The input of POST /v1/verify, or the 400 to answer (wire format: /work/notes/issue10-api.md). */
function validate(body: unknown): { input: Input } | { error: string; message: string } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { error: 'invalid-json', message: 'The body must be a JSON object like {"kind":"email","value":"…"}.' };
  const o = body as Record<string, unknown>;
  const extra = Object.keys(o).find((k) => !KEYS.has(k));
  if (extra !== undefined) return { error: 'unknown-field', message: `Unknown field "${extra.slice(0, 40)}": send kind, value, country, expect, locale.` };
  const { kind, value, country, expect, locale } = o;
  if (kind !== 'email' && kind !== 'phone' && kind !== 'address') return { error: 'unknown-kind', message: 'kind must be "email", "phone" or "address".' };
  if (typeof value !== 'string' || value.length === 0) return { error: 'invalid-field', message: 'value must be a non-empty string.' };
  if (value.length > MAX_VALUE) return { error: 'value-too-long', message: `value has at most ${MAX_VALUE} characters.` };
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/i.test(country))) return { error: 'invalid-field', message: 'country must be an ISO 3166-1 alpha-2 code such as "FR".' };
  if (expect !== undefined && (kind !== 'phone' || (expect !== 'mobile' && expect !== 'fixed-line'))) return { error: 'invalid-field', message: 'expect is "mobile" or "fixed-line", for a phone only.' };
  if (locale !== undefined && (typeof locale !== 'string' || locale.length > 35 || !/^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i.test(locale))) return { error: 'invalid-field', message: 'locale must be a language tag such as "fr" or "pt-BR".' };
  const input: Input = { kind, value };
  if (country !== undefined) input.country = country.toUpperCase();
  if (expect !== undefined) input.expect = expect;
  if (locale !== undefined) input.locale = locale.toLowerCase().replace(/_/g, '-');
  return { input };
}

/** The rate-limit key of an address: IPv4 as is, IPv6 by its /64 (one subscriber's network), mapped IPv4 unwrapped. */
function clientKey(address: string): string {
  const a = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!a.includes(':')) return a;
  const [head = '', tail = ''] = a.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = a.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return groups.slice(0, 4).join(':') + '::/64';
}

/** Creates saisie-server's request handler over the injected rules and upstreams. */
export function createVerifyHandler(options: VerifyHandlerOptions): VerifyHandler {
  const o = checkOptions(options);
  const { checkEmail, checkPhone, checkDomain, addressProvider, now = Date.now } = options;
  const anyOrigin = o.origins.has('*');
  const trustProxy = options.trustProxy ?? 0;
  const key = options.logKey ?? randomBytes(32).toString('hex');
  const hash = (s: string) => createHmac('sha256', key).update(s).digest('hex').slice(0, 16);
  const log = options.log === false ? undefined : (options.log ?? ((e: LogEntry) => void process.stdout.write(JSON.stringify(e) + '\n')));
  const size = options.cacheSize ?? 10_000;
  const verdicts = createLruCache<Cached>({ max: size, now });
  const domains = createLruCache<MailDomainAnswer>({ max: size, now });
  const pending = new Map<string, Promise<Cached>>();
  const pendingDomains = new Map<string, Promise<MailDomainAnswer>>();
  const bucket = o.limit === false ? undefined : createTokenBucket({ rate: o.limit.rate, burst: o.limit.burst ?? o.limit.rate * 2, now });
  let inFlight = 0;
  let draining = false;

  const m = createMetrics();
  const requests = m.counter('saisie_http_requests_total', 'HTTP requests answered, by route, method and status.');
  const latency = m.histogram('saisie_http_request_duration_seconds', 'Time to answer a request, by route.', LATENCY_BUCKETS);
  m.gauge('saisie_http_in_flight', 'Requests being answered.', () => inFlight);
  const verifications = m.counter('saisie_verifications_total', 'Verdicts given, by kind and status.');
  const hits = m.counter('saisie_cache_hits_total', 'Cache hits, by cache (verdict, dns).');
  const misses = m.counter('saisie_cache_misses_total', 'Cache misses, by cache (verdict, dns).');
  const shared = m.counter('saisie_coalesced_total', 'Requests that shared an identical lookup already in flight.');
  m.gauge('saisie_cache_entries', 'Entries in each cache.', () => [[{ cache: 'verdict' }, verdicts.size], [{ cache: 'dns' }, domains.size]]);
  const dnsOutcomes = m.counter('saisie_dns_outcomes_total', 'Mail-domain lookups, by outcome.');
  const addressOutcomes = m.counter('saisie_address_lookups_total', 'Address provider lookups, by outcome (found, not-found, failed, timeout).');
  const limited = m.counter('saisie_rate_limited_total', 'Requests refused by the per-client rate limit.');
  const started = now() / 1000;
  m.gauge('process_start_time_seconds', 'Start time of the process since the Unix epoch, in seconds.', () => started);

  const verifyIssue = (code: keyof typeof VERIFY_CODES, locale: string | undefined, params: Record<string, string>): Issue =>
    createIssue(VERIFY_CODES, { messages: VERIFY_MESSAGES }, locale, code, { params });

  /** Runs `work` under a deadline; on timeout, aborts its signal and resolves `late`. */
  function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>, late: T): Promise<T> {
    const ac = new AbortController();
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        ac.abort();
        resolve(late);
      }, ms);
      work(ac.signal).then(
        (v) => (clearTimeout(timer), resolve(v)),
        (e: unknown) => (clearTimeout(timer), reject(e)),
      );
    });
  }

  /** The mail domain's DNS answer: cached by its TTL, one lookup in flight per domain, under the deadline. */
  function lookupDomain(domain: string): Promise<MailDomainAnswer> {
    const cached = domains.get(domain);
    if (cached) {
      hits.inc({ cache: 'dns' });
      return Promise.resolve(cached);
    }
    const running = pendingDomains.get(domain);
    if (running) return running;
    misses.inc({ cache: 'dns' });
    const lookup = withDeadline(o.domainTimeoutMs, (signal) => checkDomain!(domain, signal), { outcome: 'timeout', ttl: 0 })
      .then((a): MailDomainAnswer => {
        const outcome = a && typeof a.outcome === 'string' && DNS_OUTCOMES.has(a.outcome) ? a.outcome : 'error';
        const ttl = typeof a?.ttl === 'number' && a.ttl > 0 && Number.isFinite(a.ttl) ? a.ttl : 0;
        return { outcome, ttl };
      }, () => ({ outcome: 'error', ttl: 0 }))
      .then((a) => {
        dnsOutcomes.inc({ outcome: a.outcome });
        if (a.outcome !== 'servfail' && a.outcome !== 'timeout' && a.outcome !== 'error') domains.set(domain, a, Math.min(a.ttl, o.cacheMaxTtl) * 1000);
        return a;
      })
      .finally(() => pendingDomains.delete(domain));
    pendingDomains.set(domain, lookup);
    return lookup;
  }

  async function verifyEmail(r: EmailCheckResult & { email: { domain: string } }, locale: string | undefined): Promise<Computed> {
    const domain = r.email.domain;
    const disposable = r.issues.filter((i) => i.code === 'email.disposable');
    const dns = checkDomain ? await lookupDomain(domain) : { outcome: 'none', ttl: 0 };
    const fail = dns.outcome === 'null-mx' ? 'email.null_mx' : dns.outcome === 'no-mx' ? 'email.no_mx' : dns.outcome === 'nxdomain' || dns.outcome === 'invalid-name' ? 'email.no_domain' : undefined;
    const known = fail !== undefined || dns.outcome === 'mx' || dns.outcome === 'implicit-mx';
    const status: VerifyStatus = fail ? 'invalid' : disposable.length ? 'risky' : known ? 'valid' : 'unknown';
    const issues = fail ? [verifyIssue(fail, locale, { domain }), ...disposable] : disposable;
    const ttlMs = known ? Math.min(dns.ttl, o.cacheMaxTtl) * 1000 : o.unknownTtl * 1000;
    return { verdict: { status, issues, normalized: r.value }, ttlMs, dns: dns.outcome };
  }

  async function verifyAddress(input: Input): Promise<Computed> {
    const unknown = (outcome: string): Computed => (addressOutcomes.inc({ outcome }), { verdict: { status: 'unknown', issues: [] }, ttlMs: o.unknownTtl * 1000 });
    let found: Suggestion[] | 'timeout';
    try {
      found = await withDeadline<Suggestion[] | 'timeout'>(
        o.providerTimeoutMs,
        (signal) => addressProvider!.search(input.value, { signal, limit: 5, ...(input.country ? { country: input.country } : {}), ...(input.locale ? { locale: input.locale } : {}) }),
        'timeout',
      );
    } catch {
      return unknown('failed');
    }
    if (found === 'timeout') return unknown('timeout');
    if (!Array.isArray(found)) return unknown('failed');
    const match = found.slice(0, 10).find((s) => s && typeof s.label === 'string' && matchesAddress(input.value, s));
    addressOutcomes.inc({ outcome: match ? 'found' : 'not-found' });
    const verdict: Verdict = match ? { status: 'valid', issues: [], normalized: match.label } : { status: 'invalid', issues: [verifyIssue('address.not_found', input.locale, {})] };
    return { verdict, ttlMs: o.cacheMaxTtl * 1000 };
  }

  /** The verdict of a local check alone (never cached: recomputing is cheaper than a cache slot). */
  const final = (verdict: Verdict): Cached => ({ body: JSON.stringify(verdict), status: verdict.status });

  /** The answer to one validated input, from the cache, a lookup in flight, or a new lookup. */
  function answer(input: Input, note: Note): Promise<Cached> {
    const { kind, value, locale, country, expect } = input;
    let cacheKey: string;
    let run: () => Promise<Computed>;
    if (kind === 'email') {
      const r = checkEmail(value, locale ? { locale } : {});
      note.value = hash(`email:${r.value}`);
      if (!r.valid || !r.email) return Promise.resolve(final({ status: 'invalid', issues: r.issues.filter((i) => i.severity === 'error' || i.code === 'email.typo') }));
      const email = r as EmailCheckResult & { email: { domain: string } };
      cacheKey = `email\n${locale ?? ''}\n${r.value}`;
      run = () => verifyEmail(email, locale);
    } else if (kind === 'phone') {
      const r = checkPhone(value, { ...(country ? { country } : {}), ...(locale ? { locale } : {}) });
      note.value = hash(`phone:${r.value}`);
      if (!r.valid || !r.phone) {
        const errors = r.issues.filter((i) => i.severity === 'error');
        return Promise.resolve(final({ status: errors.length ? 'invalid' : 'unknown', issues: errors.length ? errors : r.issues }));
      }
      const type = r.phone.type ?? '';
      // Asked for a mobile: anything that is surely not one (a landline, toll-free, premium, VoIP…) is a mismatch;
      // asked for a landline: a number that is surely a mobile. An unknown type is never held against the number.
      const mismatch = type !== '' && type !== 'FIXED_LINE_OR_MOBILE' && ((expect === 'mobile' && type !== 'MOBILE') || (expect === 'fixed-line' && type === 'MOBILE'));
      return Promise.resolve(final(mismatch
        ? { status: 'invalid', issues: [verifyIssue('phone.type_mismatch', locale, { reason: expect!, expected: expect!, type })], normalized: r.phone.e164 }
        : { status: 'valid', issues: [], normalized: r.phone.e164 }));
    } else {
      const folded = fold(value);
      note.value = hash(`address:${folded}`);
      if (!addressProvider) return Promise.resolve(final({ status: 'unknown', issues: [] }));
      cacheKey = `address\n${country ?? ''}\n${locale ?? ''}\n${folded}`;
      run = () => verifyAddress(input);
    }
    const cached = verdicts.get(cacheKey);
    if (cached) {
      hits.inc({ cache: 'verdict' });
      note.cache = 'hit';
      return Promise.resolve(cached);
    }
    const running = pending.get(cacheKey);
    if (running) {
      shared.inc();
      note.cache = 'shared';
      return running;
    }
    misses.inc({ cache: 'verdict' });
    note.cache = 'miss';
    const p = run()
      .then((c): Cached => {
        const entry: Cached = { body: JSON.stringify(c.verdict), status: c.verdict.status, ...(c.dns ? { dns: c.dns } : {}) };
        verdicts.set(cacheKey, entry, c.ttlMs);
        return entry;
      })
      .finally(() => pending.delete(cacheKey));
    pending.set(cacheKey, p);
    return p;
  }

  /** Sends a complete answer unless the response is already gone. */
  function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8', headers: Record<string, string> = {}) {
    if (res.headersSent || res.writableEnded || res.destroyed) return;
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (draining) res.setHeader('Connection', 'close');
    res.end(body);
  }
  const sendError = (res: ServerResponse, note: Note, status: number, error: string, message: string, headers?: Record<string, string>) => {
    note.error = error;
    send(res, status, JSON.stringify({ error, message }), undefined, headers);
  };

  /** Sets the CORS headers of an allowed origin; true when the origin may read the answer. */
  function cors(req: IncomingMessage, res: ServerResponse): boolean {
    res.setHeader('Vary', 'Origin');
    const origin = req.headers.origin;
    if (typeof origin !== 'string' || origin.length > 300) return false;
    if (anyOrigin) res.setHeader('Access-Control-Allow-Origin', '*');
    else if (o.origins.has(origin.toLowerCase())) res.setHeader('Access-Control-Allow-Origin', origin);
    else return false;
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    return true;
  }

  function clientOf(req: IncomingMessage): string {
    const socket = req.socket?.remoteAddress ?? 'unknown';
    const xff = req.headers['x-forwarded-for'];
    if (!trustProxy || typeof xff !== 'string' || xff.length > 2000) return clientKey(socket);
    // The address the outermost trusted proxy saw: `trustProxy` entries from the right; what a client wrote
    // itself sits further left and is never trusted.
    const hops = xff.split(',').map((h) => h.trim()).filter(Boolean);
    const hop = hops[hops.length - trustProxy];
    return clientKey(hop && /^[0-9A-F:.]{2,45}$/i.test(hop) ? hop : socket);
  }

  async function verifyRoute(req: IncomingMessage, res: ServerResponse, note: Note) {
    const wait = bucket?.take(clientOf(req)) ?? 0;
    if (wait > 0) {
      limited.inc();
      res.setHeader('Connection', 'close');
      req.resume();
      return sendError(res, note, 429, 'rate-limited', `Too many requests: retry in ${wait} s.`, { 'Retry-After': String(wait) });
    }
    const body = await readJsonBody(req, { limit: BODY_LIMIT, timeoutMs: o.bodyTimeoutMs });
    if (!body.ok) {
      // What is left of a refused body is not read: the connection closes after the answer.
      if (body.unread) res.setHeader('Connection', 'close');
      return sendError(res, note, body.status, body.error, body.message);
    }
    const checked = validate(body.value);
    if ('error' in checked) return sendError(res, note, 400, checked.error, checked.message);
    note.kind = checked.input.kind;
    const result = await answer(checked.input, note);
    note.verdict = result.status;
    if (result.dns) note.dns = result.dns;
    verifications.inc({ kind: checked.input.kind, status: result.status });
    send(res, 200, result.body);
  }

  function route(req: IncomingMessage, res: ServerResponse, path: string, note: Note): Promise<void> | void {
    const method = req.method ?? '';
    const allowed = cors(req, res);
    const allow = path === '/v1/verify' ? 'POST, OPTIONS' : 'GET, HEAD, OPTIONS';
    if (method === 'OPTIONS') {
      const headers: Record<string, string> = { Allow: allow };
      if (allowed) {
        const asked = req.headers['access-control-request-headers'];
        headers['Access-Control-Allow-Methods'] = allow;
        headers['Access-Control-Allow-Headers'] = typeof asked === 'string' && TOKEN.test(asked) ? asked : 'Content-Type';
        headers['Access-Control-Max-Age'] = '600';
        res.setHeader('Vary', 'Origin, Access-Control-Request-Headers');
      }
      if (res.headersSent) return;
      res.writeHead(204, headers);
      res.end();
      return;
    }
    if (path === '/v1/verify') {
      if (method !== 'POST') return sendError(res, note, 405, 'method-not-allowed', 'Use POST with a JSON body.', { Allow: allow });
      return verifyRoute(req, res, note);
    }
    if (method !== 'GET' && method !== 'HEAD') return sendError(res, note, 405, 'method-not-allowed', 'Use GET.', { Allow: allow });
    if (path === '/healthz') return send(res, draining ? 503 : 200, draining ? '{"status":"draining"}' : '{"status":"ok"}');
    send(res, 200, m.render(), 'text/plain; version=0.0.4; charset=utf-8');
  }

  const handler = ((req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => {
    const url = typeof req.url === 'string' ? req.url : '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const known = ROUTES.has(path);
    if (!known && typeof next === 'function') return next();
    const start = performance.now();
    const label = known ? path : 'other';
    const method = METHODS.has(req.method ?? '') ? (req.method as string) : 'other';
    const note: Note = {};
    inFlight++;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      inFlight--;
      const seconds = (performance.now() - start) / 1000;
      // A request whose client left before the answer: nginx's 499.
      const status = res.writableFinished ? res.statusCode : 499;
      requests.inc({ route: label, method, status: String(status) });
      latency.observe({ route: label }, seconds);
      if (log) {
        try {
          log({ time: new Date().toISOString(), level: status >= 500 ? 'error' : 'info', method, route: label, status, ms: Math.round(seconds * 10_000) / 10, kind: note.kind, verdict: note.verdict, cache: note.cache, dns: note.dns, error: note.error, value: note.value, client: hash(`client:${clientOf(req)}`) });
        } catch {
          // A broken logger never breaks an answer.
        }
      }
    };
    res.once('finish', end);
    res.once('close', end);
    if (!known) {
      cors(req, res);
      return sendError(res, note, 404, 'not-found', 'saisie-server answers POST /v1/verify, GET /healthz and GET /metrics.');
    }
    try {
      const p = route(req, res, path, note);
      if (p) p.catch((e: unknown) => internal(res, note, e));
    } catch (e) {
      internal(res, note, e);
    }
  }) as VerifyHandler;

  function internal(res: ServerResponse, note: Note, e: unknown) {
    // The error's name only: a message may quote the value.
    note.error = `internal:${e instanceof Error ? e.name : typeof e}`;
    send(res, 500, '{"error":"internal","message":"saisie-server failed to answer this request."}');
  }

  handler.metrics = () => m.render();
  handler.drain = () => {
    draining = true;
  };
  handler.inFlight = () => inFlight;
  return handler;
}
