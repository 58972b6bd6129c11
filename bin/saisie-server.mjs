#!/usr/bin/env node
// saisie-server: saisie's reference verification backend (POST /v1/verify, GET /healthz, GET /metrics).
// Configuration from the environment and flags (saisie-server --help); one JSON log line per request on stdout.
// SIGTERM or SIGINT drains: no new connections, in-flight requests answered, then exit 0 (1 if the drain
// deadline, SAISIE_SHUTDOWN_TIMEOUT_MS, had to cut some). A bad configuration exits 2.
import { readServerConfig, SERVER_HELP, startSaisieServer } from '../dist/server.js';

// A closed stdout (a log pipe gone) must not take the server down.
process.stdout.on('error', () => {});
const line = (fields) => process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level: 'info', ...fields }) + '\n');

let config;
try {
  config = readServerConfig(process.env, process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
if (config.help) {
  process.stdout.write(SERVER_HELP);
  process.exit(0);
}

let app;
try {
  app = await startSaisieServer(config);
} catch (error) {
  // A configuration mistake found at start (a DNS server name that does not resolve…) exits 2, like the others.
  if (error instanceof TypeError && /^saisie(?:-server)?:/.test(error.message)) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`saisie-server: cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
line({ msg: 'listening', host: config.host, port: app.port, dnsServers: config.dnsServers.length ? config.dnsServers.join(',') : 'system', addressProvider: config.addressProvider ?? 'none', allowedOrigins: config.allowedOrigins.length ? config.allowedOrigins.join(',') : 'none' });
// Without an allowlist, browsers on other origins are refused (CORS) and their verdicts are all "unknown": say so once.
if (!config.allowedOrigins.length) line({ level: 'warn', msg: 'no SAISIE_ALLOWED_ORIGINS: only same-origin pages (behind your proxy) and servers can call; a page on another origin gets CORS errors' });

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  line({ msg: 'draining', signal, inFlight: app.handler.inFlight() });
  const drained = await app.close();
  line({ msg: 'stopped', drained });
  process.exit(drained ? 0 : 1);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
