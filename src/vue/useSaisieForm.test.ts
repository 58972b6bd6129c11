// @vitest-environment jsdom
// saisie/vue with @testing-library/vue: v-saisie with v-model (the model holds what the field shows), IME, suggestions,
// the submit gate, v-if fields binding and unbinding themselves. Templates as Vue developers write them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { cleanup, fireEvent, render, screen } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { SaisieMessage, useSaisieForm, vSaisie } from '../vue.js';
import { setDataLoader } from '../index.js';
import { loadData } from '../data/index.js';
import { followProgrammaticWrites } from '../../test/follow-writes.js';

setDataLoader(loadData);
const warnings = vi.spyOn(console, 'warn');
afterEach(() => {
  cleanup();
  expect(warnings.mock.calls.map((c) => String(c[0]))).toEqual([]);
  warnings.mockClear();
});

const Signup = defineComponent({
  components: { SaisieMessage },
  directives: { saisie: vSaisie },
  props: { onSignup: { type: Function, required: true } },
  setup(props) {
    const form = useSaisieForm({ civility: 'civility', firstName: 'firstName', email: { role: 'email', required: true }, phone: 'phone', postalCode: 'postalCode' }, { locale: 'fr', country: 'FR' });
    const civility = ref('');
    const firstName = ref('');
    const email = ref('');
    const phone = ref('');
    const postalCode = ref('');
    const pro = ref(false);
    return { form, civility, firstName, email, phone, postalCode, pro, submit: form.handleSubmit((v) => props.onSignup(v)) };
  },
  template: `
    <form novalidate @submit="submit">
      <label for="civility">Civilité</label>
      <select id="civility" v-model="civility" v-saisie:civility="form"><option value="">—</option><option>M.</option><option>Mme</option></select>
      <label for="firstName">Prénom</label>
      <input id="firstName" v-model="firstName" v-saisie:firstName="form" />
      <SaisieMessage :form="form" name="firstName" />
      <label for="email">E-mail</label>
      <input id="email" type="email" name="email" v-model="email" v-saisie="form" />
      <SaisieMessage :form="form" name="email" />
      <label for="phone">Téléphone</label>
      <input id="phone" type="tel" v-model="phone" v-saisie:phone="form" />
      <output data-testid="phone-model">{{ phone }}</output>
      <label><input type="checkbox" v-model="pro" /> Professionnel</label>
      <template v-if="pro">
        <label for="postalCode">Code postal du siège</label>
        <input id="postalCode" v-model="postalCode" v-saisie:postalCode="form" />
        <SaisieMessage :form="form" name="postalCode" />
      </template>
      <button>Créer</button>
    </form>`,
});

/** A click on the submit button, then the moment a person takes to read what it showed (a second click sooner is a double-click). */
async function submit(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Créer' }));
  await new Promise((r) => setTimeout(r, 600));
}
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const phoneModel = () => screen.getByTestId('phone-model').textContent;

describe('saisie/vue useSaisieForm + v-saisie', () => {
  it('formats the phone with v-model following every key; a mid-number edit keeps the caret', async () => {
    render(Signup, { props: { onSignup: () => undefined } });
    const user = userEvent.setup();
    const tel = field('Téléphone');
    followProgrammaticWrites(tel); // user-event's own copy of the value follows the directive's native-setter writes
    await user.click(tel);
    for (const key of '061234567') {
      await user.keyboard(key);
      await nextTick();
      expect(phoneModel()).toBe(tel.value);
    }
    expect(tel.value).toBe('06 12 34 56 7');
    tel.setSelectionRange(3, 3);
    await user.keyboard('8');
    await nextTick();
    expect(tel.value).toBe('06 81 23 45 67');
    expect(tel.selectionStart).toBe(4);
    expect(phoneModel()).toBe('06 81 23 45 67');
  });

  it('skips IME composition and formats when it ends', async () => {
    render(Signup, { props: { onSignup: () => undefined } });
    const tel = field('Téléphone');
    tel.focus();
    await fireEvent.compositionStart(tel);
    tel.value = '0612';
    await fireEvent(tel, new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText' }));
    expect(tel.value).toBe('0612');
    await fireEvent.compositionEnd(tel);
    await nextTick();
    expect(tel.value).toBe('06 12');
    expect(phoneModel()).toBe('06 12');
  });

  it('a typo suggestion: its button updates the field and v-model; the civility suggestion sets the select', async () => {
    render(Signup, { props: { onSignup: () => undefined } });
    const user = userEvent.setup();
    await user.type(field('E-mail'), 'marie@gmial.com');
    await user.tab();
    const button = await screen.findByRole('button', { name: 'Utiliser marie@gmail.com' });
    expect(field('E-mail').getAttribute('aria-describedby')).toBe(button.closest('.saisie-message')!.id);
    await user.click(button);
    expect(field('E-mail').value).toBe('marie@gmail.com');
    expect(screen.queryByRole('button', { name: /Utiliser/ })).toBeNull();
    await user.selectOptions(field('Civilité'), 'M.');
    await user.type(field('Prénom'), 'Marie');
    await user.tab();
    await user.click(await screen.findByRole('button', { name: 'Utiliser Mme' }));
    expect((field('Civilité') as unknown as HTMLSelectElement).value).toBe('Mme');
  });

  it('handleSubmit: an error blocks, a warning asks once, then one call with normalized values; a v-if field binds and unbinds', async () => {
    const onSignup = vi.fn();
    render(Signup, { props: { onSignup } });
    const user = userEvent.setup();
    await submit(user);
    expect(onSignup).not.toHaveBeenCalled();
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(field('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('E-mail'));
    await user.type(field('E-mail'), 'marie@gmial.com');
    await user.type(field('Téléphone'), '0612345678');
    await user.click(screen.getByLabelText('Professionnel'));
    await user.type(field('Code postal du siège'), '7500');
    await submit(user);
    expect(onSignup).not.toHaveBeenCalled();
    await user.click(screen.getByLabelText('Professionnel')); // hidden: its error no longer blocks
    await submit(user); // the typo warning asks once
    expect(onSignup).not.toHaveBeenCalled();
    await submit(user);
    expect(onSignup).toHaveBeenCalledTimes(1);
    expect(onSignup).toHaveBeenCalledWith({ civility: '', firstName: '', email: 'marie@gmial.com', phone: '+33612345678' });
  });

  it('a parent that re-renders keeps the messages and the values; one submit, one call', async () => {
    const onSignup = vi.fn();
    const tick = ref(0);
    const Parent = defineComponent({ setup: () => () => h('div', null, [h('output', null, `render ${tick.value}`), h(Signup, { onSignup, 'data-tick': tick.value })]) }); // a changing attribute: the form itself re-renders
    render(Parent);
    const user = userEvent.setup();
    await user.type(field('E-mail'), 'marie@gmial.com');
    await user.tab();
    await screen.findByRole('button', { name: 'Utiliser marie@gmail.com' });
    for (let i = 1; i <= 3; i++) {
      tick.value = i;
      await nextTick();
    }
    expect(screen.getByText('render 3')).toBeTruthy();
    expect(document.querySelector('form')!.getAttribute('data-tick')).toBe('3');
    expect(screen.getByRole('button', { name: 'Utiliser marie@gmail.com' })).toBeTruthy();
    expect(field('E-mail').value).toBe('marie@gmial.com');
    await submit(user); // the warning asks once
    await submit(user);
    expect(onSignup).toHaveBeenCalledTimes(1);
  });
});
