// Generates src/data/first-names/<language>.json (provenance in its SOURCES.md): first names that are clearly male or clearly female in a language.
// Official statistics, copied with their provenance into data-sources/first-names/ (see its SOURCES.md):
//   fr ← INSEE, Fichier des prénoms, édition 2025 (births in France 1900–2024), Licence Ouverte / Etalab 2.0;
//   en ← US Social Security Administration, national baby names (births 1880–2020), public domain;
//   es ← INE, Estadística del Padrón Continuo at 1 January 2020 (residents of Spain), free reuse citing INE;
//   de ← Stadt Wien, Wiener Bevölkerungsregister (residents of Vienna), CC BY 4.0.
// Rule for those four: each name is folded as checkCivility folds it (NFKD, accents dropped, lower case) and counted
// under its first element (hyphen, space or apostrophe: "Jean-Pierre" and "Marie Carmen" count for jean and marie,
// the only key checkCivility looks up, so compound entries would never be read); counts of names that fold to the
// same key are summed before deciding. A key is clearly male (female) when ≥ 90% of its bearers are men (women),
// both counting every name it begins and counting the name alone (a simple "Jean" can be balanced where "Jean Pierre"
// is not), and no spelling of the name alone is balanced (30–70% men: accents can tell names apart, Désiré and
// Desire). Anything less, and the hand-curated epicene names (src/data/epicene-names.ts, an override), is left out:
// unknown names never warn. Only the most borne clearly-gendered keys are kept, enough to cover 99% of their bearers.
// it and pt keep today's npm sources (no official statistics copied; br.csv, IBGE via brasil.io, is CC BY-SA 4.0:
// a table derived from it could not ship under this package's MIT terms): @faker-js/faker (MIT) person.first_name by
// sex — the primary signal; gender-detection-from-name (MIT) per-language lists, added only where it names one sex
// and faker does not disagree.
// Run: node scripts/generate-first-names.mjs (or `npm run data`). Prints each table's size and coverage.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

/** Share of a key's bearers one sex must hold for the key to be listed under that sex. */
const THRESHOLD = 0.9;
/** A spelling whose share of men is in this band is balanced: its key is left out. */
const BALANCED = [0.3, 0.7];
/** Share of the bearers of clearly-gendered keys the kept (most borne) keys must cover. */
const COVERAGE = 0.99;

const STATISTICS = {
  fr: {
    file: 'fr.csv',
    source: 'INSEE, Fichier des prénoms, édition 2025 (births in France 1900–2024, names given at least 20 times)',
    licence: 'Licence Ouverte / Etalab 2.0; attribution: « Source : Insee, Fichier des prénoms, édition 2025 » (folded and aggregated)',
  },
  en: {
    file: 'us.csv',
    source: 'US Social Security Administration, national baby names (births 1880–2020, names given at least 50 times)',
    licence: 'US government work, public domain; attribution: Social Security Administration (folded and aggregated)',
  },
  es: {
    file: 'es.csv',
    source: 'INE, Estadística del Padrón Continuo at 1 January 2020 (residents of Spain, names borne by at least 20)',
    licence: 'INE reuse terms (free reuse citing the source); attribution: « Fuente: INE » (folded and aggregated)',
  },
  de: {
    file: 'at.csv',
    source: 'Stadt Wien, Wiener Bevölkerungsregister (residents of Vienna on 1 January, names borne by at least 100)',
    licence: 'CC BY 4.0; attribution: « Datenquelle: Stadt Wien – data.wien.gv.at » (folded and aggregated)',
  },
};
const NPM_LOCALES = { it: ['it'], pt: ['pt_PT', 'pt_BR'] };

const require = createRequire(import.meta.url);
const here = (p) => new URL(p, import.meta.url);
const version = (p) => JSON.parse(readFileSync(require.resolve(`${p}/package.json`), 'utf8')).version;
const epiceneSrc = readFileSync(here('../src/data/epicene-names.ts'), 'utf8');
const epicene = (loc) => new Set((epiceneSrc.match(new RegExp(`${loc}: '([^']*)'`))?.[1] ?? '').split(' ').filter(Boolean));

// The same folding and first element as firstNameKey in src/core/civility/checkCivility.ts.
const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
/** First element of a first name as checkCivility looks it up, or '' when it can never be looked up. */
function firstNameKey(firstName) {
  const first = fold(firstName.slice(0, 60).trim()).split(/[\s\-‐'’]/)[0] ?? '';
  return /^[a-z]{2,20}$/.test(first) ? first : '';
}

/** A whole first name as checkCivility compares it with the balanced compounds: folded, separators as one '-'. */
const wholeName = (firstName) => fold(firstName.slice(0, 60).trim()).split(/[\s\-‐'’]+/).filter(Boolean).join('-');

/** Rows of a `first_name,male,female` file. */
function readCounts(file) {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  if (head !== 'first_name,male,female') throw new Error(`${file}: unexpected header ${head}`);
  return lines.map((line) => {
    const [name, male, female] = line.split(',');
    return { name, m: Number(male), f: Number(female) };
  });
}

/** Keys clearly of one sex, the most borne first, with the coverage figures of the kept ones. */
function fromStatistics(language, rows) {
  const byKey = new Map();
  let bearers = 0;
  for (const r of rows) {
    bearers += r.m + r.f;
    const key = firstNameKey(r.name);
    if (!key) continue;
    const c = byKey.get(key) ?? { m: 0, f: 0, alone: { m: 0, f: 0 }, balanced: false };
    c.m += r.m;
    c.f += r.f;
    if (fold(r.name.trim()) === key) {
      // the name alone, in one of its spellings (Théo, Theo)
      c.alone.m += r.m;
      c.alone.f += r.f;
      if (r.m >= BALANCED[0] * (r.m + r.f) && r.m <= BALANCED[1] * (r.m + r.f)) c.balanced = true;
    }
    byKey.set(key, c);
  }
  const skip = epicene(language);
  const sexOf = ({ m, f }) => (m >= THRESHOLD * (m + f) ? 'm' : f >= THRESHOLD * (m + f) ? 'f' : undefined);
  const clear = [];
  for (const [key, c] of byKey) {
    const t = c.m + c.f;
    const sex = t > 0 ? sexOf(c) : undefined;
    if (!sex || skip.has(key) || c.balanced) continue;
    if (c.alone.m + c.alone.f > 0 && sexOf(c.alone) !== sex) continue;
    clear.push({ key, sex, t });
  }
  clear.sort((a, b) => b.t - a.t || (a.key < b.key ? -1 : 1));
  const clearBearers = clear.reduce((s, c) => s + c.t, 0);
  let kept = 0;
  let covered = 0;
  while (kept < clear.length && covered < COVERAGE * clearBearers) covered += clear[kept++].t;
  const sel = clear.slice(0, kept);
  // Compound names borne by both sexes (Marie-Jean) whose first element is listed: they must never warn.
  const listed = new Set(sel.map((c) => c.key));
  const balanced = new Set();
  for (const r of rows) {
    const whole = wholeName(r.name);
    if (whole === firstNameKey(r.name) || !listed.has(firstNameKey(r.name))) continue;
    if (r.m >= BALANCED[0] * (r.m + r.f) && r.m <= BALANCED[1] * (r.m + r.f)) balanced.add(whole);
  }
  return {
    male: sel.filter((c) => c.sex === 'm').map((c) => c.key).sort(),
    female: sel.filter((c) => c.sex === 'f').map((c) => c.key).sort(),
    balanced: [...balanced].sort(),
    minBearers: sel.at(-1)?.t ?? 0,
    coverage: covered / clearBearers,
    clearShare: clearBearers / bearers,
    keptShare: covered / bearers,
  };
}

/** Today's npm-sourced tables (it, pt): faker first, gender-detection-from-name where faker is silent. */
async function fromNpm(language, fakerLocales) {
  const { allLocales } = await import(require.resolve('@faker-js/faker'));
  const norm = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  const simple = /^[a-z]{2,20}$/;
  const collect = (pairs) => {
    const seen = new Map();
    for (const [raw, sex] of pairs) {
      const n = norm(raw);
      if (!simple.test(n)) continue;
      if (!seen.has(n)) seen.set(n, new Set());
      seen.get(n).add(sex);
    }
    return seen;
  };
  const pairs = [];
  for (const loc of fakerLocales) {
    const fn = allLocales[loc]?.person?.first_name ?? {};
    for (const n of fn.male ?? []) pairs.push([n, 'm']);
    for (const n of fn.female ?? []) pairs.push([n, 'f']);
  }
  const primary = collect(pairs);
  let text = '';
  try {
    text = readFileSync(require.resolve(`gender-detection-from-name/names/${language}.js`), 'utf8');
  } catch {
    // no list for this language
  }
  const extra = collect([...text.matchAll(/\['([^']*)', '(male|female)'\]/g)].map((x) => [x[1], x[2] === 'male' ? 'm' : 'f']));
  const skip = epicene(language);
  const male = [];
  const female = [];
  for (const n of [...new Set([...primary.keys(), ...extra.keys()])].sort()) {
    if (skip.has(n)) continue;
    const p = primary.get(n);
    const e = extra.get(n);
    let sex;
    if (p && p.size === 1) {
      sex = [...p][0];
      if (e && e.size === 1 && !e.has(sex)) sex = undefined; // the sources disagree
    } else if (!p && e && e.size === 1) sex = [...e][0];
    if (sex === 'm') male.push(n);
    else if (sex === 'f') female.push(n);
  }
  return { male, female };
}

// JSON has no comments: each table's provenance goes to src/data/first-names/SOURCES.md, written at the end.
const provenance = [];
function write(language, header, male, female, balanced = []) {
  const table = { m: male.join(' '), f: female.join(' ') };
  if (balanced.length) table.b = balanced.join(' ');
  const payload = JSON.stringify(table); // what a browser fetches
  writeFileSync(here(`../src/data/first-names/${language}.json`), payload + '\n');
  const lines = header.split('\n').map((l) => l.replace(/^\/\/ ?/, '')).filter((l) => !l.startsWith('Generated by'));
  const b = balanced.length ? `, and ${balanced.length} compound names borne by both sexes whose first element is listed (\`b\`: never warn)` : '';
  provenance.push(`## ${language}.json\n\n${lines.join('\n')}\n\n${male.length} clearly male and ${female.length} clearly female first names${b}, space-separated (\`{ m, f${balanced.length ? ', b' : ''} }\`).\n`);
  return `${(payload.length / 1024).toFixed(1)} KB, ${(gzipSync(payload, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
}

{
  const pct = (x) => `${(100 * x).toFixed(2)}%`;
  for (const [language, s] of Object.entries(STATISTICS)) {
    const t = fromStatistics(language, readCounts(here(`../data-sources/first-names/${s.file}`)));
    const header = `// Generated by scripts/generate-first-names.mjs — do not edit. Regenerate: node scripts/generate-first-names.mjs (or npm run data).
// Source: ${s.source};
// copied in data-sources/first-names/${s.file} (edition, what is counted and licence in its SOURCES.md).
// Licence: ${s.licence}.
// Rule: names folded (case, accents) and counted by first element, as checkCivility reads them ("Jean-Pierre" counts
// for jean); a name is clearly male or female when ≥ ${100 * THRESHOLD}% of its bearers are of one sex, counted with the
// names it begins and alone, and none of its spellings is balanced (${100 * BALANCED[0]}–${100 * BALANCED[1]}% men); epicene names
// (src/data/epicene-names.ts) are left out. Kept: the most borne, covering ${pct(t.coverage)} of the bearers of clearly-gendered
// names (each borne by at least ${t.minBearers}). Lower case, without accents.`;
    const size = write(language, header, t.male, t.female, t.balanced);
    console.log(`first-names ${language}: ${t.male.length} male, ${t.female.length} female, ${size}; covers ${pct(t.coverage)} of the bearers of clearly-gendered names (${pct(t.keptShare)} of all bearers; clearly-gendered: ${pct(t.clearShare)}), min ${t.minBearers} bearers`);
  }
  for (const [language, fakerLocales] of Object.entries(NPM_LOCALES)) {
    const { male, female } = await fromNpm(language, fakerLocales);
    const header = `// Generated by scripts/generate-first-names.mjs — do not edit. Regenerate: npm run data.
// Sources: @faker-js/faker@${version('@faker-js/faker')} (MIT) ${fakerLocales.join(', ')}; gender-detection-from-name@${version('gender-detection-from-name')} (MIT) ${language}.
// Lower case, without accents; names with conflicting signals and epicene names are left out.`;
    const size = write(language, header, male, female);
    console.log(`first-names ${language}: ${male.length} male, ${female.length} female, ${size} (npm sources)`);
  }
  writeFileSync(
    here('../src/data/first-names/SOURCES.md'),
    `# First-name tables (src/data/first-names/<language>.json)\n\nGenerated by scripts/generate-first-names.mjs — do not edit. Regenerate: \`npm run data\` (or\n\`node scripts/generate-first-names.mjs\`). Loaded as \`first-names\` + language; bound up front by the Node entry.\n\n${provenance.join('\n')}`,
  );
}
