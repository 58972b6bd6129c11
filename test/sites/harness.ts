// The harness the Chromium tests on test/sites/ share: the sites server (test/sites/server.mjs) and Debian's Chromium
// started once a file, a fresh context a page, the page's errors collected, saisie waited for, every saisie:submit
// recorded (never cancelled), and what a submit came to: the server got the form, or saisie's summary showed.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, ConsoleMessage, Page, Route } from 'playwright-core';
// @ts-expect-error: plain ESM script without types
import { startSitesServer } from './server.mjs';
import { launchChromium } from '../browser.js';

/** A [name, value] pair of a query string or a form body. */
export type Pair = [string, string];
/** One request to /submit as the sites server recorded it (`query` and `body` as pairs, in order). */
export interface Received { method: string; path: string; query: Pair[]; body: Pair[]; contentType: string; raw: string }
/** What startSitesServer resolves with. */
export interface SitesServer { server: import('node:http').Server; base: string; received: Received[] }
/** A page with the errors it raised: uncaught errors and console errors the test does not ignore. */
export type SitePage = Page & { errors: string[] };
/** How a submit ended: the server got a request, saisie's summary showed, or neither within WAIT. */
export type Outcome = 'submitted' | 'blocked' | 'nothing';
/** What a submit left in sessionStorage: the page's own listener's count, saisie:submit's count, detail and the form's names. */
export interface SubmitSeen { pageSubmitRan: string | null; saisieSubmitCount: string | null; detail: { values?: Record<string, unknown> } | null; names: string[] }

/** How long a test waits for anything the page does. */
export const WAIT = 5000;
// Read on first use: only the tests that run axe-core need it.
let axeSource: string | undefined;

/** The browser's own log line for a 404 (a resource the test does not serve): not an error of the page's. */
export const isNotFoundLog = (m: ConsoleMessage): boolean => /Failed to load resource.*404/.test(m.text());

/** Collects the page's uncaught errors and console errors (less those `ignore` accepts) into the array it returns. */
export function watchErrors(page: Page, ignore: (m: ConsoleMessage) => boolean = isNotFoundLog): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !ignore(m)) errors.push(m.text());
  });
  return errors;
}

/** Waits for window.Saisie; if it never comes, says whether /saisie/saisie.min.js was served at all. */
export async function waitForSaisie(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { Saisie?: unknown }).Saisie !== undefined, undefined, { timeout: WAIT }).catch(async (e) => {
    const status = await page.evaluate(() => fetch('/saisie/saisie.min.js').then((r) => r.status)).catch(() => 'unknown');
    throw status === 200 ? e : new Error(`/saisie/saisie.min.js answers ${status}: dist/ is missing or being rebuilt (npm run build, or SAISIE_DIST=<a build>)`);
  });
}

/** Records every saisie:submit (count, detail, the names the form sends) in sessionStorage, without cancelling it. */
export async function recordSaisieSubmit(page: Page): Promise<void> {
  await page.evaluate(() => {
    // Capture phase at the document: heard even if the event does not bubble, and before any page listener.
    // Kept in sessionStorage too: a native submit navigates to /submit, and the test reads them there.
    document.addEventListener('saisie:submit', (e) => {
      const form = e.target as HTMLFormElement;
      const detail = (e as CustomEvent).detail;
      (window as unknown as { detail: unknown }).detail = detail;
      sessionStorage.setItem('saisieSubmitCount', String(Number(sessionStorage.getItem('saisieSubmitCount') ?? 0) + 1));
      try {
        sessionStorage.setItem('saisieDetail', JSON.stringify(detail));
      } catch (err) {
        sessionStorage.setItem('saisieDetail', JSON.stringify({ unserializable: String(err) }));
      }
      // The names the browser will send (the submitter aside): what detail.values must at least hold.
      sessionStorage.setItem('saisieNames', JSON.stringify([...new Set(new FormData(form).keys())]));
    }, { capture: true });
  });
}

/** After a native submit, on the /submit page: what the page's submit listener and recordSaisieSubmit recorded. */
export const seenAfterSubmit = (page: Page): Promise<SubmitSeen> =>
  page.evaluate(() => ({
    pageSubmitRan: sessionStorage.getItem('pageSubmitRan'),
    saisieSubmitCount: sessionStorage.getItem('saisieSubmitCount'),
    detail: JSON.parse(sessionStorage.getItem('saisieDetail') ?? 'null'),
    names: JSON.parse(sessionStorage.getItem('saisieNames') ?? '[]'),
  }));

/** Clears a field and types into it key by key, as a person does (as-you-type formatting runs). */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.press('Control+KeyA');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Whether a saisie summary shows (false once the page has navigated away). */
export const summaryVisible = (page: Page): Promise<boolean> =>
  page.evaluate(() => Array.from(document.querySelectorAll('.saisie-summary')).some((s) => (s as HTMLElement).checkVisibility())).catch(() => false);

/** The visible text of the elements named by aria-describedby on the elements `selector` matches; throws if it matches none. */
export const describedText = (page: Page, selector: string): Promise<string> =>
  page.$$eval(selector, (els, sel) => {
    if (!els.length) throw new Error(`describedText: nothing matches ${sel}`);
    return els
      .flatMap((el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean))
      .map((id) => document.getElementById(id))
      .filter((m): m is HTMLElement => !!m && m.checkVisibility())
      .map((m) => m.textContent?.trim() ?? '')
      .join(' ')
      .trim();
  }, selector);

/** axe-core's violations on the page as it is now, `id (nodes): targets` each; only the rules of `tags` when given. */
export async function axeViolations(page: Page, tags?: string[]): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Through evaluate: the pages' CSP (default-src 'self') refuses an inline <script>.
  await page.evaluate(axeSource);
  return page.evaluate(async (values) => {
    type Axe = { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
    const r = await (window as unknown as { axe: Axe }).axe.run(document, values ? { runOnly: { type: 'tag', values } } : {});
    return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, tags);
}

/** How `Sites.open` serves and opens a page. */
export interface OpenOptions {
  /** The browser's language (navigator.languages). */
  locale?: string;
  /** The viewport's height (its width is 1000). */
  height?: number;
  /** Serves 404 for /saisie/data/: a site that copied saisie.min.js without its data folder. */
  noData?: boolean;
  /** Serves the page's HTML rewritten (the same page with an attribute less); throws if it changes nothing. */
  rewrite?: (html: string) => string;
  /** More routes of the context, by URL glob (to answer or rewrite some requests). */
  routes?: Record<string, (route: Route) => unknown>;
  /** Console errors that are not the page's (default: the browser's 404 log lines). */
  ignoreConsole?: (m: ConsoleMessage) => boolean;
  /** Called before the page loads, to listen to its requests from the first. */
  watch?: (page: SitePage) => void;
}

/** The sites server and the browser of a test file, and what the file does with them. */
export interface Sites {
  /** The browser, launched once for the file. */
  readonly browser: Browser;
  /** The server's base URL (http://127.0.0.1:port). */
  readonly base: string;
  /** The requests to /submit since the test began. */
  readonly received: Received[];
  /** Opens `path` of test/sites/ in a fresh context (closed after the test); waits for saisie unless the path says `nosaisie`. */
  open(path: string, options?: OpenOptions): Promise<SitePage>;
  /** Waits until the server got more than `before` requests (submitted) or a saisie summary shows (blocked). */
  outcome(page: Page, before?: number): Promise<Outcome>;
  /** Fails, with what the page shows, unless the submit came to `wanted`. */
  expectOutcome(page: Page, wanted: Outcome, before?: number): Promise<void>;
  /** Clicks `button`, expects the server to get the form, and returns that request. */
  submit(page: Page, button: string): Promise<Received>;
  /** What the page shows, for failure messages: URL, summary, each field's state and message, what the server got. */
  diagnose(page: Page): Promise<string>;
}

/**
 * Registers the file's hooks: the sites server and Chromium started before all tests (`proxy`, read then, maps
 * path prefixes to other servers, see server.mjs), the received requests cleared before each, its contexts closed after.
 */
export function useSites({ proxy }: { proxy?: () => Record<string, string> } = {}): Sites {
  let browser: Browser | undefined;
  let server: SitesServer | undefined;
  const contexts: BrowserContext[] = [];
  const started = () => {
    if (!browser || !server) throw new TypeError('saisie tests: useSites() is used before its beforeAll ran (call it at the top of the file)');
    return { browser, server };
  };

  beforeAll(async () => {
    server = (await startSitesServer(0, '127.0.0.1', { proxy: proxy?.() ?? {} })) as SitesServer;
    browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.server.close(r) : r(undefined)));
  });
  beforeEach(() => {
    if (server) server.received.length = 0;
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  const sites: Sites = {
    get browser() {
      return started().browser;
    },
    get base() {
      return started().server.base;
    },
    get received() {
      return started().server.received;
    },

    async open(path, { locale = 'en-US', height = 900, noData = false, rewrite, routes = {}, ignoreConsole, watch } = {}) {
      const context = await sites.browser.newContext({ locale, viewport: { width: 1000, height } });
      contexts.push(context);
      if (noData) await context.route('**/saisie/data/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
      for (const [glob, handler] of Object.entries(routes)) await context.route(glob, handler);
      let unchanged = false;
      if (rewrite) {
        await context.route((url) => url.pathname === path.split('?')[0], async (route) => {
          const response = await route.fetch();
          const served = await response.text();
          const body = rewrite(served);
          unchanged ||= body === served;
          await route.fulfill({ response, body });
        });
      }
      const page = (await context.newPage()) as SitePage;
      page.errors = watchErrors(page, ignoreConsole);
      watch?.(page);
      await page.goto(sites.base + path);
      if (unchanged) throw new TypeError(`saisie tests: the rewrite of ${path} changed nothing (the page no longer holds what the test rewrites)`);
      if (!path.includes('nosaisie')) await waitForSaisie(page);
      await recordSaisieSubmit(page);
      return page;
    },

    async outcome(page, before = 0) {
      const received = sites.received;
      const end = Date.now() + WAIT;
      while (Date.now() < end) {
        if (received.length > before) break;
        if (await summaryVisible(page)) {
          await page.waitForTimeout(400); // a request that still goes out after the summary would be a bug: let it show
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      if (received.length > before) {
        await page.waitForURL(/\/submit(?:\?|$)/, { timeout: WAIT });
        await page.waitForLoadState('load');
        return 'submitted';
      }
      return (await summaryVisible(page)) ? 'blocked' : 'nothing';
    },

    async expectOutcome(page, wanted, before = 0) {
      const got = await sites.outcome(page, before);
      if (got !== wanted) expect.fail(`expected the submit to be ${wanted}, it was ${got}: ${await sites.diagnose(page)}`);
    },

    async submit(page, button) {
      const before = sites.received.length;
      await page.click(button);
      await sites.expectOutcome(page, 'submitted', before);
      return sites.received.at(-1)!;
    },

    async diagnose(page) {
      const state = await page
        .evaluate(() => ({
          url: location.href,
          summary: Array.from(document.querySelectorAll('.saisie-summary')).map((s) => ({
            visible: (s as HTMLElement).checkVisibility(),
            text: (s as HTMLElement).innerText,
            links: Array.from(s.querySelectorAll('a')).map((a) => `${a.getAttribute('href')}${document.querySelector(a.getAttribute('href') || '#-') ? '' : ' (MISSING)'}`),
          })),
          fields: Array.from(document.querySelectorAll('form [name]'))
            .filter((el) => el.getAttribute('aria-invalid') || el.getAttribute('aria-describedby'))
            .map((el) => {
              const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
              return `${el.getAttribute('name')} invalid=${el.getAttribute('aria-invalid')} msg=${JSON.stringify(ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '))}`;
            }),
          values: Array.from(document.querySelectorAll<HTMLInputElement>('form input[name], form select[name], form textarea[name]'), (el) => `${el.name}=${JSON.stringify(el.value)}`),
          pageSubmitRan: (window as unknown as { pageSubmitRan?: number }).pageSubmitRan,
        }))
        .catch((e) => ({ error: String(e) }));
      return JSON.stringify({ ...state, received: sites.received.map((r) => ({ method: r.method, body: r.body, query: r.query })) }, null, 1);
    },
  };
  return sites;
}
