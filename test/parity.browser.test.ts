// The same signup journeys on the demo's three builds of one form (the script tag on demo/index.html, saisie/react on
// demo/signup-react.html, saisie/vue on demo/signup-vue.html), in Chromium: at every step each field shows the same
// messages (and aria-invalid), and the submit carries the same normalized values. Nothing here cancels a submit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
// @ts-expect-error: plain ESM script without types
import { serveDemo } from '../scripts/serve-demo.mjs';
import { axeViolations, launchChromium } from './browser.js';

const OUT = new URL('./output/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });
const PAGES = { 'script tag': '/', React: '/signup-react.html', Vue: '/signup-vue.html' } as const;

let server: Server;
let browser: Browser;
let base: string;
beforeAll(async () => {
  server = await serveDemo(0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60000);
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

const axe = axeViolations;

type Shown = Record<string, { message: string; invalid: boolean }>;
/** What each named control of the form shows: the text of the messages its aria-describedby names, and aria-invalid. */
const shown = (page: Page): Promise<Shown> =>
  page.$$eval('#signup [name]', (els) => {
    const out: Record<string, { message: string; invalid: boolean }> = {};
    for (const el of els as HTMLInputElement[]) {
      if (el.type === 'radio' || el.type === 'hidden') continue;
      const message = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)).filter((m) => m?.classList.contains('saisie-message')).map((m) => m!.textContent).join(' | ');
      out[el.name] = { message, invalid: el.getAttribute('aria-invalid') === 'true' };
    }
    // The summary a stopped submit shows at the top of the form (heading, hint, one link per problem).
    const summary = document.querySelector('#signup .saisie-summary:not([hidden])');
    out['(summary)'] = { message: summary ? Array.from(summary.querySelectorAll('h2, p:not([hidden]), li')).map((e) => e.textContent).join(' | ') : '', invalid: false };
    return out;
  });
/** Waits until what the fields show stops changing (lazy tables, verifiers, the pause after typing), then returns it. */
async function settled(page: Page): Promise<Shown> {
  let last = JSON.stringify(await shown(page));
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const now = JSON.stringify(await shown(page));
    if (now === last) return JSON.parse(now);
    last = now;
  }
  return JSON.parse(last);
}
const suggestionOf = (page: Page, name: string) =>
  page.$eval(`[name="${name}"]`, (el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/).find((id) => document.getElementById(id)?.querySelector('.saisie-suggestion')) ?? '');

/** The journeys, on one page; returns what every step showed and what the submit carried. */
async function journey(path: string, label: string): Promise<{ steps: Record<string, Shown>; values: unknown; tel: { value: string; caret: number | null } }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  await page.goto(base + path);
  await page.waitForSelector('#signup #email');
  await page.uncheck('input[name="verify"]'); // the journeys are the page's own rules: nothing is sent
  await page.waitForTimeout(100);
  const steps: Record<string, Shown> = {};

  // A typo suggestion, applied.
  await page.click('#email');
  await page.keyboard.type('marie.dupont@gmial.com');
  await page.waitForTimeout(1000); // the person pauses, still in the field: advice shows after the pause
  steps['typo after a pause'] = await settled(page);
  await page.keyboard.press('Tab');
  steps['email typo'] = await settled(page);
  await page.click(`#${await suggestionOf(page, 'email')} .saisie-suggestion`);
  await expect.poll(() => page.inputValue('#email')).toBe('marie.dupont@gmail.com');
  steps['suggestion applied'] = await settled(page);

  // Phone formatting, with an edit in the middle of the number.
  await page.click('#tel');
  await page.keyboard.type('061234567');
  await expect.poll(() => page.inputValue('#tel')).toBe('06 12 34 56 7');
  await page.$eval('#tel', (el: HTMLInputElement) => el.setSelectionRange(3, 3));
  await page.keyboard.type('8');
  await expect.poll(() => page.inputValue('#tel')).toBe('06 81 23 45 67');
  const tel = { value: await page.inputValue('#tel'), caret: await page.$eval('#tel', (el: HTMLInputElement) => el.selectionStart) };
  await page.keyboard.press('Tab');
  steps['phone'] = await settled(page);

  // A civility that does not fit the first name.
  await page.selectOption('#civility', 'M.');
  await page.click('#given-name');
  await page.keyboard.type('Marie');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dupont');
  await page.keyboard.press('Tab');
  steps['civility warning'] = await settled(page);

  // An invalid postal code, then the right one.
  await page.fill('#address-line1', '12 rue de la Paix');
  await page.click('#city');
  await page.keyboard.type('Paris');
  await page.click('#postal-code');
  await page.keyboard.type('7500');
  await page.keyboard.press('Tab');
  steps['invalid postal code'] = await settled(page);
  await page.click('#postal-code');
  await page.keyboard.press('End');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  steps['postal code fixed'] = await settled(page);

  // A conditional field, shown: its required error blocks the submit.
  await page.check('#for-company');
  await page.waitForSelector('#organization');
  await page.click('#signup button[type="submit"]');
  steps['submit with the company field empty'] = await settled(page);
  // Hidden again: the submit asks once about the warning, the second goes through.
  await page.uncheck('#for-company');
  await page.waitForSelector('#organization', { state: 'detached' });
  steps['company field hidden'] = await settled(page);
  // A double-click: the first click asks about the warning, the second (read nothing yet) does not submit.
  await page.dblclick('#signup button[type="submit"]');
  steps['submit with a warning'] = await settled(page);
  expect(page.url()).toBe(base + path);
  await page.screenshot({ path: `${OUT}parity-${label}.png`, fullPage: true });
  await page.waitForTimeout(600); // the person reads the warning, then confirms
  await Promise.all([page.waitForURL(/\/thanks\.html/), page.click('#signup button[type="submit"]')]);
  const values = await page.evaluate(() => JSON.parse(sessionStorage.getItem('saisie-demo:submit') ?? 'null')?.values);
  // thanks.html shows what it got: the query (what the server receives) and the normalized values.
  expect(await page.textContent('#result')).toContain('+33681234567');
  expect(await page.textContent('#received')).toContain('marie.dupont@gmail.com');
  if (label === 'script-tag') {
    await page.screenshot({ path: `${OUT}thanks.png`, fullPage: true });
    expect(await axe(page)).toEqual([]);
  }
  expect(errors).toEqual([]);
  await page.close();
  return { steps, values, tel };
}

describe('the same signup form through the script tag, React and Vue (demo pages)', () => {
  const runs: Record<string, Awaited<ReturnType<typeof journey>>> = {};
  for (const [label, path] of Object.entries(PAGES)) {
    it(`${label}: the journeys run to a submit`, async () => {
      runs[label] = await journey(path, label.replace(/\s/g, '-'));
    }, 120000);
  }
  it('what the script tag shows and submits, React and Vue show and submit too', () => {
    const script = runs['script tag']!;
    expect(script, 'the script-tag run finished').toBeDefined();
    writeFileSync(`${OUT}parity.json`, JSON.stringify(runs, null, 2)); // what each page showed, step by step
    // The journeys did what they say, on the script tag's page (the reference):
    expect(script.steps['typo after a pause']!.email!.message).toContain('gmail.com');
    expect(script.steps['email typo']!.email!.message).toContain('gmail.com');
    expect(script.steps['suggestion applied']!.email!.message).toBe('');
    expect(script.tel).toEqual({ value: '06 81 23 45 67', caret: 4 });
    expect(script.steps['civility warning']!['given-name']!.message).toMatch(/Mme/);
    expect(script.steps['invalid postal code']!['postal-code']).toMatchObject({ invalid: true });
    expect(script.steps['postal code fixed']!['postal-code']!.message).toBe('');
    expect(script.steps['submit with the company field empty']!.organization).toMatchObject({ invalid: true });
    expect(script.steps['company field hidden']!.organization).toBeUndefined();
    expect(script.steps['submit with the company field empty']!['(summary)']!.message).toBe('There is a problem | Company name: This field is required.');
    expect(script.steps['submit with a warning']!['(summary)']!.message).toMatch(/^Please check before you continue \| If these are right, submit again\. \| First name: “M\.” does not usually go with Marie/);
    expect(script.values).toMatchObject({ email: 'marie.dupont@gmail.com', tel: '+33681234567', civility: 'M.', 'given-name': 'Marie', 'postal-code': '75002' });
    for (const other of ['React', 'Vue']) {
      expect(runs[other], `the ${other} run finished`).toBeDefined();
      for (const step of Object.keys(script.steps)) expect(runs[other]!.steps[step], `${other}, step "${step}"`).toEqual(script.steps[step]);
      expect(runs[other]!.tel, `${other}: the phone edit`).toEqual(script.tel);
      expect(runs[other]!.values, `${other}: the submitted values`).toEqual(script.values);
    }
  });
});

describe('IME composition in the phone field, with a re-render in the middle (script tag, React, Vue)', () => {
  const finals: Record<string, unknown> = {};
  for (const [label, path] of Object.entries(PAGES)) {
    it(`${label}: nothing is written while composing; the committed digits are formatted`, async () => {
      const page = await browser.newPage();
      await page.goto(base + path);
      await page.waitForSelector('#signup #tel');
      await page.click('#tel');
      const cdp = await page.context().newCDPSession(page);
      const during: string[] = [];
      for (const text of ['０', '０６', '０６１', '０６１２']) {
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
        if (text.length === 2) await page.evaluate(() => (document.getElementById('for-company') as HTMLInputElement).click()); // the form re-renders
        during.push(await page.inputValue('#tel'));
      }
      expect(during).toEqual(['０', '０６', '０６１', '０６１２']);
      await cdp.send('Input.insertText', { text: '０６１２' });
      await page.keyboard.type('345678');
      await expect.poll(() => page.inputValue('#tel')).toBe('06 12 34 56 78');
      await page.keyboard.press('Tab');
      finals[label] = await settled(page);
      await page.close();
    });
  }
  it('all three end the same', () => {
    expect(finals.React).toEqual(finals['script tag']);
    expect(finals.Vue).toEqual(finals['script tag']);
  });
});

describe('the React and Vue demo pages', () => {
  for (const [label, path] of [['React', '/signup-react.html'], ['Vue', '/signup-vue.html']] as const) {
    it(`${label}: under the CSP, no error, axe finds no violation with messages showing`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
      const response = await page.goto(base + path);
      expect(response!.headers()['content-security-policy']).toMatch(/default-src 'self'/);
      await page.waitForSelector('#signup #email');
      await page.click('#signup button[type="submit"]');
      await page.waitForSelector('.saisie-message');
      await page.screenshot({ path: `${OUT}signup-${label.toLowerCase()}.png`, fullPage: true });
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
  for (const [label, path] of [['script tag', '/'], ['React', '/signup-react.html'], ['Vue', '/signup-vue.html']] as const) {
    it(`${label}: with the demo's saisie-server, a domain without MX and an unknown address say so after the person leaves the field`, async () => {
      const page = await browser.newPage();
      const asked: string[] = [];
      page.on('request', (r) => (r.url().includes('/verify/') ? asked.push(r.postData() ?? '') : undefined));
      await page.goto(base + path);
      await page.waitForSelector('#signup #email');
      await page.click('#email');
      await page.keyboard.type('marie@boite-sans-mx.fr');
      await page.keyboard.press('Tab');
      const message = (name: string) => page.$eval(`[name="${name}"]`, (el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(''));
      await expect.poll(() => message('email'), { timeout: 15000 }).toContain('No mail server receives email at boite-sans-mx.fr');
      await page.fill('#address-line1', '99 rue qui n’existe pas');
      await page.fill('#city', 'Paris');
      await page.fill('#postal-code', '75002');
      await page.keyboard.press('Tab');
      await expect.poll(() => asked.some((b) => b.includes('"kind":"address"')), { timeout: 15000 }).toBe(true);
      expect(asked.find((b) => b.includes('"kind":"address"'))).toContain('99 rue qui n’existe pas, 75002 Paris');
      await expect.poll(() => message('address-line1'), { timeout: 15000 }).not.toBe('');
      await page.close();
    });
  }
  it('the rules playground: under the CSP, the rules answer as typed, no error, axe finds no violation', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    const response = await page.goto(base + '/playground.html');
    expect(response!.headers()['content-security-policy']).toMatch(/default-src 'self'/);
    await page.fill('#email', 'jean@gmial.com');
    await expect.poll(() => page.textContent('#email-out')).toContain('jean@gmail.com');
    await page.fill('#phone', '0612345678');
    await expect.poll(() => page.textContent('#phone-out')).toContain('+33612345678');
    await page.screenshot({ path: `${OUT}playground.png`, fullPage: true });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
