// saisie-server's configuration from the environment and the command line (a flag wins over its variable).
// Every mistake is one `saisie-server:` message that says what to write instead; the bin prints it and exits 2.

/** saisie-server's settings, as read from env and argv. */
export interface ServerConfig {
  help: boolean;
  port: number;
  host: string;
  /** Resolvers as `host[:port]` (IPv6 as `[::1]:53`); empty: the system's. */
  dnsServers: string[];
  dnsTimeoutMs: number;
  allowedOrigins: string[];
  addressProvider?: 'ban' | 'photon';
  addressUrl?: string;
  /** Requests per second per client and burst; false: no limit. */
  rateLimit: { rate: number; burst: number } | false;
  trustProxy: number;
  logKey?: string;
  cacheSize: number;
  cacheMaxTtl: number;
  shutdownTimeoutMs: number;
}

/** The text of `saisie-server --help`. */
export const SERVER_HELP: string = `saisie-server: the reference verification backend of saisie (POST /v1/verify, GET /healthz, GET /metrics).

Usage: saisie-server [--port 8787] [--host 127.0.0.1]

Flags (each also read from its environment variable):
  --port N                 PORT                     port to listen on (default 8787; 0: any free port)
  --host ADDR              HOST                     address to listen on (default 127.0.0.1)
  --dns-servers LIST       SAISIE_DNS_SERVERS       resolvers, comma-separated host[:port] ([::1]:53 for IPv6); default: the system's
  --dns-timeout-ms N       SAISIE_DNS_TIMEOUT_MS    per-query DNS timeout (default 2000)
  --allowed-origins LIST   SAISIE_ALLOWED_ORIGINS   browser origins allowed by CORS, comma-separated (https://shop.example), or *
  --address-provider P     SAISIE_ADDRESS_PROVIDER  ban or photon (default: none, addresses are "unknown")
  --address-url URL        SAISIE_ADDRESS_URL       the provider's base URL (default: its public endpoint)
  --rate-limit R[,B]       SAISIE_RATE_LIMIT        requests per second per client, and burst (default 20,40; off: no limit)
  --trust-proxy N          SAISIE_TRUST_PROXY       proxies in front that set X-Forwarded-For (default 0)
  --log-key KEY            SAISIE_LOG_KEY           HMAC key for value hashes in logs (default: random per process)
  --cache-size N           SAISIE_CACHE_SIZE        verdicts and mail domains kept (default 10000)
  --cache-max-ttl S        SAISIE_CACHE_MAX_TTL     longest a verdict is cached, seconds (default 3600)
  --shutdown-timeout-ms N  SAISIE_SHUTDOWN_TIMEOUT_MS  drain deadline on SIGTERM (default 10000)
  -h, --help                                        this text
`;

const FLAGS: Readonly<Record<string, string>> = {
  '--port': 'PORT',
  '--host': 'HOST',
  '--dns-servers': 'SAISIE_DNS_SERVERS',
  '--dns-timeout-ms': 'SAISIE_DNS_TIMEOUT_MS',
  '--allowed-origins': 'SAISIE_ALLOWED_ORIGINS',
  '--address-provider': 'SAISIE_ADDRESS_PROVIDER',
  '--address-url': 'SAISIE_ADDRESS_URL',
  '--rate-limit': 'SAISIE_RATE_LIMIT',
  '--trust-proxy': 'SAISIE_TRUST_PROXY',
  '--log-key': 'SAISIE_LOG_KEY',
  '--cache-size': 'SAISIE_CACHE_SIZE',
  '--cache-max-ttl': 'SAISIE_CACHE_MAX_TTL',
  '--shutdown-timeout-ms': 'SAISIE_SHUTDOWN_TIMEOUT_MS',
};

const fail = (message: string) => new TypeError(`saisie-server: ${message}`);
const list = (s: string | undefined) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined || text.trim() === '') return fallback;
  if (!/^\d{1,9}$/.test(text.trim()) || Number(text) < min || Number(text) > max) throw fail(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text.slice(0, 40))}.`);
  return Number(text);
}

/** Whether `s` is `host[:port]`: an IPv4 or IPv6 address (bracketed when it has a port) or a host name (looked up at start). */
function isDnsServer(s: string): boolean {
  const port = (p: string | undefined) => !p || (Number(p) >= 1 && Number(p) <= 65535);
  const bracketed = /^\[[0-9A-F:.]+\](?::(\d{1,5}))?$/i.exec(s);
  if (bracketed) return port(bracketed[1]);
  if (/^[0-9A-F]*:[0-9A-F:.]+$/i.test(s)) return true;
  const named = /^[A-Z0-9.-]{1,253}(?::(\d{1,5}))?$/i.exec(s);
  return !!named && port(named[1]);
}

/** Reads saisie-server's settings from `env` and `argv` (the arguments after the script), throwing a `saisie-server:` TypeError on any mistake. */
export function readServerConfig(env: Readonly<Record<string, string | undefined>> = process.env, argv: readonly string[] = process.argv.slice(2)): ServerConfig {
  const values: Record<string, string | undefined> = {};
  for (const name of Object.values(FLAGS)) values[name] = env[name];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const name = Object.prototype.hasOwnProperty.call(FLAGS, flag) ? FLAGS[flag] : undefined;
    if (!name) throw fail(`unknown argument ${JSON.stringify(arg.slice(0, 60))}; see saisie-server --help.`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw fail(`${flag} needs a value; see saisie-server --help.`);
    values[name] = value;
  }

  const port = integer('PORT (--port)', values.PORT, 8787, 0, 65535);
  const host = (values.HOST ?? '').trim() || '127.0.0.1';
  if (!/^[A-Z0-9.:-]{1,253}$/i.test(host)) throw fail(`HOST must be an address such as 127.0.0.1, 0.0.0.0 or ::, got ${JSON.stringify(host.slice(0, 60))}.`);

  const dnsServers = list(values.SAISIE_DNS_SERVERS);
  const badServer = dnsServers.find((s) => !isDnsServer(s));
  if (badServer !== undefined) throw fail(`SAISIE_DNS_SERVERS is a comma-separated list of host[:port] (127.0.0.1:5353, [::1]:53 for IPv6); ${JSON.stringify(badServer.slice(0, 60))} is not one.`);
  const dnsTimeoutMs = integer('SAISIE_DNS_TIMEOUT_MS', values.SAISIE_DNS_TIMEOUT_MS, 2000, 1, 60_000);

  const allowedOrigins = list(values.SAISIE_ALLOWED_ORIGINS).map((o) => (o.endsWith('/') ? o.slice(0, -1) : o));
  const badOrigin = allowedOrigins.find((o) => o !== '*' && !/^https?:\/\/[^/\s?#]+$/i.test(o));
  if (badOrigin !== undefined) throw fail(`SAISIE_ALLOWED_ORIGINS lists origins such as https://shop.example (scheme, host, port; no path), or *; ${JSON.stringify(badOrigin.slice(0, 60))} is not one.`);

  const provider = (values.SAISIE_ADDRESS_PROVIDER ?? '').trim().toLowerCase();
  if (provider && provider !== 'ban' && provider !== 'photon') throw fail(`SAISIE_ADDRESS_PROVIDER is ban or photon, got ${JSON.stringify(provider.slice(0, 40))}.`);
  const addressUrl = (values.SAISIE_ADDRESS_URL ?? '').trim() || undefined;
  if (addressUrl && !provider) throw fail('SAISIE_ADDRESS_URL needs SAISIE_ADDRESS_PROVIDER (ban or photon) to say how to call it.');
  if (addressUrl && !/^https?:\/\/[^\s/\\]/i.test(addressUrl)) throw fail(`SAISIE_ADDRESS_URL must be an http(s):// URL, got ${JSON.stringify(addressUrl.slice(0, 80))}.`);

  let rateLimit: ServerConfig['rateLimit'] = { rate: 20, burst: 40 };
  const limitText = (values.SAISIE_RATE_LIMIT ?? '').trim().toLowerCase();
  if (limitText === 'off' || limitText === '0') rateLimit = false;
  else if (limitText) {
    const m = /^(\d{1,6}(?:\.\d{1,3})?)(?:\s*[,/:]\s*(\d{1,6}))?$/.exec(limitText);
    if (!m || !(Number(m[1]) > 0)) throw fail(`SAISIE_RATE_LIMIT is "rate" or "rate,burst" in requests per second per client (e.g. 20,40), or off; got ${JSON.stringify(limitText.slice(0, 40))}.`);
    const rate = Number(m[1]);
    const burst = m[2] !== undefined ? Number(m[2]) : Math.max(1, Math.ceil(rate * 2));
    if (burst < 1) throw fail('SAISIE_RATE_LIMIT: the burst is at least 1.');
    rateLimit = { rate, burst };
  }

  const logKey = values.SAISIE_LOG_KEY || undefined;
  if (logKey !== undefined && logKey.length < 16) throw fail('SAISIE_LOG_KEY must be a secret of at least 16 characters (e.g. openssl rand -hex 32).');

  const config: ServerConfig = {
    help,
    port,
    host,
    dnsServers,
    dnsTimeoutMs,
    allowedOrigins,
    rateLimit,
    trustProxy: integer('SAISIE_TRUST_PROXY', values.SAISIE_TRUST_PROXY, 0, 0, 10),
    cacheSize: integer('SAISIE_CACHE_SIZE', values.SAISIE_CACHE_SIZE, 10_000, 0, 10_000_000),
    cacheMaxTtl: integer('SAISIE_CACHE_MAX_TTL', values.SAISIE_CACHE_MAX_TTL, 3600, 0, 7 * 86_400),
    shutdownTimeoutMs: integer('SAISIE_SHUTDOWN_TIMEOUT_MS', values.SAISIE_SHUTDOWN_TIMEOUT_MS, 10_000, 1, 600_000),
  };
  if (provider) config.addressProvider = provider as 'ban' | 'photon';
  if (addressUrl) config.addressUrl = addressUrl;
  if (logKey) config.logKey = logKey;
  return config;
}
