// `npm run bench`: per-keystroke latency of each saisie rule next to the raw peers, measured in one run.
// Not a test: it prints figures and ratios (saisie / peer), and never fails on a timing.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import * as saisie from '../dist/node.js';
import * as browserSaisie from '../dist/index.js';
import { AsYouType, parsePhoneNumberFromString } from 'libphonenumber-js';
import { AsYouType as AsYouTypeMax } from 'libphonenumber-js/max';

const require = createRequire(import.meta.url);
const validator = require('validator');
const emailAddresses = require('email-addresses');
const Mailcheck = require('mailcheck');

const EMAILS = ['jean.dupont@gmial.com', 'marie-claire.lefebvre@wanadoo.fr', 'contact@boulangerie-martin.fr', 'p.rossi@libero.it', 'anna.schmidt@web.de', 'tom@hotmail.con', 'zoé.durand@laposte.net', 'info@example.co.uk'];
const PHONES = [['06 12 34 56 78', 'FR'], ['+33 1 42 68 53 00', 'FR'], ['0033 6 12 34 56 78', 'FR'], ['(213) 373-4253', 'US'], ['+44 20 7946 0958', 'GB'], ['030 901820', 'DE'], ['+39 06 6982 1234', 'IT']];
const POSTALS = [['75001', 'FR'], ['sw1a2aa', 'GB'], ['k1a0b1', 'CA'], ['1234ab', 'NL'], ['22162-1010', 'US'], ['01310-100', 'BR']];
const NAMES = [['M.', 'Marie-Hélène'], ['Mme', 'Jean-Pierre'], ['Herr', 'Andrea'], ['Sra.', 'María José'], ['Mr', 'Dominique']];

/** Times fn on every prefix of every sample, `rounds` times; returns sorted per-call microseconds. */
function perKeystroke(samples, fn, rounds = 60) {
  const calls = samples.reduce((n, s) => n + (Array.isArray(s) ? s[0] : s).length, 0) * rounds;
  const times = new Float64Array(calls); // preallocated: the harness itself must not make garbage
  let k = 0;
  for (let r = 0; r < rounds; r++) {
    for (const sample of samples) {
      const text = Array.isArray(sample) ? sample[0] : sample;
      for (let i = 1; i <= text.length; i++) {
        const prefix = text.slice(0, i);
        const t0 = performance.now();
        fn(prefix, sample);
        times[k++] = (performance.now() - t0) * 1000;
      }
    }
  }
  return times.sort();
}
const q = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (us) => (us < 10 ? us.toFixed(2) : us < 100 ? us.toFixed(1) : us.toFixed(0)).padStart(7);

const rows = [];
function measure(rule, samples, fn, peers = {}) {
  for (let i = 0; i < 3; i++) perKeystroke(samples, fn, 5); // warm-up (JIT)
  const ours = perKeystroke(samples, fn);
  rows.push({ name: rule, t: ours });
  for (const [peer, pfn] of Object.entries(peers)) {
    for (let i = 0; i < 3; i++) perKeystroke(samples, pfn, 5);
    const theirs = perKeystroke(samples, pfn);
    rows.push({ name: '  vs ' + peer, t: theirs, ratio: [q(ours, 50) / q(theirs, 50), q(ours, 99) / q(theirs, 99)] });
  }
}

const mailcheckDomains = Mailcheck.defaultDomains;
measure('checkEmail', EMAILS, (s) => saisie.checkEmail(s), {
  "validator isEmail": (s) => validator.isEmail(s),
  'mailcheck run': (s) => Mailcheck.run({ email: s, domains: mailcheckDomains, suggested: () => {}, empty: () => {} }),
  'email-addresses parseOneAddress': (s) => emailAddresses.parseOneAddress(s),
});
measure('formatPhoneAsYouType (node, max metadata)', PHONES, (s, [, cc]) => saisie.formatPhoneAsYouType(s, cc), {
  'libphonenumber-js/max new AsYouType().input': (s, [, cc]) => new AsYouTypeMax(cc).input(s),
});
measure('formatPhoneAsYouType (browser, min metadata)', PHONES, (s, [, cc]) => browserSaisie.formatPhoneAsYouType(s, cc), {
  'libphonenumber-js new AsYouType().input': (s, [, cc]) => new AsYouType(cc).input(s),
});
measure('checkPhone (node, max metadata)', PHONES, (s, [, cc]) => saisie.checkPhone(s, { country: cc }), {
  'libphonenumber-js parse + isValid + getType': (s, [, cc]) => {
    const p = parsePhoneNumberFromString(s, cc);
    return p && p.isValid() && p.getType();
  },
});
measure('checkPostalCode', POSTALS, (s, [, cc]) => saisie.checkPostalCode(s, cc));
measure('formatAddress (postal style)', ['12 boulevard de la République'], (s) => saisie.formatAddress({ name: 'Mme Zoé Durand', addressLines: [s], postalCode: '13001', locality: 'Marseille', country: 'FR' }, { style: 'postal' }));
measure('checkCivility', NAMES, (s, [civ]) => saisie.checkCivility({ civility: civ, firstName: s }));

console.log(`per-keystroke latency, µs (Node ${process.version}, ${rows[0].t.length} calls per row; ratio = saisie / peer, < 1 is faster)`);
console.log('rule'.padEnd(52) + '    p50' + '    p99' + '  p99.9' + '   ratio p50  ratio p99');
for (const r of rows) {
  const ratio = r.ratio ? `   ${r.ratio[0].toFixed(2).padStart(8)}  ${r.ratio[1].toFixed(2).padStart(9)}` : '';
  console.log(r.name.padEnd(52) + fmt(q(r.t, 50)) + fmt(q(r.t, 99)) + fmt(q(r.t, 99.9)) + ratio);
}

// 100k-character input: each rule must bail out early and stay linear.
const BIG = { letters: 'a'.repeat(100_000), digits: '6'.repeat(100_000), ats: 'a@'.repeat(50_000), unicode: 'é'.repeat(100_000) };
console.log('\n100k-character input, ms (median of 21 runs, worst of the inputs)');
const huge = {
  checkEmail: (s) => saisie.checkEmail(s),
  checkPhone: (s) => saisie.checkPhone(s, { country: 'FR' }),
  formatPhoneAsYouType: (s) => saisie.formatPhoneAsYouType(s, 'FR'),
  checkPostalCode: (s) => saisie.checkPostalCode(s, 'FR'),
  formatAddress: (s) => saisie.formatAddress({ addressLines: [s], locality: s, country: 'FR' }, { style: 'postal' }),
  checkCivility: (s) => saisie.checkCivility({ civility: 'M.', firstName: s }),
};
for (const [name, fn] of Object.entries(huge)) {
  let worst = 0;
  for (const s of Object.values(BIG)) {
    const t = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      fn(s);
      t.push(performance.now() - t0);
    }
    worst = Math.max(worst, t.sort((a, b) => a - b)[10]);
  }
  console.log(`${name.padEnd(24)} ${worst.toFixed(3).padStart(8)} ms  (target ≤ 2 ms)`);
}

// checkCivility's first-name tables against official statistics (figures, not timings).
await import('./civility.mjs');

// The as-you-type phone fast path against AsYouType, JIT-hot and in a `node --jitless` child (≈ a browser's cold code).
await import('./format-phone.mjs');

await import('./browser.mjs');

// saisie-server under autocannon on loopback: cached and uncached email verifications (DNS on the local fixture).
const { runServerBench } = await import('./server.mjs');
await runServerBench();
