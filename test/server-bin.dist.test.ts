// The `saisie-server` bin as a process, over the built package (npm run build first): it listens, answers,
// refuses a bad configuration with exit 2, prints --help, and on SIGTERM drains an in-flight request then exits 0.
// The package root is SAISIE_PKG_ROOT (e.g. an unpacked `npm pack`), by default this repository.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startSilentDnsServer } from './dns-server.mjs';

const ROOT = process.env.SAISIE_PKG_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'saisie-server.mjs');

interface Bin {
  child: ChildProcess;
  lines: Array<Record<string, unknown>>;
  port: Promise<number>;
  exit: Promise<{ code: number | null; stderr: string; stdout: string }>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

function start(args: string[], env: Record<string, string> = {}): Bin {
  const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: Array<Record<string, unknown>> = [];
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  let found: (port: number) => void = () => {};
  const port = new Promise<number>((r) => (found = r));
  createInterface({ input: child.stdout! }).on('line', (l) => {
    stdout += l + '\n';
    try {
      const entry = JSON.parse(l) as Record<string, unknown>;
      lines.push(entry);
      if (entry.msg === 'listening') found(entry.port as number);
    } catch {
      // --help's text
    }
  });
  const exit = new Promise<{ code: number | null; stderr: string; stdout: string }>((r) => child.on('close', (code) => r({ code, stderr, stdout })));
  return { child, lines, port, exit };
}

function post(port: number, body: unknown): Promise<{ status: number; connection: string | undefined; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/v1/verify', headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, json: JSON.parse(text) as Record<string, unknown> }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('saisie-server (bin)', () => {
  it('--help prints the usage and exits 0', async () => {
    const { exit } = start(['--help']);
    const { code, stdout } = await exit;
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: saisie-server/);
    expect(stdout).toMatch(/SAISIE_DNS_SERVERS/);
  });

  it('a bad configuration is one saisie-server: message and exit 2', async () => {
    for (const [args, env, what] of [
      [[], { PORT: 'eighty' }, /PORT/],
      [['--port', '99999'], {}, /PORT/],
      [[], { SAISIE_DNS_SERVERS: '1.1.1.1:dns' }, /SAISIE_DNS_SERVERS/],
      [[], { SAISIE_ALLOWED_ORIGINS: 'shop.example/path' }, /SAISIE_ALLOWED_ORIGINS/],
      [[], { SAISIE_ADDRESS_PROVIDER: 'google' }, /SAISIE_ADDRESS_PROVIDER/],
      [['--bogus'], {}, /unknown argument/],
    ] as Array<[string[], Record<string, string>, RegExp]>) {
      const { code, stderr } = await start(args, env).exit;
      expect([code, stderr]).toEqual([2, expect.stringMatching(/^saisie-server: /)]);
      expect(stderr).toMatch(what);
    }
  });

  it('listens, answers, and on SIGTERM drains the in-flight request, then exits 0', async () => {
    const silent = await startSilentDnsServer();
    try {
      const bin = start(['--port', '0'], { SAISIE_DNS_SERVERS: silent.address, SAISIE_DNS_TIMEOUT_MS: '500', SAISIE_RATE_LIMIT: 'off' });
      const port = await bin.port;
      expect((await post(port, { kind: 'phone', value: '+33 6 12 34 56 78' })).json).toEqual({ status: 'valid', issues: [], normalized: '+33612345678' });
      const inFlight = post(port, { kind: 'email', value: 'drain.me@mx-ok.fr' });
      while (silent.queries === 0) await new Promise((r) => setTimeout(r, 10));
      bin.child.kill('SIGTERM');
      const reply = await inFlight;
      expect([reply.status, reply.json.status, reply.connection]).toEqual([200, 'unknown', 'close']);
      const { code } = await bin.exit;
      expect(code).toBe(0);
      const requests = bin.lines.filter((l) => l.route === '/v1/verify');
      expect(requests).toHaveLength(2);
      expect(bin.lines.filter((l) => l.level === 'info').map((l) => l.msg).filter(Boolean)).toEqual(['listening', 'draining', 'stopped']);
      // Started without SAISIE_ALLOWED_ORIGINS: it says once that other origins' pages will be refused.
      expect(bin.lines.filter((l) => l.level === 'warn').map((l) => l.msg)).toEqual([expect.stringMatching(/^no SAISIE_ALLOWED_ORIGINS/)]);
      const text = JSON.stringify(bin.lines);
      for (const secret of ['drain.me', 'mx-ok.fr', '612345678']) expect(text).not.toContain(secret);
    } finally {
      await silent.close();
    }
  });
});
