// saisie-server under load on loopback (npm run bench, after npm run build): the built bin as a child process (its
// own core), DNS from the local fixture resolver (test/dns-server.mjs), autocannon as the load generator in this
// process. Prints req/s and p50/p99 latency for (a) cached email verifications (one body), (b) uncached ones
// (distinct addresses on the fixture's domains: the verdict cache misses, the mail-domain cache hits) and (c)
// distinct domains (every request a DNS round trip to the fixture). Never fails on a figure: it prints the goal.
// Standalone: node bench/server.mjs [seconds per run, default 8].
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { isMain } from '../scripts/is-main.mjs';

// The package whose bin runs: SAISIE_PKG_ROOT (e.g. an unpacked npm pack), by default this repository.
const ROOT = process.env.SAISIE_PKG_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const GOAL = { rps: 2000, p99: 50 };
// Not under .test/.example: saisie's local rules refuse reserved top-level domains before any lookup.
const ZONES = {
  'mx-ok.fr': { ttl: 300, MX: [{ preference: 10, exchange: 'mail.mx-ok.fr' }] },
  'a-only.fr': { ttl: 300, A: ['192.0.2.1'] },
  'null-mx.fr': { ttl: 300, MX: [{ preference: 0, exchange: '.' }] },
  'no-mx.fr': { ttl: 300, TXT: ['v=spf1 -all'], negativeTtl: 300 },
};
const DOMAINS = Object.keys(ZONES);

/** A free TCP port on loopback (the child gets it by --port). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitForHealth(url, child) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`saisie-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('saisie-server did not answer /healthz within 10 s');
}

function run(url, title, seconds, requests) {
  return autocannon({
    url: `${url}/v1/verify`,
    title,
    connections: 32,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests,
  });
}

const fmt = (n, w = 9) => String(Math.round(n).toLocaleString('en-US')).padStart(w);

/** Runs the three loads against a fresh saisie-server child; resolves the figures and prints them. */
export async function runServerBench({ seconds = 8, print = true } = {}) {
  const { startDnsServer } = await import('../test/dns-server.mjs');
  const dns = await startDnsServer({ zones: ZONES });
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'saisie-server.mjs'), '--port', String(port)], {
    env: { ...process.env, SAISIE_DNS_SERVERS: dns.address, SAISIE_RATE_LIMIT: 'off', SAISIE_CACHE_SIZE: '1000000' },
    // Its JSON logs are written (as in production) and dropped.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child);
    let n = 0;
    const cachedBody = JSON.stringify({ kind: 'email', value: 'jean.dupont@mx-ok.fr' });
    // Warm-up: JIT, the cache entry, the mail domains.
    await run(url, 'warm-up', 2, [{ setupRequest: (r) => ({ ...r, body: JSON.stringify({ kind: 'email', value: `w${n++}@${DOMAINS[n % DOMAINS.length]}` }) }) }]);
    const results = {
      cached: await run(url, 'cached', seconds, [{ body: cachedBody }]),
      uncached: await run(url, 'uncached', seconds, [{ setupRequest: (r) => ({ ...r, body: JSON.stringify({ kind: 'email', value: `client.${n++}@${DOMAINS[n % DOMAINS.length]}` }) }) }]),
      dns: await run(url, 'dns', seconds, [{ setupRequest: (r) => ({ ...r, body: JSON.stringify({ kind: 'email', value: `jean@d${n++}.absent.fr` }) }) }]),
    };
    const figures = Object.fromEntries(
      Object.entries(results).map(([k, r]) => [k, { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts }]),
    );
    figures.dnsQueries = dns.queries;
    if (print) {
      const label = {
        cached: '(a) cached email verification (one body)',
        uncached: '(b) uncached: distinct addresses, fixture domains',
        dns: '(c) uncached: distinct domains (a DNS query each)',
      };
      console.log(`\nsaisie-server on loopback (Node ${process.version}; bin as a child process, autocannon 32 connections, ${seconds} s per run, DNS: local fixture)`);
      console.log('load'.padEnd(52) + '    req/s' + '  p50 ms' + '  p99 ms' + '   errors');
      for (const k of ['cached', 'uncached', 'dns']) {
        const f = figures[k];
        console.log(label[k].padEnd(52) + fmt(f.rps) + String(f.p50).padStart(8) + String(f.p99).padStart(8) + fmt(f.non2xx + f.errors));
      }
      const met = figures.cached.rps >= GOAL.rps && figures.cached.p99 <= GOAL.p99;
      console.log(`goal (a): ≥ ${GOAL.rps.toLocaleString('en-US')} req/s with p99 ≤ ${GOAL.p99} ms on a 2-core machine, load generator included: ${met ? 'met' : 'NOT met'}`);
    }
    return figures;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    await dns.close();
  }
}

if (isMain(import.meta.url)) {
  const seconds = Number(process.argv[2]) > 0 ? Number(process.argv[2]) : 8;
  await runServerBench({ seconds });
}
