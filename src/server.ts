/// <reference types="node" />
// Entry `saisie/server`: saisie-server, the reference verification backend, bound to the Node entry's rules (the
// full phone metadata with line types, the full disposable-domain list), saisie's own DNS client, and the
// BAN/Photon address providers. Node only.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { checkEmail, checkPhone, loadDisposableDomains } from './node.js';
import type { AddressProvider } from './core/autocomplete/types.js';
import type { FetchLike, ResponseLike } from './adapters/checkProviderOptions.js';
import { createBanProvider } from './adapters/createBanProvider.js';
import { createPhotonProvider } from './adapters/createPhotonProvider.js';
import { checkMailDomain } from './node/server/checkMailDomain.js';
import { createDnsClient } from './node/server/createDnsClient.js';
import { createVerifyHandler as createHandlerWith, type VerifyHandler, type VerifyHandlerOptions } from './node/server/createVerifyHandler.js';
import { startSaisieServer as startWith, type SaisieServer, type SaisieServerOptions } from './node/server/startSaisieServer.js';

export { readServerConfig, SERVER_HELP, type ServerConfig } from './node/server/readServerConfig.js';
export type { LogEntry, MailDomainAnswer, VerifyHandler, VerifyHandlerOptions } from './node/server/createVerifyHandler.js';
export type { SaisieServer } from './node/server/startSaisieServer.js';

/** Options of `saisie/server`'s handler: the rules default to the Node entry's, DNS and the provider are configured here. */
export interface SaisieHandlerOptions extends Omit<VerifyHandlerOptions, 'checkEmail' | 'checkPhone' | 'addressProvider'> {
  checkEmail?: VerifyHandlerOptions['checkEmail'];
  checkPhone?: VerifyHandlerOptions['checkPhone'];
  /** Resolvers as `host[:port]` (default: the system's); ignored when `checkDomain` is given. */
  dnsServers?: readonly string[];
  /** Budget of one DNS query, retries included (default 2000 ms). */
  dnsTimeoutMs?: number;
  /** An AddressProvider, or the built-in `ban` / `photon` at `addressUrl` (default: their public endpoints). */
  addressProvider?: AddressProvider | 'ban' | 'photon';
  addressUrl?: string;
}

/** Options of `saisie/server`'s `startSaisieServer`. */
export type SaisieStartOptions = SaisieHandlerOptions & Omit<SaisieServerOptions, keyof VerifyHandlerOptions>;

let disposable: Promise<number> | undefined;
/** Loads the full disposable-domain list once per process (≈120k domains); 0 if it cannot. */
const loadDisposable = () => (disposable ??= loadDisposableDomains().catch(() => 0));

/**
 * A built-in provider whose search rejects when the upstream failed (network error, non-2xx, not a feature
 * collection) or was not asked (a country it does not cover): the built-in providers answer [] then, which here
 * would read as "this address does not exist".
 */
function createCheckedProvider(kind: 'ban' | 'photon', url: string | undefined): AddressProvider {
  const make = kind === 'ban' ? createBanProvider : createPhotonProvider;
  make(url ? { url } : {}); // checks the URL now
  return {
    async search(query, options) {
      const state = { asked: false, failed: false };
      const fetch: FetchLike = async (href, init) => {
        state.asked = true;
        try {
          const res = await globalThis.fetch(href, init as RequestInit);
          if (!res.ok) state.failed = true;
          const checked: ResponseLike = {
            ok: res.ok,
            headers: res.headers,
            async text() {
              const body = await res.text();
              try {
                const json = JSON.parse(body) as { features?: unknown } | null;
                if (!json || !Array.isArray(json.features)) state.failed = true;
              } catch {
                state.failed = true;
              }
              return body;
            },
          };
          return checked;
        } catch (e) {
          state.failed = true;
          throw e;
        }
      };
      const found = await make({ ...(url ? { url } : {}), fetch }).search(query, options);
      if (!state.asked || state.failed) throw new Error(`saisie-server: the ${kind} address provider did not answer.`);
      return found;
    },
  };
}

/** saisie-server's request handler over the Node entry's rules: mount it on node:http, Express or Fastify. */
export function createVerifyHandler(options: SaisieHandlerOptions = {}): VerifyHandler {
  const { dnsServers, dnsTimeoutMs = 2000, addressProvider, addressUrl, ...rest } = options;
  let checkDomain = rest.checkDomain;
  if (!checkDomain) {
    const client = createDnsClient({ ...(dnsServers?.length ? { servers: dnsServers } : {}), timeoutMs: dnsTimeoutMs });
    checkDomain = (domain, signal) => checkMailDomain(domain, { client, signal });
  }
  const provider = addressProvider === 'ban' || addressProvider === 'photon' ? createCheckedProvider(addressProvider, addressUrl) : addressProvider;
  const handler = createHandlerWith({
    checkEmail,
    checkPhone,
    // MX, then A and AAAA: three query budgets at most.
    domainTimeoutMs: dnsTimeoutMs * 3 + 250,
    ...rest,
    checkDomain,
    ...(provider ? { addressProvider: provider } : {}),
  });
  // Requests that come before the full disposable list is in (a second or so after start) wait for it: an email
  // verdict never depends on how early it was asked.
  let ready = false;
  const loading = loadDisposable().then(() => void (ready = true));
  return Object.assign(
    (req: Parameters<VerifyHandler>[0], res: Parameters<VerifyHandler>[1], next?: Parameters<VerifyHandler>[2]) =>
      ready ? handler(req, res, next) : void loading.then(() => handler(req, res, next)),
    { metrics: handler.metrics, drain: handler.drain, inFlight: handler.inFlight },
  );
}

/** `host[:port]` resolvers with host names looked up once (the DNS client takes addresses): `localhost:5353` → `127.0.0.1:5353`. */
async function resolveServerNames(servers: readonly string[] | undefined): Promise<string[] | undefined> {
  if (!servers) return undefined;
  return Promise.all(
    servers.map(async (spec) => {
      const named = /^([a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(spec.trim());
      if (!named || !/[a-z]/i.test(named[1]!) || isIP(named[1]!)) return spec;
      const all = await lookup(named[1]!, { all: true }).catch(() => []);
      // IPv4 first: `localhost` is both 127.0.0.1 and ::1, and a resolver on one of them rarely listens on the other.
      const { address, family } = all.find((a) => a.family === 4) ?? all[0] ?? {};
      if (!address) throw new TypeError(`saisie-server: the DNS server name ${JSON.stringify(named[1]!.slice(0, 60))} does not resolve; give its IP address.`);
      const host = family === 6 ? `[${address}]` : address;
      return `${host}:${named[2] ?? '53'}`;
    }),
  );
}

/** Starts saisie-server (the `saisie-server` bin's server) once the full disposable list is loaded. */
export async function startSaisieServer(options: SaisieStartOptions = {}): Promise<SaisieServer> {
  const dnsServers = await resolveServerNames(options.dnsServers);
  const handler = options.handler ?? createVerifyHandler({ ...options, ...(dnsServers && { dnsServers }) });
  await loadDisposable();
  return startWith({ ...options, checkEmail, checkPhone, addressProvider: undefined, handler });
}
