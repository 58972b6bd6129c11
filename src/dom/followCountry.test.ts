// @vitest-environment jsdom
// The address fields follow the country, on markup saisie did not design (WooCommerce's checkout, a Bootstrap grid).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attach } from './attach.js';
import { followCountry } from './followCountry.js';
import { browserTables } from '../../test/tables.js';
import loadSubregions from '../data/load-subregions.js';
import type { DataLoader } from '../core/types.js';

const load: DataLoader = (kind, key) => (kind === 'subregions' ? loadSubregions(key) : Promise.resolve(undefined));
const row = (id: string, label: string, extra = '') =>
  `<p class="form-row" id="${id}_field"><label for="${id}">${label} <abbr class="required" title="required">*</abbr></label><span class="woocommerce-input-wrapper"><input type="text" class="input-text" name="${id}" id="${id}" ${extra}></span></p>`;
const WOO = (lang: string, country: string) => `<form id="f" lang="${lang}" class="checkout"><div class="woocommerce-billing-fields__field-wrapper">
<p class="form-row" id="billing_first_name_field"><label for="billing_first_name">First name</label><input name="billing_first_name" id="billing_first_name" autocomplete="given-name"></p>
<p class="form-row" id="billing_country_field"><label for="billing_country">Country / Region</label><select name="billing_country" id="billing_country" autocomplete="country"><option value="FR"${country === 'FR' ? ' selected' : ''}>France</option><option value="US"${country === 'US' ? ' selected' : ''}>United States</option><option value="IT"${country === 'IT' ? ' selected' : ''}>Italy</option><option value="">—</option></select></p>
${row('billing_address_1', 'Street address', 'autocomplete="address-line1" required aria-required="true"')}
${row('billing_address_2', 'Apartment, suite, unit, etc.', 'autocomplete="address-line2"')}
${row('billing_city', 'Town / City', 'autocomplete="address-level2" required aria-required="true"')}
${row('billing_state', 'State / County', 'autocomplete="address-level1"')}
${row('billing_postcode', 'Postcode / ZIP', 'autocomplete="postal-code" required aria-required="true"')}
<p class="form-row" id="billing_phone_field"><label for="billing_phone">Phone</label><input type="tel" name="billing_phone" id="billing_phone"></p>
</div><button>Place order</button></form>`;

const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
const form = () => $<HTMLFormElement>('f');
const order = () => Array.from(form().querySelectorAll('p.form-row, .col-md-6'), (p) => p.id.replace(/^billing_|_field$|^col-/g, ''));
const labelOf = (id: string) => document.querySelector(`label[for="${id}"]`)!.firstChild!.textContent!.trim();
const choose = (cc: string) => {
  const s = form().querySelector<HTMLSelectElement>('select[name$="country"]')!;
  s.value = cc;
  s.dispatchEvent(new Event('input', { bubbles: true }));
  s.dispatchEvent(new Event('change', { bubbles: true }));
};
const regionSelect = () => form().querySelector<HTMLSelectElement>('select.saisie-region-select');
const start = (html: string, layout = true) => {
  document.body.innerHTML = html;
  const before = form().innerHTML;
  const handle = attach(form(), { plugins: layout ? [followCountry(browserTables(), { load })] : [], loadData: false }, browserTables());
  return { before, handle };
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('followCountry on a WooCommerce checkout', () => {
  it('France: address, postal code, city; no region, not required', () => {
    const { before, handle } = start(WOO('fr', 'FR'));
    expect(order()).toEqual(['first_name', 'country', 'address_1', 'address_2', 'postcode', 'city', 'state', 'phone']);
    expect($('billing_state_field').hidden).toBe(true);
    expect($('billing_state').required).toBe(false);
    expect(labelOf('billing_postcode')).toBe('Code postal');
    expect(labelOf('billing_city')).toBe('Ville');
    expect(document.querySelector('label[for="billing_postcode"] abbr')!.textContent).toBe('*');
    expect($('billing_postcode').required).toBe(true);
    handle.destroy();
    expect(form().innerHTML).toBe(before);
  });

  it('United States: city, a state select with 50+ choices, ZIP code; typed values kept both ways; destroy restores all', async () => {
    const { before, handle } = start(WOO('en', 'FR'));
    $('billing_address_1').value = '1 Infinite Loop';
    $('billing_city').value = 'Cupertino';
    $('billing_state').value = 'california';
    $('billing_postcode').value = '95014';
    choose('US');
    await vi.waitFor(() => expect(regionSelect()).not.toBeNull());
    expect(order()).toEqual(['first_name', 'country', 'address_1', 'address_2', 'city', 'state', 'postcode', 'phone']);
    expect(labelOf('billing_postcode')).toBe('ZIP code');
    expect(labelOf('billing_state')).toBe('State');
    expect($('billing_state_field').hidden).toBe(false);
    expect($('billing_state').required).toBe(true);
    const select = regionSelect()!;
    expect(select.options.length).toBeGreaterThan(50);
    expect(select.options[0]!.value).toBe('');
    expect(select.value).toBe('CA'); // "california" typed, matched by name
    expect(select.hasAttribute('name')).toBe(false);
    expect(select.getAttribute('aria-labelledby')).toBe(document.querySelector('label[for="billing_state"]')!.id);
    expect($('billing_state').hidden).toBe(true);
    select.value = 'NY';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect($('billing_state').value).toBe('NY');
    choose('FR');
    await vi.waitFor(() => expect(order()[4]).toBe('postcode'));
    expect(regionSelect()).toBeNull();
    expect($('billing_state').hidden).toBe(false);
    expect([$('billing_address_1').value, $('billing_city').value, $('billing_state').value, $('billing_postcode').value]).toEqual(['1 Infinite Loop', 'Cupertino', 'NY', '95014']);
    choose('US');
    await vi.waitFor(() => expect(regionSelect()?.value).toBe('NY'));
    handle.destroy();
    expect(form().innerHTML.replace(/ id="saisie-[^"]*"/g, '')).toBe(before);
    expect(form().innerHTML).toBe(before);
    expect($('billing_postcode').value).toBe('95014');
  });

  it('Italy on an Italian page: CAP, a province select', async () => {
    const { before, handle } = start(WOO('it', 'IT'));
    expect(labelOf('billing_postcode')).toBe('CAP');
    expect(labelOf('billing_city')).toBe('Città');
    await vi.waitFor(() => expect(regionSelect()).not.toBeNull());
    expect(labelOf('billing_state')).toBe('Provincia');
    expect(Array.from(regionSelect()!.options, (o) => o.value)).toContain('AG');
    expect(Array.from(regionSelect()!.options).find((o) => o.value === 'AG')!.textContent).toBe('Agrigento');
    expect(order()).toEqual(['first_name', 'country', 'address_1', 'address_2', 'postcode', 'city', 'state', 'phone']);
    handle.destroy();
    expect(form().innerHTML).toBe(before);
  });

  it('moves nothing without the opt-in', async () => {
    const { before, handle } = start(WOO('fr', 'US'), false);
    choose('IT');
    await Promise.resolve();
    expect(order()).toEqual(['first_name', 'country', 'address_1', 'address_2', 'city', 'state', 'postcode', 'phone']);
    expect(labelOf('billing_postcode')).toBe('Postcode / ZIP');
    expect(regionSelect()).toBeNull();
    handle.destroy();
    expect(form().innerHTML).toBe(before);
  });

  it('puts back what it changed when the country is cleared', async () => {
    const { before, handle } = start(WOO('en', 'FR'));
    choose('');
    await vi.waitFor(() => expect(order()[4]).toBe('city'));
    expect(labelOf('billing_postcode')).toBe('Postcode / ZIP');
    handle.destroy();
    expect(form().innerHTML).toBe(before);
  });
});

const BOOTSTRAP = `<form id="f" lang="en"><div class="row">
<div class="col-md-6" id="col-country"><div class="mb-3"><label class="form-label" for="country">Country</label><select class="form-select" id="country" name="country"><option>US</option><option>FR</option><option>GB</option></select></div></div>
<div class="col-md-6" id="col-zip"><div class="mb-3"><label class="form-label" for="zip">Zip</label><input class="form-control" id="zip" name="zip" required></div></div>
</div><div class="row">
<div class="col-md-6" id="col-address"><label for="address">Address</label><input id="address" name="address"></div>
<div class="col-md-6" id="col-city"><label for="city">City</label><input id="city" name="city"></div>
<div class="col-md-6" id="col-state"><label for="state">State</label><input id="state" name="state"></div>
</div></form>`;

describe('followCountry on a Bootstrap grid', () => {
  it('moves whole columns between rows and back', async () => {
    const { before, handle } = start(BOOTSTRAP);
    expect(order()).toEqual(['country', 'address', 'city', 'state', 'zip']);
    expect(document.querySelector('#col-country')!.parentElement!.children.length).toBe(2);
    choose('GB');
    await vi.waitFor(() => expect(labelOf('zip')).toBe('Postcode'));
    expect(labelOf('city')).toBe('Town or city');
    expect($('col-state').hidden).toBe(true);
    expect(order()).toEqual(['country', 'address', 'city', 'zip', 'state']);
    handle.destroy();
    expect(form().innerHTML).toBe(before);
  });

  it('never throws on odd markup: no labels, a field removed mid-way', async () => {
    document.body.innerHTML = `<form id="f" lang="en"><select name="country"><option>US</option><option>FR</option></select><input name="city"><span><input name="postcode" autocomplete="postal-code"></span><input name="state" autocomplete="address-level1"></form>`;
    const before = form().innerHTML;
    const handle = attach(form(), { plugins: [followCountry(browserTables(), { load })], loadData: false }, browserTables());
    await vi.waitFor(() => expect(regionSelect()).not.toBeNull());
    form().querySelector('[name=city]')!.remove();
    choose('FR');
    await Promise.resolve();
    await Promise.resolve();
    expect(() => handle.destroy()).not.toThrow();
    const now = form().innerHTML;
    expect(now).toBe(before.replace('<input name="city">', ''));
  });
});
