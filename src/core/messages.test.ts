import { describe, expect, it } from 'vitest';
import { addMessages, createIssue, createMessageBook, type MessageBook } from './messages.js';
import { EMAIL_CODES } from './codes.js';

const catalogs = {
  en: { 'email.syntax': 'Bad email', 'email.syntax#too-long': 'At most {max} characters', 'email.typo': 'Did you mean {suggestion}?' },
  fr: { 'email.syntax': 'Adresse invalide' },
};

const issue = (locale: string | undefined, code: keyof typeof EMAIL_CODES, extra = {}, book?: MessageBook) => createIssue(EMAIL_CODES, { messages: catalogs, book }, locale, code, extra);

describe('createIssue', () => {
  it('takes severity from the code table and the message from the catalog', () => {
    expect(issue(undefined, 'email.syntax')).toEqual({ code: 'email.syntax', severity: 'error', message: 'Bad email' });
  });
  it('prefers the reason variant and fills params', () => {
    const i = issue('en', 'email.syntax', { params: { reason: 'too-long', max: 254 } });
    expect(i.message).toBe('At most 254 characters');
  });
  it('falls back from region to language to English', () => {
    expect(issue('fr-CA', 'email.syntax').message).toBe('Adresse invalide');
    expect(issue('fr_FR', 'email.typo', { suggestion: 'a@b.fr' }).message).toBe('Did you mean a@b.fr?');
    expect(issue('xx', 'email.syntax').message).toBe('Bad email');
  });
  it('lets users register a new locale in a book, which only that book sees', () => {
    const book = createMessageBook();
    addMessages(book, 'nl', { 'email.syntax': 'Ongeldig e-mailadres' });
    expect(issue('nl-BE', 'email.syntax', {}, book).message).toBe('Ongeldig e-mailadres');
    expect(issue('nl-BE', 'email.syntax', {}, createMessageBook()).message).toBe('Bad email');
    expect(issue('nl-BE', 'email.syntax').message).toBe('Bad email');
  });
  it('a book overrides a built-in message, not the other keys', () => {
    const book = createMessageBook();
    addMessages(book, 'fr', { 'email.syntax': 'Courriel invalide' });
    expect(issue('fr', 'email.syntax', {}, book).message).toBe('Courriel invalide');
    expect(issue('fr', 'email.typo', { suggestion: 'x' }, book).message).toBe('Did you mean x?');
  });
  it('fills placeholders from the params\' own properties only', () => {
    const catalogs2 = { en: { 'email.typo': 'Did you mean {suggestion}? {constructor} {toString} {__proto__} {hasOwnProperty}' } };
    const i = createIssue(EMAIL_CODES, { messages: catalogs2 }, 'en', 'email.typo', { suggestion: 'a@b.fr' });
    expect(i.message).toBe('Did you mean a@b.fr? {constructor} {toString} {__proto__} {hasOwnProperty}');
    expect(createIssue(EMAIL_CODES, { messages: catalogs2 }, 'en', 'email.typo', { params: { constructor: 'x' } }).message).toContain(' x ');
  });
  it('never throws on a hostile locale', () => {
    expect(issue('x'.repeat(100000), 'email.syntax').message).toBe('Bad email');
  });
});
