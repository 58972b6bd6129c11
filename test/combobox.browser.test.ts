// The country combobox in Debian's Chromium: a bundle of the sources built at run time (esbuild, test/output/),
// a French checkout page of test/sites/ served under a strict CSP; keyboard alone picks the country in the
// site's hidden <select>, which is what the form posts; axe-core finds no violation with the listbox open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import { axeViolations, watchErrors, type SitePage } from './sites/harness.js';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = new URL('./output/', import.meta.url).pathname;
const BUNDLE = `${OUT}country-combobox.bundle.js`;
mkdirSync(OUT, { recursive: true });

// What the script tag will do once wired: attach with the country combobox, over the browser tables and loader.
const ENTRY = `
import { attach } from '../src/dom/attach.js';
import { countryCombobox } from '../src/dom/countryCombobox.js';
import { createTables } from '../src/defaults.js';
import { loadData } from '../src/data/index.js';
const tables = createTables({ load: loadData });
const handle = attach(document.getElementById('f'), { plugins: [countryCombobox(tables, { preferred: ['FR', 'BE', 'CH'] })] }, tables);
window.Saisie = { handle };
`;

let server: Server;
let browser: Browser;
let base: string;
const posted: string[] = [];

beforeAll(async () => {
  await build({
    stdin: { contents: ENTRY, resolveDir: `${ROOT}test`, loader: 'ts', sourcefile: 'country-combobox.entry.ts' },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    outfile: BUNDLE,
    logLevel: 'silent',
    // attach's lazy address plugin is not this test's business (and may be mid-work in the tree).
    plugins: [{ name: 'no-address', setup: (b) => b.onResolve({ filter: /addressAutocomplete\.js$/ }, (a) => ({ path: a.path, external: true })) }],
  });
  const files: Record<string, [string, string]> = {
    '/': [`${ROOT}test/sites/country-combobox.html`, 'text/html; charset=utf-8'],
    '/saisie.css': [`${ROOT}src/dom/saisie.css`, 'text/css; charset=utf-8'],
    '/output/country-combobox.bundle.js': [BUNDLE, 'text/javascript; charset=utf-8'],
  };
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/submit') {
      let body = '';
      req.on('data', (c) => (body += String(c)));
      req.on('end', () => {
        posted.push(body);
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>ok</title><p>ok</p>');
      });
      return;
    }
    const file = files[path];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file[1], 'Content-Security-Policy': "default-src 'self'", 'Cache-Control': 'no-store' }).end(readFileSync(file[0]));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60000);
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function open(): Promise<SitePage> {
  const page = (await browser.newPage({ locale: 'fr-FR' })) as SitePage;
  page.errors = watchErrors(page);
  await page.goto(`${base}/`);
  await page.waitForFunction(() => (window as unknown as { Saisie?: unknown }).Saisie !== undefined);
  // The names arrive lazily: the input shows the select's country in French once they are in.
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('.saisie-country-input')?.value === 'France');
  return page;
}

describe('country combobox in Chromium', () => {
  it('keyboard alone: "allem" + Enter puts DE in the select, and the form posts it', async () => {
    const page = await open();
    await page.keyboard.press('Tab'); // city
    await page.keyboard.press('Tab'); // the country combobox, in the select's place
    expect(await page.evaluate(() => document.activeElement?.classList.contains('saisie-country-input'))).toBe(true);
    expect(await page.$eval('#country', (s) => (s as HTMLSelectElement).hidden)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('allem');
    await page.waitForSelector('.saisie-listbox [role="option"]');
    expect(await page.$$eval('.saisie-listbox [role="option"]', (o) => o.map((li) => li.textContent))).toEqual(['Allemagne']);
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval('.saisie-country-input', (i) => i.getAttribute('aria-activedescendant'))).toMatch(/^saisie-listbox-\d+-0$/);
    await page.keyboard.press('Enter');
    expect(await page.$eval('#country', (s) => (s as HTMLSelectElement).value)).toBe('DE');
    expect(await page.$eval('.saisie-country-input', (i) => (i as HTMLInputElement).value)).toBe('Allemagne');
    expect(posted).toEqual([]); // Enter on an option chose it, it did not submit
    await page.keyboard.press('Enter'); // the list is closed: Enter submits, as on any text field
    await page.waitForURL(/\/submit$/);
    expect(posted.at(-1)).toBe('city=&country=DE');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('axe-core finds no violation with the listbox open, and the listbox sits under the input', async () => {
    const page = await open();
    await page.focus('.saisie-country-input');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('.saisie-listbox:not([hidden]) [role="option"]');
    expect(await page.$$eval('.saisie-listbox [role="option"]', (o) => o.slice(0, 3).map((li) => li.textContent))).toEqual(['France', 'Belgique', 'Suisse']);
    expect(await page.$eval('.saisie-country-input', (i) => i.getAttribute('aria-expanded'))).toBe('true');
    const box = await page.evaluate(() => {
      const i = document.querySelector('.saisie-country-input')!.getBoundingClientRect();
      const l = document.querySelector('.saisie-listbox')!.getBoundingClientRect();
      return { below: l.top >= i.bottom - 1, start: Math.abs(l.left - i.left) < 2 };
    });
    expect(box).toEqual({ below: true, start: true });
    await page.screenshot({ path: `${OUT}country-combobox-open.png` });
    expect(await axeViolations(page)).toEqual([]);
    // A click on an option chooses it (the pointer path).
    await page.click('.saisie-listbox [role="option"]:nth-child(3)');
    expect(await page.$eval('#country', (s) => (s as HTMLSelectElement).value)).toBe('CH');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('saisie-country-input'))).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('RTL: the listbox opens under the input from its inline start (the right)', async () => {
    const page = await open();
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    await page.focus('.saisie-country-input');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForSelector('.saisie-listbox:not([hidden]) [role="option"]');
    expect(await page.$eval('.saisie-country-input', (i) => i.hasAttribute('aria-activedescendant'))).toBe(false);
    const box = await page.evaluate(() => {
      const i = document.querySelector('.saisie-country-input')!.getBoundingClientRect();
      const l = document.querySelector('.saisie-listbox')!.getBoundingClientRect();
      return { below: l.top >= i.bottom - 1, end: Math.abs(l.right - i.right) < 2 };
    });
    expect(box).toEqual({ below: true, end: true });
    await page.close();
  });
});
