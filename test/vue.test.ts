// @vitest-environment jsdom
// attach() under Vue 3: the README's "Quick start: Vue" component, with v-model on both fields, compiled from its
// template at run time (no SFC plugin): the refs follow saisie's formatting and suggestions, and the submit gate
// works with Vue's own listeners.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, nextTick, onBeforeUnmount, onMounted, ref, type App, type Ref } from 'vue';
import userEvent from '@testing-library/user-event';
import { attach, type AttachHandle } from '../src/index.js';
import { followProgrammaticWrites } from './follow-writes.js';
import { readFileSync } from 'node:fs';

/** The refs of the mounted component, for the test to read. */
let state: { email: Ref<string>; tel: Ref<string> };

// README's <script setup>, as setup(); plus the two v-model refs and an @submit handler the README does not have.
const SignupForm = defineComponent({
  emits: ['signup', 'submitted'],
  setup(_props, { emit }) {
    const save = (values: Record<string, string>) => emit('signup', values);
    const form = ref<HTMLFormElement | null>(null);
    let handle: AttachHandle | undefined;
    onMounted(() => (handle = attach(form.value!, { locale: 'fr' })));
    onBeforeUnmount(() => handle?.destroy());
    const email = ref('');
    const tel = ref('');
    state = { email, tel };
    const submitted = (e: SubmitEvent) => emit('submitted', e);
    return { save, form, email, tel, submitted };
  },
  template: `
  <!-- Cancel saisie:submit to handle the submission yourself: detail.values are normalized. -->
  <form ref="form" @saisie:submit.prevent="(e) => save(e.detail.values)" @submit="submitted">
    <input name="email" type="email" autocomplete="email" required v-model="email" />
    <input name="tel" type="tel" autocomplete="tel" v-model="tel" />
    <button>Sign up</button>
  </form>`,
});

let app: App | undefined;
let host: HTMLElement | undefined;
const warnings = vi.spyOn(console, 'warn');
const errors = vi.spyOn(console, 'error');

beforeEach(() => {
  // An English page: the component's own locale ('fr' → French numbers) decides, as in the README.
  document.documentElement.lang = 'en';
});
afterEach(() => {
  app?.unmount();
  app = undefined;
  host?.remove();
  host = undefined;
  document.documentElement.removeAttribute('lang');
  // No Vue warning (runtime compiler missing, unknown event…) and no error during any test.
  expect([...warnings.mock.calls, ...errors.mock.calls].map((c) => String(c[0]))).toEqual([]);
  warnings.mockClear();
  errors.mockClear();
});

function mount(props: { onSignup?: (values: Record<string, string>) => void; onSubmitted?: (e: SubmitEvent) => void } = {}) {
  host = document.createElement('div');
  document.body.append(host);
  app = createApp(SignupForm, props);
  app.mount(host);
  const q = <T extends Element = HTMLInputElement>(sel: string) => host!.querySelector(sel) as T;
  const email = q('input[name="email"]');
  const tel = q('input[name="tel"]');
  followProgrammaticWrites(email);
  followProgrammaticWrites(tel);
  return { q, form: q<HTMLFormElement>('form'), email, tel, user: userEvent.setup() };
}

describe('README "Quick start: Vue" with v-model', () => {
  it('the README still shows this component', () => {
    const readme = readFileSync(`${process.cwd()}/README.md`, 'utf8');
    expect(readme).toContain("onMounted(() => (handle = attach(form.value, { locale: 'fr' })));");
    expect(readme).toContain('<form ref="form" @saisie:submit.prevent="(e) => save(e.detail.values)">');
  });
  it('typing 0612345678: the tel ref holds what the field shows after every key', async () => {
    const { tel, user } = mount();
    await user.click(tel);
    for (const key of '0612345678') {
      await user.keyboard(key);
      expect(state.tel.value).toBe(tel.value);
    }
    expect(tel.value).toBe('06 12 34 56 78');
    expect(state.tel.value).toBe('06 12 34 56 78');
    // After Vue's re-render, v-model writes nothing different back.
    await nextTick();
    expect(tel.value).toBe('06 12 34 56 78');
  });

  it('clicking the email suggestion updates the ref and the field', async () => {
    const { q, email, user } = mount();
    await user.type(email, 'jean@gmial.com');
    expect(state.email.value).toBe('jean@gmial.com');
    await user.tab();
    await vi.waitFor(() => expect(q('.saisie-suggestion')).not.toBeNull());
    await user.click(q('.saisie-suggestion'));
    expect(state.email.value).toBe('jean@gmail.com');
    expect(email.value).toBe('jean@gmail.com');
    await nextTick();
    expect(email.value).toBe('jean@gmail.com');
  });

  it('@saisie:submit.prevent gets the normalized values; the browser submission is cancelled', async () => {
    const onSignup = vi.fn();
    const onSubmitted = vi.fn((e: SubmitEvent) => e.defaultPrevented);
    const { q, email, tel, user } = mount({ onSignup, onSubmitted });
    await user.type(email, 'jean.dupont@gmail.com');
    await user.type(tel, '0612345678');
    expect(state.tel.value).toBe('06 12 34 56 78');
    await user.click(q('button'));
    expect(onSignup.mock.calls).toEqual([[{ email: 'jean.dupont@gmail.com', tel: '+33612345678' }]]);
    // saisie cancelled the submit event because the component cancelled saisie:submit; Vue's @submit still sees it.
    expect(onSubmitted.mock.results.map((r) => r.value)).toEqual([true]);
  });

  it('a blocked submit (invalid email) never calls the @submit handler nor @saisie:submit', async () => {
    const onSignup = vi.fn();
    const onSubmitted = vi.fn();
    const { q, email, tel, user } = mount({ onSignup, onSubmitted });
    await user.type(email, 'jean@');
    await user.type(tel, '0612345678');
    await user.click(q('button'));
    expect(onSubmitted).not.toHaveBeenCalled();
    expect(onSignup).not.toHaveBeenCalled();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(state.email.value).toBe('jean@');
  });

  it('unmounting destroys the binding: the form is left as it was', async () => {
    const { form, tel, user } = mount();
    await user.type(tel, '0612');
    app!.unmount();
    app = undefined;
    expect(form.noValidate).toBe(false);
    expect(form.querySelector('.saisie-live')).toBeNull();
  });
});

