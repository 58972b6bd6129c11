// A React 19 controlled form with REAL keystrokes in Debian's Chromium: the jsdom test (test/react.test.ts) only
// sends untrusted events, which saisie formats at once, while a person's keystroke is formatted at the next
// animation frame. The app (test/sites/react-app.mjs: createElement, StrictMode, every input controlled,
// attach() in an effect as the README's React quick start, React's own onSubmit without preventDefault) is
// bundled here with rollup's JS API, `saisie` resolved to the built package as a user's bundler would, and served
// by test/sites/server.mjs with test/sites/react-checkout.html. No test cancels `saisie:submit`: each asserts what
// the field shows, what React's state holds, and what the server received.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { rollup, type Plugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import type { Browser, BrowserContext, Page } from 'playwright-core';
// @ts-expect-error: plain ESM script without types
import { startSitesServer } from './sites/server.mjs';
import { launchChromium } from './browser.js';

type Pair = [string, string];
interface Received { method: string; path: string; query: Pair[]; body: Pair[]; contentType: string; raw: string }
interface SitesServer { server: import('node:http').Server; base: string; received: Received[] }
interface AppState { prenom: string; nom: string; email: string; telephone: string; pays: string }
type AppWindow = Window & { __state?: AppState; __changes?: Pair[] };
type TestPage = Page & { errors: string[] };

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = new URL('./output/', import.meta.url).pathname;
const BUNDLE = 'react-app.bundle.js';
const WAIT = 5000;

let browser: Browser;
let sites: SitesServer;
let received: Received[];
const contexts: BrowserContext[] = [];
const pages: TestPage[] = [];

/** The app as a user's bundler builds it: React from node_modules, `saisie` → the built package's browser entry. */
async function bundleApp() {
  for (const file of ['dist/index.js', 'dist/saisie.css']) {
    if (!existsSync(ROOT + file)) throw new Error(`${file} is missing: run npm run build first (or wait: someone may be rebuilding)`);
  }
  const saisieAsInstalled: Plugin = {
    name: 'saisie-as-installed',
    resolveId: (id) => (id === 'saisie' ? ROOT + 'dist/index.js' : id === 'saisie/data' ? ROOT + 'dist/data/index.js' : null),
  };
  // i18n-iso-countries' language tables are JSON: json() as any bundler's JSON support.
  // What a bundler's define does: React's development build, its warnings on (they are collected below).
  const nodeEnv: Plugin = {
    name: 'node-env',
    transform: (code) => (code.includes('process.env.NODE_ENV') ? { code: code.replaceAll('process.env.NODE_ENV', '"development"'), map: null } : null),
  };
  const build = await rollup({
    input: ROOT + 'test/sites/react-app.mjs',
    plugins: [saisieAsInstalled, nodeEnv, nodeResolve({ browser: true }), commonjs(), json()],
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  });
  try {
    await build.write({ file: OUT + BUNDLE, format: 'iife', inlineDynamicImports: true, sourcemap: false });
  } finally {
    await build.close();
  }
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  await bundleApp();
  sites = (await startSitesServer(0, '127.0.0.1')) as SitesServer;
  received = sites.received;
  browser = await launchChromium();
}, 120000);
afterAll(async () => {
  await browser?.close();
  if (sites) await new Promise((r) => sites.server.close(r));
});
beforeEach(() => {
  received.length = 0;
});
afterEach(async () => {
  // No page error, no React warning (controlled/uncontrolled switch, act, key…), no console error anywhere.
  const errors = pages.splice(0).flatMap((p) => p.errors);
  await Promise.all(contexts.splice(0).map((c) => c.close()));
  expect(errors).toEqual([]);
});

/** Opens the React page in a fresh context once the app is mounted and attached (the form has novalidate). */
async function open(name: string): Promise<TestPage> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1000, height: 900 } });
  contexts.push(context);
  const page = (await context.newPage()) as TestPage;
  page.errors = [];
  pages.push(page);
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource.*404/.test(m.text())) page.errors.push(m.text());
  });
  onTestFailed(async () => {
    await page.screenshot({ path: `${OUT}react-browser-${name}.png`, fullPage: true }).catch(() => undefined);
  });
  // Counted in sessionStorage (capture phase, before any page listener): the native POST navigates to /submit.
  await context.addInitScript(() => {
    document.addEventListener('saisie:submit', (e) => {
      sessionStorage.setItem('saisieSubmitCount', String(Number(sessionStorage.getItem('saisieSubmitCount') ?? 0) + 1));
      sessionStorage.setItem('saisieDetail', JSON.stringify((e as CustomEvent).detail));
    }, { capture: true });
  });
  await page.goto(`${sites.base}/react-checkout.html`);
  await page.waitForFunction(() => (document.getElementById('signup') as HTMLFormElement | null)?.noValidate === true && !!(window as AppWindow).__state, undefined, { timeout: WAIT });
  return page;
}

/** Two animation frames and a task: a formatting waiting for its frame is written, React has committed. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));

/** What the field shows and what React's state holds for it. */
const fieldAndState = (page: Page, key: keyof AppState) =>
  page.evaluate((k) => ({ field: (document.getElementById(k) as HTMLInputElement).value, state: (window as AppWindow).__state?.[k] }), key);

/**
 * Waits until field `key` shows `shown` (when given) and React's state equals the field, then checks it still
 * does a couple of frames later (nothing pending overwrites it). Fails with both values.
 */
async function expectInStep(page: Page, key: keyof AppState, shown?: string) {
  await page
    .waitForFunction(
      ([k, want]) => {
        const value = (document.getElementById(k!) as HTMLInputElement).value;
        return (want === null || value === want) && (window as AppWindow).__state?.[k as keyof AppState] === value;
      },
      [key, shown ?? null] as const,
      { timeout: WAIT },
    )
    .catch(() => undefined);
  await frames(page);
  const now = await fieldAndState(page, key);
  if (shown !== undefined) expect(now.field, `the ${key} field`).toBe(shown);
  expect(now.state, `React's state of ${key} is what the field shows`).toBe(now.field);
}

const digits = (s: string) => s.replace(/\D/g, '');
const changesOf = (page: Page, key: string) => page.evaluate((k) => ((window as AppWindow).__changes ?? []).filter(([n]) => n === k).map(([, v]) => v), key);
const caret = (page: Page, key: string) => page.evaluate((k) => (document.getElementById(k) as HTMLInputElement).selectionStart, key);

/** Types into a field key by key, as a person does. */
async function typeInto(page: Page, key: string, text: string) {
  await page.click(`#${key}`);
  await page.keyboard.type(text);
}

const VALID = { prenom: 'Jean', nom: 'Dupont', email: 'jean.dupont@orange.fr' };
async function fillNames(page: Page) {
  await typeInto(page, 'prenom', VALID.prenom);
  await typeInto(page, 'nom', VALID.nom);
  await typeInto(page, 'email', VALID.email);
}

/** Waits until the server got a request, then until the browser shows the /submit page. */
async function expectSubmitted(page: Page, before = 0) {
  await expect.poll(() => received.length, { timeout: WAIT, message: 'a request reached /submit' }).toBeGreaterThan(before);
  await page.waitForURL(/\/submit(?:\?|$)/, { timeout: WAIT });
  await page.waitForLoadState('load');
}

const seenAfterSubmit = (page: Page) =>
  page.evaluate(() => ({
    reactSubmitCount: sessionStorage.getItem('reactSubmitCount'),
    reactSubmitState: JSON.parse(sessionStorage.getItem('reactSubmitState') ?? 'null') as AppState | null,
    saisieSubmitCount: sessionStorage.getItem('saisieSubmitCount'),
    saisieDetail: JSON.parse(sessionStorage.getItem('saisieDetail') ?? 'null') as { values?: Record<string, unknown> } | null,
  }));

describe('React 19 controlled form, real keystrokes (Chromium)', () => {
  it('the app is served, mounted under StrictMode and attached once its effects ran twice', async () => {
    const page = await open('mounted');
    expect(await page.evaluate(() => (window as AppWindow).__state)).toEqual({ prenom: '', nom: '', email: '', telephone: '', pays: 'France' });
    // StrictMode ran attach → destroy → attach: one live binding (one live region), the first one fully gone.
    expect(await page.locator('#signup').getAttribute('novalidate')).not.toBeNull();
    expect(await page.locator('.saisie-live').count()).toBe(1);
    await typeInto(page, 'email', 'jean.dupont@orange');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#email').getAttribute('aria-invalid'), { timeout: WAIT }).toBe('true');
    expect(await page.locator('.saisie-message:visible').count(), 'one message for the email, not one per attach').toBe(1);
  });

  it.each([1, 6])('typing 0612345678 key by key, CPU slowed %d×: the field shows 06 12 34 56 78 and React\'s state is exactly that', async (rate) => {
    const page = await open(`phone-typing-${rate}x`);
    if (rate > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
    await typeInto(page, 'telephone', '0612345678');
    await expectInStep(page, 'telephone', '06 12 34 56 78');
    // No digit lost or doubled on the way: every value React saw holds a prefix of what was typed, in order.
    const changes = await changesOf(page, 'telephone');
    // These were real keystrokes, formatted at their frame: React first saw the browser's raw edit ("061"), then
    // saisie's formatted write ("06 1"). Scripted input, formatted at once inside the event, never shows "061".
    expect(changes, JSON.stringify(changes)).toContain('061');
    for (const v of changes) expect('0612345678'.startsWith(digits(v)), `React saw ${JSON.stringify(v)} (all: ${JSON.stringify(changes)})`).toBe(true);
    expect(digits(changes.at(-1) ?? '')).toBe('0612345678');
    expect(await caret(page, 'telephone')).toBe('06 12 34 56 78'.length);
  });

  it('typing in the middle (caret moved with ArrowLeft) keeps the digit where it was typed and state == field', async () => {
    const page = await open('phone-middle');
    await typeInto(page, 'telephone', '06123456');
    await expectInStep(page, 'telephone', '06 12 34 56');
    // "06 12 3|4 56": four steps left of the end.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('7');
    await expectInStep(page, 'telephone', '06 12 37 45 6');
    expect(await caret(page, 'telephone'), 'the caret stays right after the 7').toBe('06 12 37'.length);
    await page.keyboard.type('8');
    await expectInStep(page, 'telephone', '06 12 37 84 56');
    expect(await caret(page, 'telephone'), 'the caret stays right after the 8').toBe('06 12 37 8'.length);
  });

  it('Backspace over a separator deletes the digit before it and keeps state == field', async () => {
    const page = await open('phone-backspace');
    await typeInto(page, 'telephone', '0612345678');
    await expectInStep(page, 'telephone', '06 12 34 56 78');
    // "06 12 34 56 |78": the caret right after the space before 78.
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    await expectInStep(page, 'telephone', '06 12 34 57 8');
    expect(await caret(page, 'telephone')).toBe('06 12 34 5'.length);
    // And Backspace at the end, quickly, several times: every digit goes exactly once.
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await expectInStep(page, 'telephone', '06 12 34');
  });

  it('a country chosen in the select by its name (Suisse) formats the number typed next for that country', async () => {
    const page = await open('phone-suisse');
    await page.selectOption('#pays', 'Suisse');
    await page.waitForFunction(() => (window as AppWindow).__state?.pays === 'Suisse', undefined, { timeout: WAIT });
    await typeInto(page, 'telephone', '0781234567');
    await expectInStep(page, 'telephone', '078 123 45 67');
    expect(await page.locator('#pays').inputValue()).toBe('Suisse');
  });

  it('an email typo (jean@gmial.com, then blur) offers jean@gmail.com; one click puts it in the field and in React\'s state', async () => {
    const page = await open('email-typo');
    await typeInto(page, 'email', 'jean@gmial.com');
    await page.keyboard.press('Tab');
    const suggestion = page.locator('.saisie-suggestion');
    await suggestion.waitFor({ timeout: WAIT });
    expect(await suggestion.textContent()).toBe('jean@gmail.com');
    await suggestion.click();
    await expectInStep(page, 'email', 'jean@gmail.com');
    await expect.poll(() => suggestion.count(), { timeout: WAIT }).toBe(0);
  });

  it('valid data: the server receives every field as shown (the formatted phone), React\'s onSubmit ran once', async () => {
    const page = await open('submit-valid');
    await fillNames(page);
    await typeInto(page, 'telephone', '0612345678');
    await expectInStep(page, 'telephone', '06 12 34 56 78');
    await page.click('button[type="submit"]');
    await expectSubmitted(page);
    expect(received).toHaveLength(1);
    expect(received[0]!.method).toBe('POST');
    expect(received[0]!.body).toEqual([
      ['prenom', 'Jean'],
      ['nom', 'Dupont'],
      ['email', 'jean.dupont@orange.fr'],
      ['telephone', '06 12 34 56 78'],
      ['pays', 'France'],
    ]);
    const seen = await seenAfterSubmit(page);
    expect(seen.reactSubmitCount, 'React\'s onSubmit ran exactly once').toBe('1');
    expect(seen.saisieSubmitCount, 'saisie:submit fired exactly once').toBe('1');
    expect(seen.reactSubmitState, 'React\'s state at submit is what was posted').toEqual({ ...VALID, telephone: '06 12 34 56 78', pays: 'France' });
    expect(seen.saisieDetail?.values?.telephone).toBe('+33612345678');
  });

  it('an invalid email: nothing reaches the server and React\'s onSubmit never runs', async () => {
    const page = await open('submit-invalid');
    await typeInto(page, 'prenom', VALID.prenom);
    await typeInto(page, 'nom', VALID.nom);
    await typeInto(page, 'email', 'jean.dupont@orange');
    await typeInto(page, 'telephone', '0612345678');
    await page.click('button[type="submit"]');
    await page.locator('.saisie-summary').waitFor({ state: 'visible', timeout: WAIT });
    // A request that would still go out after the summary shows would be a bug: give it the time to show.
    await page.waitForTimeout(400);
    expect(received).toEqual([]);
    expect(page.url()).toMatch(/\/react-checkout\.html$/);
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');
    const seen = await page.evaluate(() => ({ react: sessionStorage.getItem('reactSubmitCount'), saisie: sessionStorage.getItem('saisieSubmitCount') }));
    expect(seen).toEqual({ react: null, saisie: null });
    await expectInStep(page, 'telephone', '06 12 34 56 78');

    // Fixed, the same form goes through, once.
    await page.click('#email');
    await page.keyboard.press('End');
    await page.keyboard.type('.fr');
    await expectInStep(page, 'email', 'jean.dupont@orange.fr');
    await page.click('button[type="submit"]');
    await expectSubmitted(page);
    expect(received).toHaveLength(1);
    expect(received[0]!.body.find(([n]) => n === 'email')).toEqual(['email', 'jean.dupont@orange.fr']);
    expect((await seenAfterSubmit(page)).reactSubmitCount).toBe('1');
  });

  // At the end, the browser's own edit already reads as formatted; in the middle ("06 12 34 |67 8" + 5) it reads
  // "06 12 34 567 8" until saisie's frame (or the flush on Enter's keydown) writes "06 12 34 56 78".
  const enterCases = [
    { where: 'at the end', typed: '061234567', settled: '06 12 34 56 7', left: 0, digit: '8' },
    { where: 'in the middle', typed: '061234678', settled: '06 12 34 67 8', left: 4, digit: '5' },
  ];
  const enterRuns = enterCases.flatMap((c) => [1, 6].map((rate) => ({ ...c, rate })));
  it.each(enterRuns)('a digit typed $where and Enter pressed at once (no wait for its frame), CPU slowed $rate×: the server gets the full number with it', async ({ where, typed, settled, left, digit, rate }) => {
    const page = await open(`enter-at-once-${where.replace(/\W+/g, '-')}-${rate}x`);
    // DevTools' CPU throttling: frames come later relative to the keys, the race between them shifts.
    if (rate > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
    // For a failure message: what the field held when Enter went down (window capture: before saisie's listener).
    await page.evaluate(() =>
      window.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') sessionStorage.setItem('telAtEnter', (document.getElementById('telephone') as HTMLInputElement).value);
      }, { capture: true }),
    );
    await fillNames(page);
    await typeInto(page, 'telephone', typed);
    await expectInStep(page, 'telephone', settled);
    for (let i = 0; i < left; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(digit);
    await page.keyboard.press('Enter');
    await expectSubmitted(page);
    const seen = await seenAfterSubmit(page);
    const atEnter = await page.evaluate(() => sessionStorage.getItem('telAtEnter'));
    const context = `the field held ${JSON.stringify(atEnter)} at Enter's keydown`;
    expect(received, context).toHaveLength(1);
    expect(received[0]!.body.find(([n]) => n === 'telephone'), context).toEqual(['telephone', '06 12 34 56 78']);
    expect(seen.reactSubmitCount, 'React\'s onSubmit ran exactly once').toBe('1');
    expect(seen.reactSubmitState?.telephone, `React's state at submit is what was posted (${context})`).toBe('06 12 34 56 78');
    expect(seen.saisieDetail?.values?.telephone).toBe('+33612345678');
  });
});
