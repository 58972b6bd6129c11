import { describe, expect, it } from 'vitest';
import { readServerConfig, SERVER_HELP } from './readServerConfig.js';

describe('readServerConfig', () => {
  it('defaults: 127.0.0.1:8787, system DNS, 2000 ms, no origin, 20/s burst 40', () => {
    expect(readServerConfig({}, [])).toEqual({
      help: false, port: 8787, host: '127.0.0.1', dnsServers: [], dnsTimeoutMs: 2000, allowedOrigins: [],
      rateLimit: { rate: 20, burst: 40 }, trustProxy: 0, cacheSize: 10_000, cacheMaxTtl: 3600, shutdownTimeoutMs: 10_000,
    });
  });

  it('reads the environment, and a flag wins over its variable', () => {
    const c = readServerConfig(
      { PORT: '9000', HOST: '0.0.0.0', SAISIE_DNS_SERVERS: '127.0.0.1:5353, [::1]:53,9.9.9.9, ::1', SAISIE_DNS_TIMEOUT_MS: '500', SAISIE_ALLOWED_ORIGINS: 'https://shop.example/, http://localhost:3000', SAISIE_ADDRESS_PROVIDER: 'BAN', SAISIE_ADDRESS_URL: 'http://127.0.0.1:7878', SAISIE_RATE_LIMIT: '5,10', SAISIE_TRUST_PROXY: '1', SAISIE_LOG_KEY: 'x'.repeat(32) },
      ['--port', '0', '--host=::'],
    );
    expect(c).toMatchObject({ port: 0, host: '::', dnsServers: ['127.0.0.1:5353', '[::1]:53', '9.9.9.9', '::1'], dnsTimeoutMs: 500, allowedOrigins: ['https://shop.example', 'http://localhost:3000'], addressProvider: 'ban', addressUrl: 'http://127.0.0.1:7878', rateLimit: { rate: 5, burst: 10 }, trustProxy: 1, logKey: 'x'.repeat(32) });
    expect(readServerConfig({ SAISIE_RATE_LIMIT: 'off' }, []).rateLimit).toBe(false);
    expect(readServerConfig({ SAISIE_RATE_LIMIT: '3' }, []).rateLimit).toEqual({ rate: 3, burst: 6 });
    expect(readServerConfig({ SAISIE_ALLOWED_ORIGINS: '*' }, []).allowedOrigins).toEqual(['*']);
    expect(readServerConfig({}, ['-h']).help).toBe(true);
    expect(SERVER_HELP).toMatch(/--port/);
  });

  it('every mistake is one saisie-server: TypeError naming the setting', () => {
    const cases: Array<[Record<string, string>, string[], RegExp]> = [
      [{ PORT: '80a' }, [], /PORT/],
      [{}, ['--port', '70000'], /PORT/],
      [{}, ['--port'], /--port needs a value/],
      [{}, ['--nope'], /unknown argument/],
      [{ HOST: 'a b' }, [], /HOST/],
      [{ SAISIE_DNS_SERVERS: '1.1.1.1:99999' }, [], /SAISIE_DNS_SERVERS/],
      [{ SAISIE_DNS_SERVERS: 'dns.example:x' }, [], /SAISIE_DNS_SERVERS/],
      [{ SAISIE_DNS_TIMEOUT_MS: '0' }, [], /SAISIE_DNS_TIMEOUT_MS/],
      [{ SAISIE_ALLOWED_ORIGINS: 'shop.example' }, [], /SAISIE_ALLOWED_ORIGINS/],
      [{ SAISIE_ALLOWED_ORIGINS: 'https://shop.example/cart' }, [], /SAISIE_ALLOWED_ORIGINS/],
      [{ SAISIE_ADDRESS_PROVIDER: 'google' }, [], /SAISIE_ADDRESS_PROVIDER/],
      [{ SAISIE_ADDRESS_URL: 'http://x' }, [], /needs SAISIE_ADDRESS_PROVIDER/],
      [{ SAISIE_ADDRESS_PROVIDER: 'ban', SAISIE_ADDRESS_URL: 'ftp://x' }, [], /SAISIE_ADDRESS_URL/],
      [{ SAISIE_RATE_LIMIT: 'fast' }, [], /SAISIE_RATE_LIMIT/],
      [{ SAISIE_RATE_LIMIT: '5,0' }, [], /burst/],
      [{ SAISIE_LOG_KEY: 'short' }, [], /SAISIE_LOG_KEY/],
      [{ SAISIE_TRUST_PROXY: 'yes' }, [], /SAISIE_TRUST_PROXY/],
    ];
    for (const [env, argv, what] of cases) {
      expect(() => readServerConfig(env, argv), JSON.stringify([env, argv])).toThrow(what);
      expect(() => readServerConfig(env, argv)).toThrow(/^saisie-server: /);
    }
  });
});
