// The built declarations as a user's TypeScript sees them through `import ... from 'saisie'` (package.json `exports`):
// a strict Node-only project (no DOM lib, no @types, library declarations checked) must compile, and one with the DOM
// lib must keep full DOM typing (HTMLFormElement, HTMLInputElement…, never the Node fallback `object`).
// Needs dist/ built (`npm run build`); SAISIE_PACKAGE_ROOT may point at another package folder (an unpacked tarball).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const pkg = resolve(process.env.SAISIE_PACKAGE_ROOT ?? repo);
const tsc = join(repo, 'node_modules/typescript/bin/tsc');

const NODE_CHECK = `import { checkEmail, checkPhone, attach, type AttachOptions, type AttachHandle, type AttachPlugin, type BoundField, type SubmitDetail } from 'saisie';
import * as node from './node_modules/saisie/dist/node.js';
const plugin: AttachPlugin = (ctx) => { const fields: readonly BoundField[] = ctx.fields(); return () => void fields; };
const options: AttachOptions = { locale: 'fr', plugins: [plugin] };
const use = (handle: AttachHandle) => handle.on('submit', (detail: SubmitDetail) => void detail.values);
export const probe = [checkEmail('jean@gmial.com').valid, checkPhone('06 12 34 56 78', { country: 'FR' }).valid, attach, options, use, node.checkPhone, node.attach];
`;

const DOM_CHECK = `import { attach, type AttachContext, type AttachHandle, type AttachPlugin, type BoundField, type SubmitDetail } from 'saisie';
type Eq<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type Checks = [
  Assert<Eq<Parameters<typeof attach>[0], HTMLFormElement | string>>,
  Assert<Eq<BoundField['element'], Control>>,
  Assert<Eq<object extends BoundField['element'] ? 'object' : 'dom', 'dom'>>,
  Assert<Eq<NonNullable<BoundField['group']>, readonly HTMLInputElement[]>>,
  Assert<Eq<AttachHandle['form'], HTMLFormElement>>,
  Assert<Eq<AttachContext['form'], HTMLFormElement>>,
  Assert<Eq<Parameters<AttachContext['write']>[0], Control>>,
  Assert<Eq<HTMLElementEventMap['saisie:submit']['detail'], SubmitDetail>>,
];
const form: HTMLFormElement = document.createElement('form');
const handle: AttachHandle = attach(form, { locale: 'fr' });
// @ts-expect-error a <div> is no form
attach(document.createElement('div'));
handle.on('submit', (detail) => { const values: Record<string, string> = detail.values; void values; });
form.addEventListener('saisie:submit', (e) => { const event: CustomEvent<SubmitDetail> = e; e.preventDefault(); void event.detail.entries; });
export const plugin: AttachPlugin = (ctx) => {
  for (const f of ctx.fields()) if (f.element instanceof HTMLSelectElement) ctx.write(f.element, f.element.options[0]?.value ?? '');
};
`;

let dir = '';

/** Type-checks `file` in the consumer with the repo's TypeScript; resolves with the exit code, errors and files read. */
function check(name: string, compilerOptions: Record<string, unknown>, file: string) {
  const config = join(dir, `tsconfig.${name}.json`);
  const options = { strict: true, skipLibCheck: false, noEmit: true, types: [], listFiles: true, ...compilerOptions };
  writeFileSync(config, JSON.stringify({ compilerOptions: options, files: [file] }, null, 2));
  return new Promise<{ code: number; errors: string[]; files: string[] }>((done) => {
    execFile(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: dir, encoding: 'utf8' }, (error, stdout) => {
      const lines = stdout.split('\n').filter(Boolean);
      done({ code: error ? Number(error.code ?? 1) : 0, errors: lines.filter((l) => /error TS\d+/.test(l)), files: lines.filter((l) => !/error TS\d+/.test(l)) });
    });
  });
}

beforeAll(() => {
  if (!existsSync(join(pkg, 'dist/index.d.ts')) || !existsSync(join(pkg, 'dist/node.d.ts'))) throw new Error(`no declarations in ${pkg}/dist: run \`npm run build\` first`);
  dir = mkdtempSync(join(tmpdir(), 'saisie types-')); // a space on purpose
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(pkg, join(dir, 'node_modules/saisie'), process.platform === 'win32' ? 'junction' : 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(join(dir, 'node-check.ts'), NODE_CHECK);
  writeFileSync(join(dir, 'dom-check.ts'), DOM_CHECK);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('declarations in a consumer project', () => {
  it.each(['nodenext', 'node16'])('compile Node-only: lib ES2022, types [], skipLibCheck false, module %s', async (module) => {
    const result = await check(module, { lib: ['ES2022'], module, moduleResolution: module }, 'node-check.ts');
    expect(result.errors.slice(0, 10)).toEqual([]);
    expect(result.code).toBe(0);
    // No declaration may pull the DOM lib in by itself (a `/// <reference lib="dom" />` would also make it compile).
    expect(result.files.filter((f) => /lib\.dom/i.test(f))).toEqual([]);
    expect(result.files.some((f) => f.endsWith('dist/index.d.ts'))).toBe(true);
    expect(result.files.some((f) => f.endsWith('dist/node.d.ts'))).toBe(true);
  });

  it('keep DOM types with lib DOM: attach takes an HTMLFormElement, BoundField.element is a control, not object', async () => {
    const result = await check('dom', { lib: ['ES2022', 'DOM', 'DOM.Iterable'], module: 'nodenext', moduleResolution: 'nodenext' }, 'dom-check.ts');
    expect(result.errors.slice(0, 10)).toEqual([]);
    expect(result.code).toBe(0);
  });
});
