import { describe, expect, it } from 'vitest';
import { findSuggestion } from './findSuggestion.js';

describe('findSuggestion', () => {
  it('finds the suggestion as a word of its own, never inside the quoted civility', () => {
    const m = '“Mrs” does not usually go with John: did you mean Mr?';
    expect(m.slice(findSuggestion(m, 'Mr'), findSuggestion(m, 'Mr') + 2)).toBe('Mr');
    expect(findSuggestion(m, 'Mr')).toBe(m.length - 3);
    const fr = '« Mme » va rarement avec Jean : vouliez-vous dire M. ?';
    expect(findSuggestion(fr, 'M.')).toBe(fr.lastIndexOf('M.'));
    expect(findSuggestion('Did you mean jean@gmail.com?', 'jean@gmail.com')).toBe(13);
    expect(findSuggestion('Mrs only', 'Mr')).toBe(-1);
  });
});
