// @vitest-environment jsdom
// attach() under React 19 (react-dom/client, StrictMode): controlled inputs stay in step with what saisie writes,
// the one-click suggestion reaches React's state, and the submit gate works with React's own onSubmit.
// Written with createElement: tsconfig.json has no `jsx` option.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StrictMode, act, createElement as h, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { configure } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { attach, setDataLoader } from '../src/index.js';
import { loadData } from '../src/data/index.js';
import type { SubmitDetail } from '../src/dom/attach.js';
import { followProgrammaticWrites } from './follow-writes.js';
import { readFileSync } from 'node:fs';

// What @testing-library/react does: React's act environment, every user-event dispatch inside act().
const actGlobal = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeAll(() => {
  actGlobal.IS_REACT_ACT_ENVIRONMENT = true;
  configure({
    eventWrapper: (cb) => {
      const previous = actGlobal.IS_REACT_ACT_ENVIRONMENT;
      actGlobal.IS_REACT_ACT_ENVIRONMENT = true;
      let result: unknown;
      try {
        act(() => {
          result = cb();
        });
      } finally {
        actGlobal.IS_REACT_ACT_ENVIRONMENT = previous;
      }
      return result;
    },
    asyncWrapper: async (cb) => {
      const previous = actGlobal.IS_REACT_ACT_ENVIRONMENT;
      actGlobal.IS_REACT_ACT_ENVIRONMENT = false;
      try {
        const result = await cb();
        await new Promise((resolve) => setTimeout(resolve, 0));
        return result;
      } finally {
        actGlobal.IS_REACT_ACT_ENVIRONMENT = previous;
      }
    },
  });
});

let root: Root | undefined;
let container: HTMLElement | undefined;
// React reports act() problems, controlled/uncontrolled switches and the like on console.error.
const errors = vi.spyOn(console, 'error');
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  container?.remove();
  container = undefined;
  // No React warning (act, controlled/uncontrolled switch, key…) nor any other error during any test.
  expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
  errors.mockClear();
});

async function mount(element: ReturnType<typeof h>): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    root = createRoot(container!);
    root.render(h(StrictMode, null, element));
  });
  return container;
}

const q = <T extends Element = HTMLInputElement>(sel: string) => container!.querySelector(sel) as T;

// ---- a controlled form: useState + value/onChange, attach in an effect ----

interface ControlledProps {
  onSubmit?: (e: FormEvent<HTMLFormElement>) => void;
  onValues?: (values: Record<string, string>) => void;
}

function ControlledSignup({ onSubmit, onValues }: ControlledProps) {
  const [email, setEmail] = useState('');
  const [tel, setTel] = useState('');
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const el = form.current!;
    const handle = attach(el, { country: 'FR' });
    // The component handles the submission: it cancels saisie:submit and takes the normalized values.
    const onSaisieSubmit = (e: CustomEvent<SubmitDetail>) => {
      if (!onValues) return;
      e.preventDefault();
      onValues(e.detail.values);
    };
    el.addEventListener('saisie:submit', onSaisieSubmit);
    return () => {
      el.removeEventListener('saisie:submit', onSaisieSubmit);
      handle.destroy();
    };
  }, [onValues]);
  return h(
    'form',
    { ref: form, action: '/signup', method: 'post', onSubmit },
    h('input', { name: 'email', type: 'email', autoComplete: 'email', required: true, value: email, onChange: (e: ChangeEvent<HTMLInputElement>) => setEmail(e.target.value) }),
    h('input', { name: 'tel', type: 'tel', autoComplete: 'tel', value: tel, onChange: (e: ChangeEvent<HTMLInputElement>) => setTel(e.target.value) }),
    h('output', { 'data-testid': 'email-state' }, email),
    h('output', { 'data-testid': 'tel-state' }, tel),
    h('button', null, 'Sign up'),
  );
}

const emailState = () => q('[data-testid="email-state"]').textContent;
const telState = () => q('[data-testid="tel-state"]').textContent;

describe('React 19 controlled inputs', () => {
  it('phone formatting as typed: React state equals what the field shows after every key', async () => {
    await mount(h(ControlledSignup));
    const tel = q('input[name="tel"]');
    followProgrammaticWrites(tel);
    const user = userEvent.setup();
    await user.click(tel);
    const seen: string[] = [];
    for (const key of '0612345678') {
      await user.keyboard(key);
      seen.push(tel.value);
      expect(telState()).toBe(tel.value);
    }
    expect(tel.value).toBe('06 12 34 56 78');
    expect(telState()).toBe('06 12 34 56 78');
    expect(seen).toEqual(['0', '06', '06 1', '06 12', '06 12 3', '06 12 34', '06 12 34 5', '06 12 34 56', '06 12 34 56 7', '06 12 34 56 78']);
  });

  it('email typo: the suggestion button updates React state and the field', async () => {
    await mount(h(ControlledSignup));
    const email = q('input[name="email"]');
    followProgrammaticWrites(email);
    const user = userEvent.setup();
    await user.type(email, 'jean@gmial.com');
    expect(emailState()).toBe('jean@gmial.com');
    await user.tab();
    await vi.waitFor(() => expect(q('.saisie-suggestion')).not.toBeNull());
    const button = q<HTMLButtonElement>('.saisie-suggestion');
    expect(button.textContent).toBe('jean@gmail.com');
    await user.click(button);
    expect(email.value).toBe('jean@gmail.com');
    expect(emailState()).toBe('jean@gmail.com');
    // The fixed address is not suggested again.
    await vi.waitFor(() => expect(q('.saisie-suggestion')).toBeNull());
  });

  async function fill(email: string, tel: string) {
    const user = userEvent.setup();
    const emailEl = q('input[name="email"]');
    const telEl = q('input[name="tel"]');
    followProgrammaticWrites(emailEl);
    followProgrammaticWrites(telEl);
    await user.type(emailEl, email);
    await user.type(telEl, tel);
    expect(emailState()).toBe(emailEl.value);
    expect(telState()).toBe(telEl.value);
    return user;
  }

  it('a passing submit that nobody cancels: saisie:submit carries the normalized values, the browser submit goes on', async () => {
    const onSubmit = vi.fn((e: FormEvent<HTMLFormElement>) => e.defaultPrevented);
    await mount(h(ControlledSignup, { onSubmit }));
    const form = q<HTMLFormElement>('form');
    const details: SubmitDetail[] = [];
    const onSaisie = (e: CustomEvent<SubmitDetail>) => details.push(e.detail); // no preventDefault
    form.addEventListener('saisie:submit', onSaisie);
    const bubbled: boolean[] = [];
    form.addEventListener('submit', (e) => bubbled.push(e.defaultPrevented)); // bubble phase, on the form
    const user = await fill('jean@gmail.com', '0612345678');
    expect(telState()).toBe('06 12 34 56 78');
    await user.click(q('button:not(.saisie-suggestion)'));
    expect(details).toHaveLength(1);
    expect(details[0]!.values.tel).toBe('+33612345678');
    expect(details[0]!.values.email).toBe('jean@gmail.com');
    // The browser's default action (native submission) was not cancelled; jsdom, which cannot navigate, then
    // prints "Not implemented: HTMLFormElement's requestSubmit() method" through its virtual console.
    expect(bubbled).toEqual([false]);
    expect(onSubmit).toHaveBeenCalledTimes(1); // React's onSubmit runs too, on an uncancelled event
    expect(onSubmit.mock.results[0]!.value).toBe(false);
    form.removeEventListener('saisie:submit', onSaisie);
  });

  it('a passing submit the component cancels: it gets the normalized values, the browser submit is prevented', async () => {
    const onValues = vi.fn();
    const onSubmit = vi.fn((e: FormEvent<HTMLFormElement>) => e.defaultPrevented);
    await mount(h(ControlledSignup, { onSubmit, onValues }));
    const form = q<HTMLFormElement>('form');
    const bubbled: boolean[] = [];
    form.addEventListener('submit', (e) => bubbled.push(e.defaultPrevented));
    const user = await fill('jean@gmail.com', '0612345678');
    await user.click(q('button:not(.saisie-suggestion)'));
    expect(onValues).toHaveBeenCalledTimes(1); // once, even though StrictMode ran the effect twice
    expect(onValues.mock.calls[0]![0]).toMatchObject({ email: 'jean@gmail.com', tel: '+33612345678' });
    expect(bubbled).toEqual([true]);
    expect(onSubmit.mock.results.map((r) => r.value)).toEqual([true]);
  });

  it('a blocked submit (invalid email) never reaches React’s onSubmit nor saisie:submit', async () => {
    const onSubmit = vi.fn();
    const onValues = vi.fn();
    await mount(h(ControlledSignup, { onSubmit, onValues }));
    const form = q<HTMLFormElement>('form');
    const saisieSubmit = vi.fn();
    form.addEventListener('saisie:submit', saisieSubmit);
    const user = await fill('jean@', '0612345678');
    await user.click(q('button:not(.saisie-suggestion)'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onValues).not.toHaveBeenCalled();
    expect(saisieSubmit).not.toHaveBeenCalled();
    expect(q('input[name="email"]').getAttribute('aria-invalid')).toBe('true');
    expect(emailState()).toBe('jean@'); // saisie did not touch the value
  });
});

// ---- the README's "Quick start: React" component, as written there (JSX → createElement; TypeScript types added).
// The ref is read once inside the effect, so under StrictMode its cleanup removes the listener it added.
setDataLoader(loadData);
function SignupForm({ onSignup }: { onSignup: (values: Record<string, string>) => void }) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const el = form.current!;
    const handle = attach(el, { locale: 'fr' });
    // Cancel saisie:submit to handle the submission here: detail.values are normalized (E.164 phone…).
    const onSubmit = (e: CustomEvent<SubmitDetail>) => (e.preventDefault(), onSignup(e.detail.values));
    el.addEventListener('saisie:submit', onSubmit);
    return () => (el.removeEventListener('saisie:submit', onSubmit), handle.destroy());
  }, [onSignup]);
  return h(
    'form',
    { ref: form },
    h('input', { name: 'email', type: 'email', autoComplete: 'email', required: true }),
    h('input', { name: 'tel', type: 'tel', autoComplete: 'tel' }),
    h('button', null, 'Sign up'),
  );
}

describe('README "Quick start: React"', () => {
  it('the README still shows this component', () => {
    const readme = readFileSync(`${process.cwd()}/README.md`, 'utf8');
    for (const line of ["import { loadData } from 'saisie/data';", 'setDataLoader(loadData);', 'const el = form.current;', "const handle = attach(el, { locale: 'fr' });", "el.addEventListener('saisie:submit', onSubmit);", "return () => (el.removeEventListener('saisie:submit', onSubmit), handle.destroy());"]) {
      expect(readme).toContain(line);
    }
  });
  for (const [name, Component] of [['as written in the README', SignupForm]] as const) {
    it(`${name}: filled and submitted under StrictMode, onSignup gets the normalized values once`, async () => {
      const onSignup = vi.fn();
      await mount(h(Component, { onSignup }));
      const form = q<HTMLFormElement>('form');
      const bubbled: boolean[] = [];
      form.addEventListener('submit', (e) => bubbled.push(e.defaultPrevented));
      const email = q('input[name="email"]');
      const tel = q('input[name="tel"]');
      followProgrammaticWrites(email);
      followProgrammaticWrites(tel);
      const user = userEvent.setup();
      await user.type(email, 'jean.dupont@gmial.com');
      await user.tab();
      await vi.waitFor(() => expect(q('.saisie-suggestion')).not.toBeNull());
      await user.click(q('.saisie-suggestion'));
      expect(email.value).toBe('jean.dupont@gmail.com');
      await user.type(tel, '0612345678');
      expect(tel.value).toBe('06 12 34 56 78');
      await user.click(q('button:not(.saisie-suggestion)'));
      expect(bubbled).toEqual([true]); // the component handled the submission
      expect(onSignup.mock.calls).toEqual([[{ email: 'jean.dupont@gmail.com', tel: '+33612345678' }]]);
    });
  }

  it('as written in the README, without StrictMode: onSignup gets the normalized values', async () => {
    const onSignup = vi.fn();
    container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      root = createRoot(container!);
      root.render(h(SignupForm, { onSignup }));
    });
    const user = userEvent.setup();
    followProgrammaticWrites(q('input[name="tel"]'));
    await user.type(q('input[name="email"]'), 'jean.dupont@gmail.com');
    await user.type(q('input[name="tel"]'), '0612345678');
    await user.click(q('button'));
    expect(onSignup.mock.calls).toEqual([[{ email: 'jean.dupont@gmail.com', tel: '+33612345678' }]]);
  });
});
