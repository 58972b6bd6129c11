import { describe, expect, it } from 'vitest';
import { checkEmail as checkEmailIn } from './checkEmail.js';
import { suggestEmailDomain as suggestIn } from './suggestEmailDomain.js';
import { isDisposableDomain as isDisposableIn, isKnownDisposableDomain as isKnownIn, loadDisposableDomains as loadIn } from './isDisposableDomain.js';
import { emailData } from '../../../test/tables.js';
import { EMAIL_DOMAINS } from '../../data/email-domains.js';

const { knownSlips: EMAIL_KNOWN_SLIPS, tldSlips: EMAIL_TLD_SLIPS, typoTargets: EMAIL_TYPO_TARGETS } = EMAIL_DOMAINS;
const EMAIL_PROVIDERS = EMAIL_DOMAINS.providers.split(' ');
import EMAIL_REAL_DOMAINS from '../../data/email-real-domains.json' with { type: 'json' };

const data = emailData();
const checkEmail = (input: string) => checkEmailIn(input, {}, data);
const suggestEmailDomain = (domain: string) => suggestIn(domain, data);
const isDisposableDomain = (domain: string) => isDisposableIn(domain, data);
const isKnownDisposableDomain = (domain: string) => isKnownIn(domain, data);
const loadDisposableDomains = () => loadIn(data);

const typo = (email: string) => checkEmail(email).issues.find((i) => i.code === 'email.typo')?.suggestion;

// Real mail domains that a suggestion must never "correct". Keep it growing: every real domain that a user saw
// "fixed" goes here, and into REAL in scripts/generate-email-data.mjs.
const REAL_DOMAINS = `
  hotmail.be hotmail.ch hotmail.nl hotmail.de hotmail.fr hotmail.com hotmail.co.uk hotmail.it hotmail.es hotmail.ca
  hotmail.se hotmail.dk hotmail.no hotmail.fi hotmail.gr hotmail.cz hotmail.sk hotmail.hu hotmail.com.br hotmail.com.ar
  outlook.be outlook.de outlook.es outlook.it outlook.fr outlook.com outlook.at outlook.ie outlook.pt outlook.dk outlook.cz
  outlook.com.br live.be live.fr live.de live.nl live.it live.co.uk live.com live.ca live.se live.dk live.fi msn.com
  gmail.com googlemail.com yahoo.com yahoo.fr yahoo.de yahoo.es yahoo.it yahoo.co.uk yahoo.se yahoo.ie yahoo.ca
  yahoo.com.au yahoo.co.in yahoo.co.nz ymail.com rocketmail.com myyahoo.com y7mail.com aol.com aol.fr aol.de aol.co.uk aim.com
  love.com icloud.com me.com mac.com gmx.de gmx.net gmx.fr gmx.at gmx.ch gmx.com gmx.es gmx.it gmx.ie gmx.se web.de
  t-online.de t-online.hu freenet.de online.de mail.com email.com mail.ru inbox.ru list.ru bk.ru yandex.ru yandex.com
  yandex.by yandex.kz yandex.ua ya.ru protonmail.com protonmail.ch proton.me pm.me tutanota.com tutanota.de tuta.io
  zoho.com fastmail.com fastmail.fm posteo.de mailbox.org hey.com laposte.net laposte.fr orange.fr orange.com
  wanadoo.fr free.fr sfr.fr neuf.fr bbox.fr numericable.fr club-internet.fr aliceadsl.fr voila.fr skynet.be telenet.be
  proximus.be bluewin.ch sunrise.ch libero.it virgilio.it alice.it tiscali.it tin.it tim.it telefonica.net movistar.es
  terra.es ono.com orange.es wanadoo.es btinternet.com sky.com virginmedia.com ntlworld.com talktalk.net comcast.net
  verizon.net att.net sbcglobal.net bellsouth.net cox.net charter.net shaw.ca rogers.com sympatico.ca videotron.ca
  bigpond.com xs4all.nl ziggo.nl kpnmail.nl home.nl planet.nl seznam.cz wp.pl o2.pl interia.pl onet.pl op.pl
  naver.com qq.com foxmail.com 163.com 126.com tiscali.nl tiscali.cz
`.split(/\s+/).filter(Boolean);

describe('suggestEmailDomain', () => {
  it(`never corrects a real mail domain (${REAL_DOMAINS.length} of them)`, () => {
    expect(REAL_DOMAINS.length).toBeGreaterThanOrEqual(80);
    for (const d of REAL_DOMAINS) {
      expect([d, suggestEmailDomain(d)]).toEqual([d, undefined]);
      expect([d, typo('jean@' + d)]).toEqual([d, undefined]);
      expect([d, checkEmail('jean@' + d).valid]).toEqual([d, true]);
    }
  });

  it('never corrects a disposable domain: it flags it', () => {
    for (const d of ['yopmail.com', 'yopmail.fr', 'yopmail.net', 'mailinator.com', '33mail.com', 'trashmail.de']) {
      expect([d, typo('x@' + d)]).toEqual([d, undefined]);
      expect(checkEmail('x@' + d).issues.map((i) => i.code)).toEqual(['email.disposable']);
    }
  });

  it('still suggests the fix for plain typos', () => {
    for (const [typed, meant] of [
      ['gmial.com', 'gmail.com'], ['gmai.com', 'gmail.com'], ['gmal.com', 'gmail.com'], ['gnail.com', 'gmail.com'], ['gmail.con', 'gmail.com'],
      ['gmail.co', 'gmail.com'], ['gmail.fr', 'gmail.com'], ['gmail.cm', 'gmail.com'], ['gmailc.om', 'gmail.com'], ['gmailcom', 'gmail.com'],
      ['hotmial.com', 'hotmail.com'], ['hotmial.fr', 'hotmail.fr'], ['hotmal.de', 'hotmail.de'], ['homail.con', 'hotmail.com'],
      ['hotmail.fe', 'hotmail.fr'], ['hotmail.frr', 'hotmail.fr'], ['hotmailfr', 'hotmail.fr'], ['yaho.fr', 'yahoo.fr'], ['yaho.com', 'yahoo.com'],
      ['yahoo.con', 'yahoo.com'], ['yahooo.cmo', 'yahoo.com'], ['outlok.fr', 'outlook.fr'], ['outlook.fe', 'outlook.fr'], ['wanadoo.fe', 'wanadoo.fr'],
      ['wanadoo.com', 'wanadoo.fr'], ['orange.fe', 'orange.fr'], ['oragne.fr', 'orange.fr'], ['laposte.nte', 'laposte.net'], ['lapost.net', 'laposte.net'],
      ['icloud.fr', 'icloud.com'], ['frre.fr', 'free.fr'], ['free.com', 'free.fr'], ['lbero.it', 'libero.it'], ['protonmail.con', 'protonmail.com'],
      ['example.con', 'example.com'], ['mail.boulangerie.con', 'mail.boulangerie.com'],
    ] as Array<[string, string]>) {
      expect([typed, suggestEmailDomain(typed)]).toEqual([typed, meant]);
      expect(checkEmail(`jean@${typed}`).issues.find((i) => i.code === 'email.typo')).toMatchObject({ severity: 'warning', suggestion: `jean@${meant}` });
    }
  });

  it('prefers no suggestion to a doubtful one', () => {
    // A provider with several countries: another country is a guess (hotmail.lu is not listed, yet not hotmail.fr).
    for (const d of ['hotmail.lu', 'outlook.lu', 'yahoo.lu', 'live.lu', 'hotmal.be', 'hotmail.co', 'yahoo.co', 'hotmail.cm', 'orange.dee', 'yahoo.om'])
      expect([d, suggestEmailDomain(d)]).toEqual([d, undefined]);
    // A missing TLD on such a provider: which country?
    for (const d of ['hotmail', 'yahoo', 'orange', 'outlook']) expect([d, suggestEmailDomain(d)]).toEqual([d, undefined]);
    // Real top-level domains are no slips: Oman, Greece, .bet.
    for (const d of ['omantel.net.om', 'forthnet.gr', 'casino.bet', 'sfr.com', 'boulangerie-martin.fr', 'kicksend.com'])
      expect([d, suggestEmailDomain(d)]).toEqual([d, undefined]);
  });

  it('keeps correcting typo catchers of the full disposable list (gmai.com is one)', async () => {
    await loadDisposableDomains();
    expect(isDisposableDomain('gmai.com')).toBe(true);
    expect(suggestEmailDomain('gmai.com')).toBe('gmail.com');
    expect(suggestEmailDomain('yopmail.com')).toBeUndefined();
  });

  it('keeps its tables coherent', () => {
    const real = EMAIL_REAL_DOMAINS.split(' ').flatMap((e) => e.slice(e.indexOf('.') + 1).split(',').map((rest) => `${e.slice(0, e.indexOf('.'))}.${rest}`));
    expect(new Set([...real, ...EMAIL_PROVIDERS]).size).toBe(real.length + EMAIL_PROVIDERS.length);
    expect(real.length + EMAIL_PROVIDERS.length).toBeGreaterThan(300);
    for (const d of real) expect([d, /^[a-z0-9.-]+\.[a-z]{2,}$/.test(d), isKnownDisposableDomain(d)]).toEqual([d, true, false]);
    const known = new Set([...real, ...EMAIL_PROVIDERS]);
    for (const d of REAL_DOMAINS) expect([d, known.has(d)]).toEqual([d, true]);
    for (const [slip, fix] of Object.entries(EMAIL_KNOWN_SLIPS)) expect([slip, known.has(slip), known.has(fix)]).toEqual([slip, false, true]);
    for (const t of EMAIL_PROVIDERS.slice(0, EMAIL_TYPO_TARGETS)) expect(known.has(t)).toBe(true);
    for (const [tld, fix] of Object.entries(EMAIL_TLD_SLIPS)) expect([tld, tld === fix]).toEqual([tld, false]);
  });
});
