// `npm run demo`: serves demo/ at http://localhost:$PORT/ (and dist/ at /dist/) under a strict CSP, and the fixture
// address providers of test/address-server.mjs at /providers/ban/search/?q=… and /providers/photon/api/?q=…, so the
// demo's address suggestions work offline (their misbehaviour prefixes too: /providers/slow/2000/ban/search/?q=…).
import { createServer } from 'node:http';
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

/** Starts the demo server; resolves with it once listening (`server.providers`: whether /providers is served). */
export async function serveDemo(port = Number(process.env.PORT ?? 5173), host = process.env.HOST ?? '127.0.0.1') {
  const providers = await loadProviders();
  const server = createServer(async (req, res) => {
    if (providers?.(req, res)) return;
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
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (isMain(import.meta.url)) {
  const server = await serveDemo();
  const { port } = server.address();
  console.log(`saisie demo: http://localhost:${port}/  (Ctrl+C to stop)`);
  if (!server.providers) console.log('(test/address-server.mjs not found: the local address fixtures at /providers are off)');
}
