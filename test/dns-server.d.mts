// Types of test/dns-server.mjs for the TypeScript tests (and the demo) that start it.

/** One MX of a fixture zone ("." with preference 0 is a null MX). */
export interface FixtureMx {
  preference: number;
  exchange: string;
}

/** A fixture name: its records by type (TTL `ttl`, default 300), or how it misbehaves. */
export interface FixtureZone {
  ttl?: number;
  MX?: FixtureMx[];
  A?: string[];
  AAAA?: string[];
  TXT?: string[];
  CNAME?: string;
  /** SOA minimum of the NODATA answers for this name (default 60). */
  negativeTtl?: number;
  /** Answer with this RCODE and nothing else. */
  rcode?: 'SERVFAIL' | 'REFUSED' | 'NOTIMP' | 'FORMERR';
  /** Never answer. */
  drop?: boolean;
}

/** One question the fixture received. */
export interface DnsQueryLog {
  name: string;
  type: string;
  transport: 'udp' | 'tcp';
}

/** The zones the tests use: mx.test, nullmx.test, aonly.test, aaaaonly.test, nothing.test, alias.test, servfail.test, refused.test, blackhole.test, big.test… */
export const defaultZones: Record<string, FixtureZone>;

/** Realistic names for the offline demo: example.com, gmail.com, boite-sans-mx.fr (no MX, no A)… */
export const demoZones: Record<string, FixtureZone>;

/** A running fixture resolver on 127.0.0.1 (UDP and TCP on `port`). */
export interface DnsFixture {
  port: number;
  /** '127.0.0.1:PORT', ready for createDnsClient({ servers: [address] }) or SAISIE_DNS_SERVERS. */
  address: string;
  /** How many questions it received. */
  readonly queries: number;
  log: DnsQueryLog[];
  close(): Promise<void>;
}

/** Starts the fixture resolver (a random port unless `port` is given; `zones` default `defaultZones`). */
export function startDnsServer(options?: { zones?: Record<string, FixtureZone>; port?: number }): Promise<DnsFixture>;

/** A UDP resolver that never answers, or answers with the bytes `reply` crafts for each query. */
export function startSilentDnsServer(options?: { reply?: (query: Buffer, send: (bytes: Uint8Array) => void) => void }): Promise<{
  port: number;
  address: string;
  readonly queries: number;
  close(): Promise<void>;
}>;
