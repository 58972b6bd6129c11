// Address autocomplete as a site owner meets it: the script tag on a small French shop's delivery step
// (test/sites/boutique-checkout.html, `data-saisie-address-provider="ban"`), in Debian's Chromium, against the local
// fixture BAN (test/address-server.mjs) reached same-origin at /addr/ under the pages' CSP (default-src 'self').
// Keys alone pick a suggestion; a late answer never overwrites a newer one; a provider that fails in any way
// leaves a plain field the person types into; without a provider nothing leaves the page. No test cancels
// `saisie:submit`: each asserts what the server received at /submit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Request, Route } from 'playwright-core';
import { startAddressServer, type AddressRequest } from './address-server.mjs';
import { axeViolations, describedText, typeInto, useSites, WAIT, type Pair, type SitePage } from './sites/harness.js';

/** A page with what it did: errors (page errors, console errors other than the browser's own network log), its /addr/ requests. */
type TestPage = SitePage & { addr: Request[]; settled: Set<Request> };

const PAGE = '/boutique-checkout.html';
/** The same checkout without a provider: the form's data-saisie-address-* attributes left out as it is served. */
const withoutProvider = (html: string) => html.replace(/ data-saisie-address-(?:provider|url)="[^"]*"/g, '');
const PAIX = '12 Rue de la Paix 75002 Paris';
// The shop's own best-practice gaps (no <main> landmark) are its markup, not saisie's, so only the WCAG rules run.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let provider: Awaited<ReturnType<typeof startAddressServer>>;
let requests: AddressRequest[];

// Started before the sites server (which proxies /addr/ to it), closed after it.
beforeAll(async () => {
  provider = await startAddressServer();
  requests = provider.requests;
});
afterAll(async () => {
  await provider?.close();
});
beforeEach(() => {
  requests.length = 0;
});
const site = useSites({ proxy: () => ({ '/addr/': `${provider.url}/` }) });

const isAddr = (url: string) => new URL(url).pathname.startsWith('/addr/');

/**
 * Opens a page of test/sites/ in a fresh French context; records page errors and the page's /addr/ requests;
 * `route`, when given, handles those requests first (to rewrite them to a misbehaving mode of the fixture server);
 * `rewrite` serves the page's HTML changed.
 */
async function open(path: string, { route, rewrite }: { route?: (r: Route) => unknown; rewrite?: (html: string) => string } = {}): Promise<TestPage> {
  const addr: Request[] = [];
  const settled = new Set<Request>();
  const page = await site.open(path, {
    locale: 'fr-FR',
    routes: route ? { '**/addr/**': route } : {},
    rewrite,
    // The browser's own log line for a failed provider request is not saisie's (that is what the tests provoke).
    ignoreConsole: (m) => {
      const from = m.location().url || 'http://x/';
      return /^Failed to load resource/.test(m.text()) && (isAddr(from) || new URL(from).pathname === '/favicon.ico');
    },
    watch: (p) => {
      p.on('request', (r) => (isAddr(r.url()) ? addr.push(r) : undefined));
      p.on('requestfinished', (r) => settled.add(r));
      p.on('requestfailed', (r) => settled.add(r));
    },
  });
  // With a provider, saisie makes the address line a combobox once attached.
  if (await page.$('form[data-saisie-address-provider]')) await page.waitForSelector('#address1[role="combobox"]', { state: 'attached', timeout: WAIT });
  await page.evaluate(() => {
    const w = window as unknown as { chosen: unknown[]; violations: string[] };
    w.chosen = [];
    w.violations = [];
    // What saisie says it filled, and any request the CSP refused (a provider reached past 'self').
    document.addEventListener('saisie:address', (e) => w.chosen.push(JSON.parse(JSON.stringify((e as CustomEvent).detail))), { capture: true });
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return Object.assign(page, { addr, settled });
}

/**
 * Types the city, then the postal code. Typed the other way round, saisie's fill of an empty city from the code
 * (75002 → Paris, from its local table) could land between the person's keys; a city typed first is the
 * person's and is never overwritten.
 */
async function typeCityAndPostcode(page: Page) {
  await typeInto(page, '#city', 'Paris');
  await typeInto(page, '#postcode', '75002');
}

/** The address line's combobox state: expanded, the listbox's options and visibility, the live region's text. */
const listState = (page: Page) =>
  page.$eval('#address1', (input) => {
    const id = input.getAttribute('aria-controls');
    const list = id ? document.getElementById(id) : null;
    const status = list?.parentElement?.querySelector('[role="status"]');
    return {
      role: input.getAttribute('role'),
      expanded: input.getAttribute('aria-expanded'),
      listRole: list?.getAttribute('role') ?? null,
      listVisible: !!list && (list as HTMLElement).checkVisibility(),
      options: list ? Array.from(list.querySelectorAll('[role="option"]')).map((o) => o.textContent?.trim() ?? '') : [],
      active: input.getAttribute('aria-activedescendant') ? document.getElementById(input.getAttribute('aria-activedescendant')!)?.textContent?.trim() ?? null : null,
      status: status?.textContent?.trim() ?? '',
      statusLive: status?.getAttribute('aria-live') ?? null,
    };
  });

const confirmed = (page: Page) =>
  page.evaluate(() => Object.fromEntries(['address1', 'address2', 'postcode', 'city', 'id_country'].map((id) => [id, document.getElementById(id)?.getAttribute('data-saisie-confirmed') ?? null])));
const values = (page: Page) =>
  page.evaluate(() => Object.fromEntries(['firstname', 'lastname', 'address1', 'address2', 'postcode', 'city', 'id_country'].map((id) => [id, (document.getElementById(id) as HTMLInputElement).value])));

/** Waits until the page's every /addr/ request so far has its answer or failure (then lets the page handle it). */
async function addrSettled(page: TestPage) {
  await expect.poll(() => page.addr.length > 0 && page.addr.every((r) => page.settled.has(r)), { timeout: WAIT }).toBe(true);
  await page.waitForTimeout(200);
}

/** Clicks the submit button and waits for the server to receive the form (its one POST); returns its body. */
async function submit(page: TestPage): Promise<Pair[]> {
  const request = await site.submit(page, 'button[type="submit"]');
  expect(site.received).toHaveLength(1);
  expect(request.method).toBe('POST');
  return request.body;
}

/** Types `typed` into the address line key by key, waits for the list, arrows down to `wanted` and presses Enter. */
async function choose(page: TestPage, typed: string, wanted: string, expected: string[], { axe = false } = {}) {
  await page.click('#address1');
  await page.keyboard.type(typed);
  await expect.poll(async () => (await listState(page)).expanded, { timeout: WAIT, message: `no list opened for "${typed}"` }).toBe('true');
  const open = await listState(page);
  expect(open).toMatchObject({ role: 'combobox', listRole: 'listbox', listVisible: true, options: expected, active: null, statusLive: 'polite' });
  expect(open.status).toBe(expected.length === 1 ? '1 adresse suggérée' : `${expected.length} adresses suggérées`);
  if (axe) expect(await axeViolations(page, WCAG)).toEqual([]);
  const index = expected.indexOf(wanted);
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  expect((await listState(page)).active).toBe(wanted);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await confirmed(page)).city, { timeout: WAIT }).toBe('address');
}

describe('address suggestions through the script tag (boutique-checkout.html, fixture BAN at /addr/ban)', () => {
  it('keys alone: typing shows a listbox (axe-core clean while open), ArrowDown + Enter fills line, postal code and city; the server receives them', async () => {
    const page = await open(PAGE);
    await choose(page, '12 rue de la pa', PAIX, ['12 Rue de la Roquette 75011 Paris', PAIX, '12 Rue de la Pompe 75116 Paris'], { axe: true });
    expect(await values(page)).toMatchObject({ address1: '12 Rue de la Paix', postcode: '75002', city: 'Paris', id_country: 'FR', address2: '' });
    expect(await confirmed(page)).toEqual({ address1: 'address', address2: null, postcode: 'address', city: 'address', id_country: null });
    expect(await listState(page)).toMatchObject({ expanded: 'false', listVisible: false, options: [], active: null });
    const chosen = await page.evaluate(() => (window as unknown as { chosen: Array<{ suggestion: { label: string }; address: unknown }> }).chosen);
    expect(chosen.map((c) => [c.suggestion.label, c.address])).toEqual([[PAIX, { country: 'FR', addressLines: ['12 Rue de la Paix'], postalCode: '75002', locality: 'Paris', region: 'Paris' }]]);
    // Enter chose; it did not submit the form, nor try to (saisie would have blocked it: a summary, invalid fields).
    expect(site.received).toEqual([]);
    expect(await page.evaluate(() => ({
      summary: Array.from(document.querySelectorAll('.saisie-summary')).some((s) => (s as HTMLElement).checkVisibility()),
      invalid: Array.from(document.querySelectorAll('[aria-invalid="true"]')).map((el) => el.id),
    }))).toEqual({ summary: false, invalid: [] });
    // What reached the provider: the address line's text and the list size, nothing else of the form.
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r.path).toBe('/ban/search/');
      expect(Object.keys(r.query).sort()).toEqual(['autocomplete', 'limit', 'q']);
    }
    expect(requests.at(-1)!.query.q).toBe('12 rue de la pa');

    await typeInto(page, '#firstname', 'Camille');
    await typeInto(page, '#lastname', 'Durand');
    await typeInto(page, '#address2', 'Bâtiment B, 3e étage');
    expect(await describedText(page, '#city')).toBe('');
    expect(await submit(page)).toEqual([
      ['firstname', 'Camille'],
      ['lastname', 'Durand'],
      ['address1', '12 Rue de la Paix'],
      ['address2', 'Bâtiment B, 3e étage'],
      ['postcode', '75002'],
      ['city', 'Paris'],
      ['id_country', 'FR'],
      ['confirm-addresses', '1'],
    ]);
    expect(page.errors).toEqual([]);
  });

  it('a slow first answer that comes after a later one never overwrites the list nor the text', async () => {
    // The first search is answered after 2 s (the fixture server's /slow/2000/ mode), the later ones at once.
    let first: Promise<void> | undefined;
    const page = await open(PAGE, {
      route: async (route) => {
        if (first) return route.continue();
        const slow = new URL(route.request().url());
        slow.pathname = slow.pathname.replace(/^\/addr\//, '/addr/slow/2000/');
        first = (async () => {
          const response = await route.fetch({ url: slow.href, timeout: 15000 });
          // A request the page has aborted meanwhile can no longer be answered: that is one right outcome too.
          await route.fulfill({ response }).catch(() => undefined);
        })();
        await first;
      },
    });
    await page.click('#address1');
    await page.keyboard.type('12 rue');
    await expect.poll(() => requests.filter((r) => r.delay === 2000).map((r) => r.query.q), { timeout: WAIT }).toEqual(['12 rue']);
    // While that answer is on its way, the person types on: a second search starts and is answered first.
    await page.keyboard.type(' de la pai');
    await expect.poll(async () => (await listState(page)).options, { timeout: WAIT }).toEqual([PAIX]);
    expect(requests.filter((r) => r.delay === 0).map((r) => r.query.q)).toContain('12 rue de la pai');
    // The slow answer (four addresses for "12 rue") now reaches the browser, or finds its request given up
    // (saisie aborts a superseded search: the page then saw net::ERR_ABORTED); either way it must change nothing.
    expect(first).toBeDefined();
    await first;
    await addrSettled(page);
    expect(await listState(page)).toMatchObject({ expanded: 'true', listVisible: true, options: [PAIX], status: '1 adresse suggérée' });
    expect(await page.inputValue('#address1')).toBe('12 rue de la pai');
    expect(await confirmed(page)).toEqual({ address1: null, address2: null, postcode: null, city: null, id_country: null });
    expect(await values(page)).toMatchObject({ postcode: '', city: '' });
    expect(page.errors).toEqual([]);
  });

  // The provider misbehaves in every way the fixture server can: the person types the address by hand.
  describe.each([
    ['HTTP 500', 'status/500'],
    ['HTTP 429 with Retry-After', 'status/429'],
    ['connection reset', 'reset'],
    ['an HTML error page with status 200', 'html'],
    ['JSON cut in the middle', 'truncated'],
    ['JSON of the wrong shape', 'wrong-shape'],
  ])('provider down: %s', (_name, mode) => {
    it('no list, no message on the address field, and the form posts exactly what was typed', async () => {
      const page = await open(PAGE, {
        route: (route) => {
          const url = new URL(route.request().url());
          url.pathname = url.pathname.replace(/^\/addr\//, `/addr/${mode}/`);
          return route.continue({ url: url.href });
        },
      });
      await typeInto(page, '#firstname', 'Camille');
      await typeInto(page, '#lastname', 'Durand');
      await typeInto(page, '#address1', '12 rue de la Paix');
      // The search did go out, to the misbehaving provider, and its failure reached the page.
      await expect.poll(() => requests.map((r) => [r.mode, r.query.q]).at(-1), { timeout: WAIT }).toEqual([mode, '12 rue de la Paix']);
      await addrSettled(page);
      expect(await listState(page)).toMatchObject({ expanded: 'false', listVisible: false, options: [], status: '' });
      expect(await describedText(page, '#address1')).toBe('');
      expect(await page.getAttribute('#address1', 'aria-invalid')).not.toBe('true');
      await typeCityAndPostcode(page);
      expect(await describedText(page, '#address1')).toBe('');
      expect(await confirmed(page)).toEqual({ address1: null, address2: null, postcode: null, city: null, id_country: null });
      expect(await submit(page)).toEqual([
        ['firstname', 'Camille'],
        ['lastname', 'Durand'],
        ['address1', '12 rue de la Paix'],
        ['address2', ''],
        ['postcode', '75002'],
        ['city', 'Paris'],
        ['id_country', 'FR'],
        ['confirm-addresses', '1'],
      ]);
      expect(page.errors).toEqual([]);
    });
  });

  it('free typing after choosing: the edited address line is no longer confirmed, and the typed value is posted', async () => {
    const page = await open(PAGE);
    await choose(page, '12 rue de la pai', PAIX, [PAIX]);
    expect(await confirmed(page)).toMatchObject({ address1: 'address', postcode: 'address', city: 'address' });
    // The person corrects the house number: 12 → 14.
    await page.click('#address1');
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Delete');
    await page.keyboard.type('14');
    expect(await page.inputValue('#address1')).toBe('14 Rue de la Paix');
    // Only the field the person edited is theirs again; the postal code and city stay as the suggestion filled them.
    expect(await confirmed(page)).toEqual({ address1: null, address2: null, postcode: 'address', city: 'address', id_country: null });
    // Its search ("14 Rue de la Paix" has no match) settles without reopening a list.
    await expect.poll(() => requests.map((r) => r.query.q), { timeout: WAIT }).toContain('14 Rue de la Paix');
    await addrSettled(page);
    expect(await listState(page)).toMatchObject({ expanded: 'false', listVisible: false });
    expect(await page.inputValue('#address1')).toBe('14 Rue de la Paix');
    await typeInto(page, '#firstname', 'Camille');
    await typeInto(page, '#lastname', 'Durand');
    expect(await submit(page)).toEqual([
      ['firstname', 'Camille'],
      ['lastname', 'Durand'],
      ['address1', '14 Rue de la Paix'],
      ['address2', ''],
      ['postcode', '75002'],
      ['city', 'Paris'],
      ['id_country', 'FR'],
      ['confirm-addresses', '1'],
    ]);
    expect(page.errors).toEqual([]);
  });
});

describe('no provider: nothing leaves the page', () => {
  it('on the same checkout without data-saisie-address-provider, typing an address sends nothing to /addr/ (nor anywhere else)', async () => {
    const page = await open(PAGE, { rewrite: withoutProvider });
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== site.base || !/^\/(?:saisie\/|submit$|boutique-checkout\.html$|plain-post\.css$)/.test(url.pathname)) elsewhere.push(r.url());
    });
    await typeInto(page, '#firstname', 'Camille');
    await typeInto(page, '#lastname', 'Durand');
    await typeInto(page, '#address1', '12 rue de la pa');
    // Long past the 250 ms debounce a provider would wait before searching.
    await page.waitForTimeout(1500);
    await page.keyboard.type('ix');
    await page.waitForTimeout(1500);
    expect(page.addr.map((r) => r.url())).toEqual([]);
    expect(requests).toEqual([]);
    expect(elsewhere).toEqual([]);
    // A request to another origin would be refused by the page's CSP before any network: caught here instead.
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(page.errors).toEqual([]);
    expect(await page.getAttribute('#address1', 'role')).toBeNull();
    expect(await page.$$eval('[role="listbox"]', (l) => l.length)).toBe(0);
    await typeCityAndPostcode(page);
    expect(await submit(page)).toEqual([
      ['firstname', 'Camille'],
      ['lastname', 'Durand'],
      ['address1', '12 rue de la paix'],
      ['address2', ''],
      ['postcode', '75002'],
      ['city', 'Paris'],
      ['id_country', 'FR'],
      ['confirm-addresses', '1'],
    ]);
    expect(page.addr.map((r) => r.url())).toEqual([]);
    expect(requests).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
