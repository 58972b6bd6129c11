// The handler over real HTTP (node:http on 127.0.0.1, port 0) with the Node entry's rules and fake upstreams:
// verdict semantics, strict validation, CORS, rate limit, cache, metrics and logs.
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkEmail, checkPhone, loadDisposableDomains } from '../../node.js';
import type { AddressProvider } from '../../core/autocomplete/types.js';
import { createVerifyHandler, type LogEntry, type MailDomainAnswer, type VerifyHandlerOptions } from './createVerifyHandler.js';

const DNS: Record<string, MailDomainAnswer> = {
  'mx-ok.fr': { outcome: 'mx', ttl: 300 },
  'a-only.fr': { outcome: 'implicit-mx', ttl: 120 },
  'nullmx-ok.fr': { outcome: 'null-mx', ttl: 3600 },
  'no-mx.fr': { outcome: 'no-mx', ttl: 60 },
  'servfail.fr': { outcome: 'servfail', ttl: 0 },
  'timeout.fr': { outcome: 'timeout', ttl: 0 },
  'yopmail.com': { outcome: 'mx', ttl: 300 },
};

const open: Server[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(options: Partial<VerifyHandlerOptions> = {}) {
  const lookups: string[] = [];
  const logs: LogEntry[] = [];
  const handler = createVerifyHandler({
    checkEmail,
    checkPhone,
    checkDomain: async (domain) => {
      lookups.push(domain);
      return DNS[domain] ?? { outcome: 'nxdomain', ttl: 60 };
    },
    log: (e) => logs.push(e),
    rateLimit: false,
    ...options,
  });
  const server = createServer(handler);
  open.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
  };
  return { base, post, lookups, logs, handler };
}

describe('createVerifyHandler: email', () => {
  it('maps every DNS outcome to its verdict (wire format of issue 10)', async () => {
    await loadDisposableDomains();
    const { post } = await serve();
    const verdict = async (value: string) => (await post({ kind: 'email', value })).json;
    expect(await verdict('jean@mx-ok.fr')).toEqual({ status: 'valid', issues: [], normalized: 'jean@mx-ok.fr' });
    expect((await verdict('jean@a-only.fr')).status).toBe('valid');
    const nullMx = await verdict('jean@nullmx-ok.fr');
    expect(nullMx).toMatchObject({ status: 'invalid', issues: [{ code: 'email.null_mx', severity: 'error', params: { domain: 'nullmx-ok.fr' } }] });
    expect((nullMx.issues as Array<{ message: string }>)[0]!.message).toContain('nullmx-ok.fr');
    expect(await verdict('jean@no-mx.fr')).toMatchObject({ status: 'invalid', issues: [{ code: 'email.no_mx' }] });
    expect(await verdict('jean@nowhere.fr')).toMatchObject({ status: 'invalid', issues: [{ code: 'email.no_domain' }] });
    expect(await verdict('jean@servfail.fr')).toEqual({ status: 'unknown', issues: [], normalized: 'jean@servfail.fr' });
    expect((await verdict('jean@timeout.fr')).status).toBe('unknown');
    expect(await verdict('jean@yopmail.com')).toMatchObject({ status: 'risky', issues: [{ code: 'email.disposable', severity: 'warning' }] });
  });

  it('a syntax error is invalid with the local issues, without a DNS lookup', async () => {
    const { post, lookups } = await serve();
    const { status, json } = await post({ kind: 'email', value: 'jean@@mx-ok.fr' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ status: 'invalid', issues: [{ code: 'email.syntax', severity: 'error' }] });
    expect(lookups).toEqual([]);
  });

  it('messages follow locale', async () => {
    const { post } = await serve();
    const { json } = await post({ kind: 'email', value: 'jean@no-mx.fr', locale: 'fr' });
    expect((json.issues as Array<{ message: string }>)[0]!.message).toMatch(/Aucun serveur/);
  });

  it('a lookup that throws, hangs past the deadline or answers garbage is unknown', async () => {
    const never = await serve({ checkDomain: () => new Promise(() => {}), domainTimeoutMs: 50 });
    expect((await never.post({ kind: 'email', value: 'a@b.fr' })).json.status).toBe('unknown');
    const throws = await serve({ checkDomain: () => Promise.reject(new Error('boom')) });
    expect((await throws.post({ kind: 'email', value: 'a@b.fr' })).json.status).toBe('unknown');
    const garbage = await serve({ checkDomain: () => Promise.resolve({ outcome: 'banana', ttl: -1 } as MailDomainAnswer) });
    expect((await garbage.post({ kind: 'email', value: 'a@b.fr' })).json.status).toBe('unknown');
    const none = await serve({ checkDomain: undefined });
    expect((await none.post({ kind: 'email', value: 'a@b.fr' })).json.status).toBe('unknown');
  });

  it('caches verdicts (and mail domains) by their DNS TTL, never unknown ones; one lookup for concurrent twins', async () => {
    let t = 1_000_000;
    const { post, lookups, handler } = await serve({ now: () => t });
    await Promise.all([post({ kind: 'email', value: 'a@mx-ok.fr' }), post({ kind: 'email', value: 'a@mx-ok.fr' })]);
    await post({ kind: 'email', value: 'a@mx-ok.fr' });
    await post({ kind: 'email', value: 'b@mx-ok.fr' }); // another address, the same domain
    expect(lookups).toEqual(['mx-ok.fr']);
    t += 301_000; // past mx-ok.fr's TTL
    await post({ kind: 'email', value: 'a@mx-ok.fr' });
    expect(lookups).toEqual(['mx-ok.fr', 'mx-ok.fr']);
    await post({ kind: 'email', value: 'a@servfail.fr' });
    await post({ kind: 'email', value: 'a@servfail.fr' });
    expect(lookups.filter((d) => d === 'servfail.fr')).toHaveLength(2);
    const text = handler.metrics();
    expect(text).toMatch(/^saisie_cache_hits_total\{cache="verdict"\} [1-9]/m);
    expect(text).toMatch(/^saisie_cache_hits_total\{cache="dns"\} 1$/m);
    expect(text).toMatch(/^saisie_dns_outcomes_total\{outcome="mx"\} 2$/m);
    expect(text).toMatch(/^saisie_dns_outcomes_total\{outcome="servfail"\} 2$/m);
  });

  it('the cap SAISIE_CACHE_MAX_TTL wins over a longer DNS TTL', async () => {
    let t = 0;
    const { post, lookups } = await serve({ now: () => t, cacheMaxTtl: 10 });
    await post({ kind: 'email', value: 'a@nullmx-ok.fr' });
    t += 11_000;
    await post({ kind: 'email', value: 'a@nullmx-ok.fr' });
    expect(lookups).toEqual(['nullmx-ok.fr', 'nullmx-ok.fr']);
  });
});

describe('createVerifyHandler: phone and address', () => {
  it('phone: full metadata validity, E.164, and the line type asked for', async () => {
    const { post } = await serve();
    expect((await post({ kind: 'phone', value: '06 12 34 56 78', country: 'fr' })).json).toEqual({ status: 'valid', issues: [], normalized: '+33612345678' });
    expect((await post({ kind: 'phone', value: '06 12 34 56 78', country: 'FR', expect: 'mobile' })).json.status).toBe('valid');
    const landline = await post({ kind: 'phone', value: '01 42 68 53 00', country: 'FR', expect: 'mobile' });
    expect(landline.json).toMatchObject({ status: 'invalid', issues: [{ code: 'phone.type_mismatch', params: { expected: 'mobile', type: 'FIXED_LINE' } }] });
    expect((landline.json.issues as Array<{ message: string }>)[0]!.message).toMatch(/mobile/);
    expect((await post({ kind: 'phone', value: '06 12 34 56 78', country: 'FR', expect: 'fixed-line' })).json).toMatchObject({ status: 'invalid', issues: [{ code: 'phone.type_mismatch' }] });
    // FIXED_LINE_OR_MOBILE (the US) is no mismatch.
    expect((await post({ kind: 'phone', value: '+1 213 373 4253', expect: 'mobile' })).json.status).toBe('valid');
    expect((await post({ kind: 'phone', value: '06 12', country: 'FR' })).json).toMatchObject({ status: 'invalid', issues: [{ code: 'phone.invalid' }] });
  });

  it('address: a matching suggestion is valid (its label), none is address.not_found, a failing provider unknown', async () => {
    const queries: string[] = [];
    const provider: AddressProvider = {
      async search(q) {
        queries.push(q);
        if (q.includes('panne')) throw new Error('upstream down');
        if (q.includes('lente')) return new Promise(() => {});
        return [
          { id: '1', label: '12 Rue de la Paix 75002 Paris', address: { country: 'FR', addressLines: ['12 Rue de la Paix'], postalCode: '75002', locality: 'Paris' } },
          { id: '2', label: 'Rue de la Paix 75002 Paris', address: { country: 'FR', addressLines: ['Rue de la Paix'], postalCode: '75002', locality: 'Paris' } },
        ];
      },
    };
    const { post } = await serve({ addressProvider: provider, providerTimeoutMs: 50 });
    expect((await post({ kind: 'address', value: '12 rue de la Paix, 75002 Paris', country: 'FR' })).json).toEqual({ status: 'valid', issues: [], normalized: '12 Rue de la Paix 75002 Paris' });
    expect((await post({ kind: 'address', value: '12bis rue de la paix' })).json.status).toBe('valid');
    // The house number or the postal code differ: not that address.
    expect((await post({ kind: 'address', value: '99 rue de la Paix 75002 Paris' })).json).toMatchObject({ status: 'invalid', issues: [{ code: 'address.not_found' }] });
    expect((await post({ kind: 'address', value: '12 rue de la Paix 13001' })).json.status).toBe('invalid');
    expect((await post({ kind: 'address', value: '12 avenue imaginaire inconnue' })).json.status).toBe('invalid');
    expect((await post({ kind: 'address', value: '12 rue en panne' })).json.status).toBe('unknown');
    expect((await post({ kind: 'address', value: '12 rue lente' })).json.status).toBe('unknown');
    const none = await serve();
    expect((await none.post({ kind: 'address', value: '12 rue de la Paix' })).json.status).toBe('unknown');
  });
});

describe('createVerifyHandler: validation and routes', () => {
  it('answers 400 with a stable code for every malformed request', async () => {
    const { post } = await serve();
    const cases: Array<[unknown, string]> = [
      ['{"kind":', 'invalid-json'],
      ['', 'invalid-json'],
      ['[1,2]', 'invalid-json'],
      ['null', 'invalid-json'],
      [{ kind: 'fax', value: 'x' }, 'unknown-kind'],
      [{ value: 'x' }, 'unknown-kind'],
      [{ kind: 'email' }, 'invalid-field'],
      [{ kind: 'email', value: 42 }, 'invalid-field'],
      [{ kind: 'email', value: '' }, 'invalid-field'],
      [{ kind: 'email', value: 'x'.repeat(1001) }, 'value-too-long'],
      [{ kind: 'email', value: 'a@b.fr', country: 'FRA' }, 'invalid-field'],
      [{ kind: 'email', value: 'a@b.fr', expect: 'mobile' }, 'invalid-field'],
      [{ kind: 'phone', value: '0612345678', expect: 'pager' }, 'invalid-field'],
      [{ kind: 'email', value: 'a@b.fr', locale: '__proto__' }, 'invalid-field'],
      [{ kind: 'email', value: 'a@b.fr', extra: 1 }, 'unknown-field'],
      ['{"kind":"email","value":"a@b.fr","__proto__":{"x":1}}', 'unknown-field'],
    ];
    for (const [body, error] of cases) {
      const res = await post(body);
      expect([res.status, res.json.error], JSON.stringify(body).slice(0, 80)).toEqual([400, error]);
      expect(typeof res.json.message).toBe('string');
    }
  });

  it('415 for a body that is not JSON, 405 and 404 elsewhere, /healthz and /metrics', async () => {
    const { base } = await serve();
    const form = await fetch(`${base}/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'kind=email' });
    expect([form.status, ((await form.json()) as { error: string }).error]).toEqual([415, 'unsupported-media-type']);
    const latin1 = await fetch(`${base}/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: '{}' });
    expect(latin1.status).toBe(415);
    const get = await fetch(`${base}/v1/verify`);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST, OPTIONS']);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
    const missing = await fetch(`${base}/v1/verify/../../etc/passwd?email=a@b.fr`);
    expect(missing.status).toBe(404);
    const health = await fetch(`${base}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await metrics.text();
    expect(text).toMatch(/^# TYPE saisie_http_requests_total counter$/m);
    expect(text).toMatch(/^saisie_http_requests_total\{route="other",method="GET",status="404"\} 1$/m);
    expect(text).toMatch(/^saisie_http_request_duration_seconds_bucket\{route="\/healthz",le="\+Inf"\} 2$/m); // the 405 and the GET
    expect(text).toMatch(/^saisie_http_in_flight 1$/m); // the scrape itself
  });

  it('a body over 16 KB is 413 before it is read when announced', async () => {
    const { post } = await serve();
    const res = await post({ kind: 'email', value: 'a@b.fr', pad: 'x'.repeat(17_000) });
    expect([res.status, res.json.error]).toEqual([413, 'too-large']);
  });

  it('drain(): /healthz says 503 and answers close their connection', async () => {
    const { base, handler } = await serve();
    handler.drain();
    const res = await fetch(`${base}/healthz`);
    expect([res.status, res.headers.get('connection')]).toEqual([503, 'close']);
  });

  it('calls next() for other paths when mounted as middleware', async () => {
    const handler = createVerifyHandler({ checkEmail, checkPhone, log: false });
    const server = createServer((req, res) => handler(req, res, () => res.end('next')));
    open.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await (await fetch(`${base}/shop`)).text()).toBe('next');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('takes a body a framework parsed already (Express json())', async () => {
    const handler = createVerifyHandler({ checkEmail, checkPhone, log: false, checkDomain: async () => ({ outcome: 'mx', ttl: 60 }) });
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        (req as { body?: unknown }).body = JSON.parse(Buffer.concat(chunks).toString());
        handler(req, res);
      });
    });
    open.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"kind":"email","value":"a@mx-ok.fr"}' });
    expect(await res.json()).toEqual({ status: 'valid', issues: [], normalized: 'a@mx-ok.fr' });
  });

  it('option mistakes are saisie: TypeErrors', () => {
    expect(() => createVerifyHandler(undefined as never)).toThrow(/^saisie: createVerifyHandler/);
    expect(() => createVerifyHandler({ checkEmail } as never)).toThrow(/checkPhone/);
    expect(() => createVerifyHandler({ checkEmail, checkPhone, allowedOrigins: ['shop.example'] })).toThrow(/allowedOrigins/);
    expect(() => createVerifyHandler({ checkEmail, checkPhone, allowedOrigins: 'https://a.example' as never })).toThrow(/allowedOrigins/);
    expect(() => createVerifyHandler({ checkEmail, checkPhone, rateLimit: { rate: 0 } })).toThrow(/rateLimit/);
    expect(() => createVerifyHandler({ checkEmail, checkPhone, logKey: 'short' })).toThrow(/logKey/);
    expect(() => createVerifyHandler({ checkEmail, checkPhone, domainTimeoutMs: -1 })).toThrow(/domainTimeoutMs/);
  });
});

describe('createVerifyHandler: operations', () => {
  it('CORS: an allowed origin gets its header, another none, Vary: Origin always; preflight', async () => {
    const { base, post } = await serve({ allowedOrigins: ['https://shop.example'] });
    const ok = await post({ kind: 'phone', value: '+33612345678' }, { origin: 'https://shop.example' });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(ok.headers.get('vary')).toBe('Origin');
    const other = await post({ kind: 'phone', value: '+33612345678' }, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toBe('Origin');
    const preflight = await fetch(`${base}/v1/verify`, { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-site-key' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type, x-site-key');
    const denied = await fetch(`${base}/v1/verify`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    expect(denied.headers.get('access-control-allow-methods')).toBeNull();
    const any = await serve({ allowedOrigins: ['*'] });
    expect((await any.post({ kind: 'phone', value: '+33612345678' }, { origin: 'https://anyone.example' })).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('rate limit: 429 with Retry-After past the burst, per client; /healthz is not limited', async () => {
    const { base, post, handler } = await serve({ rateLimit: { rate: 1, burst: 2 }, now: () => 0 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await post({ kind: 'phone', value: '+33612345678' }));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 429, 429]);
    expect(statuses[2]!.headers.get('retry-after')).toBe('1');
    expect(statuses[2]!.json.error).toBe('rate-limited');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(handler.metrics()).toMatch(/^saisie_rate_limited_total 2$/m);
  });

  it('trustProxy: the client is the address the trusted proxy saw, never what the client wrote', async () => {
    const { post } = await serve({ rateLimit: { rate: 1, burst: 1 }, now: () => 0, trustProxy: 1 });
    // The leftmost entry is the client's own claim: changing it does not buy a new bucket.
    expect((await post({ kind: 'phone', value: '+33612345678' }, { 'x-forwarded-for': '1.1.1.1, 203.0.113.7' })).status).toBe(200);
    expect((await post({ kind: 'phone', value: '+33612345678' }, { 'x-forwarded-for': '2.2.2.2, 203.0.113.7' })).status).toBe(429);
    expect((await post({ kind: 'phone', value: '+33612345678' }, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
    // Without trustProxy the header is ignored: every request is 127.0.0.1's.
    const direct = await serve({ rateLimit: { rate: 1, burst: 1 }, now: () => 0 });
    expect((await direct.post({ kind: 'phone', value: '+33612345678' }, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(200);
    expect((await direct.post({ kind: 'phone', value: '+33612345678' }, { 'x-forwarded-for': '198.51.100.2' })).status).toBe(429);
  });

  it('logs one JSON line per request with a keyed hash, never the email, phone or address', async () => {
    const provider: AddressProvider = { search: async () => [] };
    const { post, logs, base } = await serve({ addressProvider: provider, logKey: 'k'.repeat(32) });
    const values = ['marie.curie@mx-ok.fr', '+33612345678', '42 avenue des Secrets 75007 Paris', 'secret@@mx-ok.fr'];
    await post({ kind: 'email', value: values[0] });
    await post({ kind: 'email', value: values[0] });
    await post({ kind: 'phone', value: values[1] });
    await post({ kind: 'address', value: values[2] });
    await post({ kind: 'email', value: values[3] });
    await post(`{"kind":"email","value":"${values[0]}"`);
    await fetch(`${base}/v1/verify?email=${encodeURIComponent(values[0]!)}`);
    expect(logs).toHaveLength(7);
    const text = JSON.stringify(logs);
    for (const v of [...values, 'marie', 'curie', '612345678', 'Secrets', 'secret']) expect(text).not.toContain(v);
    expect(logs[0]).toMatchObject({ method: 'POST', route: '/v1/verify', status: 200, kind: 'email', verdict: 'valid', cache: 'miss', dns: 'mx' });
    expect(logs[1]).toMatchObject({ cache: 'hit', value: logs[0]!.value });
    expect(logs[0]!.value).toMatch(/^[0-9a-f]{16}$/);
    expect(typeof logs[0]!.ms).toBe('number');
    expect(typeof logs[0]!.time).toBe('string');
    expect(logs[5]).toMatchObject({ status: 400, error: 'invalid-json' });
    // The same key gives the same hash (correlation across instances), another key another one.
    const again = await serve({ logKey: 'k'.repeat(32) });
    await again.post({ kind: 'email', value: values[0] });
    expect(again.logs[0]!.value).toBe(logs[0]!.value);
    const other = await serve({ logKey: 'z'.repeat(32) });
    await other.post({ kind: 'email', value: values[0] });
    expect(other.logs[0]!.value).not.toBe(logs[0]!.value);
  });

  it('a logger that throws breaks no answer; a rule that throws is a 500 without the value in the log', async () => {
    const broken = await serve({ log: () => { throw new Error('disk full'); } });
    expect((await broken.post({ kind: 'phone', value: '+33612345678' })).status).toBe(200);
    const failing = await serve({ checkPhone: () => { throw new Error('+33612345678 broke'); } });
    const res = await failing.post({ kind: 'phone', value: '+33612345678' });
    expect([res.status, res.json.error]).toEqual([500, 'internal']);
    expect(JSON.stringify(failing.logs)).not.toContain('612345678');
    expect((await fetch(`${failing.base}/healthz`)).status).toBe(200);
  });
});
