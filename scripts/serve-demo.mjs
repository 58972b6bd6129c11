// `npm run demo`: serves demo/ at http://localhost:$PORT/ (and dist/ at /dist/) under a strict CSP, and the fixture
// address providers of test/address-server.mjs at /providers/ban/search/?q=… and /providers/photon/api/?q=…, so the
// demo's address suggestions work offline (their misbehaviour prefixes too: /providers/slow/2000/ban/search/?q=…).
// Beside them it runs saisie-server (dist/server.js), reached same-origin at /verify/, whose DNS goes to the local
// fixture resolver of test/dns-server.mjs (offline) unless SAISIE_DNS_SERVERS names real ones, and whose address
// check asks the fixture BAN above.
import { createServer, request as httpRequest } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';

// A file path (spaces and accents as they are), wherever the script is run from.
const root = fileURLToPath(new URL('..', import.meta.url));
// The page may reach the public address APIs only when the visitor picks one in the demo's switch.
const CSP = "default-src 'self'; connect-src 'self' https://api-adresse.data.gouv.fr https://photon.komoot.io";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Maps a URL path to a file under demo/ or dist/, refusing anything that climbs out. */
function fileFor(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('/dist/')) return join(root, clean);
  return join(root, 'demo', clean.endsWith('/') ? clean + 'index.html' : clean);
}

/** The fixture providers mounted at /providers, or undefined where test/ is not shipped (a copy of demo/ alone). */
async function loadProviders() {
  try {
    const { createAddressHandler } = await import('../test/address-server.mjs');
    return createAddressHandler({ prefix: '/providers' });
  } catch {
    return undefined;
  }
}

/**
 * Starts saisie-server for the demo on a free port: DNS to the fixture resolver (started here) or SAISIE_DNS_SERVERS,
 * addresses checked against the demo's fixture BAN at `banUrl`. Resolves undefined when dist/server.js is missing.
 */
async function startVerification(banUrl) {
  let server;
  try {
    ({ startSaisieServer: server } = await import('../dist/server.js'));
  } catch {
    return undefined;
  }
  let dns;
  let dnsServers = process.env.SAISIE_DNS_SERVERS?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!dnsServers?.length) {
    try {
      const fixture = await import('../test/dns-server.mjs');
      dns = await fixture.startDnsServer({ zones: fixture.demoZones });
      dnsServers = [dns.address];
    } catch {
      dnsServers = undefined; // no fixture beside the demo: the system's resolvers
    }
  }
  const verify = await server({ port: 0, dnsServers, addressProvider: 'ban', addressUrl: banUrl, log: false });
  return {
    port: verify.port,
    dns: dns?.address ?? dnsServers?.join(',') ?? 'system',
    /** Stops saisie-server (the demo pages then verify nothing, and still submit). */
    stop: async () => {
      await verify.close();
      await dns?.close();
    },
  };
}

/** Forwards /verify/… to saisie-server; a stopped one answers the page 502, as a load balancer would. */
function forwardVerify(req, res, port) {
  const up = httpRequest({ host: '127.0.0.1', port, path: req.url.slice('/verify'.length), method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  up.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end('{"error":"upstream","message":"saisie-server is not running"}');
  });
  req.pipe(up);
}

/**
 * Starts the demo server; resolves with it once listening (`server.providers`: whether /providers is served;
 * `server.verification`: saisie-server beside it, `{ port, dns, stop() }`, unless `verify` is false or dist/server.js
 * is missing). Closing the server stops saisie-server too.
 */
export async function serveDemo(port = Number(process.env.PORT ?? 5173), host = process.env.HOST ?? '127.0.0.1', { verify = true } = {}) {
  const providers = await loadProviders();
  let verification;
  const server = createServer(async (req, res) => {
    if (providers?.(req, res)) return;
    if (req.url?.startsWith('/verify/')) {
      if (verification) return forwardVerify(req, res, verification.port);
      res.writeHead(503, { 'Content-Type': 'application/json' });
      return res.end('{"error":"off","message":"saisie-server is off in this demo"}');
    }
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    try {
      const file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
      if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  server.providers = Boolean(providers);
  await new Promise((resolve) => server.listen(port, host, resolve));
  if (verify) {
    verification = await startVerification(`http://127.0.0.1:${server.address().port}/providers/ban`);
    server.verification = verification;
    if (verification) server.on('close', () => void verification.stop());
  }
  return server;
}

if (isMain(import.meta.url)) {
  const server = await serveDemo();
  const { port } = server.address();
  console.log(`saisie demo: http://localhost:${port}/  (Ctrl+C to stop)`);
  if (!server.providers) console.log('(test/address-server.mjs not found: the local address fixtures at /providers are off)');
  const v = server.verification;
  console.log(v ? `saisie-server for the demo: http://127.0.0.1:${v.port}/ (the pages reach it at /verify/), DNS: ${v.dns}` : '(dist/server.js not found: verification is off)');
}
