// `npm run bench` (or `node bench/civility.mjs [path/to/node.js]` after `npm run build`): how well checkCivility's
// first-name tables match official statistics (data-sources/first-names/, see its SOURCES.md). Bearer-weighted:
// a name counts by how many people bear it. A name is clearly gendered when one sex holds ≥ 90% of its bearers,
// balanced when men hold 30–70%. Names are passed as the sources write them ("Jean-Pierre", "Maria Carmen").
// Not a test: it prints figures and never fails (src/core/civility/checkCivility.test.ts enforces France's).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = process.argv[1]?.endsWith('civility.mjs') && process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : new URL('../dist/node.js', import.meta.url).href;
const { checkCivility } = await import(entry);

const COUNTRIES = [
  // file, language of its civilities: the pair compared on clearly-gendered names, then every gendered civility.
  { file: 'fr.csv', what: 'France, INSEE', m: ['M.', 'Monsieur'], f: ['Mme', 'Madame', 'Mlle', 'Mademoiselle'] },
  { file: 'us.csv', what: 'United States, SSA', m: ['Mr', 'Sir'], f: ['Mrs', 'Ms', 'Miss', 'Madam'] },
  { file: 'es.csv', what: 'Spain, INE', m: ['Sr.', 'Señor', 'Don'], f: ['Sra.', 'Señora', 'Srta.', 'Señorita', 'Doña'] },
  { file: 'at.csv', what: 'Vienna, Stadt Wien', m: ['Herr'], f: ['Frau'] },
];
const CLEAR = 0.9;
const BALANCED = [0.3, 0.7];
const TOP = 1000;

const readCounts = (file) =>
  readFileSync(new URL(`../data-sources/first-names/${file}`, import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [name, m, f] = line.split(',');
      return { name, m: Number(m), f: Number(f), t: Number(m) + Number(f) };
    });
const warns = (civility, name) => checkCivility({ civility, firstName: name }).issues.length > 0;
const pct = (a, b) => `${((100 * a) / (b || 1)).toFixed(2)}%`.padStart(8);

console.log(`\ncivility / first name on official statistics (bearer-weighted; clearly gendered: ≥ ${100 * CLEAR}% one sex; balanced: ${100 * BALANCED[0]}–${100 * BALANCED[1]}% men)`);
console.log(
  'country'.padEnd(22) +
    `top ${TOP}: warned (names, bearers)`.padStart(32) +
    '  all clearly gendered: warned' +
    '  false alarms' +
    '  balanced: warned',
);
for (const c of COUNTRIES) {
  const rows = readCounts(c.file).sort((a, b) => b.t - a.t);
  const clear = rows.filter((r) => r.t > 0 && Math.max(r.m, r.f) >= CLEAR * r.t);
  // opposite civility (M. + a clearly female name, Mme + a clearly male one) should warn
  const opposite = (r) => warns(r.m > r.f ? c.f[0] : c.m[0], r.name);
  let topNames = 0;
  let topWarned = 0;
  let topBearers = 0;
  let topWarnedBearers = 0;
  let allBearers = 0;
  let allWarned = 0;
  const missed = [];
  clear.forEach((r, i) => {
    const w = opposite(r);
    allBearers += r.t;
    if (w) allWarned += r.t;
    if (i < TOP) {
      topBearers += r.t;
      if (!w) missed.push(r.name);
      if (w) {
        topWarned++;
        topWarnedBearers += r.t;
      }
      topNames++;
    }
  });
  // false alarms: bearers of every name who would be warned with their own sex's civility
  let alarms = 0;
  let bearers = 0;
  for (const r of rows) {
    bearers += r.t;
    if (r.m && warns(c.m[0], r.name)) alarms += r.m;
    if (r.f && warns(c.f[0], r.name)) alarms += r.f;
  }
  const balanced = rows.filter((r) => r.t > 0 && r.m >= BALANCED[0] * r.t && r.m <= BALANCED[1] * r.t);
  const warnedBalanced = balanced.filter((r) => [...c.m, ...c.f].some((civ) => warns(civ, r.name)));
  console.log(
    c.what.padEnd(22) +
      `${topWarned}/${topNames} names, ${pct(topWarnedBearers, topBearers).trim()} of bearers`.padStart(32) +
      `${pct(allWarned, allBearers)} of bearers`.padStart(30) +
      pct(alarms, bearers).padStart(14) +
      `${warnedBalanced.length} of ${balanced.length} names`.padStart(19) +
      (warnedBalanced.length ? `  (${warnedBalanced.slice(0, 5).map((r) => r.name).join(', ')})` : ''),
  );
  if (missed.length) console.log(`  top ${TOP} not warned, most borne first: ${missed.slice(0, 12).join(', ')}${missed.length > 12 ? '…' : ''}`);
}
