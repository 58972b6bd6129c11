// saisie-server end to end, in-process: startSaisieServer (src/server.ts, the `saisie/server` entry) on 127.0.0.1
// port 0, over the real DNS fixture (test/dns-server.mjs), the address fixture (test/address-server.mjs) and real
// HTTP clients, fault and abuse cases included. No timing assertion: deadlines are small, outcomes are asserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { connect, type Socket } from 'node:net';
import { startDnsServer, startSilentDnsServer, type DnsFixture } from './dns-server.mjs';
import { startAddressServer } from './address-server.mjs';
import { startSaisieServer, type LogEntry, type SaisieServer } from '../src/server.js';

// Not under reserved top-level domains (.test, .example): saisie's local rules refuse those before any lookup.
const ZONES = {
  'mx-ok.fr': { ttl: 300, MX: [{ preference: 10, exchange: 'mail.mx-ok.fr' }] },
  'null-mx.fr': { ttl: 3600, MX: [{ preference: 0, exchange: '.' }] },
  'a-only.fr': { ttl: 120, A: ['192.0.2.1'] },
  'no-mx.fr': { ttl: 300, TXT: ['v=spf1 -all'], negativeTtl: 120 },
  'servfail.fr': { rcode: 'SERVFAIL' as const },
  'blackhole.fr': { drop: true },
  'yopmail.com': { ttl: 300, MX: [{ preference: 10, exchange: 'mx.yopmail.com' }] },
};

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One HTTP request with node:http (no fetch: it hides what the tests look at). */
function send(port: number, method: string, path: string, body?: string | Buffer, headers: Record<string, string | number> = {}, agent?: Agent): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: body !== undefined ? { 'content-type': 'application/json', ...headers } : headers, ...(agent ? { agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
const verify = (port: number, input: Record<string, unknown>, headers?: Record<string, string>) => send(port, 'POST', '/v1/verify', JSON.stringify(input), headers);
const json = (r: Reply) => JSON.parse(r.body) as Record<string, unknown>;

let dns: DnsFixture;
let address: Awaited<ReturnType<typeof startAddressServer>>;
let app: SaisieServer;
const logs: LogEntry[] = [];

beforeAll(async () => {
  dns = await startDnsServer({ zones: ZONES });
  address = await startAddressServer();
  app = await startSaisieServer({
    port: 0,
    dnsServers: [dns.address],
    dnsTimeoutMs: 300,
    addressProvider: 'ban',
    addressUrl: `${address.url}/ban`,
    allowedOrigins: ['https://shop.example'],
    rateLimit: false,
    log: (e) => logs.push(e),
    headersTimeoutMs: 1000,
    requestTimeoutMs: 2000,
    bodyTimeoutMs: 1000,
  });
});
afterAll(async () => {
  await app?.close();
  await dns?.close();
  await address?.close();
});

describe('saisie-server: verdicts over the real fixtures', () => {
  it('email: MX, implicit MX, null MX, no MX, NXDOMAIN, SERVFAIL, a resolver that never answers, disposable', async () => {
    const status = async (value: string) => json(await verify(app.port, { kind: 'email', value }));
    expect(await status('jean@mx-ok.fr')).toEqual({ status: 'valid', issues: [], normalized: 'jean@mx-ok.fr' });
    expect((await status('jean@a-only.fr')).status).toBe('valid');
    expect(await status('jean@null-mx.fr')).toMatchObject({ status: 'invalid', issues: [{ code: 'email.null_mx' }] });
    expect(await status('jean@no-mx.fr')).toMatchObject({ status: 'invalid', issues: [{ code: 'email.no_mx' }] });
    expect(await status('jean@absent-de-la-zone.fr')).toMatchObject({ status: 'invalid', issues: [{ code: 'email.no_domain' }] });
    expect(await status('jean@servfail.fr')).toMatchObject({ status: 'unknown', issues: [] });
    expect(await status('jean@blackhole.fr')).toMatchObject({ status: 'unknown', issues: [] });
    expect(await status('jean@yopmail.com')).toMatchObject({ status: 'risky', issues: [{ code: 'email.disposable' }] });
  });

  it('a resolver that never answers at all gives unknown, and the server goes on', async () => {
    const silent = await startSilentDnsServer();
    const alone = await startSaisieServer({ port: 0, dnsServers: [silent.address], dnsTimeoutMs: 200, log: false, rateLimit: false });
    try {
      expect(json(await verify(alone.port, { kind: 'email', value: 'a@mx-ok.fr' })).status).toBe('unknown');
      expect((await send(alone.port, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await alone.close();
      await silent.close();
    }
  });

  it('a resolver given by name (localhost:port) is looked up once at start; one that does not resolve is a clear error', async () => {
    const named = await startSaisieServer({ port: 0, dnsServers: [`localhost:${dns.port}`], log: false, rateLimit: false });
    try {
      expect(json(await verify(named.port, { kind: 'email', value: 'a@null-mx.fr' }))).toMatchObject({ status: 'invalid', issues: [{ code: 'email.null_mx' }] });
    } finally {
      await named.close();
    }
    await expect(startSaisieServer({ port: 0, dnsServers: ['nope.invalid:53'], log: false })).rejects.toThrow(/saisie-server: the DNS server name "nope.invalid" does not resolve/);
  });

  it('phone with the full metadata and line type', async () => {
    expect(json(await verify(app.port, { kind: 'phone', value: '01 42 68 53 00', country: 'FR', expect: 'mobile' }))).toMatchObject({ status: 'invalid', issues: [{ code: 'phone.type_mismatch' }] });
    // Asked for a mobile, a toll-free or VoIP number is not one either.
    for (const value of ['+33 800 12 34 56', '+33 9 12 34 56 78']) {
      expect(json(await verify(app.port, { kind: 'phone', value, expect: 'mobile' }))).toMatchObject({ status: 'invalid', issues: [{ code: 'phone.type_mismatch' }] });
    }
    expect(json(await verify(app.port, { kind: 'phone', value: '+33 6 12 34 56 78' }))).toEqual({ status: 'valid', issues: [], normalized: '+33612345678' });
  });

  it('address: found in the BAN fixture, not found, and unknown when the provider fails', async () => {
    expect(json(await verify(app.port, { kind: 'address', value: '12 rue de la Paix 75002 Paris', country: 'FR' }))).toEqual({ status: 'valid', issues: [], normalized: '12 Rue de la Paix 75002 Paris' });
    expect(json(await verify(app.port, { kind: 'address', value: '99 rue Introuvable 75002 Paris', country: 'FR' }))).toMatchObject({ status: 'invalid', issues: [{ code: 'address.not_found' }] });
    // BAN covers France only: another country is no verdict.
    expect(json(await verify(app.port, { kind: 'address', value: '10 Downing Street London', country: 'GB' })).status).toBe('unknown');
    for (const mode of ['status/500', 'reset', 'html', 'truncated', 'slow/5000']) {
      const faulty = await startSaisieServer({ port: 0, addressProvider: 'ban', addressUrl: `${address.url}/${mode}/ban`, providerTimeoutMs: 300, log: false, rateLimit: false });
      try {
        expect([mode, json(await verify(faulty.port, { kind: 'address', value: '12 rue de la Paix 75002 Paris' })).status]).toEqual([mode, 'unknown']);
      } finally {
        await faulty.close();
      }
    }
  });
});

describe('saisie-server: abuse and faults', () => {
  it('1 MB body → 413, announced or chunked, without buffering it; the server goes on', async () => {
    const big = Buffer.alloc(1024 * 1024, 0x61);
    const announced = await send(app.port, 'POST', '/v1/verify', big);
    expect([announced.status, json(announced).error, announced.headers.connection]).toEqual([413, 'too-large', 'close']);
    // Chunked: no Content-Length, the limit is found while reading.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: app.port, method: 'POST', path: '/v1/verify', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(big.subarray(0, 20_000));
      // The rest may be refused: the server answered and closed.
      req.on('response', () => req.destroy());
      req.write(big.subarray(20_000), () => req.end());
    });
    expect(chunked).toBe(413);
    // With Expect: 100-continue the answer comes before the body is sent.
    const early = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: app.port, method: 'POST', path: '/v1/verify', headers: { 'content-type': 'application/json', 'content-length': big.length, expect: '100-continue' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('continue', () => reject(new Error('the server asked for the oversized body')));
      req.on('error', reject);
    });
    expect(early).toBe(413);
    expect((await send(app.port, 'GET', '/healthz')).status).toBe(200);
  });

  it('malformed JSON, unknown kind, a 10k-character value → 400 with a JSON error', async () => {
    expect([(await send(app.port, 'POST', '/v1/verify', '{"kind":"email","value":')).status]).toEqual([400]);
    const kind = await verify(app.port, { kind: 'fax', value: '0142685300' });
    expect([kind.status, json(kind).error]).toEqual([400, 'unknown-kind']);
    const long = await verify(app.port, { kind: 'email', value: `${'a'.repeat(10_000)}@mx-ok.fr` });
    expect([long.status, json(long).error]).toEqual([400, 'value-too-long']);
    expect(long.headers['content-type']).toMatch(/^application\/json/);
  });

  it('slow-loris: clients dripping header bytes do not block others and are cut', async () => {
    const drips: Array<{ socket: Socket; closed: Promise<void> }> = [];
    const timers: NodeJS.Timeout[] = [];
    for (let i = 0; i < 30; i++) {
      const socket = connect(app.port, '127.0.0.1');
      socket.on('error', () => {});
      socket.on('data', () => {});
      const closed = new Promise<void>((r) => socket.once('close', () => r()));
      const header = 'POST /v1/verify HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(10_000);
      let k = 0;
      timers.push(setInterval(() => socket.writable && socket.write(header[k++ % header.length]!), 100));
      drips.push({ socket, closed });
    }
    // Others are answered meanwhile.
    for (let i = 0; i < 5; i++) expect(json(await verify(app.port, { kind: 'phone', value: '+33612345678' })).status).toBe('valid');
    expect((await send(app.port, 'GET', '/healthz')).status).toBe(200);
    // Every dripping socket is closed by the server (headersTimeout), not by us.
    await Promise.all(drips.map((d) => d.closed));
    timers.forEach(clearInterval);
  });

  it('a body dripping byte by byte is cut at the body deadline (408)', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: app.port, method: 'POST', path: '/v1/verify', headers: { 'content-type': 'application/json', 'content-length': 200 } }, (r) => {
        r.resume();
        clearInterval(timer);
        resolve(r.statusCode ?? 0);
      });
      req.on('error', (e) => (clearInterval(timer), reject(e)));
      const timer = setInterval(() => req.write(' '), 100);
    });
    expect(res).toBe(408);
  });

  it('1,000 concurrent requests are all answered, /healthz throughout', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1000 });
    try {
      const bodies = Array.from({ length: 1000 }, (_, i) =>
        JSON.stringify(i % 3 === 0 ? { kind: 'email', value: `client${i}@mx-ok.fr` } : i % 3 === 1 ? { kind: 'email', value: 'same@a-only.fr' } : { kind: 'phone', value: '+33612345678' }));
      const health: Promise<Reply>[] = [];
      const all = bodies.map((b, i) => {
        if (i % 100 === 0) health.push(send(app.port, 'GET', '/healthz', undefined, {}, agent));
        return send(app.port, 'POST', '/v1/verify', b, {}, agent);
      });
      const replies = await Promise.all(all);
      expect(replies.filter((r) => r.status === 200 && json(r).status === 'valid')).toHaveLength(1000);
      expect((await Promise.all(health)).map((r) => r.status)).toEqual(Array(10).fill(200));
    } finally {
      agent.destroy();
    }
  });

  it('rate limit: 429 with Retry-After', async () => {
    const limited = await startSaisieServer({ port: 0, rateLimit: { rate: 1, burst: 3 }, log: false });
    try {
      const replies = [];
      for (let i = 0; i < 6; i++) replies.push(await verify(limited.port, { kind: 'phone', value: '+33612345678' }));
      const refused = replies.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThanOrEqual(2);
      expect(Number(refused[0]!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(json(refused[0]!).error).toBe('rate-limited');
      expect((await send(limited.port, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('saisie-server: operations', () => {
  it('every route and status', async () => {
    expect((await send(app.port, 'GET', '/healthz')).body).toBe('{"status":"ok"}');
    expect((await send(app.port, 'HEAD', '/healthz')).status).toBe(200);
    expect((await send(app.port, 'GET', '/metrics')).status).toBe(200);
    expect((await send(app.port, 'GET', '/v1/verify')).status).toBe(405);
    expect((await send(app.port, 'DELETE', '/metrics')).status).toBe(405);
    expect((await send(app.port, 'GET', '/')).status).toBe(404);
    expect((await send(app.port, 'POST', '/v1/verify', 'kind=email', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await send(app.port, 'OPTIONS', '/v1/verify', undefined, { origin: 'https://shop.example', 'access-control-request-method': 'POST' })).status).toBe(204);
  });

  it('CORS: the allowed origin, another origin, preflight', async () => {
    const ok = await verify(app.port, { kind: 'phone', value: '+33612345678' }, { origin: 'https://shop.example' });
    expect([ok.headers['access-control-allow-origin'], ok.headers.vary]).toEqual(['https://shop.example', 'Origin']);
    const other = await verify(app.port, { kind: 'phone', value: '+33612345678' }, { origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await send(app.port, 'OPTIONS', '/v1/verify', undefined, { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' });
    expect(pre.headers['access-control-allow-methods']).toBe('POST, OPTIONS');
    expect(pre.headers['access-control-allow-headers']).toBe('content-type');
    const denied = await send(app.port, 'OPTIONS', '/v1/verify', undefined, { origin: 'https://evil.example', 'access-control-request-method': 'POST' });
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('a cache hit is counted in /metrics, and the logs hold no value', async () => {
    const before = /^saisie_cache_hits_total\{cache="verdict"\} (\d+)$/m.exec((await send(app.port, 'GET', '/metrics')).body)?.[1] ?? '0';
    await verify(app.port, { kind: 'email', value: 'cache.me@mx-ok.fr' });
    await verify(app.port, { kind: 'email', value: 'cache.me@mx-ok.fr' });
    const text = (await send(app.port, 'GET', '/metrics')).body;
    expect(Number(/^saisie_cache_hits_total\{cache="verdict"\} (\d+)$/m.exec(text)?.[1])).toBe(Number(before) + 1);
    expect(text).toMatch(/^saisie_dns_outcomes_total\{outcome="null-mx"\} 1$/m);
    expect(text).toMatch(/^saisie_address_lookups_total\{outcome="found"\} \d+$/m);
    const all = JSON.stringify(logs);
    expect(logs.length).toBeGreaterThan(1000);
    for (const secret of ['cache.me', 'mx-ok.fr', 'jean@', '612345678', '42685300', 'Paix', 'client1']) expect(all).not.toContain(secret);
  });

  it('close() drains: an in-flight request is answered, new connections are refused', async () => {
    const silent = await startSilentDnsServer();
    const draining = await startSaisieServer({ port: 0, dnsServers: [silent.address], dnsTimeoutMs: 400, log: false, rateLimit: false });
    const inFlight = verify(draining.port, { kind: 'email', value: 'slow@mx-ok.fr' });
    // The request has reached the handler before close() (the DNS question was asked).
    while (silent.queries === 0) await new Promise((r) => setTimeout(r, 10));
    const closed = draining.close();
    const reply = await inFlight;
    expect([reply.status, json(reply).status, reply.headers.connection]).toEqual([200, 'unknown', 'close']);
    expect(await closed).toBe(true);
    await expect(send(draining.port, 'GET', '/healthz')).rejects.toThrow(/ECONNREFUSED/);
    await silent.close();
  });
});
