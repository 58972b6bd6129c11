// @vitest-environment jsdom
// saisie/react with checkboxes, radio groups, a select without an empty option, reset(), double-clicks, a pressed
// pointer and the live region: what a new user's own form met first (a helper's trial, issue 11).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElement as h } from 'react';
import { cleanup, fireEvent, render, screen, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SaisieMessage, SaisieSummary, useSaisieForm, type SaisieReactForm } from '../react.js';

afterEach(cleanup);
let form: SaisieReactForm;
function Mini({ onDone }: { onDone(v: Record<string, string>): void }) {
  form = useSaisieForm({ title: 'civility', mail: 'email', mobile: 'phone', country: 'country', terms: { required: true } }, { locale: 'fr' });
  return h('form', { noValidate: true, onSubmit: form.handleSubmit(onDone) },
    h('fieldset', null, h('legend', null, 'Civilité'),
      ...['M.', 'Mme'].map((v) => h('label', { key: v }, h('input', form.field('title', { type: 'radio', value: v })), v))),
    h('label', { htmlFor: 'country' }, 'Pays'),
    h('select', { id: 'country', ...form.field('country') }, h('option', { value: 'BE' }, 'Belgique'), h('option', { value: 'FR' }, 'France')),
    h('label', { htmlFor: 'mail' }, 'Courriel'), h('input', { id: 'mail', type: 'email', ...form.field('mail') }), h(SaisieMessage, { form, name: 'mail' }),
    h('label', { htmlFor: 'mobile' }, 'Portable'), h('input', { id: 'mobile', type: 'tel', ...form.field('mobile') }),
    h('label', null, h('input', form.field('terms', { type: 'checkbox' })), 'J’accepte les conditions'), h(SaisieMessage, { form, name: 'terms' }),
    h('button', null, 'Envoyer'));
}
const pause = () => new Promise((r) => setTimeout(r, 600)); // a person reading what the last submit showed
const send = () => screen.getByRole('button', { name: 'Envoyer' });

describe('saisie/react controls', () => {
  it('a select shows its first option: the store holds it, and the phone is checked for that country', async () => {
    const onDone = vi.fn();
    render(h(Mini, { onDone }));
    const user = userEvent.setup();
    expect(form.state.values.country).toBe('BE');
    await user.type(screen.getByLabelText('Portable'), '0470123456');
    expect((screen.getByLabelText('Portable') as HTMLInputElement).value).toBe('0470 12 34 56');
    await user.click(screen.getByLabelText('J’accepte les conditions'));
    await user.click(send());
    expect(onDone.mock.calls[0]![0]).toMatchObject({ country: 'BE', mobile: '+32470123456', terms: 'on', title: '' });
  });

  it('a required checkbox: unticked it blocks ("Cochez…"), ticked it passes, unticked again it blocks again', async () => {
    const onDone = vi.fn();
    render(h(Mini, { onDone }));
    const user = userEvent.setup();
    const terms = screen.getByLabelText('J’accepte les conditions') as HTMLInputElement;
    await user.click(send());
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByText('Cochez cette case pour continuer.')).toBeTruthy();
    expect(document.activeElement).toBe(terms);
    await user.click(terms);
    expect(terms.checked).toBe(true);
    await user.click(terms);
    expect(terms.checked).toBe(false);
    await pause();
    await user.click(send());
    expect(onDone).not.toHaveBeenCalled();
    await user.click(terms);
    await pause();
    await user.click(send());
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('a radio group: the ticked radio is the value', async () => {
    const onDone = vi.fn();
    render(h(Mini, { onDone }));
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Mme'));
    await user.click(screen.getByLabelText('M.'));
    expect((screen.getByLabelText('M.') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Mme') as HTMLInputElement).checked).toBe(false);
    expect(form.state.values.title).toBe('M.');
  });

  it('a double-click submits once, and is no acknowledgement of a warning it never let the person read', async () => {
    const onDone = vi.fn();
    render(h(Mini, { onDone }));
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('J’accepte les conditions'));
    await user.type(screen.getByLabelText('Courriel'), 'jean@gmial.com');
    await user.dblClick(send());
    expect(onDone).not.toHaveBeenCalled();
    await pause();
    await user.click(send()); // read, then acknowledged
    expect(onDone).toHaveBeenCalledTimes(1);
    await pause();
    await user.clear(screen.getByLabelText('Courriel'));
    await user.type(screen.getByLabelText('Courriel'), 'jean@gmail.com');
    await user.dblClick(send());
    expect(onDone).toHaveBeenCalledTimes(2);
  });

  it('under a pressed pointer a message waits (the click lands), then shows; its live region says the suggestion', async () => {
    render(h(Mini, { onDone: () => undefined }));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Courriel'), 'jean@gmial.com');
    fireEvent.pointerDown(send());
    act(() => screen.getByLabelText('Courriel').blur());
    expect(screen.queryByRole('button', { name: /Utiliser/ })).toBeNull();
    fireEvent.pointerUp(send());
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Utiliser jean@gmail.com' })).toBeTruthy());
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Vouliez-vous dire jean@gmail.com ?');
  });

  it('reset(): the values set back, nothing shown, no required message', async () => {
    render(h(Mini, { onDone: () => undefined }));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Courriel'), 'jean@');
    await user.click(send());
    expect(screen.getByText('Cochez cette case pour continuer.')).toBeTruthy();
    act(() => form.reset());
    expect((screen.getByLabelText('Courriel') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText('Cochez cette case pour continuer.')).toBeNull();
    expect(document.querySelectorAll('[aria-invalid]')).toHaveLength(0);
    expect(form.state.values.country).toBe('BE'); // what the select shows
  });

  it('your own onChange and onBlur through field(name, { onChange, onBlur }) run after saisie\'s: the phone is still formatted', async () => {
    const seen: string[] = [];
    function Own() {
      const f = useSaisieForm({ tel: 'phone' }, { country: 'FR' });
      return h('input', { 'aria-label': 'tel', ...f.field('tel', { onChange: (e) => seen.push(e.target.value), onBlur: () => seen.push('blur') }) });
    }
    render(h(Own));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('tel'), '0612');
    await user.tab();
    expect((screen.getByLabelText('tel') as HTMLInputElement).value).toBe('06 12');
    expect(seen).toEqual(['0', '06', '061', '06 12', 'blur']);
  });

  it('a form unmounted while its submit waits for a verification never calls the handler', async () => {
    const onDone = vi.fn();
    let answer: () => void = () => undefined;
    const verifier = { verify: () => new Promise<{ status: 'valid'; issues: [] }>((r) => (answer = () => r({ status: 'valid', issues: [] }))) };
    function Slow() {
      const f = useSaisieForm({ mail: 'email' }, { verifier, verifyDebounceMs: 0 });
      return h('form', { onSubmit: f.handleSubmit(onDone) }, h('input', { 'aria-label': 'mail', ...f.field('mail') }), h('button', null, 'Envoyer'));
    }
    const { unmount } = render(h(Slow));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('mail'), 'a@exemple.fr');
    await user.click(send());
    unmount();
    answer();
    await new Promise((r) => setTimeout(r, 50));
    expect(onDone).not.toHaveBeenCalled();
  });

  it('SaisieSummary: after a stopped submit, the problems as links (label: message), focused; a link focuses its field; gone once it passes', async () => {
    const onDone = vi.fn();
    function WithSummary() {
      const f = useSaisieForm({ mail: { role: 'email', required: true } }, { locale: 'fr' });
      return h('form', { noValidate: true, onSubmit: f.handleSubmit(onDone) }, h(SaisieSummary, { form: f }),
        h('label', { htmlFor: 'm' }, 'Courriel *'), h('input', { id: 'm', ...f.field('mail') }), h('button', null, 'Envoyer'));
    }
    render(h(WithSummary));
    const user = userEvent.setup();
    await user.click(send());
    const summary = screen.getByRole('alert');
    expect(summary.querySelector('h2')!.textContent).toBe('Il y a un problème');
    expect(summary.querySelector('li')!.textContent).toBe('Courriel : Ce champ est obligatoire.');
    expect(document.activeElement).toBe(summary);
    await user.click(summary.querySelector('a')!);
    expect(document.activeElement).toBe(screen.getByLabelText('Courriel *'));
    await user.type(screen.getByLabelText('Courriel *'), 'a@exemple.fr');
    await pause();
    await user.click(send());
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
