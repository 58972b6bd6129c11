// Mirrors suite 5 of the shared conformance runner on the source (corpora copied in test/corpora): Google's postal-code examples, 100%.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createSaisie } from '../../createSaisie.js';
import { browserTables } from '../../../test/tables.js';

const { checkPostalCode } = createSaisie(browserTables());

const corpus = JSON.parse(readFileSync(new URL('../../../test/corpora/postal-code-examples.json', import.meta.url), 'utf8'));

describe('postal-code conformance', () => {
  it('accepts every example Google lists, per country and sub-region', () => {
    const failures = corpus.cases.filter((c: { country: string; postalCode: string }) => !checkPostalCode(c.postalCode, c.country).valid);
    expect(failures).toEqual([]);
  });
});
