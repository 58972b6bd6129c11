// The stub resolver against a real DNS server on 127.0.0.1 (test/dns-server.mjs, dns2): every RCODE, TTLs,
// truncation to TCP, failover, timeouts, abort, and hostile packets (fast-check) that must never break it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSocket } from 'node:dgram';
import fc from 'fast-check';
import dns2 from 'dns2';
import { startDnsServer, startSilentDnsServer, type DnsFixture } from '../../../test/dns-server.mjs';
import { createDnsClient, type DnsAnswer } from './createDnsClient.js';

// dns2's own types are stricter than the packets these tests craft on purpose.
interface LoosePacket {
  header: { id: number; rcode: number };
  questions: Array<Record<string, unknown>>;
  answers: Array<Record<string, unknown>>;
  authorities: Array<Record<string, unknown>>;
  toBuffer(): Buffer;
}
const Packet = dns2.Packet as unknown as {
  new (): LoosePacket;
  parse(bytes: Buffer): LoosePacket;
  createResponseFromRequest(request: LoosePacket): LoosePacket;
  TYPE: Record<'A' | 'NS' | 'MX', number>;
  CLASS: Record<'IN', number>;
  RCODE: Record<'SERVFAIL' | 'FORMERR', number>;
};
type Reply = (query: Buffer, send: (bytes: Uint8Array) => void) => void;

let dns: DnsFixture;
const closers: Array<() => Promise<void>> = [];
beforeAll(async () => {
  dns = await startDnsServer();
});
afterAll(async () => {
  await Promise.all([dns.close(), ...closers.map((close) => close())]);
});

/** A UDP server answering with what `reply` crafts; closed after the suite. */
async function crafted(reply?: Reply) {
  const server = await startSilentDnsServer(reply ? { reply } : {});
  closers.push(server.close);
  return server;
}

/** A well-formed answer to `query`: MX 10 `exchange`, TTL 77 (dns2 builds it). */
function goodAnswer(query: Buffer, edit: (response: LoosePacket) => void = () => {}, exchange = 'mail.crafted.test'): Buffer {
  const request = Packet.parse(query);
  const response = Packet.createResponseFromRequest(request);
  response.answers.push({ name: request.questions[0]?.name, type: Packet.TYPE.MX, class: Packet.CLASS.IN, ttl: 77, priority: 10, exchange });
  edit(response);
  return response.toBuffer();
}

const client = (servers: string[], timeoutMs = 1000, tries = 1) => createDnsClient({ servers, timeoutMs, tries });

describe('createDnsClient against the fixture resolver', () => {
  it('gets MX records with their TTLs, whatever the case of the name', async () => {
    const answer = await client([dns.address]).query('MX.Test', 'MX');
    expect(answer).toEqual({ rcode: 'NOERROR', records: [{ type: 'MX', name: 'mx.test', ttl: 300, data: { preference: 10, exchange: 'mail.mx.test' } }] });
  });

  it('gets the null MX as the root name, A and AAAA records in text form', async () => {
    const c = client([dns.address]);
    expect((await c.query('nullmx.test', 'MX')).records).toEqual([{ type: 'MX', name: 'nullmx.test', ttl: 3600, data: { preference: 0, exchange: '.' } }]);
    expect((await c.query('aonly.test', 'A')).records).toEqual([{ type: 'A', name: 'aonly.test', ttl: 120, data: '192.0.2.1' }]);
    expect((await c.query('aaaaonly.test', 'AAAA')).records).toEqual([{ type: 'AAAA', name: 'aaaaonly.test', ttl: 240, data: '2001:db8::1' }]);
  });

  it('carries the negative TTL of NODATA and NXDOMAIN (min of SOA TTL and minimum)', async () => {
    const c = client([dns.address]);
    expect(await c.query('nothing.test', 'MX')).toEqual({ rcode: 'NOERROR', records: [], negativeTtl: 120 });
    expect(await c.query('aonly.test', 'MX')).toEqual({ rcode: 'NOERROR', records: [], negativeTtl: 90 });
    expect(await c.query('no-such-name.test', 'MX')).toEqual({ rcode: 'NXDOMAIN', records: [], negativeTtl: 60 });
  });

  it('follows a CNAME chain in the answer', async () => {
    const answer = await client([dns.address]).query('alias.test', 'MX');
    expect(answer.records.map((r) => [r.type, r.name, r.ttl])).toEqual([['CNAME', 'alias.test', 100], ['MX', 'mx.test', 300]]);
  });

  it('says SERVFAIL and REFUSED, after asking every try', async () => {
    const before = dns.queries;
    expect(await client([dns.address], 1000, 2).query('servfail.test', 'MX')).toEqual({ rcode: 'SERVFAIL', records: [] });
    expect(dns.queries - before).toBe(2);
    expect((await client([dns.address]).query('refused.test', 'A')).rcode).toBe('REFUSED');
  });

  it('retries over TCP when the UDP answer is truncated', async () => {
    const answer = await client([dns.address]).query('big.test', 'MX');
    expect(answer.rcode).toBe('NOERROR');
    expect(answer.records).toHaveLength(80);
    expect(dns.log.filter((q) => q.name === 'big.test').map((q) => q.transport)).toEqual(['udp', 'tcp']);
  });

  it('resolves TIMEOUT when the server never answers', async () => {
    expect(await client([dns.address], 200, 2).query('blackhole.test', 'MX')).toEqual({ rcode: 'TIMEOUT', records: [] });
    const silent = await crafted();
    expect(await client([silent.address], 200, 3).query('mx.test', 'MX')).toEqual({ rcode: 'TIMEOUT', records: [] });
    expect(silent.queries).toBe(3);
  });

  it('fails over from a silent server, a closed port or a SERVFAIL to a live one', async () => {
    const silent = await crafted();
    expect((await client([silent.address, dns.address], 400).query('mx.test', 'MX')).rcode).toBe('NOERROR');
    expect(silent.queries).toBe(1);
    const closed = await crafted();
    await closed.close();
    expect((await client([closed.address, dns.address], 400).query('mx.test', 'MX')).rcode).toBe('NOERROR');
    const failing = await crafted((query, send) => send(goodAnswer(query, (r) => { r.header.rcode = Packet.RCODE.SERVFAIL; r.answers = []; })));
    expect((await client([failing.address, dns.address], 400).query('mx.test', 'MX')).records).toHaveLength(1);
    expect(failing.queries).toBe(1);
  });

  it('talks to an IPv6 resolver', async (ctx) => {
    // A relay on [::1] to the IPv4 fixture; skipped where the host has no IPv6 loopback.
    const relay = createSocket('udp6');
    const upstream = createSocket('udp4');
    relay.on('error', () => {});
    const bound = await new Promise<boolean>((resolve) => {
      relay.once('error', () => resolve(false));
      relay.bind(0, '::1', () => resolve(true));
    });
    if (!bound) return ctx.skip();
    await new Promise<void>((resolve) => upstream.bind(0, '127.0.0.1', resolve));
    let peer: { port: number; address: string } | undefined;
    relay.on('message', (msg, rinfo) => {
      peer = rinfo;
      upstream.send(msg, dns.port, '127.0.0.1');
    });
    upstream.on('message', (msg) => peer && relay.send(msg, peer.port, peer.address));
    try {
      const answer = await client([`[::1]:${relay.address().port}`]).query('mx.test', 'MX');
      expect(answer.records).toHaveLength(1);
    } finally {
      relay.close();
      upstream.close();
    }
  });

  it('ignores answers with a foreign ID, a foreign question or no QR bit, and takes the real one', async () => {
    const server = await crafted((query, send) => {
      // Decoys name another exchange: taking one would show in the records.
      const wrongId = goodAnswer(query, undefined, 'decoy.test');
      wrongId.writeUInt16BE(wrongId.readUInt16BE(0) ^ 0x5a5a, 0);
      const notAnswer = goodAnswer(query, undefined, 'decoy.test');
      notAnswer[2] = (notAnswer[2] ?? 0) & 0x7f;
      send(wrongId);
      send(goodAnswer(query, (r) => { r.questions = [{ ...r.questions[0], name: 'other.test' }]; }, 'decoy.test'));
      send(goodAnswer(query, (r) => { r.questions = [{ ...r.questions[0], type: Packet.TYPE.A }]; }, 'decoy.test'));
      send(notAnswer);
      send(goodAnswer(query));
    });
    const answer = await client([server.address]).query('crafted.test', 'MX');
    expect(answer.records).toEqual([{ type: 'MX', name: 'crafted.test', ttl: 77, data: { preference: 10, exchange: 'mail.crafted.test' } }]);
  });

  it('asks again without EDNS after a FORMERR, and treats a referral as a failure', async () => {
    const noEdns = await crafted((query, send) => {
      const withOpt = query.readUInt16BE(10) > 0;
      send(goodAnswer(query, (r) => {
        if (!withOpt) return;
        r.header.rcode = Packet.RCODE.FORMERR;
        r.answers = [];
      }));
    });
    expect((await client([noEdns.address]).query('crafted.test', 'MX')).records).toHaveLength(1);
    expect(noEdns.queries).toBe(2);
    const referral = await crafted((query, send) => send(goodAnswer(query, (r) => {
      r.answers = [];
      r.authorities.push({ name: 'test', type: Packet.TYPE.NS, class: Packet.CLASS.IN, ttl: 3600, ns: 'a.nic.test' });
    })));
    expect(await client([referral.address]).query('crafted.test', 'MX')).toEqual({ rcode: 'OTHER', records: [] });
  });

  it('rejects on abort, with the signal reason, and before asking when already aborted', async () => {
    const controller = new AbortController();
    const pending = client([dns.address], 5000).query('blackhole.test', 'MX', controller.signal);
    setTimeout(() => controller.abort(new Error('gone')), 20);
    await expect(pending).rejects.toThrow('gone');
    const before = dns.queries;
    await expect(client([dns.address]).query('mx.test', 'MX', AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(dns.queries).toBe(before);
  });

  it('throws a TypeError for developer mistakes', () => {
    for (const servers of [['dns.google'], ['192.0.2.1:0'], ['[192.0.2.1]:53'], ['192.0.2.1:99999'], []]) {
      expect(() => createDnsClient({ servers })).toThrow(/^saisie: /);
    }
    expect(() => createDnsClient({ servers: ['192.0.2.1'], timeoutMs: 0 })).toThrow(TypeError);
    expect(() => createDnsClient({ servers: ['192.0.2.1'], tries: 0 })).toThrow(TypeError);
    expect(() => createDnsClient({ servers: ['192.0.2.1:53', '[2001:db8::1]:5353', '2001:db8::2'] })).not.toThrow();
    const c = createDnsClient({ servers: ['192.0.2.1'] });
    expect(() => c.query('a'.repeat(64) + '.test', 'MX')).toThrow(TypeError);
    expect(() => c.query('mx.test', 'TXT' as 'MX')).toThrow(TypeError);
  });
});

/** Whether an answer has the documented shape. */
function wellFormed(answer: DnsAnswer): boolean {
  return ['NOERROR', 'NXDOMAIN', 'SERVFAIL', 'REFUSED', 'OTHER', 'TIMEOUT'].includes(answer.rcode) &&
    Array.isArray(answer.records) &&
    answer.records.every((r) => typeof r.name === 'string' && Number.isInteger(r.ttl) && r.ttl >= 0 && r.ttl <= 0x7fffffff &&
      (r.type === 'MX' ? typeof r.data.exchange === 'string' && Number.isInteger(r.data.preference) : typeof r.data === 'string'));
}

describe('createDnsClient with hostile packets', () => {
  it('never throws on garbage, truncated or mutated answers, and still takes the real one', async () => {
    let packets: Uint8Array[] = [];
    const server = await crafted((query, send) => {
      for (const p of packets) {
        const copy = Buffer.from(p);
        // Most packets carry the query's ID, so the parser goes past the header.
        if (copy.length >= 2 && copy[0] === 0xff) copy.writeUInt16BE(query.readUInt16BE(0), 0);
        send(copy);
      }
      send(goodAnswer(query));
    });
    const c = client([server.address], 1000);
    const request = new Packet();
    request.questions.push({ name: 'crafted.test', type: Packet.TYPE.MX, class: Packet.CLASS.IN });
    const good = goodAnswer(request.toBuffer());
    const mutated = fc.tuple(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(good.length)).map(([edits, cut]) => {
      const copy = Buffer.from(good);
      copy[0] = 0xff;
      for (const [at, byte] of edits) if (at > 1) copy[at] = byte;
      return copy.subarray(0, Math.max(cut, 2));
    });
    const header = Buffer.from(good.subarray(0, 12));
    header[0] = 0xff;
    const withHeader = fc.uint8Array({ maxLength: 300 }).map((tail) => Buffer.concat([header, tail]));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.uint8Array({ maxLength: 600 }), mutated, withHeader), { maxLength: 4 }), async (list) => {
        packets = list;
        const answer = await c.query('crafted.test', 'MX');
        expect(wellFormed(answer)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('survives compression-pointer loops and huge counts (answers TIMEOUT, never hangs)', async () => {
    const server = await crafted((query, send) => {
      // The query without its OPT record, then one answer whose owner name is a pointer to itself.
      const base = Buffer.from(query.subarray(0, query.length - 11));
      base[2] = 0x81;
      base.writeUInt16BE(1, 6);
      base.writeUInt16BE(0, 10);
      const self = base.length;
      send(Buffer.concat([base, Buffer.from([0xc0 | (self >> 8), self & 0xff, 0, 15, 0, 1, 0, 0, 0, 1, 0, 0])]));
      const counts = Buffer.from(query);
      counts[2] = 0x81;
      counts.writeUInt16BE(0xffff, 6);
      send(counts);
    });
    expect(await client([server.address], 200).query('crafted.test', 'MX')).toEqual({ rcode: 'TIMEOUT', records: [] });
  });
});
