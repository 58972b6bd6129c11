// A flaky verification backend for the HTTP verifier's tests: POST <prefixes>/v1/verify answers like saisie-server
// (an echoed verdict) or misbehaves as its path prefixes (or an `X-Fault` header holding them, e.g. "/status/500")
// say. Prefixes combine ("/slow/2000/status/500/v1/verify"):
//   /slow/<ms>/…         answers after <ms> milliseconds (at most 30 s)
//   /status/<code>/…     answers that HTTP status with a JSON error (429 and 503 carry Retry-After)
//   /fail/<n>/<code>/…   the first <n> requests on this exact path answer <code>, later ones the verdict
//   /reset/…             destroys the connection without an answer (socket.destroy())
//   /cut/…               announces the whole verdict, sends half of it, then destroys the connection
//   /hang/…              never answers (until the client goes away)
//   /html/…              a 200 HTML error page (a proxy's or captive portal's)
//   /malformed/…         200 application/json that is no JSON
//   /truncated/…         200 JSON cut in the middle (a complete HTTP message)
//   /wrong-shape/…       200 JSON that is no verdict
//   /id/<word>/…         nothing; makes a path unique (for /fail counters)
// The verdict echoes the request: `valid` with `normalized` = the trimmed value, or `invalid` with email.no_mx when
// the value holds "no-mx". Every request is recorded ({ method, path, mode, headers, body, aborted… }) and counted
// per mode. Standalone: node test/verify-server-faults.mjs --port 8791
import { createServer } from 'node:http';
import { isMain } from '../scripts/is-main.mjs';

const MAX_DELAY = 30_000;
const MAX_BODY = 16 * 1024;

/** Splits the misbehaviour prefixes off a path: { mode, delay, status, failures, rest }. */
function parseModes(path) {
  const modes = { delay: 0, status: 0, failures: 0, mode: 'ok' };
  let rest = path;
  for (;;) {
    const m = /^\/fail\/(\d{1,3})\/(\d{3})(\/.*)$/.exec(rest)
      ?? /^\/(slow|status)\/(\d{1,5})(\/.*)$/.exec(rest)
      ?? /^\/id\/[\w-]{1,40}(\/.*)$/.exec(rest)
      ?? /^\/(reset|cut|hang|html|malformed|truncated|wrong-shape)(\/.*)$/.exec(rest);
    if (!m) break;
    if (m[0].startsWith('/fail/')) {
      modes.failures = Number(m[1]);
      modes.status = Number(m[2]);
    } else if (m[1] === 'slow') modes.delay = Math.min(Number(m[2]), MAX_DELAY);
    else if (m[1] === 'status') modes.status = Number(m[2]);
    else if (!m[0].startsWith('/id/')) modes.mode = m[1];
    rest = m[m.length - 1];
  }
  return { ...modes, rest };
}

/** The name a request is counted under: "ok", "slow", "status/500", "fail/503", "reset"… */
function modeName({ mode, delay, status, failures }) {
  if (failures) return `fail/${status}`;
  if (status) return `status/${status}`;
  if (mode === 'ok' && delay) return 'slow';
  return mode;
}

/** The verdict the fixture echoes for a request body. */
function echo(body) {
  const value = typeof body?.value === 'string' ? body.value : '';
  if (value.includes('no-mx')) {
    return { status: 'invalid', issues: [{ code: 'email.no_mx', severity: 'error', message: 'This domain cannot receive email.', params: { reason: 'no-mx' } }] };
  }
  return { status: 'valid', issues: [], normalized: value.trim() };
}

/** Reads a request body (at most MAX_BODY bytes), as parsed JSON when it is JSON, else as text. */
function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve({ text, json: JSON.parse(text), size });
      } catch {
        resolve({ text, json: undefined, size });
      }
    });
    req.on('error', () => resolve({ text: '', json: undefined, size }));
  });
}

/** Starts the flaky backend on 127.0.0.1: `{ url, requests, counts, count(mode), reset(), close() }`. */
export async function startFaultServer({ port = 0, cors = '*' } = {}) {
  const requests = [];
  const counts = {};
  const failed = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const header = req.headers['x-fault'];
    const path = typeof header === 'string' && header.startsWith('/') ? `${header.endsWith('/') ? header.slice(0, -1) : header}${url.pathname}` : url.pathname;
    const modes = parseModes(path);
    const corsHeaders = {
      'Access-Control-Allow-Origin': cors,
      'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Content-Type',
      'Access-Control-Expose-Headers': 'Retry-After',
    };
    const send = (status, body, type = 'application/json; charset=utf-8', extra = {}) => {
      res.writeHead(status, { ...corsHeaders, ...extra, 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...corsHeaders, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Max-Age': '600' });
      res.end();
      return;
    }
    if (modes.rest !== '/v1/verify') return send(404, { error: 'not-found', message: 'Try POST /v1/verify.' });
    if (req.method !== 'POST') return send(405, { error: 'method-not-allowed', message: 'Use POST.' }, undefined, { Allow: 'POST, OPTIONS' });

    const mode = modeName(modes);
    counts[mode] = (counts[mode] ?? 0) + 1;
    const record = { method: req.method, path, mode, headers: { ...req.headers }, body: undefined, text: '', size: 0, aborted: false, answered: false };
    requests.push(record);
    let destroyed = false;
    // A client that gives up before the answer (an aborted fetch, a timeout) closes the socket: say so.
    res.on('close', () => {
      if (!record.answered && !destroyed) record.aborted = true;
    });
    const { text, json, size } = await readBody(req);
    Object.assign(record, { body: json, text, size });
    if (size > MAX_BODY) return send(413, { error: 'too-large', message: 'The body is over 16 KB.' });

    const answer = () => {
      if (res.destroyed || record.aborted) return;
      const { status, failures } = modes;
      if (failures) {
        const seen = failed.get(path) ?? 0;
        failed.set(path, seen + 1);
        if (seen < failures) {
          record.answered = true;
          return send(status, { error: 'upstream', message: `Failure ${seen + 1} of ${failures}.` }, undefined, status === 503 ? { 'Retry-After': '1' } : {});
        }
      } else if (status) {
        record.answered = true;
        const retry = status === 429 || status === 503 ? { 'Retry-After': '30' } : {};
        return send(status, { error: status === 429 ? 'rate-limited' : 'server-error', message: `Status ${status}.` }, undefined, retry);
      }
      const verdict = JSON.stringify(echo(json));
      switch (modes.mode) {
        case 'hang':
          return undefined;
        case 'reset':
          destroyed = true;
          req.socket.destroy();
          return undefined;
        case 'cut':
          destroyed = true;
          res.writeHead(200, { ...corsHeaders, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(verdict)) });
          res.write(verdict.slice(0, Math.floor(verdict.length / 2)), () => req.socket.destroy());
          return undefined;
        case 'html':
          record.answered = true;
          return send(200, '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>', 'text/html; charset=utf-8');
        case 'malformed':
          record.answered = true;
          return send(200, "{status: 'valid', issues: []");
        case 'truncated':
          record.answered = true;
          return send(200, verdict.slice(0, Math.max(1, Math.floor(verdict.length / 2))));
        case 'wrong-shape':
          record.answered = true;
          return send(200, { status: 'ok', issues: 'none', result: { valid: true } });
        default:
          record.answered = true;
          return send(200, verdict);
      }
    };
    if (modes.delay) {
      const timer = setTimeout(answer, modes.delay);
      res.on('close', () => clearTimeout(timer));
    } else answer();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    counts,
    count: (mode) => counts[mode] ?? 0,
    reset() {
      requests.length = 0;
      for (const key of Object.keys(counts)) delete counts[key];
      failed.clear();
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

if (isMain(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8791;
  const { url } = await startFaultServer({ port });
  console.log(`Flaky verification backend: POST ${url}/v1/verify (prefixes /slow/<ms>, /status/<code>, /fail/<n>/<code>, /reset, /cut, /hang, /html, /malformed, /truncated, /wrong-shape; Ctrl-C to stop)`);
}
