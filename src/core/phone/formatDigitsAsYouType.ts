// A small copy of libphonenumber-js's AsYouType (source/AsYouType*.js, MIT) for the common cases: digits typed
// nationally for a known region, or "+", a calling code and the national number. It replays that algorithm step
// for step: leading-digits narrowing, complete-number formatting, a template from the format pattern (with the
// national prefix formatting rule), and falling back to plain digits. On anything else (IDD prefixes, carrier codes,
// national prefix transform rules, non-geographic codes, a "+" number that only formats once a national prefix is
// stripped, odd metadata) it returns undefined, and the caller runs AsYouType itself.
import type { MetadataJson } from 'libphonenumber-js/core';

// Compressed metadata (v3/v4): a region is [callingCode, IDD, nationalPattern, possibleLengths, formats,
// nationalPrefix, nationalPrefixFormattingRule, nationalPrefixForParsing, transformRule, prefixOptional, …]; a format
// is [pattern, format, leadingDigitsPatterns, nationalPrefixFormattingRule, prefixOptional, internationalFormat].
type Plan = readonly unknown[] & { 0: string; 1?: string; 3?: number[] | 0; 4?: Format[] | 0; 5?: string | 0; 6?: string | 0; 7?: string | 0; 9?: unknown };
type Format = readonly unknown[] & { 0: string; 1: string; 2?: string[] | 0; 3?: string | 0; 4?: unknown; 5?: string | 0 };
type Json = { version?: unknown; country_calling_codes: Record<string, string[] | undefined>; countries: Record<string, Plan | undefined>; nonGeographic?: Record<string, unknown> };
/** Leading-digits pattern as libphonenumber's PatternMatcher reads it: a string is a set of chars, an array a sequence. */
type Node = string | Node[] | { or: Node[] };
type Compiled = {
  whole: RegExp; // ^(?:pattern)$
  first: RegExp; // pattern, as format() applies it
  tpl: RegExp; // the pattern with [sets] and literal digits as \d, for templates
  strict: RegExp;
  longest: string | null; // the longest run of 9s tpl takes
  usable: [boolean, boolean]; // national / international format adds no digits, pattern has no "|"
  lead: RegExp[];
  tree?: Node | null; // first leading-digits pattern, parsed (null: PatternParser would throw)
  fits: (boolean | undefined)[]; // by length: does strict take that many 9s
  templates: Map<string, string>;
};

// libphonenumber's VALID_PUNCTUATION, as a character class body.
const PUNCT = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D[\\]~\u2053\u223C\uFF5E';
// What follows the last "$1" of a format that adds no digits (NON_ALTERING_FORMAT_REG_EXP, anchored there).
const AFTER_FIRST_GROUP = new RegExp(`^[${PUNCT}]*(?:\\$\\d[${PUNCT}]*)*$`);
const INTL_SEPARATORS = new RegExp(`[${PUNCT}]+`, 'g');
const PLAIN = /^\+?[\d ()./-]*$/;
const DUMMY = '999999999999999';
const NONE = -1, PARTIAL = -2, OVERFLOW = -3;
const BAIL = new Error('formatDigitsAsYouType: not a common case');
const formats = new WeakMap<object, Compiled>();
const plans = new WeakMap<object, RegExp[]>();

/** AsYouType's text for `text` (already cleaned) in `country`, or undefined where AsYouType must decide. */
export function formatDigitsAsYouType(text: string, country: string | undefined, metadata: MetadataJson): string | undefined {
  try {
    return run(text, country, metadata as unknown as Json);
  } catch {
    return undefined;
  }
}

function run(text: string, country: string | undefined, json: Json): string | undefined {
  if (!PLAIN.test(text) || (json.version !== 4 && json.version !== 3)) return undefined;
  const { countries, country_calling_codes: codes } = json;
  const plan = country ? countries[country] : undefined;
  if (plan !== undefined && !Array.isArray(plan)) return undefined;
  const intl = text[0] === '+';
  const digits = text.replace(/\D/g, '');
  if (!digits) return intl ? '+' : '';
  if (!intl) {
    if (plan === undefined) return digits; // no region: AsYouType leaves national digits alone
    const list = codes[plan[0]];
    const main = list && countries[list[0]!];
    if (!Array.isArray(main)) return undefined;
    const regExps = planRegExps(plan);
    const m = regExps[0]!.exec(digits);
    if (m && m.index === 0 && m[0] && digits[m[0].length] !== '0') {
      // An IDD prefix ("00 33 6…", "011 44…"): AsYouType writes it, then what "+" and the rest would give.
      // Only once a calling code is recognized: before that AsYouType's answer varies (it even throws for some).
      // Measured against AsYouType over every region: a plain IDD of two digits or more ("00", "011", "810") is
      // written alone as typed where the region has a national prefix, and before a calling code not yet complete
      // as "00 3"; single-digit and patterned IDDs (Cabo Verde, Samoa, Hong Kong), or Belize's "0-0", differ.
      const plain = typeof plan[1] === 'string' && /^\d{2,}$/.test(plan[1]);
      const rest = digits.slice(m[0].length);
      if (!rest) return plain && plan[5] ? digits : undefined;
      const out = run('+' + rest, country, json);
      if (out === undefined || out[0] !== '+') return undefined;
      if (out.includes(' ') || codes[rest] !== undefined) return m[0] + ' ' + out.slice(1);
      return plain && out === '+' + rest ? m[0] + ' ' + rest : undefined;
    }
    let np = '';
    const p = regExps[1]!.exec(digits);
    if (p && p[0]) {
      if (p.length > 1 && p[p.length - 1]) return undefined; // carrier code or transform rule
      np = p[0];
    }
    const nsn = digits.slice(np.length);
    const out = formatNational(plan[4] || main[4] || [], plan, main, nsn, np, digits, false, possible(plan, nsn.length));
    if (out !== undefined) return out || digits;
    return digits.startsWith(plan[0]) ? undefined : digits; // AsYouType would retry it as "+" + calling code
  }
  if (digits[0] === '0') return '+' + digits;
  let cc = '';
  for (let i = 1; i <= 3 && i <= digits.length && !cc; i++) {
    const code = digits.slice(0, i);
    if (json.nonGeographic?.[code] !== undefined) return undefined;
    if (codes[code]) cc = code;
  }
  if (!cc) return '+' + digits;
  const list = codes[cc]!;
  const nsn = digits.slice(cc.length);
  const main = countries[list[0]!];
  if (!Array.isArray(main)) return undefined;
  // A shared code's region is guessed from the number, and only its possible lengths matter here: when the regions
  // disagree on them, the text must come out the same either way.
  const canComplete = possible(main, nsn.length);
  let guessed = false;
  for (const region of list) {
    const other = countries[region];
    if (!Array.isArray(other)) return undefined;
    guessed ||= possible(other, nsn.length) !== canComplete;
  }
  const out = formatNational(main[4] || [], main, main, nsn, '', nsn, true, canComplete);
  if (guessed && formatNational(main[4] || [], main, main, nsn, '', nsn, true, !canComplete) !== out) return undefined;
  if (out) return '+' + cc + ' ' + out;
  if (out === undefined && nsn) {
    for (const region of list) if (planRegExps(countries[region]!)[1]!.exec(nsn)?.[0]) return undefined; // "+44 0…"
  }
  return nsn ? '+' + cc + ' ' + nsn : '+' + cc;
}

/** AsYouTypeFormatter.format(): the formatted national part, or undefined when no format fits. */
function formatNational(list: Format[], owner: Plan, main: Plan, nsn: string, np: string, national: string, intl: boolean, canComplete: boolean): string | undefined {
  const nanp = owner[0] === '1';
  // A complete number: the first matching format whose pattern takes all of it and keeps its digits.
  for (let i = 0; canComplete && i < list.length; i++) {
    const f = list[i]!;
    const c = compile(f);
    const rule = ruleOf(f, owner, main);
    if (!c.whole.test(nsn) || !suits(f, c, rule, owner, nsn, np, intl)) continue;
    if (tryRule(rule, intl, np)) {
      const s = nsn.replace(c.first, intl ? f[5] || f[1] : f[1].replace(/(\$\d)/, rule));
      const out = intl ? s.replace(INTL_SEPARATORS, ' ').trim() : s;
      if (out && out.replace(/\D/g, '') === national) return out;
    }
    let s = nsn.replace(c.first, intl ? f[5] || f[1] : f[1]);
    if (intl) s = s.replace(INTL_SEPARATORS, ' ').trim();
    if (np) s = np + (nanp || /[- ]/.test(rule) ? ' ' : '') + s;
    if (s && s.replace(/\D/g, '') === national) return s;
  }
  // Else the digits go into the template of the first matching format that can make one.
  for (let i = 0; i < list.length; i++) {
    const f = list[i]!;
    const c = compile(f);
    const rule = ruleOf(f, owner, main);
    if (!c.usable[intl ? 1 : 0] || !suits(f, c, rule, owner, nsn, np, intl)) continue;
    if (c.longest === null) throw BAIL; // AsYouType would throw
    if (nsn.length > c.longest.length) continue;
    const fits = (c.fits[nsn.length] ??= c.strict.test(DUMMY.slice(0, nsn.length)));
    const key = (intl ? '+' : '') + np + ' ' + rule + ' ' + (fits ? nsn.length : -1);
    let template = c.templates.get(key);
    if (template === undefined) {
      let numberFormat = intl ? f[5] || f[1] : f[1];
      let included = false;
      if (tryRule(rule, intl, np) && rule.replace(/\D/g, '') === np + '1') {
        numberFormat = numberFormat.replace(/(\$\d)/, rule);
        for (let k = 0; k < np.length; k++) numberFormat = numberFormat.replace(/\d/, 'x');
        included = true;
      }
      template = (fits ? DUMMY.slice(0, nsn.length) : c.longest).replace(c.tpl, numberFormat).replace(/9/g, 'x');
      if (!included && np) template = 'x'.repeat(np.length) + (nanp || /[- ]/.test(rule) ? ' ' : '') + template;
      if (intl) template = template.replace(INTL_SEPARATORS, ' ').trim();
      c.templates.set(key, template);
    }
    if (template) return populate(template, national);
  }
  return undefined;
}

/** The format's national prefix formatting rule ("0$1", "($1)"…), '' for none. */
function ruleOf(f: Format, owner: Plan, main: Plan): string {
  return f[3] || owner[6] || main[6] || '';
}

/** "$1", "($1)": a national prefix formatting rule that adds no prefix (/^\(?\$1\)?$/). */
function firstGroupOnly(rule: string): boolean {
  return rule === '$1' || rule === '($1)' || rule === '($1' || rule === '$1)';
}

/** AsYouTypeFormatter.formatSuits() and formatMatches(), once some national number is typed. */
function suits(f: Format, c: Compiled, rule: string, owner: Plan, nsn: string, np: string, intl: boolean): boolean {
  if (!nsn) return true;
  const uses = !!rule && !firstGroupOnly(rule);
  if (!f[4] && !owner[9] && (np ? !uses : uses && !intl)) return false;
  return leadingDigitsMatch(f, c, nsn);
}

/** shouldTryNationalPrefixFormattingRule(). */
function tryRule(rule: string, intl: boolean, np: string): boolean {
  return !!rule && (firstGroupOnly(rule) ? !intl : !!np);
}

/** Possible-length check of the region (checkNumberLength() === 'IS_POSSIBLE'). */
function possible(plan: Plan, n: number): boolean {
  const l = plan[3];
  if (!l) return true;
  return l[0] === n || (l[0]! < n && l[l.length - 1]! >= n && l.indexOf(n, 1) >= 0);
}

/** The digits typed into the template, cut after the last one (and a ")" right after it), unpaired "(" dropped. */
function populate(template: string, digits: string): string | undefined {
  let out = '';
  let i = 0;
  for (let j = 0; j < digits.length; i++) {
    if (i === template.length) return undefined; // more digits than the template holds
    out += template[i] === 'x' ? digits[j++] : template[i];
  }
  if (template[i] === ')') out += ')';
  if (out.indexOf('(') < 0) return out;
  let kept = '';
  for (let k = out.length - 1, closing = 0; k >= 0; k--) {
    const ch = out[k]!;
    if (ch === ')') closing++;
    else if (ch === '(') {
      if (!closing) continue;
      closing--;
    }
    kept = ch + kept;
  }
  return kept;
}

function leadingDigitsMatch(f: Format, c: Compiled, nsn: string): boolean {
  const patterns = f[2];
  if (!patterns || !patterns.length) return true;
  if (nsn.length >= 3) return c.lead[Math.min(nsn.length - 3, patterns.length - 1)]!.test(nsn);
  if (c.tree === undefined) c.tree = parseTree(patterns[0]!);
  if (c.tree === null) throw BAIL; // AsYouType logs the error and keeps the format
  return match(nsn, 0, c.tree, true) !== NONE;
}

/** PatternMatcher.match(…, { allowOverflow: true }): chars consumed, or NONE, PARTIAL, OVERFLOW. */
function match(s: string, at: number, t: Node, last: boolean): number {
  if (typeof t === 'string') return t.indexOf(s[at]!) < 0 ? NONE : last && s.length - at > 1 ? OVERFLOW : 1;
  if (Array.isArray(t)) {
    let k = at;
    for (let i = 0; i < t.length; i++) {
      const r = match(s, k, t[i]!, last && i === t.length - 1);
      if (r < 0) return r;
      k += r;
      if (k === s.length) return i === t.length - 1 ? k - at : PARTIAL;
    }
    return last ? OVERFLOW : k - at;
  }
  let partial = false;
  for (const branch of t.or) {
    const r = match(s, at, branch, last);
    if (r > 0 || r === OVERFLOW) return r;
    if (r === PARTIAL) partial = true;
  }
  return partial ? PARTIAL : NONE;
}

/** PatternParser: digits, [sets], (?:groups) and |; null where it would throw. */
function parseTree(p: string): Node | null {
  let i = 0;
  const alternatives = (group: boolean): Node[] | null => {
    const branches: Node[] = [];
    let seq: Node[] = [];
    for (;;) {
      const ch = p[i];
      if (ch === undefined || ch === '|' || ch === ')') {
        if (!seq.length || (ch === undefined && group) || (ch === ')' && !group)) return null;
        branches.push(seq);
        seq = [];
        i++;
        if (ch !== '|') return branches;
      } else if (ch === '(') {
        if (p.slice(i, i + 3) !== '(?:') return null;
        i += 3;
        const or = alternatives(true);
        if (!or) return null;
        seq.push({ or });
      } else if (ch === '[') {
        const end = p.indexOf(']', i);
        const set = p.slice(i + 1, end);
        if (end < 0 || !/^(?:\d-\d|\d)+$/.test(set)) return null;
        seq.push(set.replace(/(\d)-(\d)/g, (_, a: string, b: string) => (a < b ? '0123456789'.slice(+a, +b + 1) : a + b)));
        i = end + 1;
      } else if (ch === ']' || ch === '?' || ch === ':') return null;
      else {
        seq.push(ch);
        i++;
      }
    }
  };
  const or = alternatives(false);
  return or && { or };
}

function compile(f: Format): Compiled {
  let c = formats.get(f);
  if (!c) {
    const legacy = f[0].replace(/\[[^[\]]*\]/g, '\\d').replace(/\d(?=[^,}][^,}])/g, '\\d');
    const tpl = new RegExp(legacy);
    const usable = (numberFormat: string) => {
      const at = numberFormat.lastIndexOf('$1');
      return at >= 0 && AFTER_FIRST_GROUP.test(numberFormat.slice(at + 2)) && !f[0].includes('|');
    };
    c = {
      whole: new RegExp(`^(?:${f[0]})$`),
      first: new RegExp(f[0]),
      tpl,
      strict: new RegExp(`^${legacy}$`),
      longest: tpl.exec(DUMMY)?.[0] ?? null,
      usable: [usable(f[1]), usable(f[5] || f[1])],
      lead: f[2] ? f[2].map((p) => new RegExp(`^(${p})`)) : [],
      fits: [],
      templates: new Map(),
    };
    formats.set(f, c);
  }
  return c;
}

/** [IDD prefix, national prefix for parsing] of a region. */
function planRegExps(plan: Plan): RegExp[] {
  let r = plans.get(plan);
  if (!r) {
    const prefix = plan[7] || plan[5];
    r = [new RegExp(plan[1] as string), prefix ? new RegExp(`^(?:${prefix})`) : /$^/];
    plans.set(plan, r);
  }
  return r;
}
