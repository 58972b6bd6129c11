// @vitest-environment jsdom
// The README's React and Vue quick starts, compiled as their users compile them (JSX by esbuild, the .vue file by
// @vue/compiler-sfc), with `saisie/*` resolved to this project's sources, then rendered, filled and submitted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parse, compileScript } from '@vue/compiler-sfc';
import { createElement as h, type ComponentType } from 'react';
import { cleanup as cleanupReact, render as renderReact, screen } from '@testing-library/react';
import { cleanup as cleanupVue, render as renderVue } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';

const root = process.cwd();
const readme = readFileSync(`${root}/README.md`, 'utf8');
/** The `n`th code block of `lang` after the heading `heading`. */
function snippet(heading: string, lang: string, n = 0): string {
  const from = readme.indexOf(`\n## ${heading}\n`);
  expect(from).toBeGreaterThan(0);
  const blocks = [...readme.slice(from).matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))];
  return blocks[n]![1]!;
}
const outDir = `${root}/node_modules/.cache/saisie-readme`;
let built = 0;
/** Bundles `code` (test/compile-snippet.mjs, in its own process) and imports it. */
async function load(code: string, name: string, loader: 'jsx' | 'js'): Promise<Record<string, unknown>> {
  mkdirSync(outDir, { recursive: true });
  const out = `${outDir}/${name}-${process.pid}-${++built}.mjs`;
  execFileSync(process.execPath, [`${root}/test/compile-snippet.mjs`], { input: JSON.stringify({ code, loader, out }), stdio: ['pipe', 'inherit', 'inherit'] });
  return import(/* @vite-ignore */ out);
}

afterEach(() => {
  cleanupReact();
  cleanupVue();
});
/** A click on the submit button, then the moment a person takes to read what it showed (a second click sooner is a double-click). */
async function submit(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));
  await new Promise((r) => setTimeout(r, 600));
}
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('README "Quick start: React" (saisie/react), compiled from the README', () => {
  it('SignupForm: typed, the civility warning asked once, onSignup gets the normalized values once', async () => {
    const { SignupForm } = await load(snippet('Quick start: React', 'jsx', 0), 'signup', 'jsx');
    const onSignup = vi.fn();
    renderReact(h(SignupForm as ComponentType<{ onSignup(v: unknown): void }>, { onSignup }));
    const user = userEvent.setup();
    await user.selectOptions(field('Civilité'), 'M.');
    await user.type(field('Prénom'), 'Marie');
    await user.type(field('E-mail'), 'marie@gmial.com');
    await user.tab();
    await user.click(await screen.findByRole('button', { name: 'Utiliser marie@gmail.com' }));
    await user.type(field('Téléphone'), '0612345678');
    expect(field('Téléphone').value).toBe('06 12 34 56 78');
    await submit(user);
    expect(onSignup).not.toHaveBeenCalled();
    expect(document.querySelector('[data-code="civility.mismatch"]')).not.toBeNull();
    await submit(user);
    expect(onSignup.mock.calls).toEqual([[{ civility: 'M.', firstName: 'Marie', email: 'marie@gmail.com', phone: '+33612345678' }]]);
  });

  it('RhfSignup: React Hook Form with usePhoneInput and the schema resolver', async () => {
    const { RhfSignup } = await load(snippet('Quick start: React', 'jsx', 1), 'rhf', 'jsx');
    const onSignup = vi.fn();
    renderReact(h(RhfSignup as ComponentType<{ onSignup(v: unknown): void }>, { onSignup }));
    const user = userEvent.setup();
    await user.type(field('E-mail'), 'marie@exemple.fr');
    await user.type(field('Téléphone'), '0612');
    expect(field('Téléphone').value).toBe('06 12');
    await submit(user);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(onSignup).not.toHaveBeenCalled();
    await user.type(field('Téléphone'), '345678');
    await submit(user);
    await vi.waitFor(() => expect(onSignup).toHaveBeenCalledTimes(1));
    expect(onSignup.mock.calls[0]![0]).toEqual({ email: 'marie@exemple.fr', phone: '+33612345678' });
  });
});

describe('README "Quick start: Vue" (saisie/vue), compiled from the README', () => {
  it('the .vue file: v-model and v-saisie, emits signup once with the normalized values', async () => {
    const { descriptor, errors } = parse(snippet('Quick start: Vue', 'vue', 0), { filename: 'SignupForm.vue' });
    expect(errors).toEqual([]);
    const compiled = compileScript(descriptor, { id: 'signup-form', inlineTemplate: true });
    const { default: SignupForm } = await load(compiled.content, 'signup-vue', 'js');
    const onSignup = vi.fn();
    renderVue(SignupForm as never, { props: { onSignup } } as never);
    const user = userEvent.setup();
    await user.type(field('E-mail'), 'marie@exemple.fr');
    await user.type(field('Téléphone'), '0612345678');
    expect(field('Téléphone').value).toBe('06 12 34 56 78');
    await submit(user);
    await vi.waitFor(() => expect(onSignup).toHaveBeenCalledTimes(1));
    expect(onSignup.mock.calls[0]![0]).toEqual({ email: 'marie@exemple.fr', phone: '+33612345678' });
  });
});
