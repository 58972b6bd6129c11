// checkMailDomain against a real DNS server on 127.0.0.1 (test/dns-server.mjs): every outcome with its cache TTL,
// hostile domain input, and a resolver that never answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startDnsServer, startSilentDnsServer, type DnsFixture } from '../../../test/dns-server.mjs';
import { createDnsClient, type DnsAnswer, type DnsClient } from './createDnsClient.js';
import { checkMailDomain } from './checkMailDomain.js';

let dns: DnsFixture;
let client: DnsClient;
beforeAll(async () => {
  dns = await startDnsServer();
  client = createDnsClient({ servers: [dns.address], timeoutMs: 1000, tries: 1 });
});
afterAll(() => dns.close());

const check = (domain: string) => checkMailDomain(domain, { client });

describe('checkMailDomain', () => {
  it('says mx, with the MX TTL and the exchanges by preference', async () => {
    expect(await check('mx.test')).toEqual({ outcome: 'mx', ttl: 300, exchanges: ['mail.mx.test'] });
    expect(await check('lowttl.test')).toEqual({ outcome: 'mx', ttl: 30, exchanges: ['a.lowttl.test', 'b.lowttl.test'] });
  });

  it('takes the smallest TTL of a CNAME chain', async () => {
    expect(await check('alias.test')).toEqual({ outcome: 'mx', ttl: 100, exchanges: ['mail.mx.test'] });
  });

  it('says null-mx for the single MX "." (RFC 7505)', async () => {
    expect(await check('nullmx.test')).toEqual({ outcome: 'null-mx', ttl: 3600 });
  });

  it('says implicit-mx for no MX but an A or AAAA record (RFC 5321 §5.1), cached for the shorter of both', async () => {
    // aonly.test: MX NODATA cached 90 s (its SOA minimum), A TTL 120.
    expect(await check('aonly.test')).toEqual({ outcome: 'implicit-mx', ttl: 90 });
    // aaaaonly.test: MX NODATA 60 s (default SOA minimum), AAAA TTL 240.
    expect(await check('aaaaonly.test')).toEqual({ outcome: 'implicit-mx', ttl: 60 });
  });

  it('says no-mx for a name with neither MX nor address, cached for its SOA minimum', async () => {
    expect(await check('nothing.test')).toEqual({ outcome: 'no-mx', ttl: 120 });
  });

  it('says nxdomain for an unknown name, cached for its SOA minimum', async () => {
    expect(await check('no-such-domain.test')).toEqual({ outcome: 'nxdomain', ttl: 60 });
  });

  it('says servfail (not cached) for SERVFAIL and REFUSED', async () => {
    expect(await check('servfail.test')).toEqual({ outcome: 'servfail', ttl: 0 });
    expect(await check('refused.test')).toEqual({ outcome: 'servfail', ttl: 0 });
  });

  it('says timeout (not cached) when no answer comes in time', async () => {
    const fast = createDnsClient({ servers: [dns.address], timeoutMs: 200, tries: 1 });
    expect(await checkMailDomain('blackhole.test', { client: fast })).toEqual({ outcome: 'timeout', ttl: 0 });
    const silent = await startSilentDnsServer();
    try {
      const mute = createDnsClient({ servers: [silent.address], timeoutMs: 200 });
      expect(await checkMailDomain('mx.test', { client: mute })).toEqual({ outcome: 'timeout', ttl: 0 });
    } finally {
      await silent.close();
    }
  });

  it('follows the big answer over TCP', async () => {
    const result = await check('big.test');
    expect(result.outcome).toBe('mx');
    expect(result.exchanges).toHaveLength(16);
    expect(result.exchanges?.[0]).toBe('mx000.mail-exchangers-of-a-big-domain.big.test');
  });

  it('lower-cases and IDNA-encodes the domain, and takes a final dot', async () => {
    expect((await check('MX.TEST.')).outcome).toBe('mx');
    expect(await check('Bücher.test')).toEqual({ outcome: 'mx', ttl: 300, exchanges: ['mx.xn--bcher-kva.test'] });
    expect((await check('mx\u3002test')).outcome).toBe('mx'); // an ideographic full stop is a dot (UTS 46)
  });

  it('says invalid-name without asking for names no DNS query can carry', async () => {
    const before = dns.queries;
    const bad = ['', '.', 'a..test', '.mx.test', 'mx.test..', `${'a'.repeat(64)}.test`, `${'abcdefghi.'.repeat(26)}test`, 'x'.repeat(5000),
      'a%41.test', 'mx.test/x', 'exa mple.test', '[::1]', '192.0.2.1', '1234', 'mx.test:25', 'xn--zz.test', '\u00ad.test', 'a@b.test'];
    for (const domain of bad) expect(await check(domain), domain).toEqual({ outcome: 'invalid-name', ttl: 3600 });
    expect(await checkMailDomain(42 as unknown as string, { client })).toMatchObject({ outcome: 'invalid-name' });
    expect(dns.queries).toBe(before);
  });

  it('never throws and never sends a malformed name, whatever the input', async () => {
    const names: string[] = [];
    const recording: DnsClient = {
      query: async (name) => {
        names.push(name);
        return { rcode: 'NXDOMAIN', records: [] };
      },
    };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.domain()), async (domain) => {
        const result = await checkMailDomain(domain, { client: recording });
        expect(['nxdomain', 'invalid-name']).toContain(result.outcome);
      }),
      { numRuns: 500 },
    );
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(253);
      expect(name.split('.').every((label) => /^[a-z0-9_-]{1,63}$/.test(label))).toBe(true);
    }
  });

  it('ignores a "." among real MX hosts, and caps the TTLs it is given', async () => {
    const answers: Record<string, DnsAnswer> = {
      MX: { rcode: 'NOERROR', records: [
        { type: 'MX', name: 'x.test', ttl: 9_999_999, data: { preference: 0, exchange: '.' } },
        { type: 'MX', name: 'x.test', ttl: 9_999_999, data: { preference: 5, exchange: 'mx.x.test' } },
      ] },
    };
    const fake: DnsClient = { query: async (_name, type) => answers[type] ?? { rcode: 'TIMEOUT', records: [] } };
    expect(await checkMailDomain('x.test', { client: fake })).toEqual({ outcome: 'mx', ttl: 86_400, exchanges: ['mx.x.test'] });
    answers.MX = { rcode: 'NXDOMAIN', records: [], negativeTtl: 2_000_000 };
    expect(await checkMailDomain('x.test', { client: fake })).toEqual({ outcome: 'nxdomain', ttl: 3600 });
    answers.MX = { rcode: 'NXDOMAIN', records: [] };
    expect(await checkMailDomain('x.test', { client: fake })).toEqual({ outcome: 'nxdomain', ttl: 0 });
  });

  it('after a NODATA, says timeout or servfail when the address lookups fail, implicit-mx when one has records', async () => {
    const fake = (a: DnsAnswer, aaaa: DnsAnswer): DnsClient => ({
      query: async (_name, type) => (type === 'MX' ? { rcode: 'NOERROR', records: [], negativeTtl: 60 } : type === 'A' ? a : aaaa),
    });
    const nodata: DnsAnswer = { rcode: 'NOERROR', records: [], negativeTtl: 60 };
    const addr: DnsAnswer = { rcode: 'NOERROR', records: [{ type: 'AAAA', name: 'x.test', ttl: 30, data: '2001:db8::1' }] };
    expect(await checkMailDomain('x.test', { client: fake({ rcode: 'TIMEOUT', records: [] }, nodata) })).toEqual({ outcome: 'timeout', ttl: 0 });
    expect(await checkMailDomain('x.test', { client: fake(nodata, { rcode: 'SERVFAIL', records: [] }) })).toEqual({ outcome: 'servfail', ttl: 0 });
    expect(await checkMailDomain('x.test', { client: fake({ rcode: 'TIMEOUT', records: [] }, addr) })).toEqual({ outcome: 'implicit-mx', ttl: 30 });
  });

  it('rejects on abort, and throws a TypeError without a client', async () => {
    const controller = new AbortController();
    const pending = checkMailDomain('blackhole.test', { client, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(checkMailDomain('mx.test', {} as { client: DnsClient })).rejects.toThrow(/^saisie: /);
  });
});
