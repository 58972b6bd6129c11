// The README's mountings of saisie-server's handler, run as written: node:http, Express (app.use, mounted under a
// path, after express.json()) and Fastify (an onRequest hook, before its body parser), each over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error: express ships no types (a test-only dependency)
import express from 'express';
import Fastify from 'fastify';
import { startDnsServer, type DnsFixture } from './dns-server.mjs';
import { createVerifyHandler } from '../src/server.js';

const ZONES = { 'mx-ok.fr': { ttl: 300, MX: [{ preference: 10, exchange: 'mail.mx-ok.fr' }] }, 'null-mx.fr': { ttl: 300, MX: [{ preference: 0, exchange: '.' }] } };
let dns: DnsFixture;
beforeAll(async () => {
  dns = await startDnsServer({ zones: ZONES });
});
afterAll(async () => {
  await dns?.close();
});

const listen = (server: Server) => new Promise<string>((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
const close = (server: Server) => new Promise((r) => server.close(r));
const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, json: (await r.json()) as Record<string, unknown> }));
const handler = () => createVerifyHandler({ dnsServers: [dns.address], log: false, rateLimit: false });

describe('saisie-server mounted as the README says', () => {
  it('node:http: createServer(verify)', async () => {
    const server = createServer(handler());
    const base = await listen(server);
    try {
      expect(await post(`${base}/v1/verify`, { kind: 'email', value: 'a@mx-ok.fr' })).toEqual({ status: 200, json: { status: 'valid', issues: [], normalized: 'a@mx-ok.fr' } });
    } finally {
      await close(server);
    }
  });

  it('Express: app.use(verify) passes other paths on; app.use("/verify", verify) answers /verify/v1/verify, after express.json() too', async () => {
    const app = express();
    app.use(express.json());
    app.use('/verify', handler());
    app.use(handler());
    app.get('/other', (_req: unknown, res: { send(s: string): void }) => res.send('the app'));
    const server = createServer(app);
    const base = await listen(server);
    try {
      expect((await post(`${base}/verify/v1/verify`, { kind: 'email', value: 'a@null-mx.fr' })).json).toMatchObject({ status: 'invalid', issues: [{ code: 'email.null_mx' }] });
      expect((await post(`${base}/v1/verify`, { kind: 'email', value: 'a@mx-ok.fr' })).json).toMatchObject({ status: 'valid' });
      expect(await (await fetch(`${base}/other`)).text()).toBe('the app');
      expect((await post(`${base}/v1/verify`, { kind: 'fax', value: 'x' })).status).toBe(400);
    } finally {
      await close(server);
    }
  });

  it('Fastify: the onRequest hook hands /v1/verify, /healthz and /metrics over before the body parser', async () => {
    const verify = handler();
    const fastify = Fastify();
    fastify.addHook('onRequest', (req, reply, done) => (/^\/(?:v1\/verify|healthz|metrics)/.test(req.url) ? (reply.hijack(), verify(req.raw, reply.raw)) : done()));
    fastify.get('/other', async () => 'the app');
    const base = await fastify.listen({ port: 0, host: '127.0.0.1' });
    try {
      expect((await post(`${base}/v1/verify`, { kind: 'email', value: 'a@null-mx.fr' })).json).toMatchObject({ status: 'invalid', issues: [{ code: 'email.null_mx' }] });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/saisie_http_requests_total/);
      expect(await (await fetch(`${base}/other`)).text()).toBe('the app');
    } finally {
      await fastify.close();
    }
  });
});
