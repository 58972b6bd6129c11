// The scripts work from any folder, a path with spaces and accents included (issue 8, item 8): each is copied into
// such a folder and run from another working directory, and must really do its work (check-size once exited 0
// there having checked nothing). A size check with nothing to measure fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain ESM script without types
import { BUDGETS } from '../scripts/check-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let base: string;

/** A copy of the project holding only `files` (node_modules linked), in a folder whose path has spaces and an accent. */
function project(name: string, files: string[]): string {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  for (const f of files) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
/** Runs a script with node from another working directory. */
const run = (script: string) => spawnSync(process.execPath, [script], { cwd: tmpdir(), encoding: 'utf8', timeout: 240000 });

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'saisie chemin é '));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('scripts from a folder whose path has spaces, run from elsewhere', () => {
  it('check-size measures every budget and prints each line', () => {
    const dir = project('size check', ['package.json', 'dist', 'scripts/check-size.mjs', 'scripts/is-main.mjs']);
    const { status, stdout, stderr } = run(join(dir, 'scripts/check-size.mjs'));
    const lines = stdout.split('\n').filter((l) => /^(?:ok {2}|OVER) /.test(l));
    const names = [...(BUDGETS as { name: string }[]).map((b) => b.name), 'dist/saisie.min.js (script tag, up front)'];
    expect(lines.map((l) => l.slice(5, 55).trim())).toEqual(names);
    for (const l of lines) expect(l).toMatch(/ \d+\.\d\d KB gzip \(budget [\d.]+ KB\)$/);
    // Budgets themselves are test:dist's own check; here: the exit status says what the lines say.
    const over = lines.some((l) => l.startsWith('OVER'));
    expect(status).toBe(over ? 1 : 0);
    expect(over ? stderr : stdout).toMatch(over ? /budget\(s\) exceeded/ : new RegExp(`size: ${names.length} budgets checked, all within`));
  }, 240000);

  it('check-size with nothing to measure fails, also when started through a symlink', () => {
    const dir = project('size check without build', ['package.json', 'scripts/check-size.mjs', 'scripts/is-main.mjs']);
    symlinkSync(join(dir, 'scripts/check-size.mjs'), join(dir, 'link to check-size.mjs'));
    for (const script of [join(dir, 'scripts/check-size.mjs'), join(dir, 'link to check-size.mjs')]) {
      const { status, stderr } = run(script);
      expect(status, script).toBe(1);
      expect(stderr).toMatch(/size: nothing to measure in .*size check without build.*missing dist\/index\.js, dist\/saisie\.min\.js/);
    }
  });

  it('serve-demo (npm run demo) serves the demo and dist/', async () => {
    const dir = project('demo server', ['package.json', 'demo', 'dist/saisie.min.js', 'dist/saisie.css', 'scripts/serve-demo.mjs', 'scripts/is-main.mjs']);
    const child = spawn(process.execPath, [join(dir, 'scripts/serve-demo.mjs')], { cwd: tmpdir(), env: { ...process.env, PORT: '0' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = out.match(/saisie demo: (http:\/\/localhost:\d+\/)/);
          if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
        });
        child.on('exit', (code) => reject(new Error(`serve-demo exited ${code} before listening: ${out}`)));
        setTimeout(() => reject(new Error(`serve-demo did not start: ${out}`)), 20000);
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('saisie.min.js');
      const script = await fetch(url + 'dist/saisie.min.js');
      expect(script.status).toBe(200);
      expect((await script.text()).startsWith('/*! saisie')).toBe(true);
      expect((await fetch(url + '..%2Fpackage.json')).status).toBe(404);
    } finally {
      child.kill();
    }
  });

  it('generate-data (npm run data) runs every generator beside it', () => {
    const dir = project('data', ['scripts/generate-data.mjs']);
    writeFileSync(join(dir, 'scripts/generate-probe.mjs'), "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./probe ran.txt', import.meta.url), 'yes');\n");
    const { status, stdout, stderr } = run(join(dir, 'scripts/generate-data.mjs'));
    expect(status, stderr).toBe(0);
    expect(stdout).toContain('data: generate-probe.mjs');
    expect(readFileSync(join(dir, 'scripts/probe ran.txt'), 'utf8')).toBe('yes');
  });

  it('emit-json-data (npm run build) writes every lazy table and its provenance', () => {
    const dir = project('emit', ['package.json', 'LICENSE', 'dist/data', 'src/data/SOURCES.md', 'src/data/first-names/SOURCES.md', 'src/data/email-real-domains.md', 'scripts/emit-json-data.mjs', 'scripts/generate-notices.mjs', 'scripts/is-main.mjs']);
    rmSync(join(dir, 'dist/data/phone/FR.json'));
    rmSync(join(dir, 'dist/data/phone/SOURCES.md'));
    const { status, stdout, stderr } = run(join(dir, 'scripts/emit-json-data.mjs'));
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/emit-json-data: [1-9]\d* lazy tables written under dist\/data\/ \(\d+ kinds/);
    expect(JSON.parse(readFileSync(join(dir, 'dist/data/phone/FR.json'), 'utf8'))[0]).toBe('33');
    expect(existsSync(join(dir, 'dist/data/phone/SOURCES.md'))).toBe(true);
  });
});
