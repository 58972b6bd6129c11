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

// Real mail domains that a suggestion must never "correct", by the country whose people use them (issue 8: hotmail.be
// was "fixed" to hotmail.de, outlook.es to outlook.fr, orange.es to orange.fr…). Keep it growing: every real domain that
// a user saw "fixed" goes here, and into REAL in scripts/generate-email-data.mjs with its source.
const REAL_BY_COUNTRY: Record<string, string> = {
  worldwide: `gmail.com googlemail.com hotmail.com outlook.com live.com msn.com yahoo.com ymail.com rocketmail.com myyahoo.com
    aol.com aim.com love.com icloud.com me.com mac.com mail.com email.com gmx.com gmx.net zoho.com zohomail.com protonmail.com
    proton.me pm.me tutanota.com tuta.io fastmail.com fastmail.fm hey.com duck.com yandex.com`,
  FR: `hotmail.fr outlook.fr live.fr yahoo.fr aol.fr gmx.fr orange.fr wanadoo.fr free.fr sfr.fr neuf.fr bbox.fr laposte.net
    laposte.fr orange.com numericable.fr club-internet.fr aliceadsl.fr voila.fr noos.fr cegetel.net libertysurf.fr`,
  BE: 'hotmail.be outlook.be live.be skynet.be telenet.be proximus.be voo.be scarlet.be',
  CH: 'hotmail.ch gmx.ch bluewin.ch bluemail.ch sunrise.ch hispeed.ch protonmail.ch',
  DE: 'hotmail.de outlook.de live.de yahoo.de aol.de gmx.de web.de t-online.de magenta.de freenet.de online.de arcor.de posteo.de mailbox.org tutanota.de',
  AT: 'gmx.at outlook.at live.at hotmail.at',
  IT: 'hotmail.it outlook.it live.it yahoo.it aol.it gmx.it libero.it virgilio.it alice.it tiscali.it tin.it tim.it',
  ES: 'hotmail.es outlook.es live.es yahoo.es aol.es gmx.es telefonica.net movistar.es terra.es ono.com orange.es wanadoo.es',
  PT: 'sapo.pt outlook.pt hotmail.pt gmx.pt live.com.pt',
  GB: 'hotmail.co.uk live.co.uk yahoo.co.uk aol.co.uk btinternet.com sky.com virginmedia.com ntlworld.com talktalk.net tiscali.co.uk',
  IE: 'outlook.ie live.ie yahoo.ie hotmail.ie gmx.ie',
  NL: 'hotmail.nl live.nl ziggo.nl xs4all.nl kpnmail.nl planet.nl home.nl tiscali.nl',
  Nordics: 'hotmail.se live.se yahoo.se hotmail.dk outlook.dk live.dk yahoo.dk hotmail.no live.no hotmail.fi live.fi',
  'Central Europe': 'seznam.cz hotmail.cz outlook.cz tiscali.cz wp.pl o2.pl onet.pl interia.pl op.pl hotmail.hu t-online.hu hotmail.sk',
  'Russia and neighbours': 'mail.ru inbox.ru list.ru bk.ru yandex.ru ya.ru rambler.ru yandex.by yandex.kz yandex.ua',
  US: 'comcast.net verizon.net att.net sbcglobal.net bellsouth.net cox.net charter.net earthlink.net optonline.net',
  CA: 'hotmail.ca live.ca yahoo.ca shaw.ca rogers.com sympatico.ca videotron.ca telus.net',
  'Latin America': 'hotmail.com.br outlook.com.br yahoo.com.br hotmail.com.ar yahoo.com.ar live.com.mx yahoo.com.mx hotmail.cl',
  'Australia and New Zealand': 'hotmail.com.au yahoo.com.au bigpond.com optusnet.com.au xtra.co.nz yahoo.co.nz',
  Asia: 'qq.com foxmail.com 163.com 126.com naver.com yahoo.co.jp hotmail.co.jp yahoo.co.in hotmail.co.in yahoo.com.sg hotmail.com.tw',
};
const REAL_DOMAINS = Object.values(REAL_BY_COUNTRY).flatMap((list) => list.split(/\s+/).filter(Boolean));

describe('suggestEmailDomain', () => {
  it(`never corrects a real mail domain (${REAL_DOMAINS.length} of them)`, () => {
    expect(REAL_DOMAINS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(REAL_DOMAINS).size).toBe(REAL_DOMAINS.length);
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
