import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseVerdict } from './parseVerdict.js';

const issue = { code: 'email.no_mx', severity: 'error', message: 'This domain has no mail server.', params: { reason: 'no-mx', ttl: 300 } };

describe('parseVerdict', () => {
  it('reads the documented shape', () => {
    expect(parseVerdict({ status: 'valid', issues: [] })).toEqual({ status: 'valid', issues: [] });
    expect(parseVerdict({ status: 'valid', issues: [], normalized: '+33612345678' })).toEqual({ status: 'valid', issues: [], normalized: '+33612345678' });
    expect(parseVerdict({ status: 'invalid', issues: [issue] })).toEqual({ status: 'invalid', issues: [issue] });
    expect(parseVerdict({ status: 'risky', issues: [{ code: 'email.disposable', severity: 'warning', message: 'm', suggestion: 'a@b.fr' }] })?.issues[0])
      .toEqual({ code: 'email.disposable', severity: 'warning', message: 'm', suggestion: 'a@b.fr' });
    expect(parseVerdict({ status: 'unknown', issues: [], normalized: null })).toEqual({ status: 'unknown', issues: [] });
  });

  it('ignores unknown extra keys and gives fresh objects', () => {
    const json = { status: 'valid', issues: [{ ...issue, extra: { deep: 1 } }], server: 'x', took: 3 };
    const out = parseVerdict(json);
    expect(out).toEqual({ status: 'valid', issues: [issue] });
    expect(out?.issues[0]).not.toBe(json.issues[0]);
    expect(out?.issues[0]?.params).not.toBe(issue.params);
  });

  it.each([
    ['null', null],
    ['a string', 'valid'],
    ['an array', [{ status: 'valid', issues: [] }]],
    ['an unknown status', { status: 'ok', issues: [] }],
    ['a status in capitals', { status: 'VALID', issues: [] }],
    ['no issues', { status: 'valid' }],
    ['issues not an array', { status: 'valid', issues: 'none' }],
    ['an issue that is no object', { status: 'invalid', issues: ['email.no_mx'] }],
    ['a null issue', { status: 'invalid', issues: [null] }],
    ['a code that is no string', { status: 'invalid', issues: [{ ...issue, code: 42 }] }],
    ['a code with markup', { status: 'invalid', issues: [{ ...issue, code: '<b>x</b>' }] }],
    ['a code in capitals', { status: 'invalid', issues: [{ ...issue, code: 'Email.no_mx' }] }],
    ['a code over 64 characters', { status: 'invalid', issues: [{ ...issue, code: `e.${'x'.repeat(63)}` }] }],
    ['an unknown severity', { status: 'invalid', issues: [{ ...issue, severity: 'fatal' }] }],
    ['no message', { status: 'invalid', issues: [{ code: 'email.no_mx', severity: 'error' }] }],
    ['a message that is no string', { status: 'invalid', issues: [{ ...issue, message: { text: 'x' } }] }],
    ['nested params', { status: 'invalid', issues: [{ ...issue, params: { reason: { x: 1 } } }] }],
    ['params as an array', { status: 'invalid', issues: [{ ...issue, params: ['x'] }] }],
    ['a boolean param', { status: 'invalid', issues: [{ ...issue, params: { ok: true } }] }],
    ['a non-finite param', { status: 'invalid', issues: [{ ...issue, params: { n: Number.NaN } }] }],
    ['a param key that is no identifier', { status: 'invalid', issues: [{ ...issue, params: { 'a b': 'x' } }] }],
    ['a suggestion that is no string', { status: 'invalid', issues: [{ ...issue, suggestion: 1 }] }],
    ['a suggestion over 254 characters', { status: 'invalid', issues: [{ ...issue, suggestion: 'x'.repeat(255) }] }],
    ['a suggestion with a control character', { status: 'invalid', issues: [{ ...issue, suggestion: 'a@b.fr\n' }] }],
    ['a normalized value that is no string', { status: 'valid', issues: [], normalized: 33612345678 }],
    ['a normalized value over 1000 characters', { status: 'valid', issues: [], normalized: 'x'.repeat(1001) }],
    ['a normalized value with a bidi override', { status: 'valid', issues: [], normalized: '12 rue \u202ezaP' }],
  ])('gives undefined for %s', (_, json) => {
    expect(parseVerdict(json)).toBeUndefined();
  });

  it('never reads inherited or __proto__ keys', () => {
    expect(parseVerdict(Object.create({ status: 'valid', issues: [] }))).toBeUndefined();
    const poisoned = JSON.parse('{"status":"invalid","issues":[{"code":"x.y","severity":"error","message":"m","params":{"__proto__":{"polluted":1}}}]}');
    expect(parseVerdict(poisoned)).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cleans and cuts messages and param texts, keeps at most 20 issues and 16 params', () => {
    const long = parseVerdict({ status: 'invalid', issues: [{ ...issue, message: ` a\u0000b\u202e  c${'x'.repeat(1000)}` }] });
    expect(long?.issues[0]?.message).toMatch(/^a b cx+$/);
    expect(long?.issues[0]?.message).toHaveLength(300);
    const emoji = parseVerdict({ status: 'invalid', issues: [{ ...issue, message: `${'x'.repeat(299)}😀` }] });
    expect(emoji?.issues[0]?.message).toBe('x'.repeat(299));
    expect(parseVerdict({ status: 'invalid', issues: [{ ...issue, message: '   ' }] })?.issues[0]?.message).toBe('');
    const many = parseVerdict({ status: 'invalid', issues: Array.from({ length: 1000 }, () => issue) });
    expect(many?.issues).toHaveLength(20);
    // Only the first 20 are looked at: garbage further on does not matter.
    expect(parseVerdict({ status: 'invalid', issues: [...Array.from({ length: 20 }, () => issue), null] })?.issues).toHaveLength(20);
    const params = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 'v'.repeat(1000)]));
    const read = parseVerdict({ status: 'invalid', issues: [{ ...issue, params }] })?.issues[0]?.params;
    expect(Object.keys(read ?? {})).toHaveLength(16);
    expect(read?.k0).toHaveLength(300);
  });

  it('handles huge answers in one pass', () => {
    const issues = new Array(1_000_000).fill(issue);
    expect(parseVerdict({ status: 'valid', issues, normalized: 'x' })?.issues).toHaveLength(20);
    expect(parseVerdict({ status: 'invalid', issues: [{ ...issue, message: 'm'.repeat(5_000_000) }] })?.issues[0]?.message).toHaveLength(300);
  });

  it('gives undefined rather than throwing for objects with throwing getters', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => true, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    expect(parseVerdict(trap)).toBeUndefined();
    expect(parseVerdict({ status: 'valid', issues: [trap] })).toBeUndefined();
  });

  it('never throws on random JSON, and what it gives is a well-formed verdict', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => {
      const out = parseVerdict(json);
      if (out) {
        expect(['valid', 'invalid', 'risky', 'unknown']).toContain(out.status);
        expect(out.issues.length).toBeLessThanOrEqual(20);
      }
    }), { numRuns: 2000 });
  });

  it('reads back every well-formed verdict', () => {
    const text = fc.string({ maxLength: 40 }).map((s) => s.replace(/\s+/g, ' ').trim());
    const arbIssue = fc.record({
      code: fc.stringMatching(/^[a-z][a-z0-9_.-]{0,20}$/),
      severity: fc.constantFrom('error', 'warning', 'info'),
      message: fc.stringMatching(/^[a-z0-9](?:[a-z0-9 ,.]{0,60}[a-z0-9.])?$/).map((s) => s.replace(/ +/g, ' ')),
      params: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/), fc.oneof(fc.integer(), fc.stringMatching(/^[a-z0-9]{1,20}$/)), { maxKeys: 5 }),
    }, { requiredKeys: ['code', 'severity', 'message'] });
    fc.assert(fc.property(fc.constantFrom('valid', 'invalid', 'risky', 'unknown'), fc.array(arbIssue, { maxLength: 20 }), fc.option(text, { nil: undefined }), (status, issues, normalized) => {
      const json = JSON.parse(JSON.stringify(normalized === undefined ? { status, issues } : { status, issues, normalized }));
      expect(parseVerdict(json)).toEqual(json);
    }));
  });

  it('fuzzes the shape: mutated good verdicts never throw', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    fc.assert(fc.property(anyValue, anyValue, anyValue, anyValue, anyValue, (status, code, severity, message, params) => {
      const json = { status, issues: [{ code, severity, message, params }] };
      expect(() => parseVerdict(json)).not.toThrow();
    }));
  });
});
