// @vitest-environment jsdom
// saisieSchema as VeeValidate 5's validationSchema, without glue: errors by path in French, handleSubmit gets the
// schema's output (E.164 phone, canonical postal code), a field schema (phone()) validates one field.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { cleanup, render, screen } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { useField, useForm } from 'vee-validate';
import { phone, saisieSchema } from '../schema.js';

afterEach(cleanup);

const Signup = defineComponent({
  props: { onSignup: { type: Function, required: true } },
  setup(props) {
    const { handleSubmit, errors, defineField } = useForm({
      validationSchema: saisieSchema({ email: 'email', phone: 'phone', postalCode: 'postalCode' }, { country: 'FR', locale: 'fr' }),
      initialValues: { email: '', phone: '', postalCode: '' },
    });
    const [email] = defineField('email');
    const [tel] = defineField('phone');
    const [postalCode] = defineField('postalCode');
    return { email, tel, postalCode, errors, submit: handleSubmit((values) => props.onSignup(values)) };
  },
  template: `
    <form novalidate @submit="submit">
      <label for="e">E-mail</label><input id="e" v-model="email" /><p v-if="errors.email" role="alert">{{ errors.email }}</p>
      <label for="t">Téléphone</label><input id="t" v-model="tel" /><p v-if="errors.phone" role="alert">{{ errors.phone }}</p>
      <label for="p">Code postal</label><input id="p" v-model="postalCode" />
      <button>Créer</button>
    </form>`,
});

describe('VeeValidate 5 with saisie/schema', () => {
  it('blocks with localized errors by path, then submits the normalized output', async () => {
    const onSignup = vi.fn();
    render(Signup, { props: { onSignup } });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-mail'), 'marie@exemple');
    await user.type(screen.getByLabelText('Téléphone'), '06 12');
    await user.type(screen.getByLabelText('Code postal'), '75001');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    await vi.waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(onSignup).not.toHaveBeenCalled();
    expect(screen.getAllByRole('alert').map((p) => p.textContent).join(' ')).toMatch(/arobase.*numéro|numéro.*arobase/is);
    await user.type(screen.getByLabelText('E-mail'), '.fr');
    await user.type(screen.getByLabelText('Téléphone'), ' 34 56 78');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    await vi.waitFor(() => expect(onSignup).toHaveBeenCalledTimes(1));
    expect(onSignup.mock.calls[0]![0]).toEqual({ email: 'marie@exemple.fr', phone: '+33612345678', postalCode: '75001' });
  });

  it('a single-value schema as a field rule (useField)', async () => {
    const Tel = defineComponent({
      setup() {
        const { value, errorMessage, validate } = useField('tel', phone({ country: 'FR', locale: 'fr' }), { initialValue: '06 12' });
        return { value, errorMessage, validate };
      },
      template: `<div><input aria-label="tel" v-model="value" /><p role="alert" v-if="errorMessage">{{ errorMessage }}</p><button @click="validate">ok</button></div>`,
    });
    render(Tel);
    await userEvent.setup().click(screen.getByRole('button', { name: 'ok' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/numéro/i);
  });
});
