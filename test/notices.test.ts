// Attribution in what ships (issue 8, item 7): banners on the built files, THIRD_PARTY_NOTICES current and
// complete, dist/data's JSON tables with their provenance beside them and still exactly what the loaders return.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// @ts-expect-error: plain ESM script without types
import { COMPONENTS, NOTICES_FILE, renderNotices, scriptBanner, dataBanner } from '../scripts/generate-notices.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json'));
const versionOf = (name: string): string => JSON.parse(read(`node_modules/${name}/package.json`)).version;
type Component = { name: string; npm?: boolean; licence: string; copyright: string; licenceFile?: string };
const components = COMPONENTS as Component[];
const notices = () => read(NOTICES_FILE);
/** Every built .js file under dist/, as a path relative to dist/. */
const distJs = () =>
  readdirSync(join(root, 'dist'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(join(root, 'dist').length + 1).replaceAll('\\', '/'));

describe('THIRD_PARTY_NOTICES', () => {
  it('is shipped: listed in package.json "files"', () => {
    expect(pkg.files).toContain(NOTICES_FILE);
  });

  it('is what scripts/generate-notices.mjs writes from the installed packages (npm run data)', () => {
    expect(notices()).toBe(renderNotices());
  });

  it('lists every runtime dependency of package.json with its installed version and licence', () => {
    const text = notices();
    for (const name of Object.keys(pkg.dependencies)) {
      const component = components.find((c) => c.name === name);
      expect(component, `${name} has no entry in scripts/generate-notices.mjs`).toBeDefined();
      expect(text).toContain(`${name} ${versionOf(name)}\n    Licence:   ${JSON.parse(read(`node_modules/${name}/package.json`)).license}`);
    }
  });

  it("quotes each package's licence text in full, with the copyright it gives", () => {
    const text = notices();
    for (const c of components.filter((x) => x.npm && x.licenceFile)) {
      const file = read(`node_modules/${c.name}/${c.licenceFile}`).trim();
      expect(text).toContain(file);
      for (const part of c.copyright.split('; ')) expect(file.replace(/\s+/g, ' '), c.name).toContain(part);
    }
  });

  it('carries the Apache License 2.0 in full and says there is no upstream NOTICE to reproduce', () => {
    const text = notices();
    expect(text).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
    expect(text).toContain('END OF TERMS AND CONDITIONS');
    expect(text).toMatch(/NOTICE file, so there is no NOTICE text to carry/);
  });

  it('names the disposable list as MIT (its real licence: the package states MIT, not CC0)', () => {
    expect(JSON.parse(read('node_modules/disposable-email-domains/package.json')).license).toBe('MIT');
    expect(read('node_modules/disposable-email-domains/Readme.md')).toMatch(/MIT/);
    expect(notices()).toMatch(/disposable-email-domains \d[\d.]*\n {4}Licence: {3}MIT/);
    expect(notices()).not.toMatch(/CC0/);
  });

  it('carries the attribution every first-name source asks for', () => {
    const text = notices();
    for (const attribution of ['« Source : Insee, Fichier des prénoms, édition 2025 »', 'Social Security Administration', '« Fuente: INE »', '« Datenquelle: Stadt Wien – data.wien.gv.at »', 'CC BY 4.0', 'Licence Ouverte'])
      expect(text).toContain(attribution);
  });
});

describe('banners of the built files', () => {
  it('dist/saisie.min.js starts with the banner: saisie MIT and the third-party code and data bundled in it', () => {
    const code = read('dist/saisie.min.js');
    expect(code.startsWith(scriptBanner() + '\n')).toBe(true);
    const banner = code.slice(0, code.indexOf('*/') + 2);
    expect(banner).toMatch(/^\/\*! saisie \S+ \| MIT License/);
    for (const name of Object.keys(pkg.dependencies)) expect(banner).toContain(`${name} ${versionOf(name)}`);
    expect(banner).toContain('Google libphonenumber metadata (Apache-2.0');
    expect(banner).toContain('Google address metadata (libaddressinput) (Apache-2.0');
    expect(banner).toContain(NOTICES_FILE);
    expect(code.match(/\/\*!/g)).toHaveLength(1); // terser keeps this banner and nothing else
  });

  it('every ESM entry names saisie\'s licence and points to THIRD_PARTY_NOTICES', () => {
    const entries = ['index.js', 'node.js', 'data/index.js', ...distJs().filter((f) => /^data\/load-[\w-]+\.js$/.test(f))];
    expect(entries.length).toBeGreaterThan(5);
    for (const f of entries) expect(read(`dist/${f}`), f).toMatch(/^\/\* saisie \S+ \| MIT License \| third-party code and data: THIRD_PARTY_NOTICES \*\/\n/);
  });

  it('every ESM data module carrying third-party data starts with a kept /*! banner naming its source and licence', () => {
    const data = distJs().filter((f) => dataBanner(f) !== undefined);
    // the up-front phone set and one chunk per region, address formats, both disposable modules, country codes, first names
    expect(data.filter((f) => f.startsWith('data/phone/')).length).toBeGreaterThan(200);
    for (const f of ['data/phone-metadata-core.json.js', 'data/address-formats.json.js', 'data/disposable-domains.json.js', 'data/disposable/all.js', 'data/country-codes.json.js', 'data/first-names/fr.json.js', 'data/first-names/it.json.js'])
      expect(data).toContain(f);
    for (const f of data) {
      const code = read(`dist/${f}`);
      expect(code.startsWith(dataBanner(f) + '\n'), f).toBe(true);
      expect(code, f).toMatch(/^\/\*! saisie data[^\n]*(Apache-2\.0|MIT|Licence Ouverte|public domain|INE|CC BY 4\.0)[^\n]*See THIRD_PARTY_NOTICES \*\/\n/);
    }
    expect(read('dist/data/phone/FR.json.js')).toMatch(/^\/\*! saisie data: Google libphonenumber metadata, Apache-2\.0, \(C\) 2009 The Libphonenumber Authors/);
    expect(read('dist/data/first-names/de.json.js')).toContain('CC BY 4.0; attribution: « Datenquelle: Stadt Wien – data.wien.gv.at »');
  });
});

describe('dist/data: JSON tables with their provenance beside them', () => {
  const kinds = readdirSync(join(root, 'dist/data'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && readdirSync(join(root, 'dist/data', e.name)).some((f) => /^[^.]+\.json$/.test(f)))
    .map((e) => e.name);

  it('has a SOURCES.md for the folder and for every kind of table', () => {
    expect(kinds).toEqual(expect.arrayContaining(['phone', 'first-names', 'country-names', 'disposable']));
    expect(read('dist/data/SOURCES.md')).toContain(read('src/data/SOURCES.md'));
    expect(existsSync(join(root, 'dist/data/email-real-domains.md'))).toBe(true);
    for (const kind of kinds) expect(read(`dist/data/${kind}/SOURCES.md`).length, kind).toBeGreaterThan(100);
    expect(read('dist/data/first-names/SOURCES.md')).toBe(read('src/data/first-names/SOURCES.md'));
    expect(read('dist/data/phone/SOURCES.md')).toContain('Apache-2.0, Copyright (C) 2009 The Libphonenumber Authors');
  });

  it('keeps each table exactly what its loader returns (no provenance field added)', async () => {
    for (const kind of kinds) {
      const loader = await import(pathToFileURL(join(root, `dist/data/load-${kind}.js`)).href);
      const key = loader.KEYS[0];
      expect(JSON.parse(read(`dist/data/${kind}/${key}.json`)), `${kind}/${key}`).toEqual(await loader.default(key));
    }
  });
});
