// `npm run demo`: serves demo/ at http://localhost:$PORT/ (and dist/ at /dist/) under a strict CSP.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';

// A file path (spaces and accents as they are), wherever the script is run from.
const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Maps a URL path to a file under demo/ or dist/, refusing anything that climbs out. */
function fileFor(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('/dist/')) return join(root, clean);
  return join(root, 'demo', clean.endsWith('/') ? clean + 'index.html' : clean);
}

/** Starts the demo server; resolves with it once listening. */
export function serveDemo(port = Number(process.env.PORT ?? 5173), host = process.env.HOST ?? '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const headers = { 'Content-Security-Policy': "default-src 'self'", 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
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
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (isMain(import.meta.url)) {
  const server = await serveDemo();
  const { port } = server.address();
  console.log(`saisie demo: http://localhost:${port}/  (Ctrl+C to stop)`);
}
