// Configurations side by side through createSaisie: messages, issue codes and loaders stay in their own.
import { describe, expect, it } from 'vitest';
import { createSaisie } from './createSaisie.js';
import { createIssue } from './core/messages.js';
import { browserTables, loadData } from '../test/tables.js';
import { createTables } from './defaults.js';
import MAX from 'libphonenumber-js/metadata.max.json';

describe('createSaisie', () => {
  it('binds every rule to its own tables: messages registered in one are not seen by the other', () => {
    const a = createSaisie(browserTables());
    const b = createSaisie(browserTables());
    a.registerMessages('nl', { 'email.syntax': 'Ongeldig e-mailadres', 'email.syntax#no-at': 'Er ontbreekt een @', 'ui.apply': 'Gebruik {suggestion}' });
    expect(a.checkEmail('jean', { locale: 'nl-BE' }).issues[0]!.message).toBe('Er ontbreekt een @');
    expect(b.checkEmail('jean', { locale: 'nl-BE' }).issues[0]!.message).not.toMatch(/ontbreekt/);
    expect(a.checkPostalCode('x', 'FR', { locale: 'nl' }).issues[0]!.code).toBe('postal.invalid');
  });
  it('createTables gives saisie’s own tables: the max phone metadata beside the up-front set, messages included', () => {
    const max = createSaisie(createTables({ phoneMetadata: MAX, completePhone: true }));
    const light = createSaisie(createTables());
    expect(max.checkPhone('+81 90-1234-5678').phone?.type).toBe('MOBILE');
    expect(light.checkPhone('+81 90-1234-5678').issues.map((i) => i.code)).toEqual(['phone.unchecked']);
    expect(light.checkEmail('jean@gmial.com', { locale: 'fr' }).issues[0]!.message).toMatch(/^Vouliez-vous dire/);
    expect(light.findCountry('États-Unis')).toBe('US');
  });
  it('registerMessages refuses a key no rule uses, and a non-string message', () => {
    const s = createSaisie(browserTables());
    expect(() => s.registerMessages('fr', { 'emial.typo': 'x' })).toThrow(/^saisie: registerMessages\(\): unknown message key "emial.typo"/);
    expect(() => s.registerMessages('fr', { 'ui.nope': 'x' })).toThrow(/unknown message key/);
    expect(() => s.registerMessages('fr', { 'email.typo': 3 as never })).toThrow(/must be a string/);
    expect(() => s.registerMessages('fr', null as never)).toThrow(/^saisie: /);
    // A locale is a language tag: never a key that reaches an object's prototype.
    for (const locale of ['__proto__', 'constructor', 'prototype', '', 'fr/../x', 3 as never, null as never])
      expect(() => s.registerMessages(locale, { 'email.typo': 'x' })).toThrow(TypeError);
    for (const locale of ['nl', 'pt-BR', 'fr_CA', 'zh-Hant-TW']) expect(() => s.registerMessages(locale, { 'email.typo': 'x' })).not.toThrow();
  });
  it('defineIssueCodes opens codes to adapters: severity, messages, no change to saisie’s own', () => {
    const t = browserTables();
    const s = createSaisie(t);
    expect(() => s.registerMessages('fr', { 'email.catch_all': 'Ce domaine ne reçoit pas de courrier' })).toThrow(/unknown message key/);
    s.defineIssueCodes({ 'email.catch_all': 'error', 'address.undeliverable': 'warning' });
    s.registerMessages('fr', { 'email.catch_all': 'Ce domaine ne reçoit pas de courrier', 'email.catch_all#null-mx': 'Ce domaine refuse le courrier' });
    expect(createIssue({}, { messages: {}, book: t.book }, 'fr', 'email.catch_all' as never, { params: { reason: 'null-mx' } })).toEqual({
      code: 'email.catch_all', severity: 'error', message: 'Ce domaine refuse le courrier', params: { reason: 'null-mx' },
    });
    expect(createIssue({}, { messages: {}, book: t.book }, 'fr', 'address.undeliverable' as never, {}).severity).toBe('warning');
    // Another configuration does not know them: an undeclared code blocks, as an unknown one should.
    expect(createIssue({}, { messages: {}, book: browserTables().book }, 'fr', 'address.undeliverable' as never, {}).severity).toBe('error');
    expect(() => s.defineIssueCodes({ 'email.typo': 'error' })).toThrow(/saisie's own code/);
    expect(() => s.defineIssueCodes({ 'Email No MX': 'error' })).toThrow(/is not a code/);
    expect(() => s.defineIssueCodes({ 'email.x': 'fatal' as never })).toThrow(/must be 'error', 'warning' or 'info'/);
    s.defineIssueCodes({ 'email.typo': 'warning' }); // the same severity is no change
  });
  it('setDataLoader sets one configuration’s loader, and refuses what is not a function', async () => {
    const a = createSaisie(browserTables());
    const b = createSaisie(browserTables());
    a.setDataLoader(undefined);
    expect(await a.loadFirstNames('fr')).toBe(false);
    expect(await b.loadFirstNames('fr')).toBe(true);
    expect(b.checkCivility({ civility: 'M.', firstName: 'Marie' }).issues[0]?.suggestion).toBe('Mme');
    expect(a.checkCivility({ civility: 'M.', firstName: 'Marie' }).issues).toEqual([]);
    a.setDataLoader(loadData);
    expect(await a.loadCountryNames('de')).toBe(true);
    expect(a.findCountry('Frankreich')).toBe('FR');
    expect(b.findCountry('Frankreich')).toBeUndefined();
    expect(() => a.setDataLoader('data/' as never)).toThrow(/^saisie: setDataLoader\(\) needs a function/);
  });
});
