// @vitest-environment jsdom
// The city filled from a French postal code, and the postal code ↔ city warning, through a real attach.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { attach as attachWith } from './attach.js';
import { fillCityFromPostalCode } from './fillCityFromPostalCode.js';
import { browserTables, loadData } from '../../test/tables.js';
import { createTables } from '../defaults.js';
import { loadFrPostal } from '../core/postal/loadFrPostal.js';
import type { AttachHandle } from './types.js';
import type { SaisieData } from '../core/data.js';

const FORM = `<form id="f" lang="fr">
  <select id="country" name="country" autocomplete="country"><option>FR</option><option>GB</option><option>RE</option></select>
  <input id="postal" name="postal" autocomplete="postal-code">
  <input id="city" name="city" autocomplete="address-level2">
  <input id="tel" name="tel" type="tel" autocomplete="tel">
</form>`;

const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
const messageOf = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .filter((m) => m?.classList.contains('saisie-message'))
    .map((m) => m!.textContent)
    .join('');
const settle = () => new Promise((r) => setTimeout(r, 0));

let user: ReturnType<typeof userEvent.setup>;
let handle: AttachHandle | undefined;
let tables: SaisieData;
const attach = (options: Parameters<typeof attachWith>[1] = {}) => (handle = attachWith('#f', options, tables)); // attach installs fillCityFromPostalCode itself
/** Types a postal code and leaves the field, as a person does. */
const typePostal = async (code: string) => {
  await user.clear($('postal'));
  await user.type($('postal'), code);
  await user.tab();
};

beforeEach(() => {
  document.body.innerHTML = FORM;
  tables = browserTables();
  user = userEvent.setup();
});
afterEach(() => handle?.destroy());

describe('fillCityFromPostalCode', () => {
  it('fills an empty city from a code that serves one commune, through the framework-safe write', async () => {
    attach();
    const events: string[] = [];
    $('city').addEventListener('input', () => events.push('input'));
    $('city').addEventListener('change', () => events.push('change'));
    await typePostal('75011');
    await expect.poll(() => $('city').value).toBe('Paris');
    expect(events).toEqual(['input', 'change']);
    expect(handle!.values().city).toBe('Paris');
    expect(messageOf($('city'))).toBe('');
  });

  it('fills the city a code names on its own, even with a secondary commune (75016: Paris, part of Boulogne)', async () => {
    attach();
    await typePostal('75016');
    await expect.poll(() => $('city').value).toBe('Paris');
  });

  it('fills overseas codes too (97400 with country RE)', async () => {
    attach();
    await user.selectOptions($('country'), 'RE');
    await typePostal('97400');
    await expect.poll(() => $('city').value).toBe('Saint-Denis');
  });

  it('leaves the city empty for a code shared by several communes (01400), or a code the table does not know', async () => {
    attach();
    await typePostal('01400');
    await expect.poll(() => tables.frPostal!.chunks.has('01')).toBe(true);
    await settle();
    expect($('city').value).toBe('');
    await typePostal('75700');
    await expect.poll(() => tables.frPostal!.chunks.has('75')).toBe(true);
    await settle();
    expect($('city').value).toBe('');
  });

  it('never overwrites what a person typed, and then warns with the right city as a one-click suggestion', async () => {
    attach();
    await user.type($('city'), 'Lyon');
    await typePostal('75011');
    await expect.poll(() => messageOf($('city'))).toBe('Le code postal 75011 correspond à Paris.');
    expect($('city').value).toBe('Lyon');
    const button = document.querySelector<HTMLButtonElement>('.saisie-suggestion')!;
    expect(button.textContent).toBe('Paris');
    await user.click(button);
    expect($('city').value).toBe('Paris');
    await expect.poll(() => messageOf($('city'))).toBe('');
  });

  it('replaces its own value when the code changes, not the person\'s', async () => {
    attach();
    await typePostal('75011');
    await expect.poll(() => $('city').value).toBe('Paris');
    await typePostal('69001');
    await expect.poll(() => $('city').value).toBe('Lyon');
    await user.clear($('city'));
    await user.type($('city'), 'Lyon 1er');
    await typePostal('13001');
    await expect.poll(() => messageOf($('city'))).toMatch(/13001 correspond à Marseille\.$/);
    expect($('city').value).toBe('Lyon 1er');
  });

  it('does nothing outside France, or without a loader', async () => {
    attach();
    await user.selectOptions($('country'), 'GB');
    await user.type($('postal'), '75011');
    await user.tab();
    await settle();
    expect(tables.frPostal!.chunks.size).toBe(0);
    expect($('city').value).toBe('');
    handle!.destroy();
    document.body.innerHTML = FORM;
    tables = createTables();
    attach();
    await typePostal('75011');
    await settle();
    expect($('city').value).toBe('');
  });

  it('with load: false, uses only chunks already loaded', async () => {
    handle = attachWith('#f', { plugins: [fillCityFromPostalCode(tables, { load: false })], loadData: false }, tables);
    await typePostal('75011');
    await settle();
    expect($('city').value).toBe('');
  });

  it('stops on destroy', async () => {
    attach();
    handle!.destroy();
    await user.type($('postal'), '75011');
    await user.tab();
    await settle();
    expect($('city').value).toBe('');
  });
});

describe('the city rule without the plugin (loadTables loads the chunk)', () => {
  it('warns on a mismatch once the chunk is there, and says nothing for a matching city', async () => {
    handle = attachWith('#f', {}, tables);
    await user.type($('city'), 'Marseile');
    await typePostal('13001');
    await expect.poll(() => messageOf($('city'))).toBe('Le code postal 13001 correspond à Marseille.');
    await user.clear($('city'));
    await user.type($('city'), 'MARSEILLE 1ER');
    await user.tab();
    await expect.poll(() => messageOf($('city'))).toBe('');
  });

  it('stays silent when the country is not French, even with the chunk loaded', async () => {
    expect(await loadFrPostal('75011', tables.frPostal!)).toBe(true);
    handle = attachWith('#f', {}, tables);
    await user.selectOptions($('country'), 'GB');
    await user.type($('city'), 'Lyon');
    await user.type($('postal'), '75011');
    await user.tab();
    await settle();
    expect(messageOf($('city'))).toBe('');
  });
});

describe('phone.country-differs', () => {
  it('shows the phone\'s country as an info when it is not the address country', async () => {
    handle = attachWith('#f', { showInfo: true }, tables);
    await user.type($('tel'), '+41 22 345 67 89');
    await user.tab();
    await expect.poll(() => messageOf($('tel'))).toMatch(/^Ce numéro de téléphone est d’un autre pays \((CH|Suisse)\) que l’adresse \((FR|France)\)\.$/);
    await user.clear($('tel'));
    await user.type($('tel'), '06 12 34 56 78');
    await user.tab();
    await expect.poll(() => messageOf($('tel'))).toBe('');
  });
});

describe('fillCityFromPostalCode and the person', () => {
  it('never writes into a city the person has started typing in (a late chunk, a select-all)', async () => {
    // A slow network: the département's chunk arrives after the person is in the city field.
    tables = createTables({ load: (kind, key) => new Promise((r) => setTimeout(r, 150)).then(() => loadData(kind, key)) });
    attach();
    await user.type($('postal'), '75011');
    await user.click($('city'));
    await user.keyboard('{Control>}a{/Control}'); // before the chunk arrives
    await new Promise((r) => setTimeout(r, 300));
    expect($('city').value).toBe('');
    await user.keyboard('Par');
    expect($('city').value).toBe('Par');
  });

  it('a city filled after the person tabbed into it is selected, so typing the city replaces it ("Paris", not "ParisParis")', async () => {
    tables = createTables({ load: (kind, key) => new Promise((r) => setTimeout(r, 50)).then(() => loadData(kind, key)) });
    attach();
    await user.type($('postal'), '75002');
    await user.tab(); // into the city, before the chunk arrives
    expect(document.activeElement).toBe($('city'));
    await expect.poll(() => $('city').value).toBe('Paris');
    await user.keyboard('Paris');
    expect($('city').value).toBe('Paris');
  });
});
