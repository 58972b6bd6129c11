// Verification as a site owner meets it: the script tag on a plain POST signup form we did not design
// (test/sites/plain-post.html) with `data-saisie-verify-url`, in Debian's Chromium, against the built saisie-server
// (dist/server.js) reached same-origin at /verify/ and resolving mail domains with the local DNS fixture
// (test/dns-server.mjs). No test cancels `saisie:submit`: each asserts what the server received at /submit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { demoZones, startDnsServer } from './dns-server.mjs';
import { axeViolations, describedText, typeInto, useSites, WAIT, type SitePage } from './sites/harness.js';
import { startSaisieServer } from '../dist/server.js';

type Server = { port: number; close(): Promise<boolean> };
let dns: Awaited<ReturnType<typeof startDnsServer>>;
let verify: Server;
let stoppedPort = 0; // a port where a verification server was and is no more
const PAGE = '/plain-post.html';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

beforeAll(async () => {
  dns = await startDnsServer({ zones: demoZones });
  verify = (await startSaisieServer({ port: 0, dnsServers: [dns.address], dnsTimeoutMs: 500, log: false, rateLimit: false })) as Server;
  const gone = (await startSaisieServer({ port: 0, dnsServers: [dns.address], log: false })) as Server;
  stoppedPort = gone.port;
  await gone.close();
});
afterAll(async () => {
  await verify?.close();
  await dns?.close();
});
const site = useSites({ proxy: () => ({ '/verify/': `http://127.0.0.1:${verify.port}/`, '/verify-stopped/': `http://127.0.0.1:${stoppedPort}/` }) });

/** The plain form with a verification endpoint (strict when asked); its /verify/ requests recorded. */
async function open({ strict = false, url = '/verify/v1/verify' } = {}): Promise<SitePage & { asked: Request[] }> {
  const asked: Request[] = [];
  const page = await site.open(PAGE, {
    rewrite: (html) => html.replace('<form id="signup" data-saisie', `<form id="signup" data-saisie data-saisie-verify-url="${url}"${strict ? ' data-saisie-verify-strictness="strict"' : ''}`),
    // The browser's own log line for a verification request that failed (what some tests provoke) is not the page's.
    ignoreConsole: (m) => /^Failed to load resource/.test(m.text()),
    watch: (p) => p.on('request', (r) => (new URL(r.url()).pathname.startsWith('/verify') ? asked.push(r) : undefined)),
  });
  return Object.assign(page, { asked });
}

/** Fills the form's required fields (not the email) so that only the email decides. */
async function fillRest(page: SitePage): Promise<void> {
  await page.fill('#name', 'Marie Dupont');
  await page.check('input[name=plan][value=pro]');
  await page.check('#terms');
}
const emailMessage = (page: SitePage) => describedText(page, '#email');

describe('verification through the script tag, on a plain POST form', () => {
  it('a domain without MX shows its message after typing; the person may still send it, as typed', async () => {
    const page = await open();
    await fillRest(page);
    await typeInto(page, '#email', 'marie@boite-sans-mx.fr');
    await expect.poll(() => emailMessage(page), { timeout: WAIT }).toContain('No mail server receives email at boite-sans-mx.fr');
    expect(await page.getAttribute('#email', 'aria-invalid')).toBeNull(); // a warning: the site did not ask for strict
    expect(await axeViolations(page, WCAG)).toEqual([]);
    const body = JSON.parse(page.asked.at(-1)!.postData()!);
    expect(body).toMatchObject({ kind: 'email', value: 'marie@boite-sans-mx.fr' });
    await page.click('button[type=submit]'); // warnings ask once
    await site.expectOutcome(page, 'blocked');
    await page.waitForTimeout(600); // the person reads the warning (a click sooner is the second of a double-click)
    const got = await site.submit(page, 'button[type=submit]');
    expect(got.body).toContainEqual(['email', 'marie@boite-sans-mx.fr']);
    expect(page.errors).toEqual([]);
  });

  it('a domain that does not exist says so; with strictness "strict" it blocks', async () => {
    const page = await open({ strict: true });
    await fillRest(page);
    await typeInto(page, '#email', 'marie@exemple-sans-mx.fr');
    await page.press('#email', 'Tab');
    await expect.poll(() => emailMessage(page), { timeout: WAIT }).toContain('The domain exemple-sans-mx.fr does not exist');
    expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
    await page.click('button[type=submit]');
    await site.expectOutcome(page, 'blocked');
    await page.click('button[type=submit]');
    await site.expectOutcome(page, 'blocked');
    expect(site.received).toEqual([]);
  });

  it('a valid address shows nothing and posts; a verified value is not asked again', async () => {
    const page = await open();
    await fillRest(page);
    await typeInto(page, '#email', 'marie@orange.fr');
    await page.press('#email', 'Tab');
    await expect.poll(() => page.asked.length, { timeout: WAIT }).toBeGreaterThan(0);
    const before = page.asked.length;
    const got = await site.submit(page, 'button[type=submit]');
    expect(got.body).toContainEqual(['email', 'marie@orange.fr']);
    expect(page.asked.length).toBe(before); // the submit reused the verdict
  });

  it('with the verification server down, the form still submits, at once, as typed', async () => {
    const page = await open({ url: '/verify-down/v1/verify' }); // nothing answers there (404 from the sites server)
    await fillRest(page);
    await typeInto(page, '#email', 'marie@orange.fr');
    const got = await site.submit(page, 'button[type=submit]');
    expect(got.body).toContainEqual(['email', 'marie@orange.fr']);
  });

  it('with the verification server stopped (connections refused, retried), the form posts after the bounded wait', async () => {
    const page = await open({ url: '/verify-stopped/v1/verify' });
    await fillRest(page);
    await typeInto(page, '#email', 'marie@orange.fr');
    const got = await site.submit(page, 'button[type=submit]');
    expect(got.body).toContainEqual(['email', 'marie@orange.fr']);
    expect(page.asked.length).toBeGreaterThan(0);
  });

  it('a DNS that never answers gives unknown (after the server\'s DNS deadline): nothing shows and the form posts', async () => {
    const page = await open();
    await fillRest(page);
    await typeInto(page, '#email', 'marie@dns-lent.fr');
    const got = await site.submit(page, 'button[type=submit]');
    expect(got.body).toContainEqual(['email', 'marie@dns-lent.fr']);
    expect(await page.locator('.saisie-summary').count()).toBe(0);
  });

  it('without data-saisie-verify-url nothing is sent anywhere', async () => {
    const asked: string[] = [];
    const page = await site.open(PAGE, { watch: (p) => p.on('request', (r) => asked.push(r.url())) });
    await fillRest(page);
    await typeInto(page, '#email', 'marie@boite-sans-mx.fr');
    await page.press('#email', 'Tab');
    await site.submit(page, 'button[type=submit]');
    expect(asked.filter((u) => !u.startsWith(site.base))).toEqual([]);
    expect(asked.filter((u) => new URL(u).pathname.startsWith('/verify'))).toEqual([]);
  });
});
