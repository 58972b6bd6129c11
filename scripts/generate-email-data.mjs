// Generates the email tables in src/data:
// - disposable-domains.json: the best-known disposable-mail services, each checked against the maintained list in the
//   npm package `disposable-email-domains` (MIT), minus the real mail domains below;
// - email-real-domains.json (+ .md, its provenance per provider): real mail domains that a typo suggestion must never "correct" (hotmail.be is not a slip
//   of hotmail.de), curated by provider below and completed from the lists that validator and mailcheck ship.
// Run: node scripts/generate-email-data.mjs (or `npm run data`).
import { writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const list = new Set(require('disposable-email-domains'));
const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
// Well-known services, by hand; only those the maintained list confirms are kept.
const WELL_KNOWN = `mailinator.com yopmail.com yopmail.fr yopmail.net guerrillamail.com guerrillamail.net guerrillamail.org
guerrillamail.biz guerrillamail.de guerrillamailblock.com sharklasers.com grr.la 10minutemail.com 10minutemail.net
20minutemail.com temp-mail.org tempmailo.com throwawaymail.com trashmail.com trashmail.de trashmail.net getnada.com
nada.email maildrop.cc dispostable.com mailnesia.com mintemail.com mohmal.com fakeinbox.com mytemp.email tempr.email
discard.email spamgourmet.com spamgourmet.net mailcatch.com jetable.org speed.1s.fr mail-temporaire.fr
mailtemporaire.com trbvm.com spam4.me byom.de emailfake.com mailpoof.com inboxkitten.com burnermail.io 33mail.com
mailsac.com harakirimail.com tempinbox.com spambox.us mt2015.com wegwerfmail.de wegwerfmail.net einrot.com 0815.ru
mailexpire.com incognitomail.org anonbox.net tmpmail.org tmpmail.net spam.la 10mail.org tempemail.net cuvox.de
dayrep.com fleckens.hu gustr.com jourrapide.com rhyta.com superrito.com teleworm.us armyspy.com etranquil.com
yomail.info kasmail.com meltmail.com mailnull.com spamherelots.com trashymail.com mailmetrash.com`.split(/\s+/);
// Real mail domains, by provider: [provider, where its domains are documented, domains]. Keep it growing: a real
// domain that a suggestion "corrected" belongs here (and in src/core/email/suggestEmailDomain.test.ts).
// ISPDB: Thunderbird's ISP database, github.com/thunderbird/autoconfig ispdb/<file>.xml (MPL-2.0; read at c6ad796).
// EP: npm email-providers@2.26.0 (ISC), domains seen in the wild, with a Majestic Million rank in common.json.
// Left out: a domain far from every typo target (no rule can "correct" it) unless it is a country variant of a big
// webmail or an ISP people name; long vanity lists (mail.com's ~200 domains). Every domain weighs on the checkEmail
// bundle (6 KB budget, scripts/check-size.mjs): add one when a target comes near it, or when a user saw it "fixed".
/** Real domains that the maintained disposable list holds, each checked by hand (see the end of this script). */
const LISTED_BUT_REAL = [];

const REAL = [
  ['Google Gmail', 'ISPDB googlemail.com.xml', 'gmail.com googlemail.com google.com'],
  ['Microsoft Outlook.com (Hotmail, Live, MSN)', 'ISPDB hotmail.com.xml; hotmail.ch: seen by users, in npm free-email-domains@1.12.6', `
    hotmail.com live.com msn.com outlook.com windowslive.com passport.com livemail.tw hotmail.ch
    outlook.at outlook.be outlook.cl outlook.cz outlook.de outlook.dk outlook.es outlook.fr outlook.hu outlook.ie outlook.in
    outlook.it outlook.jp outlook.kr outlook.lv outlook.my outlook.ph outlook.pt outlook.sa outlook.sg outlook.sk
    outlook.co.id outlook.co.il outlook.co.th outlook.com.ar outlook.com.au outlook.com.br outlook.com.gr outlook.com.tr
    outlook.com.vn hotmail.be hotmail.ca hotmail.cl hotmail.cz hotmail.de hotmail.dk hotmail.es hotmail.fi hotmail.fr
    hotmail.gr hotmail.hu hotmail.it hotmail.lt hotmail.lv hotmail.my hotmail.nl hotmail.no hotmail.ph hotmail.rs hotmail.se
    hotmail.sg hotmail.sk hotmail.co.id hotmail.co.il hotmail.co.in hotmail.co.jp hotmail.co.kr hotmail.co.th hotmail.co.uk
    hotmail.co.za hotmail.com.ar hotmail.com.au hotmail.com.br hotmail.com.hk hotmail.com.tr hotmail.com.tw hotmail.com.vn
    live.at live.be live.ca live.cl live.cn live.de live.dk live.fi live.fr live.hk live.ie live.in live.it live.jp live.nl
    live.no live.ru live.se live.co.jp live.co.kr live.co.uk live.co.za live.com.ar live.com.au live.com.mx live.com.my
    live.com.ph live.com.pt live.com.sg`],
  ['Yahoo Mail', 'ISPDB yahoo.com.xml, yahoo.co.jp.xml; regional domains: EP', `
    yahoo.com yahoo.ca yahoo.de yahoo.it yahoo.fr yahoo.es yahoo.se yahoo.co.in yahoo.co.uk yahoo.co.nz yahoo.com.au
    yahoo.com.ar yahoo.com.br yahoo.com.mx ymail.com myyahoo.com rocketmail.com yahoo.co.jp yahoo.jp yahoo.in yahoo.dk
    yahoo.gr yahoo.ie yahoo.ro yahoo.co.id yahoo.co.kr yahoo.co.th yahoo.com.cn yahoo.com.hk yahoo.com.my yahoo.com.ph
    yahoo.com.sg yahoo.com.tw yahoo.com.vn y7mail.com yahoofs.com`],
  ['AOL', 'ISPDB aol.com.xml; love.com: AOL vanity domain, EP', `
    aol.com aim.com netscape.net compuserve.com cs.com wmconnect.com love.com aol.de aol.it aol.fr aol.es aol.se aol.co.uk
    aol.co.nz aol.com.au aol.com.ar aol.com.br aol.com.mx`],
  ['Apple iCloud', 'ISPDB me.com.xml', 'icloud.com me.com mac.com'],
  ['GMX, WEB.DE, mail.com, 1&1 (United Internet)', 'ISPDB gmx.net.xml, gmx.com.xml, web.de.xml, mail.com.xml, 1und1.de.xml', `
    gmx.net gmx.de gmx.at gmx.ch gmx.eu gmx.biz gmx.org gmx.info gmx.com gmx.us gmx.co.uk gmx.es gmx.fr gmx.ca gmx.it gmx.li
    gmx.ie gmx.pt gmx.se gmx.sg gmx.ph gmx.hk gmx.tw gmx.ru gmx.cn gmx.tm gmx.co.in gmx.com.br gmx.com.my gmx.com.tr web.de
    mail.com email.com uymail.com homemail.com online.de`],
  ['Deutsche Telekom, Magyar Telekom', 'ISPDB t-online.de.xml; t-online.hu: EP', 't-online.de magenta.de t-online.hu'],
  ['freenet, Vodafone Germany, mailbox.org, Posteo', 'EP; ISPDB vodafonemail.de.xml, posteo.de.xml', 'freenet.de arcor.de mailbox.org posteo.de'],
  ['Mail.ru, Yandex, Rambler', 'ISPDB mail.ru.xml, yandex.ru.xml, rambler.ru.xml', 'mail.ru inbox.ru list.ru bk.ru yandex.ru yandex.com yandex.by yandex.kz yandex.ua ya.ru rambler.ru'],
  ['Proton Mail', 'Proton\'s support pages (addresses @proton.me, @pm.me, @protonmail.com, @protonmail.ch); EP', 'proton.me pm.me protonmail.com protonmail.ch'],
  ['Tuta (Tutanota)', 'Tuta\'s help pages (address domains)', 'tuta.com tutanota.com tutanota.de tutamail.com tuta.io keemail.me'],
  ['Zoho, Fastmail, HEY, DuckDuckGo', 'ISPDB zoho.com.xml, zoho.eu.xml, zoho.in.xml; EP', 'zoho.com zohomail.com zoho.eu zoho.in fastmail.com fastmail.fm hey.com duck.com'],
  ['France: La Poste, Orange, Free, SFR, Bouygues', 'ISPDB orange.fr.xml, free.fr.xml, sfr.fr.xml; providers\' help pages; orange.com and laposte.fr: the groups\' own staff domains', `
    laposte.net laposte.fr orange.fr wanadoo.fr orange.com voila.fr free.fr aliceadsl.fr libertysurf.fr sfr.fr neuf.fr
    club-internet.fr cegetel.net noos.fr numericable.fr bbox.fr`],
  ['Belgium, Switzerland', 'ISPDB skynet.be.xml, bluewin.ch.xml; EP; providers\' help pages', `
    skynet.be proximus.be telenet.be voo.be scarlet.be bluewin.ch bluemail.ch sunrise.ch hispeed.ch`],
  ['Italy', 'ISPDB libero.it.xml, alice.it.xml, virgilio.it.xml, tim.it.xml, tiscali.it.xml; EP', 'libero.it virgilio.it alice.it tin.it tim.it tiscali.it'],
  ['Spain, Portugal', 'ISPDB sapo.pt.xml; EP; providers\' help pages', 'telefonica.net movistar.es terra.es ono.com orange.es wanadoo.es sapo.pt'],
  ['United Kingdom', 'ISPDB btinternet.com.xml, sky.com.xml, virginmedia.com.xml, ntlworld.com.xml; EP', `
    btinternet.com sky.com virginmedia.com ntlworld.com talktalk.net tiscali.co.uk orange.net wanadoo.co.uk`],
  ['United States', 'ISPDB comcast.net.xml, verizon.net.xml, att.net.xml, charter.net.xml; EP', 'comcast.net verizon.net att.net sbcglobal.net bellsouth.net cox.net charter.net'],
  ['Canada, Australia', 'ISPDB bell.net.xml, bigpond.com.xml; EP', 'shaw.ca rogers.com sympatico.ca videotron.ca bigpond.com'],
  ['Netherlands', 'ISPDB kpnmail.nl.xml, ziggo.nl.xml', 'xs4all.nl kpnmail.nl planet.nl tiscali.nl ziggo.nl home.nl'],
  ['Czechia, Poland', 'ISPDB seznam.cz.xml, tiscali.cz.xml, wp.pl.xml, o2.pl.xml, onet.pl.xml; EP', 'seznam.cz tiscali.cz wp.pl o2.pl interia.pl onet.pl op.pl vp.pl'],
  ['Korea, China', 'ISPDB naver.com.xml, qq.com.xml, 163.com.xml, 126.com.xml; EP', 'naver.com qq.com foxmail.com 163.com 126.com'],
];

// Lists that validator and mailcheck ship, read from node_modules (devDependencies): what they add is listed apart.
const validatorSource = readFileSync(require.resolve('validator/lib/normalizeEmail.js'), 'utf8');
function validatorList(name) {
  const m = new RegExp(`var ${name} = \\[([^\\]]*)\\]`).exec(validatorSource);
  if (!m) throw new Error(`generate-email-data: validator's normalizeEmail.js has no ${name} list any more; update this script`);
  return m[1].match(/'[^']+'/g).map((s) => s.slice(1, -1));
}
const SHIPPED = [
  [`validator@${version('validator')} lib/normalizeEmail.js provider lists (MIT)`, ['icloud_domains', 'outlookdotcom_domains', 'yahoo_domains', 'yandex_domains'].flatMap(validatorList)],
  [`mailcheck@${version('mailcheck')} defaultDomains (MIT)`, require('mailcheck').defaultDomains],
];

// EMAIL_DOMAINS.providers (hand-kept in email-domains.ts) are real too, and the rule reads both: they are not repeated here.
const providersSource = readFileSync(new URL('../src/data/email-domains.ts', import.meta.url), 'utf8');
const providersList = /providers:([\s'a-z0-9.+-]*),/.exec(providersSource);
if (!providersList) throw new Error('generate-email-data: src/data/email-domains.ts has no providers string any more; update this script');
const PROVIDERS = new Set(providersList[1].match(/'[^']*'/g).flatMap((q) => q.slice(1, -1).split(' ')).filter(Boolean));

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const seen = new Set();
const groups = [];
let emitted = 0;
for (const [provider, source, text] of [...REAL, ...SHIPPED.map(([source, domains]) => [`Not listed above, from ${source}`, '', domains.join(' ')])]) {
  // Grouped by first label, as the data file writes them: hotmail.be,ch,de is hotmail.be hotmail.ch hotmail.de.
  const byLabel = new Map();
  const inProviders = [];
  for (const d of text.split(/\s+/).filter(Boolean)) {
    if (!DOMAIN.test(d)) throw new Error(`generate-email-data: "${d}" (${provider}) is not a lower-case domain`);
    if (list.has(d) && !LISTED_BUT_REAL.includes(d)) throw new Error(`generate-email-data: "${d}" (${provider}) is on the disposable list; if it really is a mailbox provider, add it to LISTED_BUT_REAL`);
    if (seen.has(d)) continue;
    seen.add(d);
    if (PROVIDERS.has(d)) {
      inProviders.push(d);
      continue;
    }
    const cut = d.indexOf('.');
    byLabel.set(d.slice(0, cut), [...(byLabel.get(d.slice(0, cut)) ?? []), d.slice(cut + 1)]);
    emitted++;
  }
  // Each label's rests sorted: the lists of hotmail, outlook, live and yahoo then share long runs (co.id,co.il…).
  const entries = [...byLabel].map(([label, rests]) => `${label}.${rests.sort().join(',')}`);
  if (entries.length) groups.push({ comment: source ? `${provider} — ${source}` : provider, inProviders, entries });
}

// The table: one JSON string, grouped by first label; its provenance, provider by provider, in a Markdown file beside it.
const total = seen.size + [...PROVIDERS].filter((d) => !seen.has(d)).length;
writeFileSync(new URL('../src/data/email-real-domains.json', import.meta.url), JSON.stringify(groups.flatMap((g) => g.entries).join(' ')) + '\n');
writeFileSync(
  new URL('../src/data/email-real-domains.md', import.meta.url),
  `<!-- Generated by scripts/generate-email-data.mjs — do not edit: add domains to REAL there. Regenerate: npm run data. -->
# Real mail domains (\`email-real-domains.json\`)

Real mail domains that a typo suggestion never "corrects" and that no disposable list makes disposable: every
country variant of the big webmails, consumer ISPs, and real domains that look like slips of a big provider.
${emitted} domains here; with the providers of \`email-domains.ts\`, ${total}. The JSON is one space-separated string
grouped by first label: \`hotmail.be,ch,co.uk\` stands for hotmail.be hotmail.ch hotmail.co.uk.

Sources, named per provider below: Thunderbird's ISP database (ISPDB, github.com/thunderbird/autoconfig
\`ispdb/<file>.xml\`), providers' own help pages, npm \`email-providers@2.26.0\` (ISC; "EP" below), and the lists shipped
by \`validator\` and \`mailcheck\` (MIT). Licence: MIT (this project); domain names are facts.

| provider | sources | domains | also in \`email-domains.ts\` providers |
| --- | --- | --- | --- |
${groups.map(({ comment, inProviders, entries }) => {
    const [provider, source = ''] = comment.split(' — ');
    return `| ${provider} | ${source} | ${entries.join(' ')} | ${inProviders.join(' ')} |`;
  }).join('\n')}
`,
);
console.log(`email-real-domains: ${emitted} domains in ${groups.length} groups (${seen.size - emitted} more already in EMAIL_DOMAINS.providers)`);

// The rule never treats a real mail domain as disposable: REAL and EMAIL_DOMAINS.providers are its allowlist (fastmail.com,
// qq.com, proton.me… appear on some disposable lists). A real domain that the maintained list holds must be named in
// LISTED_BUT_REAL (none today), so that adding a throwaway service to REAL is a reviewed choice, never an accident.
const real = new Set([...seen, ...PROVIDERS]);
for (const d of real) {
  if (list.has(d) && !LISTED_BUT_REAL.includes(d)) throw new Error(`generate-email-data: "${d}" is on the disposable list; if it really is a mailbox provider, add it to LISTED_BUT_REAL`);
}
for (const d of LISTED_BUT_REAL) if (!real.has(d) || !list.has(d)) throw new Error(`generate-email-data: LISTED_BUT_REAL's "${d}" is ${real.has(d) ? 'not on the disposable list any more' : 'not a real domain of REAL or EMAIL_DOMAINS.providers'}; drop it`);
const kept = WELL_KNOWN.filter((d) => list.has(d) && !real.has(d)).sort();
// The disposable-mail domains known up front, one space-separated JSON string: the hand list above, confirmed by npm
// disposable-email-domains (MIT).
// The full list loads on demand (loadDisposableDomains).
writeFileSync(new URL('../src/data/disposable-domains.json', import.meta.url), JSON.stringify(kept.join(' ')) + '\n');
console.log(`disposable-domains: ${kept.length} well-known of ${list.size} (${LISTED_BUT_REAL.length} real domains on it, allowlisted)`);
