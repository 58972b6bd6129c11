// Real-browser tests: the demo pages in Debian's Chromium, driven by playwright-core; axe-core finds no violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
// @ts-expect-error: plain ESM script without types
import { serveDemo } from '../scripts/serve-demo.mjs';
import { axeViolations, launchChromium } from './browser.js';

const OUT = new URL('./output/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

let server: Server;
let browser: Browser;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  server = await serveDemo(0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60000);
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(base + path);
  await page.waitForFunction(() => (window as unknown as { Saisie?: unknown }).Saisie !== undefined);
  (page as unknown as { errors: string[] }).errors = errors;
  return page;
}
const describedMessage = (page: Page, selector: string) =>
  page.$eval(selector, (el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((m) => m?.classList.contains('saisie-message'))
      .map((m) => m!.textContent)
      .join(''),
  );
/** Fills the signup demo's fields with Marie Dupont's valid details (the civility left as it is). */
async function fillSignup(page: Page): Promise<void> {
    await page.fill('#given-name', 'Marie');
    await page.fill('#family-name', 'Dupont');
    await page.fill('#email', 'marie.dupont@orange.fr');
    await page.click('#tel');
    await page.keyboard.type('0612345678');
    await page.fill('#address-line1', '12 rue de la Paix');
    await page.fill('#postal-code', '75002');
    await page.fill('#city', 'Paris');
}
const axe = axeViolations;

describe('signup demo in Chromium', () => {
  it('formats the phone as typed and keeps the caret when editing mid-number', async () => {
    const page = await open('/');
    await page.click('#tel');
    await page.keyboard.type('0612345678');
    await expect.poll(() => page.inputValue('#tel')).toBe('06 12 34 56 78'); // formatted by the next frame
    // Put the caret after "06 1" and type a digit: it lands there, and the caret follows it.
    await page.$eval('#tel', (el: HTMLInputElement) => el.setSelectionRange(4, 4));
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.inputValue('#tel')).toBe('06 23 45 67 8'); // formatted by the next frame
    await page.keyboard.type('9');
    await expect.poll(() => page.inputValue('#tel')).toBe('06 92 34 56 78'); // formatted by the next frame
    expect(await page.$eval('#tel', (el: HTMLInputElement) => el.selectionStart)).toBe(4); // right after the 9
    await page.screenshot({ path: OUT + 'signup-phone.png', fullPage: true });
    expect((page as unknown as { errors: string[] }).errors.join('\n')).toBe('');
    await page.close();
  });
  it('suggests an email typo on blur and applies it with one click', async () => {
    const page = await open('/');
    await page.fill('#email', 'jean.dupont@gmial.com');
    await page.press('#email', 'Tab');
    const suggestion = page.locator('.saisie-suggestion');
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toBe('jean.dupont@gmail.com');
    expect(await page.inputValue('#email')).toBe('jean.dupont@gmial.com');
    await page.screenshot({ path: OUT + 'signup-email-typo.png', fullPage: true });
    await suggestion.click();
    expect(await page.inputValue('#email')).toBe('jean.dupont@gmail.com');
    await page.close();
  });
  it('submit: errors block with a focused summary, warnings ask once, success carries normalized values', async () => {
    const page = await open('/');
    await page.click('button[type=submit]');
    await page.locator('.saisie-summary:focus').waitFor();
    expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
    expect(await describedMessage(page, '#email')).not.toBe('');
    await page.screenshot({ path: OUT + 'signup-errors.png', fullPage: true });
    expect(await axe(page)).toEqual([]);

    await page.selectOption('#civility', 'M.');
    await fillSignup(page);
    await page.click('button[type=submit]');
    await page.locator('.saisie-summary--warnings:focus').waitFor();
    expect(await page.getAttribute('#email', 'aria-invalid')).toBeNull();
    await page.screenshot({ path: OUT + 'signup-warning.png', fullPage: true });
    expect(await axe(page)).toEqual([]);

    // The form really submits (GET to thanks.html): the query is what the server got, as typed (no replaceValues).
    await page.waitForTimeout(600); // the person reads the warning (a click sooner is the second of a double-click)
    await Promise.all([page.waitForURL(/\/thanks\.html\?/), page.click('button[type=submit]')]);
    const received = Object.fromEntries(new URL(page.url()).searchParams);
    expect(received).toMatchObject({ email: 'marie.dupont@orange.fr', tel: '06 12 34 56 78', 'postal-code': '75002', 'given-name': 'Marie' });
    expect(JSON.parse((await page.textContent('#received'))!)).toEqual(received);
    const sent = JSON.parse((await page.textContent('#result'))!);
    expect(sent.values).toMatchObject({ email: 'marie.dupont@orange.fr', tel: '+33612345678', 'postal-code': '75002' });
    expect(sent.issues['given-name'].map((i: { code: string }) => i.code)).toEqual(['civility.mismatch']);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
  it('checkout: shipping and billing sections follow their own country', async () => {
    const page = await open('/checkout.html');
    await page.selectOption('#ship-country', 'GB', { force: true }); // the select sits hidden behind the country combobox
    await page.fill('#ship-postal', 'sw1a2aa');
    await page.press('#ship-postal', 'Tab');
    await page.fill('#bill-postal', 'sw1a2aa');
    await page.press('#bill-postal', 'Tab');
    expect(await page.getAttribute('#ship-postal', 'aria-invalid')).toBeNull();
    expect(await page.getAttribute('#bill-postal', 'aria-invalid')).toBe('true');
    expect(await describedMessage(page, '#bill-postal')).toMatch(/postal/i);
    await page.screenshot({ path: OUT + 'checkout.png', fullPage: true });
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
  // Last but one: it stops the demo's saisie-server.
  it("verification: with the demo's saisie-server a domain without MX shows its message after typing; stopped, the form still submits and navigates", async () => {
    const verification = (server as unknown as { verification?: { stop(): Promise<void> } }).verification;
    expect(verification).toBeDefined(); // dist/server.js built, test/dns-server.mjs beside the demo
    let page = await open('/');
    await page.click('#email');
    await page.keyboard.type('marie@boite-sans-mx.fr');
    await expect.poll(() => describedMessage(page, '#email'), { timeout: 5000 }).toContain('No mail server receives email at boite-sans-mx.fr');
    expect(await page.getAttribute('#email', 'aria-invalid')).toBeNull();
    await page.screenshot({ path: OUT + 'signup-verify-no-mx.png', fullPage: true });
    expect(await axe(page)).toEqual([]);
    // The switch off: nothing is sent, and no such message.
    await page.uncheck('input[name=verify]');
    const sent: string[] = [];
    page.on('request', (r) => (new URL(r.url()).pathname.startsWith('/verify/') ? sent.push(r.url()) : undefined));
    await page.fill('#email', '');
    await page.click('#email');
    await page.keyboard.type('jean@boite-sans-mx.fr');
    await page.press('#email', 'Tab');
    await page.waitForTimeout(1200); // past the pause and the debounce: a verification would have gone
    expect(sent).toEqual([]);
    expect(await describedMessage(page, '#email')).toBe('');
    await page.close();

    await verification!.stop();
    page = await open('/');
    await fillSignup(page);
    // The submit waits for the pending verifications (at most 3 s), which now fail (502, retried), then goes.
    await Promise.all([page.waitForURL(/\/thanks\.html\?/, { timeout: 15000 }), page.click('button[type=submit]')]).catch(async (e) => {
      const shown = await page.evaluate(() => [document.querySelector('.saisie-summary')?.textContent, ...Array.from(document.querySelectorAll('.saisie-message'), (m) => m.textContent)].join(' | '));
      throw new Error(`no navigation from ${page.url()}; the page shows: ${shown}`, { cause: e });
    });
    expect(new URL(page.url()).searchParams.get('email')).toBe('marie.dupont@orange.fr');
    // The browser logs the 502s of the stopped server; nothing else went wrong.
    expect((page as unknown as { errors: string[] }).errors.filter((e) => !/status of 502/.test(e))).toEqual([]);
    await page.close();
  });
  it('sends no request beyond the page and its own assets', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
  });
});
