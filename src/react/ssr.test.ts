// saisie/react renders on a server (no DOM at all in this environment): markup with the values, no message, no throw.
import { describe, expect, it } from 'vitest';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { SaisieMessage, useSaisieForm } from '../react.js';

function Signup() {
  const form = useSaisieForm({ email: 'email', phone: 'phone' }, { country: 'FR', values: { email: 'a@exemple.fr' } });
  return h('form', { onSubmit: form.handleSubmit(() => undefined) }, h('input', { type: 'email', ...form.field('email') }), h(SaisieMessage, { form, name: 'email' }), h('input', { type: 'tel', ...form.field('phone') }));
}

describe('saisie/react on the server', () => {
  it('renders to a string without a DOM', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(h(Signup));
    expect(html).toContain('value="a@exemple.fr"');
    expect(html).toContain('inputMode="tel"');
    expect(html).not.toContain('saisie-message');
  });
});
