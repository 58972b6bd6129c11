// @vitest-environment jsdom
// saisie/react with @testing-library/react: controlled inputs formatted inside onChange (caret kept), suggestions,
// the submit gate, StrictMode, parent re-renders, fields that mount and unmount. createElement: no jsx in tsconfig.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StrictMode, createElement as h, useState, version, type ReactNode } from 'react';
import { cleanup, render, screen, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SaisieMessage, useSaisieForm, type FormControllerOptions } from '../react.js';
import { setDataLoader } from '../index.js';
import { loadData } from '../data/index.js';

setDataLoader(loadData);
const errors = vi.spyOn(console, 'error');
afterEach(() => {
  cleanup();
  // No React warning (act, controlled/uncontrolled, keys…) during any test.
  expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
  errors.mockClear();
});

const FIELDS = { civility: 'civility', firstName: 'firstName', email: { role: 'email', required: true }, phone: 'phone', postalCode: 'postalCode', company: {} } as const;

function Signup({ onSignup, options = { locale: 'fr', country: 'FR' }, pro = true, children }: { onSignup(v: Record<string, string>): void; options?: FormControllerOptions; pro?: boolean; children?: ReactNode }) {
  const form = useSaisieForm(FIELDS, options);
  const [asPro, setPro] = useState(false);
  const input = (name: string, label: string, type = 'text') =>
    h('div', null, h('label', { htmlFor: name }, label), h('input', { id: name, type, ...form.field(name) }), h(SaisieMessage, { form, name }));
  return h('form', { noValidate: true, onSubmit: form.handleSubmit(onSignup) },
    h('label', { htmlFor: 'civility' }, 'Civilité'),
    h('select', { id: 'civility', ...form.field('civility') }, h('option', { value: '' }, '—'), h('option', { value: 'M.' }, 'M.'), h('option', { value: 'Mme' }, 'Mme')),
    h(SaisieMessage, { form, name: 'civility' }),
    input('firstName', 'Prénom'),
    input('email', 'E-mail', 'email'),
    input('phone', 'Téléphone', 'tel'),
    pro && h('label', null, h('input', { type: 'checkbox', checked: asPro, onChange: () => setPro(!asPro) }), 'Professionnel'),
    asPro && input('company', 'Société'),
    asPro && input('postalCode', 'Code postal du siège'),
    children,
    h('button', null, 'Créer'));
}

/** A click on the submit button, then the moment a person takes to read what it showed (a second click sooner is a double-click). */
async function submit(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Créer' }));
  await new Promise((r) => setTimeout(r, 600));
}
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe(`saisie/react useSaisieForm (React ${version})`, () => {
  it('runs on the React this run asks for (SAISIE_REACT_MAJOR, 19 by default)', () => {
    expect(version.split('.')[0]).toBe(process.env.SAISIE_REACT_MAJOR ?? '19');
  });

  it('formats the phone inside onChange: React state and the field agree at every key, and a mid-number edit keeps the caret', async () => {
    render(h(Signup, { onSignup: () => undefined }));
    const user = userEvent.setup();
    const tel = field('Téléphone');
    await user.click(tel);
    const seen: string[] = [];
    for (const key of '061234567') {
      await user.keyboard(key);
      seen.push(tel.value);
    }
    expect(seen).toEqual(['0', '06', '06 1', '06 12', '06 12 3', '06 12 34', '06 12 34 5', '06 12 34 56', '06 12 34 56 7']);
    // An 8 typed after "06 ": the digits shift, the caret stays right after the 8, and the next key lands there.
    tel.setSelectionRange(3, 3);
    await user.keyboard('8');
    expect(tel.value).toBe('06 81 23 45 67');
    expect(tel.selectionStart).toBe(4);
    await user.keyboard('{Backspace}');
    expect(tel.value).toBe('06 12 34 56 7');
    expect(tel.selectionStart).toBe(2);
  });

  it('a typo suggestion shows after leaving the field; its button applies it and refocuses', async () => {
    render(h(Signup, { onSignup: () => undefined }));
    const user = userEvent.setup();
    await user.type(field('E-mail'), 'marie@gmial.com');
    expect(screen.queryByRole('button', { name: /Utiliser/ })).toBeNull();
    await user.tab();
    const button = screen.getByRole('button', { name: 'Utiliser marie@gmail.com' });
    expect(field('E-mail').getAttribute('aria-describedby')).toBe(button.closest('.saisie-message')!.id);
    expect(button.closest('p')!.textContent).toContain('marie@gmail.com');
    await user.click(button);
    expect(field('E-mail').value).toBe('marie@gmail.com');
    expect(document.activeElement).toBe(field('E-mail'));
    expect(screen.queryByRole('button', { name: /Utiliser/ })).toBeNull();
    expect(field('E-mail').hasAttribute('aria-describedby')).toBe(false);
  });

  it('handleSubmit: an error blocks (focus on it, aria-invalid), a warning asks once, then fn gets the normalized values once', async () => {
    const onSignup = vi.fn();
    render(h(Signup, { onSignup }));
    const user = userEvent.setup();
    await submit(user);
    expect(onSignup).not.toHaveBeenCalled();
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(field('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('E-mail'));
    await user.selectOptions(screen.getByLabelText('Civilité'), 'M.');
    await user.type(field('Prénom'), 'Marie');
    await user.type(field('E-mail'), 'marie@exemple.fr');
    await user.type(field('Téléphone'), '0612345678');
    await submit(user);
    expect(onSignup).not.toHaveBeenCalled();
    expect(document.querySelector('[data-code="civility.mismatch"]')!.textContent).toContain('Mme');
    await submit(user);
    expect(onSignup).toHaveBeenCalledTimes(1);
    expect(onSignup).toHaveBeenCalledWith({ civility: 'M.', firstName: 'Marie', email: 'marie@exemple.fr', phone: '+33612345678' });
  });

  it('the civility suggestion on the first name sets the select', async () => {
    render(h(Signup, { onSignup: () => undefined }));
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Civilité'), 'M.');
    await user.type(field('Prénom'), 'Marie');
    await user.tab();
    await vi.waitFor(() => screen.getByRole('button', { name: 'Utiliser Mme' }));
    await user.click(screen.getByRole('button', { name: 'Utiliser Mme' }));
    expect((screen.getByLabelText('Civilité') as HTMLSelectElement).value).toBe('Mme');
    expect(screen.queryByRole('button', { name: /Utiliser/ })).toBeNull();
  });

  it('a conditional field: shown, it is checked and submitted; hidden, its error no longer blocks and it is not sent', async () => {
    const onSignup = vi.fn();
    render(h(Signup, { onSignup }));
    const user = userEvent.setup();
    await user.type(field('E-mail'), 'marie@exemple.fr');
    await user.click(screen.getByLabelText('Professionnel'));
    await user.type(field('Code postal du siège'), '7500');
    await submit(user);
    expect(onSignup).not.toHaveBeenCalled();
    expect(screen.getByText(/code postal/i, { selector: '.saisie-issue' })).toBeTruthy();
    await user.clear(field('Code postal du siège'));
    await user.type(field('Code postal du siège'), '75001');
    await user.type(field('Société'), 'ACME');
    await submit(user);
    expect(onSignup).toHaveBeenLastCalledWith({ civility: '', firstName: '', email: 'marie@exemple.fr', phone: '', company: 'ACME', postalCode: '75001' });
    await user.click(screen.getByLabelText('Professionnel'));
    await submit(user);
    expect(onSignup).toHaveBeenLastCalledWith({ civility: '', firstName: '', email: 'marie@exemple.fr', phone: '' });
  });

  it('StrictMode double mount: one submit, one callback; parent re-renders keep the messages and the values', async () => {
    const onSignup = vi.fn();
    let rerender: (n: number) => void = () => undefined;
    function Parent() {
      const [n, setN] = useState(0);
      rerender = setN;
      return h(Signup, { onSignup }, h('output', null, `render ${n}`));
    }
    render(h(StrictMode, null, h(Parent)));
    const user = userEvent.setup();
    await user.type(field('E-mail'), 'marie@gmial.com');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Utiliser marie@gmail.com' })).toBeTruthy();
    for (let i = 1; i <= 3; i++) act(() => rerender(i));
    expect(screen.getByText('render 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Utiliser marie@gmail.com' })).toBeTruthy();
    expect(field('E-mail').value).toBe('marie@gmial.com');
    await submit(user); // the warning asks once
    await submit(user);
    expect(onSignup).toHaveBeenCalledTimes(1);
    expect(onSignup.mock.calls[0]![0]).toMatchObject({ email: 'marie@gmial.com' });
  });

  it('initial values, and developer mistakes as saisie: errors', () => {
    render(h(Signup, { onSignup: () => undefined, options: { locale: 'fr', country: 'FR', values: { email: 'a@exemple.fr' } } }));
    expect(field('E-mail').value).toBe('a@exemple.fr');
    errors.mockImplementation(() => undefined);
    expect(() => render(h(Signup, { onSignup: () => undefined, options: { country: 'France' } }))).toThrow(/saisie: .*ISO 3166-1/);
    errors.mockReset();
  });
});
