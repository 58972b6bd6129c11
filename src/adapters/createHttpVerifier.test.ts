import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFaultServer, type FaultServer } from '../../test/verify-server-faults.mjs';
import { createHttpVerifier, type HttpVerifierOptions } from './createHttpVerifier.js';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const verifier = (prefix = '', options: Partial<HttpVerifierOptions> = {}) => createHttpVerifier({ url: `${server.url}${prefix}/v1/verify`, ...options });
const UNKNOWN = { status: 'unknown', issues: [] };
const only = () => {
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!;
};

describe('createHttpVerifier', () => {
  it('POSTs the documented JSON and resolves the verdict', async () => {
    expect(await verifier().verify('email', ' ada@example.com ', { country: 'fr' })).toEqual({ status: 'valid', issues: [], normalized: 'ada@example.com' });
    const req = only();
    expect(req.method).toBe('POST');
    expect(req.body).toEqual({ kind: 'email', value: ' ada@example.com ', country: 'FR' });
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers.cookie).toBeUndefined();
    expect(await verifier().verify('email', 'ada@no-mx.test')).toEqual({
      status: 'invalid',
      issues: [{ code: 'email.no_mx', severity: 'error', message: 'This domain cannot receive email.', params: { reason: 'no-mx' } }],
    });
  });

  it('sends expect for a mobile asked for, the locale, and its headers', async () => {
    const v = verifier('', { headers: { 'X-Api-Key': 'k-123', 'Content-Type': 'text/plain' } });
    await v.verify('phone', '06 12 34 56 78', { country: 'FR', fields: { phoneType: 'mobile', locale: 'fr-FR', postalCode: '75002' }, field: 'tel' });
    const req = only();
    expect(req.body).toEqual({ kind: 'phone', value: '06 12 34 56 78', country: 'FR', expect: 'mobile', locale: 'fr-FR' });
    expect(req.headers['x-api-key']).toBe('k-123');
    expect(req.headers['content-type']).toBe('application/json'); // the wire format's, whatever the site set
    // expect is for phones only; a country or locale the server would refuse is left out.
    await v.verify('email', 'a@b.fr', { country: 'France', fields: { phoneType: 'mobile', locale: '<fr>' } });
    expect(server.requests[1]?.body).toEqual({ kind: 'email', value: 'a@b.fr' });
  });

  it('sends its headers on every retry (the fixture reads its faults from X-Fault too)', async () => {
    expect(await verifier('', { headers: { 'X-Fault': '/status/503' } }).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    expect(server.count('status/503')).toBe(3);
    expect(server.requests.map((r) => r.headers['x-fault'])).toEqual(['/status/503', '/status/503', '/status/503']);
  });

  it('uses credentials omit, mode cors, POST and a signal (seen through a custom fetch)', async () => {
    const seen: Array<[string, Record<string, unknown>]> = [];
    const fetch = vi.fn(async (url: string, init: Record<string, unknown>) => {
      seen.push([url, init]);
      return { ok: true, status: 200, text: async () => JSON.stringify({ status: 'risky', issues: [{ code: 'email.disposable', severity: 'warning', message: 'm' }] }) };
    });
    const v = createHttpVerifier({ url: '/v1/verify', fetch: fetch as never });
    expect((await v.verify('email', 'a@yopmail.com')).status).toBe('risky');
    const [url, init] = seen[0]!;
    expect(url).toBe('/v1/verify');
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', mode: 'cors', headers: { 'Content-Type': 'application/json', Accept: 'application/json' } });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(JSON.parse(init.body as string)).toEqual({ kind: 'email', value: 'a@yopmail.com' });
  });

  it('gives unknown after timeoutMs for a slow server, whose request it aborts', async () => {
    expect(await verifier('/slow/10000', { timeoutMs: 150 }).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    const req = only();
    await vi.waitFor(() => expect(req.aborted).toBe(true));
    expect(req.answered).toBe(false);
  });

  it('gives unknown after timeoutMs even when a custom fetch ignores its signal', async () => {
    const fetch = () => new Promise<never>(() => undefined);
    expect(await createHttpVerifier({ url: '/v1/verify', timeoutMs: 50, fetch }).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
  });

  it('retries a 500, then gives unknown', async () => {
    expect(await verifier('/status/500').verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    expect(server.count('status/500')).toBe(3);
    expect(await verifier('/status/500', { retries: 0 }).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    expect(server.count('status/500')).toBe(4);
  });

  it.each([502, 503])('retries a %i and resolves the verdict the server gives then', async (code) => {
    expect(await verifier(`/fail/2/${code}`).verify('email', 'a@b.fr')).toEqual({ status: 'valid', issues: [], normalized: 'a@b.fr' });
    expect(server.count(`fail/${code}`)).toBe(3);
  });

  it.each([429, 400, 404, 413])('never retries a %i: one request, unknown', async (code) => {
    expect(await verifier(`/status/${code}`).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    expect(server.count(`status/${code}`)).toBe(1);
  });

  it.each(['malformed', 'html', 'truncated', 'wrong-shape'])('gives unknown for a %s answer, without retrying', async (mode) => {
    expect(await verifier(`/${mode}`).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    expect(server.count(mode)).toBe(1);
  });

  it.each(['reset', 'cut'])('retries a connection %s, then gives unknown', async (mode) => {
    expect(await verifier(`/${mode}`).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    expect(server.count(mode)).toBe(3);
  });

  it('gives unknown when nothing listens', async () => {
    const closed = await startFaultServer();
    await closed.close();
    expect(await createHttpVerifier({ url: `${closed.url}/v1/verify`, retries: 1 }).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
  });

  it('keeps the retries inside the timeoutMs budget', async () => {
    // A hanging try eats the whole budget: no retry after it.
    expect(await verifier('/hang', { timeoutMs: 150, retries: 5 }).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    expect(server.count('hang')).toBe(1);
    await vi.waitFor(() => expect(server.requests[0]?.aborted).toBe(true));
  });

  it('rejects with the abort error when aborted mid-flight, and the request is dropped', async () => {
    const controller = new AbortController();
    const pending = verifier('/hang').verify('email', 'a@b.fr', { signal: controller.signal });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await vi.waitFor(() => expect(server.requests[0]?.aborted).toBe(true));
  });

  it('rejects at once, sending nothing, for a signal already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(verifier().verify('email', 'a@b.fr', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const reason = new Error('gone');
    await expect(verifier().verify('email', 'a@b.fr', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(server.requests).toHaveLength(0);
  });

  it('keeps one request in flight per field: a newer check aborts the older one, which resolves unknown', async () => {
    const v = verifier('/slow/400', { timeoutMs: 10_000 });
    const first = v.verify('email', 'first@b.fr', { field: 'email' });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    const second = v.verify('email', 'second@b.fr', { field: 'email' });
    expect(await first).toEqual(UNKNOWN);
    await vi.waitFor(() => expect(server.requests[0]?.aborted).toBe(true));
    expect(await second).toEqual({ status: 'valid', issues: [], normalized: 'second@b.fr' });
    expect(server.requests.map((r) => [(r.body as { value: string }).value, r.aborted, r.answered])).toEqual([['first@b.fr', true, false], ['second@b.fr', false, true]]);
  });

  it('lets checks of different fields run side by side', async () => {
    const v = verifier('/slow/100', { timeoutMs: 10_000 });
    const out = await Promise.all([v.verify('email', 'a@b.fr', { field: 'a' }), v.verify('email', 'c@d.fr', { field: 'b' }), v.verify('email', 'e@f.fr')]);
    expect(out.map((r) => r.normalized)).toEqual(['a@b.fr', 'c@d.fr', 'e@f.fr']);
    expect(server.requests.every((r) => !r.aborted)).toBe(true);
  });

  it('sends nothing for an empty value or one over 1000 characters', async () => {
    expect(await verifier().verify('email', '   ')).toEqual(UNKNOWN);
    expect(await verifier().verify('address', 'x'.repeat(1001))).toEqual(UNKNOWN);
    expect(await verifier().verify('email', 42 as unknown as string)).toEqual(UNKNOWN);
    expect(server.requests).toHaveLength(0);
    await verifier().verify('address', 'x'.repeat(1000));
    expect(only().size).toBeLessThan(16 * 1024);
  });

  it('never rejects for a fetch that throws, answers nothing usable or is missing', async () => {
    const throwing = () => { throw new Error('sync'); };
    expect(await createHttpVerifier({ url: '/v', fetch: throwing, retries: 0 }).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    const odd = async () => null as never;
    expect(await createHttpVerifier({ url: '/v', fetch: odd }).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    const huge = async () => ({ ok: true, status: 200, headers: { get: () => '10000000' }, text: async () => '{}' });
    expect(await createHttpVerifier({ url: '/v', fetch: huge }).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    const original = globalThis.fetch;
    try {
      (globalThis as { fetch?: unknown }).fetch = undefined;
      expect(await createHttpVerifier({ url: '/v' }).verify('email', 'a@b.fr')).toEqual(UNKNOWN);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('rejects a kind that is not email, phone or address with a TypeError (a developer mistake)', async () => {
    await expect(verifier().verify('postal' as never, '75002')).rejects.toThrow(/saisie: createHttpVerifier\(…\)\.verify\(kind\) expects 'email', 'phone' or 'address'/);
  });

  it.each([
    [undefined, /expects an object/],
    [{}, /\{ url \}\) needs the endpoint/],
    [{ url: 'ftp://x/v1/verify' }, /\{ url \}/],
    [{ url: '//evil.example/v1/verify' }, /\{ url \}/],
    [{ url: 'https://a b/v1' }, /\{ url \}/],
    [{ url: 'verify' }, /\{ url \}/],
    [{ url: '/v1/verify', timeoutMs: 0 }, /\{ timeoutMs \}\) must be a positive number/],
    [{ url: '/v1/verify', timeoutMs: '4000' }, /timeoutMs/],
    [{ url: '/v1/verify', timeoutMs: Number.POSITIVE_INFINITY }, /timeoutMs/],
    [{ url: '/v1/verify', retries: -1 }, /\{ retries \}/],
    [{ url: '/v1/verify', retries: 1.5 }, /\{ retries \}/],
    [{ url: '/v1/verify', headers: 'X-Api-Key: k' }, /\{ headers \}\) must be a plain object of strings/],
    [{ url: '/v1/verify', headers: new Map([['a', 'b']]) }, /\{ headers \}/],
    [{ url: '/v1/verify', headers: { 'X-Api-Key': 42 } }, /\{ headers \}/],
    [{ url: '/v1/verify', headers: { 'Bad Name': 'x' } }, /\{ headers \}/],
    [{ url: '/v1/verify', headers: { 'X-A': 'a\r\nSet-Cookie: x' } }, /\{ headers \}/],
    [{ url: '/v1/verify', fetch: 'fetch' }, /\{ fetch \}/],
  ])('throws one clear TypeError for the options %j', (options, message) => {
    expect(() => createHttpVerifier(options as never)).toThrow(TypeError);
    expect(() => createHttpVerifier(options as never)).toThrow(message);
    expect(() => createHttpVerifier(options as never)).toThrow(/^saisie: createHttpVerifier/);
  });

  it('accepts http(s) URLs, /paths and a null-prototype headers object', () => {
    expect(() => createHttpVerifier({ url: 'https://verify.example.com/v1/verify' })).not.toThrow();
    expect(() => createHttpVerifier({ url: 'HTTP://127.0.0.1:8787/v1/verify', timeoutMs: 1, retries: 0 })).not.toThrow();
    expect(() => createHttpVerifier({ url: '/api/verify', headers: Object.assign(Object.create(null), { 'X-A': 'b' }) })).not.toThrow();
  });
});
