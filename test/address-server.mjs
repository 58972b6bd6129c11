// Local address provider for tests and the offline demo: answers like the BAN (api-adresse.data.gouv.fr) at
// /ban/search/?q=… and like Photon at /photon/api/?q=…, from the hand-written fixtures in test/fixtures/.
// Path prefixes make it misbehave, and combine ("/slow/2000/status/500/ban/search/?q=…"):
//   /slow/<ms>/…      answers after <ms> milliseconds (at most 30 s)
//   /status/<code>/…  answers that HTTP status with a JSON error (429 and 503 carry Retry-After)
//   /reset/…          destroys the connection without an answer
//   /html/…           a 200 HTML error page (a proxy's or captive portal's)
//   /truncated/…      JSON cut in the middle
//   /wrong-shape/…    valid JSON that is no FeatureCollection
// Every request is recorded ({ method, path, query, mode }) for assertions. Standalone:
//   node test/address-server.mjs --port 8790
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { isMain } from '../scripts/is-main.mjs';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const load = (name) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));
const BAN = load('ban/addresses.json');
const PHOTON = load('photon/addresses.json');
const MAX_DELAY = 30_000;
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
  'Access-Control-Expose-Headers': 'Retry-After',
};

/** Lower case, no accents, words separated by single spaces. */
const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether every word of the query starts a word of the text ("12 rue de la pa" finds "12 Rue de la Paix … Paris"). */
function matches(text, query) {
  const words = fold(text).split(' ');
  return fold(query).split(' ').filter(Boolean).every((q) => words.some((w) => w.startsWith(q)));
}

/** The text a Photon feature is searched by: its address properties, in the order a label would show them. */
const photonText = (p) => ['name', 'housenumber', 'street', 'postcode', 'city', 'district', 'state', 'country'].map((k) => p[k] ?? '').join(' ');

const limitOf = (params, fallback) => {
  const n = Number.parseInt(params.get('limit') ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 50) : fallback;
};

/** The BAN answer for a query: the documented FeatureCollection, or its 400 for a query under 3 characters. */
function banAnswer(params) {
  const q = (params.get('q') ?? '').trim();
  if (q.length < 3 || q.length > 200) return { status: 400, body: { code: 400, detail: ['q: must contain between 3 and 200 chars and start with a number or a letter'], message: 'Failed parsing query' } };
  const limit = limitOf(params, 5);
  const features = BAN.features.filter((f) => matches(f.properties.label, q)).slice(0, limit);
  return { status: 200, body: { type: 'FeatureCollection', version: 'draft', features, attribution: BAN.attribution, licence: BAN.licence, query: q, limit } };
}

/** The Photon answer for a query: the documented FeatureCollection (Photon has no country filter). */
function photonAnswer(params) {
  const q = (params.get('q') ?? '').trim();
  if (!q) return { status: 400, body: { message: 'missing search term \'q\': /?q=berlin' } };
  const features = PHOTON.features.filter((f) => matches(photonText(f.properties), q)).slice(0, limitOf(params, 15));
  return { status: 200, body: { features, type: 'FeatureCollection' } };
}

/** Splits the misbehaviour prefixes off a path: { mode, delay, status, rest }. */
function parseModes(path) {
  const modes = { delay: 0, status: 0, mode: 'ok' };
  let rest = path;
  for (;;) {
    const m = /^\/(slow|status)\/(\d{1,5})(\/.*)$/.exec(rest) ?? /^\/(reset|html|truncated|wrong-shape)(\/.*)$/.exec(rest);
    if (!m) break;
    if (m[1] === 'slow') modes.delay = Math.min(Number(m[2]), MAX_DELAY);
    else if (m[1] === 'status') modes.status = Number(m[2]);
    else modes.mode = m[1];
    rest = m[m.length - 1];
  }
  return { ...modes, rest };
}

/**
 * A request handler serving the fixture providers; returns false for a path it does not serve, so another
 * server (the demo's, the test sites') can mount it. `requests` receives one record per handled request.
 */
export function createAddressHandler({ requests = [], prefix = '' } = {}) {
  return function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (prefix && !url.pathname.startsWith(`${prefix}/`)) return false;
    const { delay, status, mode, rest } = parseModes(url.pathname.slice(prefix.length));
    const provider = /^\/ban\/search\/?$/.test(rest) ? banAnswer : /^\/photon\/api\/?$/.test(rest) ? photonAnswer : undefined;
    if (!provider) return false;
    requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), mode: status ? `status/${status}` : mode, delay });
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'Access-Control-Allow-Methods': 'GET' });
      res.end();
      return true;
    }
    const answer = () => {
      if (res.destroyed || req.destroyed) return;
      if (mode === 'reset') {
        req.socket.destroy();
        return;
      }
      if (status) {
        const retry = status === 429 || status === 503 ? { 'Retry-After': '30' } : {};
        res.writeHead(status, { ...CORS, ...retry, 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ code: status, message: status === 429 ? 'Too Many Requests' : 'Server error' }));
        return;
      }
      if (mode === 'html') {
        res.writeHead(200, { ...CORS, 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>');
        return;
      }
      const { status: code, body } = provider(url.searchParams);
      const json = JSON.stringify(mode === 'wrong-shape' ? { type: 'FeatureCollection', features: 'unavailable', results: [{ label: 42 }, null, 'x'] } : body);
      res.writeHead(mode === 'wrong-shape' ? 200 : code, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(mode === 'truncated' ? json.slice(0, Math.max(1, Math.floor(json.length / 2))) : json);
    };
    if (delay) {
      const timer = setTimeout(answer, delay);
      // A client that gives up (an aborted fetch) frees the timer.
      res.on('close', () => clearTimeout(timer));
    } else answer();
    return true;
  };
}

/** Starts the fixture providers on 127.0.0.1: `{ url, requests, close() }`; BAN at `${url}/ban`, Photon at `${url}/photon`. */
export async function startAddressServer({ port = 0 } = {}) {
  const requests = [];
  const handle = createAddressHandler({ requests });
  const server = createServer((req, res) => {
    if (handle(req, res)) return;
    res.writeHead(404, { ...CORS, 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ code: 404, message: 'Not found: try /ban/search/?q=… or /photon/api/?q=…' }));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

if (isMain(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8790;
  const { url } = await startAddressServer({ port });
  console.log(`Fixture address providers: BAN ${url}/ban, Photon ${url}/photon (Ctrl-C to stop)`);
}
