// Email provider tables, hand-curated (no npm package lists European consumer mailbox providers with their
// look-alikes): webmail providers people in France and Europe actually use, known slips, and TLD slips. The real
// domains a suggestion never corrects are in email-real-domains.json (generated). Licence: MIT (this project).
// Regenerate: edit by hand; keep entries lower-case, and never make a slip of a real domain.

/** saisie's own email tables besides the generated ones (real domains, disposable services): see EmailTables. */
export const EMAIL_DOMAINS = {
  /** Consumer mailbox providers, space-separated, most used first (typo suggestions prefer earlier entries on a tie). */
  providers:
    'gmail.com hotmail.fr yahoo.fr orange.fr outlook.fr hotmail.com wanadoo.fr free.fr sfr.fr laposte.net ' +
    'live.fr yahoo.com outlook.com icloud.com bbox.fr neuf.fr aol.com msn.com live.com zoho.com gmx.fr ' +
    'gmx.de gmx.net web.de t-online.de freenet.de libero.it virgilio.it alice.it tiscali.it yahoo.it ' +
    'hotmail.it yahoo.es hotmail.es telefonica.net yahoo.de hotmail.de yahoo.co.uk hotmail.co.uk ' +
    'btinternet.com sky.com proton.me protonmail.com mail.ru yandex.ru seznam.cz wp.pl onet.pl o2.pl ' +
    'telenet.be skynet.be bluewin.ch sapo.pt ziggo.nl yahoo.ca me.com mac.com aol.fr numericable.fr ' +
    'club-internet.fr cegetel.net aliceadsl.fr noos.fr voila.fr mail.com email.com gmx.com gmx.at gmx.ch ' +
    'hey.com fastmail.com tutanota.com posteo.de duck.com pm.me ymail.com rocketmail.com comcast.net ' +
    'verizon.net att.net qq.com 163.com 126.com naver.com',

  /** Providers that typos are corrected towards: the big ones, where a near miss is almost surely a slip. */
  typoTargets: 45,

  /**
   * Domains people type for a provider that accepts no mail there. gmail.co stays: Gmail has no .co domain (the
   * slip is the missing "m"). Gone because they are real mail domains: orange.com and laposte.fr (the groups' staff),
   * and sfr.com (SFR's own domain: doubtful, so no suggestion).
   */
  knownSlips: {
    'gmail.fr': 'gmail.com',
    'gmail.co': 'gmail.com',
    'gmail.con': 'gmail.com',
    'icloud.fr': 'icloud.com',
    'wanadoo.com': 'wanadoo.fr',
    'free.com': 'free.fr',
  },

  /** Top-level domains that do not exist but are typed for one that does (never a real one: om, gr, bet are out). */
  tldSlips: {
    con: 'com', cmo: 'com', ocm: 'com', cpm: 'com', vom: 'com', xom: 'com', comm: 'com', coom: 'com', cim: 'com', clm: 'com',
    nte: 'net', ner: 'net', nett: 'net', met: 'net',
    ogr: 'org', orgg: 'org', prg: 'org',
    fe: 'fr', frr: 'fr', ffr: 'fr', rf: 'fr', dr: 'fr',
    ed: 'de', dee: 'de', iy: 'it', itt: 'it', ees: 'es',
  },

  /** Generic top-level domains accepted as a whole domain (`test@org`); any two-letter ccTLD is accepted too. */
  bareTlds: ['com', 'net', 'org', 'edu', 'gov', 'int', 'mil', 'info', 'biz', 'museum'],

  /** Reserved by RFC 2606 / RFC 6761: never deliverable. */
  reservedTlds: ['test', 'example', 'invalid', 'localhost', 'local'],

  /** Local parts that reach a role or a team rather than a person (English and French), space-separated. */
  roleLocalParts:
    'admin administrateur abuse accounts accueil billing bonjour bureau commercial compta comptabilite ' +
    'contact direction equipe facturation hello help hostmaster info infos information jobs marketing ' +
    'newsletter no-reply noreply office postmaster presse press recrutement rh sales sav secretariat ' +
    'service-client serviceclient support team ventes webmaster',
};
