// A small stub resolver (DNS over UDP, TCP when the answer is truncated) for saisie-server's mail-domain check.
// Why not node:dns: resolveMx gives no TTLs, and the verdict cache must respect them (negative answers for the
// SOA minimum, RFC 2308). Every packet is hostile: bounds-checked reads, capped compression pointers and counts,
// answers with a foreign ID or question ignored; network trouble resolves (TIMEOUT, SERVFAIL…), never rejects.
import { randomInt } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { getServers } from 'node:dns';
import { connect, isIP } from 'node:net';
import type { AbortSignalLike } from '../../core/form/createScheduler.js';

/** The record types a mail-domain check asks for. */
export type DnsQueryType = 'MX' | 'A' | 'AAAA';

/** How a query ended: the server's RCODE, or TIMEOUT when no server answered in time. */
export type DnsRcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED' | 'OTHER' | 'TIMEOUT';

/** One answer record (names in lower case, no trailing dot, the root as "."); CNAMEs of the chain included. */
export type DnsRecord =
  | { readonly type: 'MX'; readonly name: string; readonly ttl: number; readonly data: { readonly preference: number; readonly exchange: string } }
  | { readonly type: 'A' | 'AAAA' | 'CNAME'; readonly name: string; readonly ttl: number; readonly data: string };

/** A query's result; `negativeTtl` (RFC 2308: min of the SOA's TTL and minimum) on NXDOMAIN and NODATA. */
export interface DnsAnswer {
  readonly rcode: DnsRcode;
  readonly records: readonly DnsRecord[];
  readonly negativeTtl?: number;
}

/** Options of createDnsClient. */
export interface DnsClientOptions {
  /** Resolvers as 'host[:port]' ('192.0.2.53', '127.0.0.1:5353', '[::1]:53'); default node:dns getServers(). */
  readonly servers?: readonly string[];
  /** Budget of one query, all retries and servers included (default 2000 ms). */
  readonly timeoutMs?: number;
  /** Rounds over the server list (default 2). */
  readonly tries?: number;
}

/** A stub resolver: `query` resolves for every network outcome, rejects only on abort (with the signal's reason). */
export interface DnsClient {
  query(name: string, type: DnsQueryType, signal?: AbortSignalLike): Promise<DnsAnswer>;
}

interface Server { readonly host: string; readonly port: number; readonly family: 4 | 6 }

interface RawRecord { name: string; type: number; cls: number; ttl: number; data: unknown }

interface Message {
  id: number;
  flags: number;
  rcode: number;
  question: { name: string; type: number; cls: number } | undefined;
  answers: RawRecord[];
  authority: RawRecord[];
}

const TYPE = { A: 1, NS: 2, CNAME: 5, SOA: 6, MX: 15, AAAA: 28, OPT: 41 } as const;
const CLASS_IN = 1;
const UDP_PAYLOAD = 1232; // the DNS flag day 2020 EDNS buffer size: no IP fragmentation
const MAX_RECORDS = 1024; // per section; a 64 KB message cannot hold many more
const MAX_POINTERS = 32;
const MAX_CHAIN = 16; // CNAME hops followed inside one answer
const MAX_TIMEOUT_MS = 60_000;

/** The error an aborted query rejects with. */
const abortError = (signal: AbortSignalLike): unknown =>
  (signal as { reason?: unknown }).reason ?? new DOMException('The DNS query was aborted.', 'AbortError');

/** 'host[:port]' → Server; a developer mistake throws. */
function parseServer(spec: unknown): Server {
  const fail = (): never => {
    throw new TypeError(`saisie: DNS server ${JSON.stringify(spec)} is not 'ip[:port]' (e.g. '192.0.2.53', '127.0.0.1:5353', '[::1]:53'); resolvers are given by IP address, not by name.`);
  };
  if (typeof spec !== 'string' || spec.length > 100) return fail();
  let host = spec.trim();
  let port = '53';
  const bracket = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(host);
  if (bracket) {
    host = bracket[1] ?? '';
    port = bracket[2] ?? port;
    if (isIP(host) !== 6) return fail();
  } else if (isIP(host) !== 6) {
    const colon = host.lastIndexOf(':');
    if (colon >= 0) {
      port = host.slice(colon + 1);
      host = host.slice(0, colon);
    }
  }
  const family = isIP(host);
  const portNumber = /^\d{1,5}$/.test(port) ? Number(port) : 0;
  if ((family !== 4 && family !== 6) || portNumber < 1 || portNumber > 65535) return fail();
  return { host, port: portNumber, family };
}

/** The wire form of a query name (ASCII, already IDNA-encoded); undefined when it cannot be one. */
function encodeName(name: string): Buffer | undefined {
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
  if (trimmed === '') return Buffer.from([0]);
  const labels = trimmed.split('.');
  const out = Buffer.alloc(trimmed.length + 2);
  let at = 0;
  for (const label of labels) {
    if (label.length < 1 || label.length > 63) return undefined;
    out[at++] = label.length;
    for (let i = 0; i < label.length; i++) {
      const code = label.charCodeAt(i);
      if (code > 0x7e || code < 0x21) return undefined;
      out[at++] = code;
    }
  }
  out[at++] = 0;
  return at > 255 ? undefined : out;
}

/** A query message: random ID, RD, one question, optionally an EDNS0 OPT record advertising 1232 bytes. */
function buildQuery(id: number, qname: Buffer, qtype: number, edns: boolean): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100, 2); // RD
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(edns ? 1 : 0, 10);
  const question = Buffer.alloc(4);
  question.writeUInt16BE(qtype, 0);
  question.writeUInt16BE(CLASS_IN, 2);
  const parts = [header, qname, question];
  if (edns) {
    const opt = Buffer.alloc(11);
    opt.writeUInt16BE(TYPE.OPT, 1);
    opt.writeUInt16BE(UDP_PAYLOAD, 3);
    parts.push(opt);
  }
  return Buffer.concat(parts);
}

/** A label's bytes in presentation form: lower case, odd bytes escaped as \DDD (RFC 1035 §5.1). */
function labelText(buf: Buffer, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) {
    let b = buf[i] ?? 0;
    if (b >= 0x41 && b <= 0x5a) b += 0x20;
    text += b > 0x20 && b < 0x7f && b !== 0x2e && b !== 0x5c ? String.fromCharCode(b) : `\\${String(b).padStart(3, '0')}`;
  }
  return text;
}

/** Reads a possibly compressed name at `offset`: { name, end } (end: just past it in place), or undefined. */
function readName(buf: Buffer, offset: number): { name: string; end: number } | undefined {
  const labels: string[] = [];
  let pos = offset;
  let segment = offset; // where the current run of labels began: a pointer must point before it
  let end = -1;
  let jumps = 0;
  let octets = 1;
  for (;;) {
    const len = buf[pos];
    if (len === undefined) return undefined;
    if (len === 0) {
      if (end < 0) end = pos + 1;
      break;
    }
    if ((len & 0xc0) === 0xc0) {
      const low = buf[pos + 1];
      if (low === undefined || ++jumps > MAX_POINTERS) return undefined;
      const target = ((len & 0x3f) << 8) | low;
      if (target >= segment) return undefined; // forward or looping pointer
      if (end < 0) end = pos + 2;
      pos = target;
      segment = target;
      continue;
    }
    if (len & 0xc0) return undefined; // reserved label types
    octets += len + 1;
    if (octets > 255 || pos + 1 + len > buf.length) return undefined;
    labels.push(labelText(buf, pos + 1, pos + 1 + len));
    pos += 1 + len;
  }
  return { name: labels.length ? labels.join('.') : '.', end };
}

/** The data of a record we use, or undefined (unused type) / null (malformed). */
function readData(buf: Buffer, type: number, start: number, length: number): unknown {
  const end = start + length;
  const nameIn = (at: number) => {
    const n = readName(buf, at);
    return n && n.end <= end ? n : undefined;
  };
  switch (type) {
    case TYPE.A:
      return length === 4 ? `${buf[start]}.${buf[start + 1]}.${buf[start + 2]}.${buf[start + 3]}` : null;
    case TYPE.AAAA: {
      if (length !== 16) return null;
      const groups: string[] = [];
      for (let i = 0; i < 8; i++) groups.push(buf.readUInt16BE(start + 2 * i).toString(16));
      return compressIpv6(groups);
    }
    case TYPE.CNAME:
    case TYPE.NS:
      return nameIn(start)?.name ?? null;
    case TYPE.MX: {
      if (length < 3) return null;
      const exchange = nameIn(start + 2);
      return exchange ? { preference: buf.readUInt16BE(start), exchange: exchange.name } : null;
    }
    case TYPE.SOA: {
      const primary = nameIn(start);
      const admin = primary && nameIn(primary.end);
      if (!admin || admin.end + 20 > end) return null;
      return { minimum: buf.readUInt32BE(admin.end + 16) };
    }
    default:
      return undefined;
  }
}

/** The RFC 5952 text of eight hex groups: the longest run of two or more zero groups becomes "::". */
function compressIpv6(groups: string[]): string {
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLength).join(':')}`;
}

/** Parses a response defensively; undefined for anything malformed. */
function parseMessage(buf: Buffer): Message | undefined {
  if (buf.length < 12) return undefined;
  const id = buf.readUInt16BE(0);
  const flags = buf.readUInt16BE(2);
  const counts = [buf.readUInt16BE(4), buf.readUInt16BE(6), buf.readUInt16BE(8), buf.readUInt16BE(10)];
  if (counts.some((n) => n > MAX_RECORDS)) return undefined;
  let pos = 12;
  let question: Message['question'];
  for (let i = 0; i < (counts[0] ?? 0); i++) {
    const q = readName(buf, pos);
    if (!q || q.end + 4 > buf.length) return undefined;
    if (i === 0) question = { name: q.name, type: buf.readUInt16BE(q.end), cls: buf.readUInt16BE(q.end + 2) };
    pos = q.end + 4;
  }
  const sections: RawRecord[][] = [[], [], []];
  let extendedRcode = 0;
  for (let s = 0; s < 3; s++) {
    for (let i = 0; i < (counts[s + 1] ?? 0); i++) {
      const owner = readName(buf, pos);
      if (!owner || owner.end + 10 > buf.length) return s === 2 ? finish() : undefined;
      const type = buf.readUInt16BE(owner.end);
      const cls = buf.readUInt16BE(owner.end + 2);
      const rawTtl = buf.readUInt32BE(owner.end + 4);
      const length = buf.readUInt16BE(owner.end + 8);
      const start = owner.end + 10;
      if (start + length > buf.length) return s === 2 ? finish() : undefined;
      pos = start + length;
      if (s === 2) {
        // Only the OPT record matters among the additionals: the high bits of the RCODE (RFC 6891 §6.1.3).
        if (type === TYPE.OPT) extendedRcode = rawTtl >>> 24;
        continue;
      }
      const data = readData(buf, type, start, length);
      if (data === null) return undefined;
      // RFC 2181 §8: a TTL with the top bit set means zero.
      if (data !== undefined) sections[s]?.push({ name: owner.name, type, cls, ttl: rawTtl > 0x7fffffff ? 0 : rawTtl, data });
    }
  }
  return finish();

  function finish(): Message {
    return { id, flags, rcode: (extendedRcode << 4) | (flags & 0x0f), question, answers: sections[0] ?? [], authority: sections[1] ?? [] };
  }
}

/** What to make of a response: a final answer, a failure (try elsewhere), or 'formerr' (retry without EDNS). */
function classify(message: Message, qname: string, qtype: number): DnsAnswer | DnsRcode | 'formerr' {
  if (message.rcode === 2) return 'SERVFAIL';
  if (message.rcode === 5) return 'REFUSED';
  if (message.rcode === 1) return 'formerr';
  if (message.rcode !== 0 && message.rcode !== 3) return 'OTHER';
  // The CNAME chain from the question's name, then the records of the asked type on it.
  const owners = new Set([qname]);
  const cnames = message.answers.filter((r) => r.type === TYPE.CNAME && r.cls === CLASS_IN);
  for (let hop = 0; hop < MAX_CHAIN; hop++) {
    const before = owners.size;
    for (const r of cnames) if (owners.has(r.name)) owners.add(r.data as string);
    if (owners.size === before) break;
  }
  const records: DnsRecord[] = [];
  for (const r of message.answers) {
    if (r.cls !== CLASS_IN || !owners.has(r.name) || (r.type !== qtype && r.type !== TYPE.CNAME)) continue;
    if (r.type === TYPE.MX) records.push({ type: 'MX', name: r.name, ttl: r.ttl, data: r.data as { preference: number; exchange: string } });
    else records.push({ type: r.type === TYPE.A ? 'A' : r.type === TYPE.AAAA ? 'AAAA' : 'CNAME', name: r.name, ttl: r.ttl, data: r.data as string });
  }
  const soa = message.authority.find((r) => r.type === TYPE.SOA);
  const negative = message.rcode === 3 || !records.some((r) => r.type !== 'CNAME');
  if (message.rcode === 0 && negative && !soa && !cnames.length && message.authority.some((r) => r.type === TYPE.NS)) {
    return 'OTHER'; // a referral: the server does not recurse (an authoritative server given as resolver)
  }
  const rcode = message.rcode === 3 ? 'NXDOMAIN' : 'NOERROR';
  if (negative && soa) return { rcode, records, negativeTtl: Math.min(soa.ttl, (soa.data as { minimum: number }).minimum) };
  return { rcode, records };
}

/** Whether a parsed message answers our query (ID, QR, opcode QUERY, same question). */
function answers(message: Message, id: number, qname: string, qtype: number): boolean {
  const q = message.question;
  return message.id === id && (message.flags & 0x8000) !== 0 && (message.flags & 0x7800) === 0 &&
    q !== undefined && q.name === qname && q.type === qtype && q.cls === CLASS_IN;
}

/** Creates a DNS stub resolver over UDP (TCP on truncation) with failover between `servers`. */
export function createDnsClient(options: DnsClientOptions = {}): DnsClient {
  if (options === null || typeof options !== 'object') throw new TypeError('saisie: createDnsClient(options) takes an object: { servers?, timeoutMs?, tries? }.');
  const { timeoutMs = 2000, tries = 2 } = options;
  const specs = options.servers ?? getServers();
  if (!Array.isArray(specs) || specs.length === 0) {
    throw new TypeError("saisie: createDnsClient needs at least one DNS server: pass servers: ['192.0.2.53'] (SAISIE_DNS_SERVERS), none is configured on this host.");
  }
  const servers = specs.map(parseServer);
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || timeoutMs > MAX_TIMEOUT_MS) {
    throw new TypeError(`saisie: createDnsClient timeoutMs must be a number of milliseconds in (0, ${MAX_TIMEOUT_MS}], got ${String(timeoutMs)}.`);
  }
  if (!Number.isInteger(tries) || tries < 1 || tries > 10) throw new TypeError(`saisie: createDnsClient tries must be an integer from 1 to 10, got ${String(tries)}.`);
  const plan = Array.from({ length: tries }, () => servers).flat();

  return {
    query(name, type, signal) {
      if (type !== 'MX' && type !== 'A' && type !== 'AAAA') throw new TypeError(`saisie: DnsClient.query type must be 'MX', 'A' or 'AAAA', got ${String(type)}.`);
      const encoded = typeof name === 'string' ? encodeName(name.toLowerCase()) : undefined;
      if (!encoded) throw new TypeError(`saisie: DnsClient.query needs an ASCII domain name (IDNA-encoded, labels of 1–63 characters, 253 in all), got ${JSON.stringify(String(name).slice(0, 80))}.`);
      const wire: Buffer = encoded;
      const qname = readName(wire, 0)?.name ?? '.';
      const qtype = TYPE[type];
      if (signal?.aborted) return Promise.reject(abortError(signal));
      return new Promise<DnsAnswer>((resolve, reject) => {
        const started = performance.now();
        const open = new Set<() => void>(); // closers of the sockets still waiting for an answer
        const timers = new Set<ReturnType<typeof setTimeout>>();
        let next = 0;
        let settled = false;
        let lastFailure: DnsRcode | undefined;
        const onAbort = () => settle(() => reject(abortError(signal as AbortSignalLike)));
        const deadline = setTimeout(() => settle(() => resolve({ rcode: lastFailure ?? 'TIMEOUT', records: [] })), timeoutMs);
        signal?.addEventListener('abort', onAbort);

        function settle(done: () => void): void {
          if (settled) return;
          settled = true;
          clearTimeout(deadline);
          for (const t of timers) clearTimeout(t);
          (signal as { removeEventListener?: (t: string, l: () => void) => void } | undefined)?.removeEventListener?.('abort', onAbort);
          for (const close of open) close();
          open.clear();
          done();
        }
        /** Ends when nothing is left to try; sockets of earlier attempts stay open for a late answer. */
        function idle(): void {
          if (!settled && next >= plan.length && open.size === 0) settle(() => resolve({ rcode: lastFailure ?? 'TIMEOUT', records: [] }));
        }
        /** Starts the next attempt; it gets an even share of the time left, then the one after starts too. */
        function advance(): void {
          if (settled) return;
          const server = plan[next];
          if (!server) return idle();
          next++;
          const share = Math.max(1, (timeoutMs - (performance.now() - started)) / (plan.length - next + 1));
          attempt(server, share);
        }

        function attempt(server: Server, shareMs: number): void {
          let movedOn = false;
          const moveOn = () => {
            if (movedOn) return;
            movedOn = true;
            advance();
          };
          timers.add(setTimeout(moveOn, shareMs));
          /** This attempt's socket is done: note why, then go on. */
          const fail = (close: () => void, why: DnsRcode) => {
            if (settled || !open.delete(close)) return;
            close();
            lastFailure = why;
            if (movedOn) idle();
            else moveOn();
          };
          /** A response that answers our question: settle, retry, or fail over. */
          const handle = (close: () => void, message: Message, overTcp: boolean, retry: () => void) => {
            if (!overTcp && message.flags & 0x0200) {
              open.delete(close);
              close();
              return tcp();
            }
            const verdict = classify(message, qname, qtype);
            if (verdict === 'formerr') return retry();
            if (typeof verdict === 'string') return fail(close, verdict);
            settle(() => resolve(verdict));
          };

          const udp = () => {
            const socket = createSocket(server.family === 6 ? 'udp6' : 'udp4');
            let edns = true;
            let id = randomInt(0x10000);
            const close = () => {
              try {
                socket.close();
              } catch {
                // already closed
              }
            };
            open.add(close);
            const send = () => {
              if (settled || !open.has(close)) return;
              try {
                socket.send(buildQuery(id, wire, qtype, edns), (error) => {
                  if (error) fail(close, 'OTHER');
                });
              } catch {
                fail(close, 'OTHER');
              }
            };
            // A connected socket only hears its server, and ICMP port-unreachable arrives as ECONNREFUSED.
            socket.on('error', () => fail(close, 'OTHER'));
            socket.on('message', (packet: Buffer) => {
              if (settled || !open.has(close)) return;
              const message = parseMessage(packet);
              if (!message || !answers(message, id, qname, qtype)) return;
              handle(close, message, false, () => {
                if (!edns) return fail(close, 'OTHER');
                edns = false; // RFC 6891 §7: a FORMERR to an OPT may mean a server without EDNS
                id = randomInt(0x10000);
                send();
              });
            });
            try {
              socket.connect(server.port, server.host, send);
            } catch {
              fail(close, 'OTHER');
            }
          };

          const tcp = () => {
            const id = randomInt(0x10000);
            const query = buildQuery(id, wire, qtype, true);
            const frame = Buffer.alloc(2 + query.length);
            frame.writeUInt16BE(query.length, 0);
            query.copy(frame, 2);
            const socket = connect({ host: server.host, port: server.port, family: server.family });
            const close = () => socket.destroy();
            open.add(close);
            const chunks: Buffer[] = [];
            let received = 0;
            let need = -1;
            socket.on('error', () => fail(close, 'OTHER'));
            socket.on('close', () => fail(close, 'OTHER'));
            socket.on('connect', () => socket.write(frame));
            socket.on('data', (chunk: Buffer) => {
              if (settled || !open.has(close)) return;
              chunks.push(chunk);
              received += chunk.length;
              if (need < 0 && received >= 2) need = 2 + Buffer.concat(chunks).readUInt16BE(0);
              if (need < 0 || received < need) return;
              // One concatenation per message, so many tiny segments stay linear.
              const message = parseMessage(Buffer.concat(chunks, received).subarray(2, need));
              if (!message || !answers(message, id, qname, qtype)) return fail(close, 'OTHER');
              handle(close, message, true, () => fail(close, 'OTHER'));
            });
          };

          udp();
        }

        advance();
      });
    },
  };
}
