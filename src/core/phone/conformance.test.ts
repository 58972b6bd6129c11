// Mirrors suite 4 of the shared conformance runner on the source (corpora copied in test/corpora): libphonenumber-js's own as-you-type sequences.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatPhoneAsYouType as formatIn } from './formatPhoneAsYouType.js';
import { maxPhone } from '../../../test/tables.js';

const node = maxPhone();
const formatPhoneAsYouType = (input: string, country?: string) => formatIn(input, country, node);

/** Digits by value, whatever their script ("+١٢١" → "121"). */
const digits = (s: string) => s.normalize('NFKC').replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 15)).replace(/\D/g, '');

/** Where the text AsYouType drops starts: a letter, "#", or a "+" after the first character typed; -1 for none. */
function keptFrom(typed: string): number {
  const letter = typed.search(/[A-Z#]/i);
  const plus = typed.indexOf('+', typed.search(/\S/) + 1);
  return letter < 0 ? plus : plus < 0 ? letter : Math.min(letter, plus);
}

const corpus = JSON.parse(readFileSync(new URL('../../../test/corpora/libphonenumber-js-asyoutype-cases.json', import.meta.url), 'utf8'));

describe('phone as-you-type conformance (full metadata, as the Node entry the runner loads)', () => {
  it('replays the text typed so far: ≥ 95%', () => {
    let pass = 0;
    const failures: string[] = [];
    // libphonenumber drops what follows a letter or a second "+" ("+1-213-373-4253 ext. 123" → "+1 213 373 4253",
    // "+1abc2" → "+1", "+7+" → "+7", "8+" → "8"). saisie never deletes what was typed (issue 8): those steps are
    // checked against that rule instead: every digit kept in order, and the text from that character on kept as typed.
    let kept = 0;
    for (const c of corpus.cases) {
      if (c.ctor !== null && typeof c.ctor !== 'string') continue;
      let typed = '';
      for (const s of c.steps) {
        typed += s.input;
        if (s.expected === null) continue;
        const got = formatPhoneAsYouType(typed, c.ctor || undefined);
        const cut = keptFrom(typed);
        if (cut >= 0) {
          expect(got.endsWith(typed.slice(cut)), `${JSON.stringify(typed)} → ${JSON.stringify(got)}`).toBe(true);
          expect(digits(got), `${JSON.stringify(typed)} → ${JSON.stringify(got)}`).toBe(digits(typed));
          kept++;
          continue;
        }
        if (got === s.expected) pass++;
        else failures.push(`${c.ctor} ${JSON.stringify(typed)} → ${JSON.stringify(got)}, expected ${JSON.stringify(s.expected)}`);
      }
    }
    const pct = (100 * pass) / (pass + failures.length);
    console.log('phone-asyoutype', pct.toFixed(1), failures, `${kept} steps with text kept as typed`);
    expect(pct).toBeGreaterThanOrEqual(95);
  });
});
