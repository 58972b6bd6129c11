// @vitest-environment jsdom
// Address suggestions through attach's addressProvider option: what is asked of the provider, what the person sees,
// what choosing writes, and that a provider failing in any way leaves a plain input.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { attach as attachWith } from './attach.js';
import { browserTables } from '../../test/tables.js';
import { followProgrammaticWrites } from '../../test/follow-writes.js';
import type { AddressProvider, SearchOptions, Suggestion } from '../core/autocomplete/types.js';
import type { AttachHandle, AttachOptions } from './types.js';
import type { SaisieData } from '../core/data.js';

const FORM = `<form id="f" lang="fr">
  <label for="a1">Adresse</label><input id="a1" name="address1" autocomplete="address-line1">
  <label for="pc">Code postal</label><input id="pc" name="postcode" autocomplete="postal-code">
  <label for="city">Ville</label><input id="city" name="city" autocomplete="address-level2">
  <label for="cc">Pays</label><select id="cc" name="country" autocomplete="country"><option value="FR">France</option><option value="BE">Belgique</option></select>
  <button>Envoyer</button>
</form>`;

const PARIS: Suggestion = { id: 'p', label: '12 Rue de la Paix 75002 Paris', address: { country: 'FR', addressLines: ['12 Rue de la Paix'], postalCode: '75002', locality: 'Paris' } };
const LYON: Suggestion = { id: 'l', label: '12 Rue de la République 69002 Lyon', address: { country: 'FR', addressLines: ['12 Rue de la République'], postalCode: '69002', locality: 'Lyon' } };

const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
const options = () => Array.from(document.querySelectorAll('[role="option"]'), (o) => o.textContent);
const messages = () => Array.from(document.querySelectorAll('.saisie-message'), (m) => m.textContent).join('');

let user: ReturnType<typeof userEvent.setup>;
let handle: AttachHandle | undefined;
let tables: SaisieData;
const attach = (addressProvider: AddressProvider | undefined, extra: AttachOptions = {}) =>
  (handle = attachWith('#f', { addressProvider, addressSearch: { debounceMs: 0 }, loadData: false, ...extra }, tables));

/** A provider answering from a list, recording every call. */
function fake(list: Suggestion[] = [PARIS, LYON]) {
  const calls: Array<{ query: string; options: SearchOptions }> = [];
  const provider: AddressProvider = {
    async search(query, o) {
      calls.push({ query, options: o });
      const words = query.toLowerCase().split(' ');
      return list.filter((s) => words.every((w) => s.label.toLowerCase().includes(w)));
    },
  };
  return { provider, calls };
}

beforeEach(() => {
  document.body.innerHTML = FORM;
  tables = browserTables();
  user = userEvent.setup();
  for (const el of document.querySelectorAll('input')) followProgrammaticWrites(el);
});
afterEach(() => {
  handle?.destroy();
  handle = undefined;
});

describe('address autocomplete', () => {
  it('asks nothing below 3 characters, then shows the matches with the typed part marked', async () => {
    const { provider, calls } = fake();
    attach(provider);
    await user.type($('a1'), '12');
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([]);
    await user.type($('a1'), ' rue de la');
    await expect.poll(options).toEqual([PARIS.label, LYON.label]);
    expect(calls.at(-1)).toMatchObject({ query: '12 rue de la', options: { country: 'FR', locale: 'fr', limit: 5 } });
    expect($('a1').getAttribute('role')).toBe('combobox');
    expect($('a1').getAttribute('aria-expanded')).toBe('true');
    expect(Array.from(document.querySelectorAll('[role="option"] mark'), (m) => m.textContent)).toContain('12');
  });

  it('ArrowDown + Enter fills the address through input and change events, marks the fields, fires saisie:address', async () => {
    attach(fake().provider);
    const seen: string[] = [];
    $('city').addEventListener('input', () => seen.push('city input'));
    $('city').addEventListener('change', () => seen.push('city change'));
    const chosen: unknown[] = [];
    $('f').addEventListener('saisie:address', (e) => chosen.push((e as CustomEvent).detail));
    await user.type($('a1'), '12 rue de la pa');
    await expect.poll(options).toEqual([PARIS.label]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect([$('a1').value, $('pc').value, $('city').value]).toEqual(['12 Rue de la Paix', '75002', 'Paris']);
    expect(seen).toEqual(['city input', 'city change']);
    for (const id of ['a1', 'pc', 'city']) expect($(id).getAttribute('data-saisie-confirmed')).toBe('address');
    expect(chosen).toEqual([{ suggestion: PARIS, address: PARIS.address, section: '' }]);
    expect(handle!.values()).toMatchObject({ address1: '12 Rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR' });
    expect(options()).toEqual([]);
    // The person edits the line again: it is theirs, no longer confirmed; the others stay.
    await user.type($('a1'), ' bis');
    expect($('a1').value).toBe('12 Rue de la Paix bis');
    expect($('a1').hasAttribute('data-saisie-confirmed')).toBe(false);
    expect($('city').getAttribute('data-saisie-confirmed')).toBe('address');
  });

  it('sets a country select to the suggestion’s country, and keeps an overseas département the BAN calls FR', async () => {
    const brussels: Suggestion = { id: 'b', label: 'Rue Neuve 1 1000 Bruxelles', address: { country: 'BE', addressLines: ['Rue Neuve 1'], postalCode: '1000', locality: 'Bruxelles' } };
    attach(fake([brussels]).provider);
    await user.type($('a1'), 'rue neuve');
    await expect.poll(options).toEqual([brussels.label]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect($<HTMLSelectElement>('cc').value).toBe('BE');
    handle!.destroy();

    document.body.innerHTML = FORM.replace('<option value="BE">Belgique</option>', '<option value="RE" selected>La Réunion</option>');
    const reunion: Suggestion = { id: 'r', label: '1 Rue de Paris 97400 Saint-Denis', address: { country: 'FR', addressLines: ['1 Rue de Paris'], postalCode: '97400', locality: 'Saint-Denis' } };
    attach(fake([reunion]).provider);
    await user.type($('a1'), '1 rue de paris');
    await expect.poll(options).toEqual([reunion.label]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect($<HTMLSelectElement>('cc').value).toBe('RE');
    expect($('pc').value).toBe('97400');
  });

  it('completes a suggestion without an address through resolve()', async () => {
    const bare: Suggestion = { id: 'x', label: '12 Rue de la Paix, Paris' };
    const asked: Suggestion[] = [];
    attach({
      search: async () => [bare],
      resolve: async (s) => (asked.push(s), PARIS.address!),
    });
    await user.type($('a1'), '12 rue');
    await expect.poll(options).toEqual([bare.label]);
    await user.keyboard('{ArrowDown}{Enter}');
    await expect.poll(() => $('city').value).toBe('Paris');
    expect(asked).toEqual([bare]);
    expect($('pc').value).toBe('75002');
  });

  it('a late answer to an older query never replaces the newer one', async () => {
    let release: (v: Suggestion[]) => void = () => {};
    const provider: AddressProvider = {
      search: (query) => (query === '12 rue' ? new Promise((r) => (release = r)) : Promise.resolve([LYON])),
    };
    attach(provider);
    await user.type($('a1'), '12 rue');
    await new Promise((r) => setTimeout(r, 10));
    await user.type($('a1'), ' de la r');
    await expect.poll(options).toEqual([LYON.label]);
    release([PARIS]);
    await new Promise((r) => setTimeout(r, 20));
    expect(options()).toEqual([LYON.label]);
    expect($('a1').value).toBe('12 rue de la r');
  });

  it.each([
    ['rejects', { search: () => Promise.reject(new Error('503')) }],
    ['throws', { search: () => { throw new Error('boom'); } }],
    ['answers garbage', { search: async () => [null, 42, { label: '' }, { id: 3 }, '<img src=x onerror=alert(1)>'] as unknown as Suggestion[] }],
    ['answers no array', { search: async () => ({ features: [] }) as unknown as Suggestion[] }],
  ])('a provider that %s leaves a plain input: no list, no message, typing kept', async (_name, provider) => {
    attach(provider as AddressProvider);
    await user.type($('a1'), '12 rue de la paix');
    await new Promise((r) => setTimeout(r, 30));
    expect(options()).toEqual([]);
    expect(messages()).toBe('');
    expect($('a1').value).toBe('12 rue de la paix');
    expect(document.querySelector('img')).toBeNull();
  });

  it('passes no country guessed from the page language (it would hide every other country’s addresses)', async () => {
    document.body.innerHTML = FORM.replace(/<label for="cc">[\s\S]*?<\/select>/, '');
    const { provider, calls } = fake();
    attach(provider);
    await user.type($('a1'), '12 rue');
    await expect.poll(() => calls.length).toBeGreaterThan(0);
    expect(calls.at(-1)!.options.country).toBeUndefined();
  });

  it('without a provider nothing is searched and the line is no combobox', async () => {
    attach(undefined);
    await user.type($('a1'), '12 rue de la paix');
    expect($('a1').hasAttribute('role')).toBe(false);
    expect(options()).toEqual([]);
  });

  it('refuses an addressProvider without search() with a saisie: TypeError', () => {
    expect(() => attach({} as AddressProvider)).toThrow(/^saisie: attach\(\) option addressProvider must be an object with a search/);
  });

  it('destroy() takes the combobox away and restores the input', async () => {
    const before = $('a1').outerHTML;
    attach(fake().provider);
    await user.type($('a1'), '12 rue');
    await expect.poll(options).not.toEqual([]);
    handle!.destroy();
    handle = undefined;
    expect(options()).toEqual([]);
    $('a1').value = '';
    expect($('a1').outerHTML).toBe(before);
  });
});

describe('address autocomplete: what a fill never does', () => {
  it('a town-only suggestion keeps the typed line; a hidden field gets nothing; saisie:address bubbles to document', async () => {
    document.body.innerHTML = FORM.replace('<label for="city">', '<div hidden><input id="region" name="region" autocomplete="address-level1"></div><label for="city">');
    const town: Suggestion = { id: 't', label: 'Saint-Gervais-les-Bains', address: { country: 'FR', postalCode: '74170', locality: 'Saint-Gervais-les-Bains', region: 'Haute-Savoie' } };
    attach(fake([town]).provider);
    const heard: string[] = [];
    const onAddress = (e: Event) => heard.push((e as CustomEvent).detail.suggestion.id);
    document.addEventListener('saisie:address', onAddress);
    await user.type($('a1'), 'saint-gervais');
    await expect.poll(options).toEqual([town.label]);
    await user.keyboard('{ArrowDown}{Enter}');
    document.removeEventListener('saisie:address', onAddress);
    expect([$('a1').value, $('pc').value, $('city').value, $('region').value]).toEqual(['saint-gervais', '74170', 'Saint-Gervais-les-Bains', '']);
    expect(heard).toEqual(['t']);
  });
});

describe('address autocomplete: a "search your address" box', () => {
  it('takes the suggestions instead of the address line, fills the fields, shows the label, is no field itself', async () => {
    document.body.innerHTML = FORM.replace('<label for="a1">', '<label for="find">Rechercher votre adresse</label><input id="find" type="text" data-saisie-address-search><label for="a1">');
    for (const el of document.querySelectorAll('input')) followProgrammaticWrites(el);
    const { provider, calls } = fake();
    attach(provider);
    await user.type($('a1'), '12 rue de la');
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([]); // the line is a plain input now
    expect($('a1').hasAttribute('role')).toBe(false);
    await user.type($('find'), '12 rue de la pa');
    await expect.poll(options).toEqual([PARIS.label]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect([$('find').value, $('a1').value, $('pc').value, $('city').value]).toEqual([PARIS.label, '12 Rue de la Paix', '75002', 'Paris']);
    expect($('a1').getAttribute('data-saisie-confirmed')).toBe('address');
    expect($('find').hasAttribute('data-saisie-confirmed')).toBe(false);
    expect(Object.keys(handle!.values())).not.toContain('');
  });
});
