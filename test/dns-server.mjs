// Local DNS resolver for tests and the offline demo (dns2, MIT): answers from a small zone table on 127.0.0.1,
// over UDP and TCP on the same port. Names not in the table are NXDOMAIN (with an SOA, minimum 60); a name
// with records but none of the asked type is NODATA (SOA in authority); `rcode` answers that error; `drop`
// never answers; `big.test` holds so many MX that the UDP answer is truncated (TC) and the client must use TCP.
// Standalone (the demo's resolver):
//   node test/dns-server.mjs --port 8053 [--demo]   (not 5353: mDNS daemons hold it)
import { createSocket } from 'node:dgram';
import dns2 from 'dns2';
import { isMain } from '../scripts/is-main.mjs';

const { Packet, createUDPServer, createTCPServer } = dns2;

const SOA_DEFAULTS = { serial: 2024010101, refresh: 3600, retry: 600, expiration: 86400 };

/** A zone entry: records by type, or how to misbehave. */
const mxList = (count) => Array.from({ length: count }, (_, i) => ({ preference: 10 + i, exchange: `mx${String(i).padStart(3, '0')}.mail-exchangers-of-a-big-domain.big.test` }));

/** The zones the tests use (see the header comment). */
export const defaultZones = {
  'mx.test': { ttl: 300, MX: [{ preference: 10, exchange: 'mail.mx.test' }], A: ['192.0.2.10'] },
  'mail.mx.test': { ttl: 300, A: ['192.0.2.25'] },
  'lowttl.test': { ttl: 30, MX: [{ preference: 20, exchange: 'b.lowttl.test' }, { preference: 10, exchange: 'a.lowttl.test' }] },
  'nullmx.test': { ttl: 3600, MX: [{ preference: 0, exchange: '.' }] },
  'aonly.test': { ttl: 120, A: ['192.0.2.1'], negativeTtl: 90 },
  'aaaaonly.test': { ttl: 240, AAAA: ['2001:db8::1'] },
  'nothing.test': { ttl: 300, TXT: ['v=spf1 -all'], negativeTtl: 120 },
  'alias.test': { ttl: 100, CNAME: 'mx.test' },
  'servfail.test': { rcode: 'SERVFAIL' },
  'refused.test': { rcode: 'REFUSED' },
  'blackhole.test': { drop: true },
  'big.test': { ttl: 300, MX: mxList(80) },
  'xn--bcher-kva.test': { ttl: 300, MX: [{ preference: 5, exchange: 'mx.xn--bcher-kva.test' }] },
};

/** Realistic names for the offline demo (reserved example domains where possible). */
export const demoZones = {
  'example.com': { ttl: 3600, MX: [{ preference: 10, exchange: 'mail.example.com' }], A: ['192.0.2.34'] },
  'example.org': { ttl: 3600, MX: [{ preference: 0, exchange: '.' }], A: ['192.0.2.34'] },
  'example.net': { ttl: 3600, A: ['192.0.2.34'] },
  'gmail.com': { ttl: 3600, MX: [5, 10, 20, 30, 40].map((preference, i) => ({ preference, exchange: i ? `alt${i}.gmail-smtp-in.l.google.com` : 'gmail-smtp-in.l.google.com' })) },
  'orange.fr': { ttl: 3600, MX: [{ preference: 10, exchange: 'smtp-in.orange.fr' }] },
  'free.fr': { ttl: 3600, MX: [{ preference: 10, exchange: 'mx1.free.fr' }, { preference: 20, exchange: 'mx2.free.fr' }] },
  'laposte.net': { ttl: 3600, MX: [{ preference: 10, exchange: 'smtp-in.laposte.net' }] },
  'yopmail.com': { ttl: 3600, MX: [{ preference: 10, exchange: 'mx.yopmail.com' }] },
  // Made-up names under real TLDs: the local rules refuse .example and .test before any DNS is asked.
  // Exists (an SOA, a TXT) but has no MX and no A/AAAA: `email.no_mx`.
  'boite-sans-mx.fr': { ttl: 3600, TXT: ['no mail here'], negativeTtl: 300 },
  // No MX but an A record: valid by the RFC 5321 §5.1 implicit MX.
  'a-seulement.fr': { ttl: 3600, A: ['192.0.2.80'] },
  'panne-dns.fr': { rcode: 'SERVFAIL' },
  'dns-lent.fr': { drop: true },
  // exemple-sans-mx.fr and every other unknown name: NXDOMAIN (`email.no_domain`).
};

const TYPES = { A: Packet.TYPE.A, AAAA: Packet.TYPE.AAAA, MX: Packet.TYPE.MX, TXT: Packet.TYPE.TXT, CNAME: Packet.TYPE.CNAME };
const typeName = (code) => Object.keys(TYPES).find((k) => TYPES[k] === code) ?? String(code);

/** The SOA that negative answers carry: owner `apex`, TTL `ttl`, minimum `minimum` (RFC 2308: negative TTL = min). */
const soa = (apex, ttl, minimum) => ({
  name: apex,
  type: Packet.TYPE.SOA,
  class: Packet.CLASS.IN,
  ttl,
  primary: `ns1.${apex}`,
  admin: `hostmaster.${apex}`,
  ...SOA_DEFAULTS,
  minimum,
});

/** The resource records of `zone` of type `code` for owner `name`. */
function recordsOf(name, zone, code) {
  const base = { name, type: code, class: Packet.CLASS.IN, ttl: zone.ttl ?? 300 };
  switch (code) {
    case Packet.TYPE.A: return (zone.A ?? []).map((address) => ({ ...base, address }));
    case Packet.TYPE.AAAA: return (zone.AAAA ?? []).map((address) => ({ ...base, address }));
    case Packet.TYPE.MX: return (zone.MX ?? []).map(({ preference, exchange }) => ({ ...base, priority: preference, exchange }));
    case Packet.TYPE.TXT: return (zone.TXT ?? []).map((data) => ({ ...base, data }));
    default: return [];
  }
}

/** The dns2 request handler for `zones`, counting into `log`. */
function createHandler(zones, log) {
  return (request, send, client) => {
    const [question] = request.questions ?? [];
    if (!question) return;
    const asked = String(question.name).toLowerCase().replace(/\.$/, '');
    log.push({ name: asked, type: typeName(question.type), transport: typeof client?.remoteAddress === 'string' ? 'tcp' : 'udp' });
    const response = Packet.createResponseFromRequest(request);
    response.header.ra = 1;
    let name = asked;
    let zone = zones[name];
    if (zone?.drop) return;
    if (zone?.rcode) {
      response.header.rcode = Packet.RCODE[zone.rcode];
      send(response);
      return;
    }
    // Follow CNAMEs inside the table, as a recursive resolver would.
    for (let hop = 0; zone?.CNAME && question.type !== Packet.TYPE.CNAME && hop < 8; hop++) {
      response.answers.push({ name, type: Packet.TYPE.CNAME, class: Packet.CLASS.IN, ttl: zone.ttl ?? 300, domain: zone.CNAME });
      name = zone.CNAME;
      zone = zones[name];
    }
    const apex = name.split('.').slice(-2).join('.') || 'test';
    if (!zone) {
      response.header.rcode = Packet.RCODE.NXDOMAIN;
      response.authorities.push(soa(name.split('.').pop() || 'test', 900, 60));
    } else {
      const records = recordsOf(name, zone, question.type);
      response.answers.push(...records);
      if (!records.length) response.authorities.push(soa(apex, zone.ttl ?? 300, zone.negativeTtl ?? 60));
    }
    send(response);
  };
}

/** `fn` run once; later calls get the first call's promise (a test may close a fixture twice). */
const once = (fn) => {
  let result;
  return () => (result ??= fn());
};

/** Binds a UDP and a TCP server on the same port of 127.0.0.1 (a random one unless `port` is given). */
async function listenBoth(handle, port) {
  for (let attempt = 0; ; attempt++) {
    const udp = createUDPServer(handle);
    udp.on('requestError', () => {});
    await new Promise((resolve, reject) => {
      udp.once('error', reject);
      udp.bind(port, '127.0.0.1', resolve);
    });
    const actual = udp.address().port;
    const tcp = createTCPServer(handle);
    tcp.on('requestError', () => {});
    try {
      await new Promise((resolve, reject) => {
        tcp.once('error', reject);
        tcp.listen(actual, '127.0.0.1', resolve);
      });
      udp.on('error', () => {});
      tcp.on('error', () => {});
      return { udp, tcp, port: actual };
    } catch (error) {
      udp.close();
      if (port || attempt >= 20) throw error;
    }
  }
}

/**
 * Starts the fixture resolver: `{ port, address: '127.0.0.1:PORT', queries, log, close() }`; `queries` counts the
 * questions received, `log` lists them ({ name, type, transport }). `zones` defaults to `defaultZones`.
 */
export async function startDnsServer({ zones = defaultZones, port = 0 } = {}) {
  const log = [];
  const { udp, tcp, port: actual } = await listenBoth(createHandler(zones, log), port);
  const sockets = new Set();
  tcp.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    port: actual,
    address: `127.0.0.1:${actual}`,
    get queries() { return log.length; },
    log,
    close: once(() => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      udp.close(() => tcp.close(() => resolve()));
    })),
  };
}

/**
 * A resolver that never answers: a UDP socket on 127.0.0.1 that reads and ignores every query, or, with
 * `reply(query, send)`, answers with whatever bytes the test crafts (garbage, a wrong ID…).
 */
export async function startSilentDnsServer({ reply } = {}) {
  const socket = createSocket('udp4');
  let queries = 0;
  socket.on('message', (query, rinfo) => {
    queries++;
    reply?.(query, (bytes) => socket.send(bytes, rinfo.port, rinfo.address));
  });
  socket.on('error', () => {});
  await new Promise((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  return {
    port,
    address: `127.0.0.1:${port}`,
    get queries() { return queries; },
    close: once(() => new Promise((resolve) => socket.close(() => resolve()))),
  };
}

if (isMain(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8053;
  const zones = process.argv.includes('--demo') ? demoZones : { ...defaultZones, ...demoZones };
  const { address } = await startDnsServer({ zones, port });
  console.log(`Fixture DNS resolver on ${address} (UDP and TCP), ${Object.keys(zones).length} names (Ctrl-C to stop)`);
}
