// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { attach } from './attach.js';
import { countryCombobox } from './countryCombobox.js';
import { browserTables } from '../../test/tables.js';
import { loadCountryNames } from '../core/country/index.js';

const tables = browserTables();
const OPTIONS = ['FR', 'DE', 'GB', 'US', 'EC', 'CI', 'BE', 'CH', 'AT'].map((c) => `<option value="${c}">${c}-text</option>`).join('');
const PAGE = (lang: string) => `<form id="f" lang="${lang}" action="/done">
  <label for="country">Country</label>
  <select id="country" name="country" autocomplete="country" aria-describedby="country-hint"><option value="">Choose…</option>${OPTIONS}</select>
  <p id="country-hint">Where you live</p>
  <input id="text-country" name="pays" data-saisie-role="country" data-section="x">
  <button>Send</button>
</form>`;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const comboOf = (select: HTMLSelectElement) => select.parentElement!.querySelector<HTMLInputElement>('.saisie-country-input')!;
const listOf = (input: HTMLInputElement) => document.getElementById(input.getAttribute('aria-controls') ?? '')!;
const shown = (input: HTMLInputElement) => Array.from(listOf(input).querySelectorAll('[role="option"]'), (li) => li.textContent);

let user: ReturnType<typeof userEvent.setup>;
beforeAll(async () => {
  for (const l of ['fr', 'en', 'de', 'es', 'it', 'pt']) await loadCountryNames(l, tables.country);
});
beforeEach(() => {
  user = userEvent.setup();
});
function start(lang = 'en', options?: Parameters<typeof countryCombobox>[1]) {
  document.body.innerHTML = PAGE(lang);
  const form = $<HTMLFormElement>('f');
  let submitted = 0;
  form.addEventListener('submit', (e) => (e.preventDefault(), submitted++));
  const before = form.innerHTML;
  const handle = attach(form, { plugins: [countryCombobox(tables, options)], loadData: false }, tables);
  const select = $<HTMLSelectElement>('country');
  const changes: string[] = [];
  select.addEventListener('change', () => changes.push(select.value));
  return { form, handle, select, input: comboOf(select), before, changes, submitted: () => submitted };
}

describe('countryCombobox on a <select>', () => {
  it('puts a labelled combobox in front of the hidden select, which stays in the form', () => {
    const { select, input } = start();
    expect(select.hidden).toBe(true);
    expect(select.isConnected).toBe(true);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-labelledby')).toMatch(/^saisie-label-\d+$/);
    expect(document.getElementById(input.getAttribute('aria-labelledby')!)!.textContent).toBe('Country');
    expect(document.querySelector('label')!.htmlFor).toBe('country'); // the site's label is left pointing at its select
    expect(input.getAttribute('aria-describedby')).toBe(select.getAttribute('aria-describedby'));
    expect(input.hasAttribute('name')).toBe(false);
    expect(input.value).toBe('');
    select.focus(); // the error summary's link focuses the field: the input stands in for the hidden select
    expect(document.activeElement).toBe(input);
  });

  it('"allem" → ArrowDown → Enter picks DE in the select, with a change event, and does not submit', async () => {
    const { select, input, changes, submitted } = start('en');
    await user.click(input);
    await user.keyboard('allem');
    expect(shown(input)[0]).toBe('Germany');
    expect(listOf(input).querySelector('mark')).toBeNull(); // matched "Allemagne", shown "Germany"
    await user.keyboard('{ArrowDown}{Enter}');
    expect(select.value).toBe('DE');
    expect(changes).toEqual(['DE']);
    expect(input.value).toBe('Germany');
    expect(submitted()).toBe(0);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('"allem" → Enter alone picks the first match, DE, without submitting; a second Enter submits with DE', async () => {
    const { select, input, submitted } = start('en');
    await user.click(input);
    await user.keyboard('allem{Enter}');
    expect(select.value).toBe('DE');
    expect(submitted()).toBe(0);
    await user.keyboard('{Enter}');
    expect(select.value).toBe('DE');
  });

  it('matches "USA", "uk" and "Équateur" on a French page, names in French', async () => {
    const { select, input } = start('fr');
    for (const [typed, code, name] of [['USA', 'US', "États-Unis d'Amérique"], ['uk', 'GB', 'Royaume-Uni'], ['Équateur', 'EC', 'Équateur'], ['deutsch', 'DE', 'Allemagne']] as const) {
      await user.clear(input);
      await user.type(input, typed);
      expect(shown(input)[0]).toBe(name);
      await user.keyboard('{ArrowDown}{Enter}');
      expect([typed, select.value, input.value]).toEqual([typed, code, name]);
    }
  });

  it('offers only the select\'s countries, preferred first, when opened without typing', async () => {
    const { input } = start('fr', { preferred: ['CH', 'BE'] });
    await user.click(input);
    expect(shown(input)).toHaveLength(9);
    expect(shown(input).slice(0, 3)).toEqual(['Suisse', 'Belgique', 'Allemagne']);
    await user.keyboard('{Escape}{ArrowDown}');
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)!.textContent).toBe('Suisse');
    await user.keyboard('{ArrowDown}{Enter}');
    expect($<HTMLSelectElement>('country').value).toBe('BE');
    // Without the option, the current country comes first.
    const again = start('fr');
    again.select.value = 'AT';
    again.select.dispatchEvent(new Event('change'));
    await user.click(again.input);
    expect(shown(again.input)[0]).toBe('Autriche');
  });

  it('follows the select when the site changes it, and a form reset', async () => {
    const { form, select, input } = start('fr');
    select.value = 'CI';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(input.value).toBe("Côte-d'Ivoire");
    select.value = 'GB';
    input.focus(); // a write without event is seen when the person comes back
    expect(input.value).toBe('Royaume-Uni');
    form.reset();
    await new Promise((r) => setTimeout(r, 10));
    expect(input.value).toBe('');
  });

  it('on blur, free text naming exactly one country picks it; anything else changes nothing', async () => {
    const { select, input } = start('fr');
    await user.click(input);
    await user.keyboard('ivory coast');
    await user.tab();
    expect(select.value).toBe('CI');
    expect(input.value).toBe("Côte-d'Ivoire");
    await user.click(input);
    await user.clear(input);
    await user.keyboard('zzz');
    await user.tab();
    expect(select.value).toBe('CI');
    expect(input.value).toBe("Côte-d'Ivoire"); // shows what the form will send
    await user.click(input);
    await user.clear(input);
    await user.tab();
    expect(select.value).toBe('');
  });

  it('mirrors the select\'s invalid state and message to the input', async () => {
    const { select, input } = start();
    select.setAttribute('aria-invalid', 'true');
    select.setAttribute('aria-describedby', 'country-hint saisie-msg-9');
    await new Promise((r) => setTimeout(r, 0));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('country-hint saisie-msg-9');
  });

  it('destroy restores the form exactly', async () => {
    const { form, handle, input, before } = start('fr');
    await user.click(input);
    await user.keyboard('allem{ArrowDown}{Enter}');
    await user.click(input);
    handle.destroy();
    const select = $<HTMLSelectElement>('country');
    expect(Object.prototype.hasOwnProperty.call(select, 'focus')).toBe(false);
    select.value = '';
    expect(form.innerHTML).toBe(before);
  });
});

describe('countryCombobox on a text input', () => {
  it('enhances the input in place and writes the localized name', async () => {
    const { form } = start('fr');
    const input = $<HTMLInputElement>('text-country');
    expect(input.getAttribute('role')).toBe('combobox');
    expect(form.querySelectorAll('.saisie-country-input')).toHaveLength(1);
    const seen: string[] = [];
    input.addEventListener('input', () => seen.push(input.value));
    await user.click(input);
    await user.keyboard('deutsch');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(input.value).toBe('Allemagne');
    expect(seen.at(-1)).toBe('Allemagne');
  });
  it('writes a code where the field held one', async () => {
    document.body.innerHTML = '<form lang="fr"><input id="c" autocomplete="country" value="FR"></form>';
    const handle = attach(document.querySelector('form')!, { plugins: [countryCombobox(tables)], loadData: false }, tables);
    const input = $<HTMLInputElement>('c');
    await user.clear(input);
    await user.type(input, 'royaume-u');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(input.value).toBe('GB');
    handle.destroy();
    expect(input.hasAttribute('role')).toBe(false);
  });
  it('rejects a preferred list that is not codes', () => {
    expect(() => countryCombobox(tables, { preferred: 'FR' as never })).toThrow(/saisie: countryCombobox/);
  });
});
