// Test server for test/sites.test.ts: serves the pages of test/sites/, the built package at /saisie/ (from
// dist/), the bundles a test builds at run time at /output/ (.js from test/output/), and records every request
// to /submit (any method) so a test can assert what the server received.
import { createServer, request as httpRequest } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const HERE = new URL('./', import.meta.url).pathname;
// SAISIE_DIST serves another build (a snapshot while dist/ is being rebuilt).
const DIST = process.env.SAISIE_DIST ? `${process.env.SAISIE_DIST.replace(/\/$/, '')}/` : new URL('../../dist/', import.meta.url).pathname;
const OUTPUT = new URL('../output/', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};
const HEADERS = { 'Content-Security-Policy': "default-src 'self'", 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
// `?nosaisie` serves a page without saisie: the control that proves the harness itself submits.
const SAISIE_TAGS = /<script src="\/saisie\/saisie\.min\.js"[^>]*><\/script>|<link rel="stylesheet" href="\/saisie\/saisie\.css">/g;

/** Maps a URL path to a page of test/sites/ or a file of dist/; undefined when it climbs out or is not served. */
function fileFor(pathname) {
  const clean = normalize(decodeURIComponent(pathname));
  if (clean.startsWith('/saisie/')) {
    const file = join(DIST, clean.slice('/saisie/'.length));
    return file.startsWith(DIST) ? file : undefined;
  }
  if (clean.startsWith('/output/')) {
    const file = join(OUTPUT, clean.slice('/output/'.length));
    return file.startsWith(OUTPUT) && /\.(?:js|map)$/.test(file) ? file : undefined;
  }
  const file = join(HERE, clean);
  // Only the pages and their assets sit directly beside this file (not this server, not subfolders).
  if (!file.startsWith(HERE) || file.slice(HERE.length).includes(sep) || !/\.(?:html|js|css)$/.test(file)) return undefined;
  return file;
}

/** The text fields of a multipart/form-data body (WooCommerce's checkout form posts this way), as pairs. */
function parseMultipart(raw, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return [];
  const pairs = [];
  for (const part of raw.split(`--${boundary[1] ?? boundary[2]}`)) {
    const end = part.indexOf('\r\n\r\n');
    if (end < 0) continue;
    const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(part.slice(0, end));
    if (name) pairs.push([name[1], part.slice(end + 4).replace(/\r\n$/, '')]);
  }
  return pairs;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Forwards a request to `target` (an http:// base) and pipes the answer back; an upstream reset resets the client. */
function forward(req, res, target, rest) {
  const up = httpRequest(new URL(rest, target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
    answer.on('error', () => res.destroy());
  });
  up.on('error', () => res.destroy());
  req.pipe(up);
}

/**
 * Starts the server; resolves with it, its base URL and `received`, the list of requests to /submit:
 * `{ method, path, query, body, contentType, raw }`, `query` and `body` (urlencoded or multipart) as arrays of
 * [name, value] pairs. `proxy` maps a path prefix to another server's base URL (`{ '/addr/': 'http://127.0.0.1:8790/' }`).
 */
export function startSitesServer(port = 0, host = '127.0.0.1', { proxy = {} } = {}) {
  const received = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    // Same-origin paths for other test servers (the address provider fixtures): the pages' CSP allows only 'self'.
    const prefix = Object.keys(proxy).find((p) => url.pathname.startsWith(p));
    if (prefix) return forward(req, res, proxy[prefix], url.pathname.slice(prefix.length) + url.search);
    try {
      if (url.pathname === '/submit') {
        const raw = await readBody(req);
        const contentType = req.headers['content-type'] ?? '';
        const body = contentType.startsWith('application/x-www-form-urlencoded')
          ? [...new URLSearchParams(raw)]
          : contentType.startsWith('multipart/form-data') ? parseMultipart(raw, contentType) : [];
        received.push({ method: req.method, path: url.pathname, query: [...url.searchParams], body, contentType, raw });
        res.writeHead(200, { ...HEADERS, 'Content-Type': TYPES['.html'] });
        res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>received</title></head><body><h1>received</h1></body></html>');
        return;
      }
      const file = fileFor(url.pathname);
      if (!file || !(await stat(file)).isFile()) throw new Error('not served');
      let content = await readFile(file);
      if (extname(file) === '.html' && url.searchParams.has('nosaisie')) content = Buffer.from(content.toString('utf8').replace(SAISIE_TAGS, ''));
      res.writeHead(200, { ...HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(content);
    } catch {
      res.writeHead(404, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, base: `http://${host}:${actual}`, received });
    });
  });
}
