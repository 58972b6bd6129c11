// The packed tarball works when installed into an empty folder, the way a user installs it.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm pack', () => {
  it('installs into an empty folder and runs in Node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saisie-pack-'));
    try {
      const out = npm(['pack', '--json', '--pack-destination', dir], root);
      const [{ filename, files }] = JSON.parse(out.slice(out.indexOf('[')));
      const paths: string[] = files.map((f: { path: string }) => f.path);
      expect(paths).toContain('dist/saisie.min.js');
      expect(paths).toContain('dist/index.d.ts');
      expect(paths.some((p) => p.startsWith('src/'))).toBe(false);
      writeFileSync(join(dir, 'package.json'), '{"name":"try-saisie","private":true,"type":"module"}');
      npm(['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, filename)], dir);
      writeFileSync(
        join(dir, 'try.mjs'),
        `import { checkEmail, checkPhone, checkPostalCode, formatAddress, checkCivility } from 'saisie';
console.log(JSON.stringify({
  email: checkEmail(' Jean@GMAIL.COM ').value,
  typo: checkEmail('jean@gmial.com').issues.map((i) => i.suggestion).join(),
  phone: checkPhone('06 12 34 56 78', { country: 'FR' }).phone,
  postal: checkPostalCode('sw1a2aa', 'GB').value,
  lines: formatAddress({ addressLines: ['1 rue de la Paix'], locality: 'Paris', postalCode: '75002', country: 'FR' }, { style: 'postal' }),
  civility: checkCivility({ civility: 'M.', firstName: 'Marie' }).issues.map((i) => i.code).join(),
}));`,
      );
      const result = JSON.parse(execFileSync('node', ['try.mjs'], { cwd: dir, encoding: 'utf8' }));
      expect(result.email).toBe('Jean@gmail.com');
      expect(result.typo).toBe('jean@gmail.com');
      expect(result.phone).toMatchObject({ e164: '+33612345678', country: 'FR', type: 'MOBILE' });
      expect(result.postal).toBe('SW1A 2AA');
      expect(result.lines.at(-1)).toBe('75002 PARIS');
      expect(result.civility).toBe('civility.mismatch');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180000);
});
