// @vitest-environment jsdom
// usePhoneInput with React Hook Form's register() and standardSchemaResolver over saisie/schema: the field shows the
// formatted number as typed, onValid gets E.164, and a blocked submit never reaches onValid.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElement as h, type FormHTMLAttributes } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { usePhoneInput } from '../react.js';
import { saisieSchema } from '../schema.js';

afterEach(cleanup);
const schema = saisieSchema({ email: 'email', phone: 'phone' }, { country: 'FR', locale: 'fr' });

function RhfSignup({ onValid, phone: initial = '' }: { onValid(v: unknown): void; phone?: string }) {
  const { register, handleSubmit, formState } = useForm({ resolver: standardSchemaResolver(schema), defaultValues: { email: '', phone: initial } });
  const phone = usePhoneInput({ ...register('phone'), country: 'FR' });
  return h('form', { noValidate: true, onSubmit: handleSubmit(onValid) } as FormHTMLAttributes<HTMLFormElement>,
    h('label', { htmlFor: 'email' }, 'E-mail'), h('input', { id: 'email', type: 'email', ...register('email') }),
    h('label', { htmlFor: 'phone' }, 'Téléphone'), h('input', { id: 'phone', type: 'tel', ...phone }),
    formState.errors.phone && h('p', { role: 'alert' }, formState.errors.phone.message),
    h('button', null, 'Créer'));
}

describe('usePhoneInput with React Hook Form', () => {
  it('formats as typed (uncontrolled), the resolver blocks a bad number and onValid gets E.164', async () => {
    const onValid = vi.fn();
    render(h(RhfSignup, { onValid }));
    const user = userEvent.setup();
    const tel = screen.getByLabelText('Téléphone') as HTMLInputElement;
    await user.type(screen.getByLabelText('E-mail'), 'marie@exemple.fr');
    await user.type(tel, '06123');
    expect(tel.value).toBe('06 12 3');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    expect(onValid).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toMatch(/numéro/i);
    await user.type(tel, '45678');
    expect(tel.value).toBe('06 12 34 56 78');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    await vi.waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]![0]).toEqual({ email: 'marie@exemple.fr', phone: '+33612345678' });
  });

  it('a default value is shown formatted, and still submitted as E.164', async () => {
    const onValid = vi.fn();
    render(h(RhfSignup, { onValid, phone: '0612345678' }));
    const tel = screen.getByLabelText('Téléphone') as HTMLInputElement;
    expect(tel.value).toBe('06 12 34 56 78');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-mail'), 'marie@exemple.fr');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    await vi.waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]![0]).toEqual({ email: 'marie@exemple.fr', phone: '+33612345678' });
  });
});
