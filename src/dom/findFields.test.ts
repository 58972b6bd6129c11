// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findFields, parseAutocomplete } from './findFields.js';

describe('findFields', () => {
  it('reads autocomplete tokens, then type, then name, and keeps sections apart', () => {
    document.body.innerHTML = `<form>
      <select autocomplete="honorific-prefix"><option>M.</option></select>
      <input autocomplete="given-name">
      <input type="email" name="whatever">
      <input name="telephone">
      <input autocomplete="shipping postal-code">
      <input autocomplete="billing postal-code">
      <input autocomplete="section-gift shipping country">
      <input type="password" name="email">
      <input autocomplete="email" data-saisie="off">
      <input data-saisie-role="phone" name="x">
    </form>`;
    const fields = findFields(document.querySelector('form')!);
    expect(fields.map((f) => `${f.section}|${f.role}`)).toEqual([
      '|civility',
      '|firstName',
      '|email',
      '|phone',
      'shipping|postalCode',
      'billing|postalCode',
      'section-gift shipping|country',
      '|phone',
    ]);
  });
  it('parses autocomplete attributes defensively', () => {
    expect(parseAutocomplete('  SHIPPING  Postal-Code ')).toEqual({ section: 'shipping', token: 'postal-code' });
    expect(parseAutocomplete(null)).toEqual({ section: '', token: '' });
    expect(parseAutocomplete('off')).toEqual({ section: '', token: '' });
    expect(parseAutocomplete('x '.repeat(50_000)).token).toBe('');
  });
});
