import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightMatch } from './highlightMatch.js';

const marked = (label: string, query: string) => highlightMatch(label, query).filter((r) => r.match).map((r) => r.text);

describe('highlightMatch', () => {
  it('marks the words typed, at the start of the label words', () => {
    expect(highlightMatch('12 Rue de la Paix 75002 Paris', '12 rue de la pa')).toEqual([
      { text: '12', match: true }, { text: ' ', match: false }, { text: 'Rue', match: true }, { text: ' ', match: false },
      { text: 'de', match: true }, { text: ' ', match: false }, { text: 'la', match: true }, { text: ' ', match: false },
      { text: 'Pa', match: true }, { text: 'ix 75002 ', match: false }, { text: 'Pa', match: true }, { text: 'ris', match: false },
    ]);
  });

  it('ignores case and accents, and keeps the label characters', () => {
    expect(marked('Place de la République, Évry', 'republique evry')).toEqual(['République', 'Évry']);
    expect(marked('Rue de la Republique', 'RÉPUBLIQUE')).toEqual(['Republique']);
    // Decomposed accents stay with their letter.
    expect(marked('Re\u0301publique', 'rep')).toEqual(['Re\u0301p']);
    expect(marked('Hauptstraße 1, München', 'munc')).toEqual(['Münc']);
  });

  it('does not mark inside words, and prefers the longest typed word', () => {
    expect(marked('La Canebière', 'a')).toEqual([]);
    expect(marked('Paris', 'pa paris')).toEqual(['Paris']);
  });

  it('marks every occurrence of a repeated word once', () => {
    expect(marked('Rue de Paris, Paris', 'paris paris')).toEqual(['Paris', 'Paris']);
  });

  it('gives the whole label unmarked for an empty or wordless query, and [] for an empty label', () => {
    expect(highlightMatch('Rue X', '')).toEqual([{ text: 'Rue X', match: false }]);
    expect(highlightMatch('Rue X', ' ,; ')).toEqual([{ text: 'Rue X', match: false }]);
    expect(highlightMatch('', 'rue')).toEqual([]);
    expect(highlightMatch(null as unknown as string, 'rue')).toEqual([]);
    expect(highlightMatch('Rue X', 42 as unknown as string)).toEqual([{ text: 'Rue X', match: false }]);
  });

  it('keeps astral characters whole', () => {
    const label = '𝒳 Rue 😀 Pa';
    expect(highlightMatch(label, 'pa 𝒳').map((r) => r.text).join('')).toBe(label);
    expect(marked(label, 'pa')).toEqual(['Pa']);
  });

  it('stays within a bounded number of runs on huge input', () => {
    const label = 'a '.repeat(50_000);
    const runs = highlightMatch(label, 'a '.repeat(10_000));
    expect(runs.length).toBeLessThanOrEqual(40);
    expect(runs.map((r) => r.text).join('')).toBe(label);
  });

  it('always gives runs whose concatenation is the label exactly', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('Évry', 'e\u0301', 'İstanbul', 'ß', 'ﬁ', '\u0301', '\ud800', 'Ǆ', 'Paris 75011'));
    fc.assert(fc.property(text, text, (label, query) => {
      const runs = highlightMatch(label, query);
      expect(runs.map((r) => r.text).join('')).toBe(label);
      for (const r of runs) expect(r.text.length).toBeGreaterThan(0);
    }), { numRuns: 2000 });
  });
});
