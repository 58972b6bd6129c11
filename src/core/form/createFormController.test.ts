import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFormController, type ControlledField, type FormControllerOptions } from './createFormController.js';
import { createTables, tables } from '../../defaults.js';
import { loadData } from '../../data/index.js';
import { FORM_MESSAGES } from '../../locales/form.js';
import { VERIFY_MESSAGES } from '../../locales/verify.js';
import { UI_MESSAGES } from '../../locales/ui.js';
import type { Verifier } from '../verify/types.js';

const TABLES = { data: tables, form: FORM_MESSAGES, verify: VERIFY_MESSAGES, ui: UI_MESSAGES };
const SIGNUP: Record<string, ControlledField> = { civility: 'civility', firstName: 'firstName', email: { role: 'email', required: true }, phone: 'phone', country: 'country', postalCode: 'postalCode' };

function setup(fields: Record<string, ControlledField> = SIGNUP, options: FormControllerOptions = { locale: 'fr', country: 'FR' }) {
  vi.useFakeTimers();
  const c = createFormController(fields, options, TABLES);
  for (const name of Object.keys(fields)) c.mount(name, { choice: name === 'civility' || name === 'country' });
  const type = (name: string, text: string) => {
    let shown = '';
    for (const ch of text) shown = c.edit(name, shown + ch, shown.length + 1, 'insertText').value;
    return shown;
  };
  const visible = (name: string) => c.getState().visible[name]?.map((i) => i.code) ?? [];
  return { c, type, visible };
}
afterEach(() => void vi.useRealTimers());

describe('createFormController', () => {
  it('formats a phone number as typed, keeps the caret by the digit typed mid-number, and submits E.164', async () => {
    const { c, type } = setup();
    expect(type('phone', '061234567')).toBe('06 12 34 56 7');
    // An 8 typed after "06 " of "06 12 34 56 7": the number reformatted, the caret right after the 8.
    const edit = c.edit('phone', '06 812 34 56 7', 4, 'insertText');
    expect(edit.value).toBe('06 81 23 45 67');
    expect(edit.value.slice(0, edit.caret)).toBe('06 8');
    // Backspace over a separator takes the digit before it.
    const back = c.edit('phone', '0681 23 45 67', 2, 'deleteContentBackward');
    expect(back.value.replace(/\s/g, '')).toBe('081234567');
    expect(back.caret).toBe(1);
    c.edit('phone', '06 12 34 56 78', 14, 'insertText');
    type('email', 'marie@exemple.fr');
    c.choose('civility', 'Mme');
    expect(await c.submit()).toEqual({ ok: true, values: { civility: 'Mme', firstName: '', email: 'marie@exemple.fr', phone: '+33612345678', country: '', postalCode: '' } });
  });

  it('a warning shows after the pause or on leaving, asks once at submit, and the second submit passes with the value as typed', async () => {
    const { c, type, visible } = setup();
    type('email', 'marie@gmial.com');
    expect(visible('email')).toEqual([]);
    vi.advanceTimersByTime(800);
    expect(visible('email')).toEqual(['email.typo']);
    expect(await c.submit()).toMatchObject({ ok: false, reason: 'confirm', fields: ['email'] });
    // The second click of a double-click is not the acknowledgement: the person has not read the warning yet.
    expect(await c.submit()).toMatchObject({ ok: false, reason: 'busy' });
    vi.advanceTimersByTime(600);
    expect(await c.submit()).toMatchObject({ ok: true, values: { email: 'marie@gmial.com' } });
  });

  it('apply() writes a suggestion; a civility suggestion on the first name fixes the civility field (first names loaded by start())', async () => {
    vi.useFakeTimers();
    const c = createFormController(SIGNUP, { locale: 'fr', country: 'FR' }, { ...TABLES, data: createTables({ load: loadData }) });
    for (const name of Object.keys(SIGNUP)) c.mount(name);
    const stop = c.start();
    await vi.waitFor(() => expect(c.store.getSnapshot()).toBeDefined());
    await vi.dynamicImportSettled();
    const type = (name: string, text: string) => c.edit(name, text, text.length, 'insertFromPaste');
    const visible = (name: string) => c.getState().visible[name]?.map((i) => i.code) ?? [];
    type('email', 'marie@gmial.com');
    c.leave('email');
    expect(c.applyLabel('marie@gmail.com')).toBe('Utiliser marie@gmail.com');
    expect(c.apply('email', 'marie@gmail.com')).toBe('email');
    expect(c.value('email')).toBe('marie@gmail.com');
    expect(visible('email')).toEqual([]);
    c.choose('civility', 'M.');
    type('firstName', 'Marie');
    c.leave('firstName');
    const issue = c.getState().visible.firstName!.find((i) => i.code === 'civility.mismatch')!;
    expect(issue.suggestion).toBe('Mme');
    expect(c.apply('firstName', 'Mme')).toBe('civility');
    expect(c.value('civility')).toBe('Mme');
    expect(visible('firstName')).toEqual([]);
    expect(c.apply('firstName', 'nothing shown')).toBeUndefined();
    stop();
  });

  it('errors block; a required empty field says so; an unmounted field neither blocks nor is submitted, and keeps its value', async () => {
    const { c, type, visible } = setup();
    type('postalCode', '7500');
    expect(await c.submit()).toMatchObject({ ok: false, reason: 'block', fields: ['email', 'postalCode'] });
    expect(visible('email')).toEqual(['field.required']);
    expect(c.getState().visible.email![0]!.message).toBe('Ce champ est obligatoire.');
    expect(visible('postalCode')).toEqual(['postal.invalid']);
    c.unmount('postalCode');
    type('email', 'marie@exemple.fr');
    const out = await c.submit();
    expect(out.ok && Object.keys(out.values)).toEqual(['civility', 'firstName', 'email', 'phone', 'country']);
    c.mount('postalCode');
    expect(c.value('postalCode')).toBe('7500');
  });

  it('the country field decides the phone and postal rules, by code or name', async () => {
    const { c, type, visible } = setup(SIGNUP, { locale: 'fr' });
    c.choose('country', 'CH');
    type('postalCode', '75001');
    c.leave('postalCode');
    expect(visible('postalCode')).toEqual(['postal.invalid']);
    c.choose('country', 'FR');
    expect(visible('postalCode')).toEqual([]);
    type('phone', '0612345678');
    type('email', 'a@exemple.fr');
    expect(await c.submit()).toMatchObject({ ok: true, values: { phone: '+33612345678', postalCode: '75001', country: 'FR' } });
  });

  it('a submit while one is running is "busy"; a verifier that never answers holds a submit only verifyWaitMs', async () => {
    const verifier: Verifier = { verify: () => new Promise(() => undefined) };
    const { c, type } = setup({ email: 'email' }, { country: 'FR', verifier, verifyWaitMs: 1000 });
    type('email', 'a@exemple.fr');
    const first = c.submit();
    expect(await c.submit()).toMatchObject({ ok: false, reason: 'busy' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(await first).toEqual({ ok: true, values: { email: 'a@exemple.fr' } });
  });

  it('a verifier verdict is a warning (strict: an error); hostile input never throws', async () => {
    const verifier: Verifier = { verify: async () => ({ status: 'invalid', issues: [{ code: 'email.no_mx', severity: 'error', message: 'x' }] }) };
    const { c, type, visible } = setup({ email: 'email' }, { locale: 'en', verifier });
    type('email', 'a@boite-sans-mx.fr');
    c.leave('email');
    await vi.advanceTimersByTimeAsync(400);
    expect(visible('email')).toEqual(['email.no_mx']);
    expect(c.getState().visible.email![0]).toMatchObject({ severity: 'warning', message: 'No mail server receives email at boite-sans-mx.fr: check the address.' });
    expect(() => c.edit('email', '\u0000'.repeat(10_000) + '<<<@>>>', 3)).not.toThrow();
  });

  it('fields may be a list of names, each with the role of its name', async () => {
    vi.useFakeTimers();
    const c = createFormController(['email', 'phone', 'message'], { country: 'FR' }, TABLES);
    expect([c.role('email'), c.role('phone'), c.role('message')]).toEqual(['email', 'phone', '']);
    for (const n of ['email', 'phone', 'message']) c.mount(n);
    c.edit('phone', '0612345678');
    c.edit('message', 'Bonjour');
    expect(await c.submit()).toEqual({ ok: true, values: { email: '', phone: '+33612345678', message: 'Bonjour' } });
  });

  it('handle(): fn once per submission, nothing else submitted while it runs nor by a double-click; focus on what stops it', async () => {
    const { c, type } = setup({ email: { role: 'email', required: true } }, { country: 'FR' });
    const focused: string[] = [];
    const invalid = vi.fn();
    await c.handle(() => undefined, invalid, (n) => focused.push(n));
    expect(focused).toEqual(['email']);
    expect(invalid).toHaveBeenCalledWith(expect.objectContaining({ reason: 'block' }));
    type('email', 'a@exemple.fr');
    let finish: () => void = () => undefined;
    const fn = vi.fn<() => unknown>(() => undefined).mockImplementationOnce(() => new Promise<void>((r) => (finish = r)));
    const first = c.handle(fn);
    await vi.advanceTimersByTimeAsync(0);
    expect(fn).toHaveBeenCalledTimes(1);
    await c.handle(fn); // while fn runs
    finish();
    await first;
    await c.handle(fn); // right after: the same gesture
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600);
    await c.handle(fn);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('reset(): initial values, every field pristine (no required message), warnings to be asked again', async () => {
    const { c, type, visible } = setup({ email: { role: 'email', required: true }, phone: 'phone' }, { country: 'FR', values: { phone: '0612345678' } });
    expect(c.value('phone')).toBe('06 12 34 56 78'); // a value set by script is formatted too
    type('email', 'a@gmial.com');
    c.leave('email');
    expect(visible('email')).toEqual(['email.typo']);
    expect((await c.submit()).ok).toBe(false);
    c.reset();
    expect(c.value('email')).toBe('');
    expect(c.value('phone')).toBe('06 12 34 56 78');
    expect(visible('email')).toEqual([]);
    type('email', 'a@gmial.com');
    c.leave('email');
    expect(await c.submit()).toMatchObject({ ok: false, reason: 'confirm' }); // asked again
  });

  it('under a pressed pointer the visible issues wait; values do not; release() shows them', () => {
    const { c, type, visible } = setup({ email: 'email' }, { country: 'FR' });
    let down = true;
    c.holdWhile(() => down);
    const heard = vi.fn();
    c.subscribe(heard);
    type('email', 'a@gmial.com');
    c.leave('email');
    expect(visible('email')).toEqual([]);
    expect(c.getState().snapshot.values.email).toBe('a@gmial.com');
    down = false;
    heard.mockClear();
    c.release();
    expect(heard).toHaveBeenCalled();
    expect(visible('email')).toEqual(['email.typo']);
  });

  it('a required checkbox asks to tick it', async () => {
    const { c, visible } = setup({ terms: { required: true } }, {});
    c.mount('terms', { check: true });
    await c.submit();
    expect(c.getState().visible.terms![0]!.message).toBe('Tick this box to continue.');
    c.choose('terms', 'on');
    expect(visible('terms')).toEqual([]);
  });

  it('an address line is verified whole (line, postal code and city), once all three are there, with the chosen country', async () => {
    const asked: unknown[] = [];
    const verifier: Verifier = { verify: async (kind, value, context) => (asked.push({ kind, value, country: context?.country, fields: context?.fields }), { status: 'invalid', issues: [{ code: 'address.not_found', severity: 'warning', message: 'x' }] }) };
    const { c, visible } = setup({ line: { role: 'addressLine1', required: true }, postalCode: 'postalCode', city: 'city' }, { locale: 'fr', country: 'FR', verifier, verifyDebounceMs: 0 });
    c.edit('line', '12 rue de la Paix');
    c.leave('line');
    await vi.advanceTimersByTimeAsync(10);
    expect(asked).toEqual([]); // no postal code nor city yet: not asked
    c.edit('postalCode', '75002');
    c.edit('city', 'Paris');
    await vi.advanceTimersByTimeAsync(10);
    expect(asked).toEqual([{ kind: 'address', value: '12 rue de la Paix, 75002 Paris', country: 'FR', fields: { locale: 'fr', postalCode: '75002', city: 'Paris' } }]);
    expect(visible('line')).toEqual(['address.not_found']);
  });

  it('state keeps its identity until something changes; developer mistakes get saisie: errors', () => {
    const { c } = setup();
    expect(c.getState()).toBe(c.getState());
    const before = c.getState();
    c.edit('email', 'a');
    expect(c.getState()).not.toBe(before);
    expect(() => c.edit('nope', 'x')).toThrow(/saisie: unknown field "nope"/);
    expect(() => createFormController({ a: 'vat' }, {}, TABLES)).toThrow(/saisie: .*"a" needs a role/);
    expect(() => createFormController({ a: 'email' }, { country: 'France' }, TABLES)).toThrow(/saisie: .*ISO 3166-1/);
  });
});
