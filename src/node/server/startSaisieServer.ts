// saisie-server's node:http server around the handler: keep-alive, slow-loris limits (headers, whole request,
// idle sockets), 100-continue refused for oversized bodies, and a graceful close that drains in-flight requests
// before a hard deadline.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createVerifyHandler, type VerifyHandler, type VerifyHandlerOptions } from './createVerifyHandler.js';

/** Options of `startSaisieServer`: the handler's, where to listen, and the connection limits (ms). */
export interface SaisieServerOptions extends VerifyHandlerOptions {
  /** Port (default 8787; 0 picks a free one). */
  port?: number;
  /** Address to listen on (default 127.0.0.1; 0.0.0.0 or :: behind a load balancer). */
  host?: string;
  /** A handler made already (e.g. shared with an Express app); the handler options are then ignored. */
  handler?: VerifyHandler;
  /** The request headers must arrive within this (default 10,000). */
  headersTimeoutMs?: number;
  /** The whole request must arrive within this (default 30,000). */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this (default 5,000). */
  keepAliveTimeoutMs?: number;
  /** `close()` waits this long for in-flight requests, then cuts every connection (default 10,000). */
  shutdownTimeoutMs?: number;
}

/** A running saisie-server. */
export interface SaisieServer {
  server: Server;
  port: number;
  handler: VerifyHandler;
  /** Stops accepting, finishes in-flight requests (or cuts them at the deadline); resolves true if it drained in time. */
  close(): Promise<boolean>;
}

const ms = (name: string, v: unknown, fallback: number): number => {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) throw new TypeError(`saisie: startSaisieServer({ ${name} }) needs a positive number of milliseconds.`);
  return v;
};

/** Starts saisie-server on `host:port`; resolves once it listens. */
export function startSaisieServer(options: SaisieServerOptions): Promise<SaisieServer> {
  const { port = 8787, host = '127.0.0.1' } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError('saisie: startSaisieServer({ port }) needs a port number from 0 to 65535.');
  if (typeof host !== 'string' || !host) throw new TypeError('saisie: startSaisieServer({ host }) needs an address such as "127.0.0.1" or "0.0.0.0".');
  const headersTimeout = ms('headersTimeoutMs', options.headersTimeoutMs, 10_000);
  const requestTimeout = Math.max(headersTimeout, ms('requestTimeoutMs', options.requestTimeoutMs, 30_000));
  const keepAliveTimeout = ms('keepAliveTimeoutMs', options.keepAliveTimeoutMs, 5000);
  const shutdownTimeout = ms('shutdownTimeoutMs', options.shutdownTimeoutMs, 10_000);
  const handler = options.handler ?? createVerifyHandler(options);
  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      keepAliveTimeout,
      // How often Node checks the two timeouts above (default 30 s, longer than they are).
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4))),
      maxHeaderSize: 16 * 1024,
    },
    (req, res) => handler(req, res),
  );
  // No maxRequestsPerSocket: past it Node answers 503 to requests already on the wire. A socket idle this long is cut.
  server.timeout = requestTimeout + keepAliveTimeout;
  // An announced oversized body gets its 413 before the client sends it.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers['content-length']) > 16 * 1024) return handler(req, res);
    res.writeContinue();
    handler(req, res);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Malformed requests and timed-out headers: a short answer when the socket still takes one.
    if (socket.writable && !(socket as { _httpMessage?: unknown })._httpMessage) {
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    }
    socket.destroy();
  });
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      let closing: Promise<boolean> | undefined;
      const close = () =>
        (closing ??= new Promise<boolean>((done) => {
          handler.drain();
          let inTime = true;
          const deadline = setTimeout(() => {
            inTime = false;
            server.closeAllConnections();
          }, shutdownTimeout);
          deadline.unref();
          server.close(() => {
            clearTimeout(deadline);
            done(inTime);
          });
          // Idle keep-alive sockets go now; busy ones close after their answer (the handler sends Connection: close).
          server.closeIdleConnections();
        }));
      resolve({ server, port: (server.address() as AddressInfo).port, handler, close });
    });
  });
}
