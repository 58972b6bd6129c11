// saisie as a site owner meets it: the script tag on markup we did not design (a plain POST signup, WooCommerce's
// classic checkout, Bootstrap's checkout example, the README quick start, a form a framework re-renders), in
// Debian's Chromium. No test cancels `saisie:submit`: each asserts what the server received, and what the page saw.
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describedText, seenAfterSubmit, typeInto, useSites, WAIT, type Pair } from './sites/harness.js';

const OUT = new URL('./output/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

const site = useSites();
const { open, outcome, expectOutcome, diagnose } = site;

/** Before any navigation, on the page itself: whether its submit listener ran, and how often saisie:submit fired. */
const seenOnPage = (page: Page) =>
  page.evaluate(() => ({
    pageSubmitRan: (window as unknown as { pageSubmitRan?: number }).pageSubmitRan ?? null,
    saisieSubmitCount: sessionStorage.getItem('saisieSubmitCount'),
  }));

const ariaInvalid = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.some((el) => el.getAttribute('aria-invalid') === 'true'));
/** The summary's links that point at an element `selector` matches (with their text), and links to nothing. */
const summaryLinks = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('.saisie-summary a'));
    const target = (a: HTMLAnchorElement) => {
      const href = a.getAttribute('href') ?? '';
      return href.startsWith('#') && href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
    };
    return {
      toField: links.filter((a) => target(a)?.matches(sel)).map((a) => a.textContent?.trim() ?? ''),
      broken: links.filter((a) => !target(a)?.isConnected).map((a) => a.getAttribute('href')),
    };
  }, selector);

const ENGLISH = /\b(?:this|field|required|tick|check|box|choose|select|option|enter|please|least|characters?|match|format|valid|url|address|web)\b/i;
const FRENCH = /\b(?:champ|obligatoire|cochez|choisissez|sélectionnez|saisissez|veuillez|caractères|valide|adresse|code postal)\b/i;
/** Phone values compared by their characters that matter: digits and a leading +. */
const phoneKey = (v: string) => v.replace(/[^\d+]/g, '');
const withPhoneKey = (pairs: Pair[], phoneName: string): Pair[] => pairs.map(([n, v]) => [n, n === phoneName ? phoneKey(v) : v]);

// ---------------------------------------------------------------------------------------------------------------
// plain-post.html: a hand-written signup form, POST, native constraints everywhere, a submitter with name/value.

const PLAIN = { name: 'Jane Doe', email: 'jane.doe@acme-widgets.com', tel: '+33 6 12 34 56 78', username: 'janedoe', promo: 'ACME-1234', website: 'https://acme-widgets.com' };
const PLAIN_BODY: Pair[] = [
  ['name', 'Jane Doe'],
  ['email', 'jane.doe@acme-widgets.com'],
  ['tel', '+33612345678'],
  ['username', 'janedoe'],
  ['promo', 'ACME-1234'],
  ['website', 'https://acme-widgets.com'],
  ['plan', 'pro'],
  ['terms', 'yes'],
  ['action', 'signup'],
];
const PLAIN_NAMES = ['name', 'email', 'tel', 'username', 'promo', 'website', 'plan', 'terms'];

/** Fills the plain form with valid values, the email typed last (a just-typed value: no blur before submit). */
async function fillPlain(page: Page, { skip = [] as string[], values = {} as Partial<typeof PLAIN> } = {}) {
  const v = { ...PLAIN, ...values };
  for (const name of ['name', 'username', 'promo', 'website'] as const) if (!skip.includes(name)) await page.fill(`#${name}`, v[name]);
  if (!skip.includes('plan')) await page.check('input[name="plan"][value="pro"]');
  if (!skip.includes('terms')) await page.check('#terms');
  if (!skip.includes('tel')) await typeInto(page, '#tel', v.tel);
  if (!skip.includes('email')) await typeInto(page, '#email', v.email);
}

async function expectPlainReceived(page: Page, { body = PLAIN_BODY, phone = '+33612345678' } = {}) {
  expect(site.received).toHaveLength(1);
  expect(site.received[0]!.method).toBe('POST');
  expect(withPhoneKey(site.received[0]!.body, 'tel')).toEqual(body.map(([n, v]) => [n, n === 'tel' ? phone : v]));
  const seen = await seenAfterSubmit(page);
  expect(seen.pageSubmitRan, 'the page\'s own submit listener ran exactly once').toBe('1');
  return seen;
}

describe('control: the harness without saisie', () => {
  it('the plain form and the Bootstrap form submit natively; undo/redo work with these keys', async () => {
    const page = await open('/plain-post.html?nosaisie');
    expect(await page.evaluate(() => 'Saisie' in window)).toBe(false);
    await fillPlain(page);
    await page.click('button[name="action"]');
    await expectOutcome(page, 'submitted');
    await expectPlainReceived(page);

    // What saisie blocks below, the browser alone lets through: a blocked submit is saisie's doing.
    const bare = await open('/plain-post.html?nosaisie');
    await fillPlain(bare, { values: { email: 'jane.doe@acme-widgets' } });
    await bare.click('button[name="action"]');
    await expectOutcome(bare, 'submitted', 1);

    const boot = await open('/bootstrap-checkout.html?nosaisie');
    await fillBootstrap(boot);
    await boot.click('button[type="submit"]');
    await expectOutcome(boot, 'submitted', 2);
    expect(site.received[2]!.method).toBe('GET');
    expect(site.received[2]!.query).toEqual(BOOTSTRAP_QUERY);

    // The undo/redo test below is only meaningful if these key presses undo and redo in this browser.
    const woo = await open('/woocommerce-checkout.html?nosaisie');
    await typeInto(woo, '#billing_phone', '0612345678');
    await woo.keyboard.press('Control+KeyZ');
    expect(await woo.inputValue('#billing_phone')).not.toBe('0612345678');
    await woo.keyboard.press('Control+Shift+KeyZ');
    expect(await woo.inputValue('#billing_phone')).toBe('0612345678');
  });
});

describe('plain POST signup form (lang=en)', () => {
  const ways: Array<[string, (page: Page) => Promise<unknown>, Pair[]]> = [
    ['clicking the button', (page) => page.click('button[name="action"]'), PLAIN_BODY],
    ['pressing Enter in a text field', (page) => page.press('#name', 'Enter'), PLAIN_BODY],
    ['Space on the focused button', async (page) => (await page.focus('button[name="action"]'), page.keyboard.press('Space')), PLAIN_BODY],
    ['form.requestSubmit() from page JS', (page) => page.evaluate(() => (document.getElementById('signup') as HTMLFormElement).requestSubmit()), PLAIN_BODY.filter(([n]) => n !== 'action')],
    ['form.requestSubmit(button) from page JS', (page) => page.evaluate(() => (document.getElementById('signup') as HTMLFormElement).requestSubmit(document.querySelector<HTMLButtonElement>('button[name="action"]'))), PLAIN_BODY],
  ];
  it.each(ways)('valid values submit natively by %s', async (_how, submit, body) => {
    const page = await open('/plain-post.html');
    await fillPlain(page);
    await submit(page).catch((e) => (/context was destroyed|navigation/i.test(String(e)) ? undefined : Promise.reject(e)));
    await expectOutcome(page, 'submitted');
    const seen = await expectPlainReceived(page, { body });
    expect(seen.saisieSubmitCount, 'saisie:submit fired once').toBe('1');
    const values = seen.detail?.values ?? {};
    expect(Object.keys(values).sort()).toEqual(expect.arrayContaining(PLAIN_NAMES));
    expect(seen.names.sort()).toEqual([...PLAIN_NAMES].sort());
    expect(values).toMatchObject({ name: 'Jane Doe', email: 'jane.doe@acme-widgets.com', username: 'janedoe', promo: 'ACME-1234', plan: 'pro' });
    expect(String(values.website)).toMatch(/^https:\/\/acme-widgets\.com\/?$/);
    expect(phoneKey(String(values.tel))).toBe('+33612345678');
    expect(['yes', 'true']).toContain(String(values.terms));
    expect(page.errors).toEqual([]);
  });

  it('phone digits typed and submitted in the same task are formatted, checked and posted whole', async () => {
    // No frame, no pause, no blur between the last keystroke and the submit: nothing may be left unformatted or unchecked.
    const page = await open('/plain-post.html');
    await fillPlain(page, { values: { tel: '+33 6 12 34 56' } });
    await page.focus('#tel');
    await page.keyboard.press('End');
    await page
      .evaluate(() => {
        document.execCommand('insertText', false, '78'); // a trusted input event, as from the keyboard; reformats
        (document.getElementById('signup') as HTMLFormElement).requestSubmit(document.querySelector<HTMLButtonElement>('button[name="action"]'));
      })
      .catch((e) => (/context was destroyed|navigation/i.test(String(e)) ? undefined : Promise.reject(e)));
    await expectOutcome(page, 'submitted');
    const seen = await expectPlainReceived(page);
    expect(phoneKey(String(seen.detail?.values?.tel))).toBe('+33612345678');
    expect(Object.fromEntries(site.received[0]!.body).tel).toBe('+33 6 12 34 56 78');
  });

  it('an extension typed key by key stays in the field and reaches the server; saisie:submit holds it beside the number (issue 8)', async () => {
    const page = await open('/plain-post.html');
    await fillPlain(page, { values: { tel: '+33612345678 ext. 12' } });
    expect(await page.inputValue('#tel')).toBe('+33 6 12 34 56 78 ext. 12'); // every character typed, the number formatted
    await page.click('button[name="action"]');
    await expectOutcome(page, 'submitted');
    // The site gets what the person typed (saisie rewrites values only with replaceValues), nothing dropped or glued.
    expect(Object.fromEntries(site.received[0]!.body).tel).toBe('+33 6 12 34 56 78 ext. 12');
    const seen = await seenAfterSubmit(page);
    expect(seen.detail?.values?.tel).toBe('+33612345678;ext=12');
    expect(page.errors).toEqual([]);
  });

  it('digits committed by an IME keep their place: the next digits go after them', async () => {
    // Chromium's own IME path (as a Japanese or Chinese keyboard composes full-width digits), driven through CDP.
    const page = await open('/plain-post.html');
    const cdp = await page.context().newCDPSession(page);
    await page.click('#tel');
    await page.keyboard.type('+33 6');
    await cdp.send('Input.imeSetComposition', { text: '１２', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '１２' });
    await page.keyboard.type('345678');
    await page.waitForFunction(() => (document.getElementById('tel') as HTMLInputElement).value === '+33 6 12 34 56 78', undefined, { timeout: WAIT }).catch(async (e) => {
      throw new Error(`${e}: the field holds ${JSON.stringify(await page.inputValue('#tel'))}`);
    });
    expect(await page.evaluate(() => (document.getElementById('tel') as HTMLInputElement).selectionStart)).toBe('+33 6 12 34 56 78'.length);
    expect(page.errors).toEqual([]);
  });

  it('a keystroke is formatted by its frame, and anything that reads the value first (values(), leaving the field) gets it formatted', async () => {
    const page = await open('/plain-post.html');
    await page.focus('#tel');
    const seen = await page.evaluate(async () => {
      const el = document.getElementById('tel') as HTMLInputElement;
      const handle = (window as unknown as { Saisie: { attach(f: HTMLFormElement): { values(): Record<string, unknown> } } }).Saisie.attach(el.form!);
      document.execCommand('insertText', false, '+33612345678'); // trusted, as from the keyboard
      const values = handle.values(); // same task: no frame yet
      const afterValues = el.value;
      document.execCommand('insertText', false, '9');
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const afterFrame = el.value;
      document.execCommand('delete'); // back to ten digits…
      el.blur(); // …and left in the same task
      return { tel: values.tel, afterValues, afterFrame, afterBlur: el.value };
    });
    expect(phoneKey(String(seen.tel))).toBe('+33612345678');
    expect(seen.afterValues).toBe('+33 6 12 34 56 78');
    expect(seen.afterFrame.replace(/[^\d+]/g, '')).toBe('+336123456789');
    expect(seen.afterFrame).not.toBe('+336123456789'); // formatted (the too-long number keeps its digits)
    expect(seen.afterBlur).toBe('+33 6 12 34 56 78');
    expect(page.errors).toEqual([]);
  });

  it('an invalid email blocks: nothing reaches the server, the page\'s submit listener never runs', async () => {
    const page = await open('/plain-post.html');
    await fillPlain(page, { values: { email: 'jane.doe@acme-widgets' } }); // valid for the browser, not deliverable
    await page.click('button[name="action"]');
    await expectOutcome(page, 'blocked');
    await page.screenshot({ path: OUT + 'sites-plain-post-blocked.png', fullPage: true });
    expect(site.received).toEqual([]);
    expect(await seenOnPage(page)).toEqual({ pageSubmitRan: null, saisieSubmitCount: null });
    expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
    expect(await describedText(page, '#email')).not.toBe('');
    expect((await summaryLinks(page, '#email')).toField).toHaveLength(1);
    expect(page.errors).toEqual([]);
  });

  const constraints: Array<[string, { skip?: string[]; values?: Partial<typeof PLAIN> }, string]> = [
    ['an unticked required checkbox', { skip: ['terms'] }, '#terms'],
    ['a required radio group with no choice', { skip: ['plan'] }, 'input[name="plan"], fieldset:has(input[name="plan"])'],
    ['a value shorter than minlength', { values: { username: 'jd' } }, '#username'],
    ['a value that misses its pattern', { values: { promo: 'acme-12' } }, '#promo'],
    ['a type=url field that holds no URL', { values: { website: 'acme widgets' } }, '#website'],
  ];
  it.each(constraints)('%s blocks, with an English message on the field and in the summary', async (what, fill, selector) => {
    const page = await open('/plain-post.html');
    await fillPlain(page, fill);
    await page.click('button[name="action"]');
    await expectOutcome(page, 'blocked');
    await page.screenshot({ path: `${OUT}sites-plain-post-${what.replace(/\W+/g, '-')}.png`, fullPage: true });
    expect(site.received).toEqual([]);
    expect((await seenOnPage(page)).pageSubmitRan).toBeNull();
    expect(await ariaInvalid(page, selector), `aria-invalid on ${selector}: ${await diagnose(page)}`).toBe(true);
    const message = await describedText(page, selector);
    expect(message, `message of ${selector}: ${await diagnose(page)}`).toMatch(ENGLISH);
    expect(message).not.toMatch(FRENCH);
    const links = await summaryLinks(page, selector);
    expect(links.toField, `summary link to ${selector}: ${await diagnose(page)}`).toHaveLength(1);
    expect(links.toField[0]).toMatch(ENGLISH);
    expect(links.broken).toEqual([]);
  });

  it('no lost click: mousedown on the button right after typing an invalid email still submits (and is blocked)', async () => {
    const page = await open('/plain-post.html');
    await fillPlain(page, { values: { email: 'jane.doe@acme-widgets' } });
    await page.evaluate(() => {
      const w = window as unknown as { clicks: number };
      w.clicks = 0;
      document.addEventListener('click', (e) => ((e.target as Element).closest('button[name="action"]') ? w.clicks++ : undefined), true);
    });
    const button = page.locator('button[name="action"]');
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(100);
    await page.mouse.up();
    const got = await outcome(page);
    const after = await button.boundingBox().catch(() => null);
    const clicks = await page.evaluate(() => (window as unknown as { clicks: number }).clicks).catch(() => 'page gone');
    await page.screenshot({ path: OUT + 'sites-plain-post-lost-click.png', fullPage: true });
    expect(got, `button before mousedown ${JSON.stringify(box)}, after mouseup ${JSON.stringify(after)}, clicks ${clicks}: ${await diagnose(page)}`).toBe('blocked');
    expect(site.received).toEqual([]);
    expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
  });

  it('no lost click: with valid values and the email just typed, a slow click reaches the server', async () => {
    const page = await open('/plain-post.html');
    await fillPlain(page);
    const box = (await page.locator('button[name="action"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(100);
    await page.mouse.up();
    await expectOutcome(page, 'submitted');
    await expectPlainReceived(page);
  });

  it('a French browser on an English page: a French national phone number does not block', async () => {
    const page = await open('/plain-post.html', { locale: 'fr-FR' });
    expect(await page.evaluate(() => navigator.languages)).toEqual(['fr-FR']);
    await fillPlain(page, { values: { tel: '06 12 34 56 78' } });
    await page.click('button[name="action"]');
    await expectOutcome(page, 'submitted');
    await expectPlainReceived(page, { phone: '0612345678' });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// woocommerce-checkout.html: WooCommerce's classic checkout (fr), multipart POST, country <select> by code.

async function fillWoo(page: Page, { country = 'CH', postcode = '8001', phone = '044 668 18 00' } = {}) {
  await page.fill('#billing_first_name', 'Claire');
  await page.fill('#billing_last_name', 'Martin');
  await page.selectOption('#billing_country', country);
  await page.fill('#billing_address_1', 'Bahnhofstrasse 1');
  await page.fill('#billing_postcode', postcode);
  await page.fill('#billing_city', 'Zürich');
  await typeInto(page, '#billing_phone', phone);
  await typeInto(page, '#billing_email', 'claire.martin@atelier-martin.ch');
}

describe('WooCommerce classic checkout (lang=fr)', () => {
  it('Suisse, 8001 and a Zurich number submit; each value comes from its own field', async () => {
    const page = await open('/woocommerce-checkout.html');
    await fillWoo(page);
    await page.screenshot({ path: OUT + 'sites-woocommerce-filled.png', fullPage: true });
    await page.click('#place_order');
    await expectOutcome(page, 'submitted');
    const body = Object.fromEntries(site.received[0]!.body);
    expect(site.received[0]!.method).toBe('POST');
    expect(body).toMatchObject({
      billing_first_name: 'Claire',
      billing_last_name: 'Martin',
      billing_country: 'CH',
      billing_postcode: '8001',
      billing_city: 'Zürich',
      billing_email: 'claire.martin@atelier-martin.ch',
      shipping_first_name: '',
      payment_method: 'bacs',
      woocommerce_checkout_place_order: 'Commander',
      'woocommerce-process-checkout-nonce': '3f2a9c1b7e',
    });
    expect(phoneKey(body.billing_phone ?? '')).toBe('0446681800');
    const seen = await seenAfterSubmit(page);
    expect(seen.saisieSubmitCount).toBe('1');
    const values = seen.detail?.values ?? {};
    expect(values.billing_first_name, JSON.stringify(values)).toBe('Claire');
    expect(values).toMatchObject({ billing_last_name: 'Martin', billing_country: 'CH', billing_postcode: '8001', billing_city: 'Zürich', shipping_first_name: '' });
    expect(Object.keys(values).sort()).toEqual(expect.arrayContaining(seen.names));
    expect(page.errors).toEqual([]);
  });

  it('France with 8001 blocks with a French message; switching to Suisse lets the same order through', async () => {
    const page = await open('/woocommerce-checkout.html');
    await fillWoo(page, { country: 'FR', phone: '+33 6 12 34 56 78' });
    await page.click('#place_order');
    await expectOutcome(page, 'blocked');
    await page.screenshot({ path: OUT + 'sites-woocommerce-blocked.png', fullPage: true });
    expect(site.received).toEqual([]);
    expect(await page.getAttribute('#billing_postcode', 'aria-invalid')).toBe('true');
    expect(await describedText(page, '#billing_postcode')).toMatch(/code postal/i);
    expect((await summaryLinks(page, '#billing_postcode')).toField).toHaveLength(1);

    await page.selectOption('#billing_country', 'CH');
    await page.click('#place_order');
    await expectOutcome(page, 'submitted');
    expect(Object.fromEntries(site.received[0]!.body)).toMatchObject({ billing_country: 'CH', billing_postcode: '8001' });
  });

  it('undo/redo in the formatted phone field never mixes formatted and raw text', async () => {
    const page = await open('/woocommerce-checkout.html');
    await typeInto(page, '#billing_phone', '0612345678');
    const history = [await page.inputValue('#billing_phone')];
    const keys = [...Array(5).fill('Control+KeyZ'), 'Control+Shift+KeyZ'] as string[];
    for (const key of keys) {
      await page.keyboard.press(key);
      history.push(await page.inputValue('#billing_phone'));
    }
    for (const value of history) {
      expect(value, `values after each key: ${JSON.stringify(history)}`).toMatch(/^[\d ]*$/);
      expect('0612345678'.startsWith(value.replace(/ /g, '')), `values after each key: ${JSON.stringify(history)}`).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// bootstrap-checkout.html: Bootstrap 5.3's checkout example, its own validation script, GET.

const BOOTSTRAP_QUERY: Pair[] = [
  ['firstName', 'Jane'],
  ['lastName', 'Doe'],
  ['username', 'janedoe'],
  ['email', 'jane.doe@acme-widgets.com'],
  ['address', '1234 Main St'],
  ['address2', ''],
  ['country', 'United States'],
  ['state', 'California'],
  ['zip', '94103'],
  ['paymentMethod', 'on'],
  ['cc-name', 'Jane Doe'],
  ['cc-number', '4111111111111111'],
  ['cc-expiration', '12/30'],
  ['cc-cvv', '123'],
];
async function fillBootstrap(page: Page) {
  for (const [name, value] of BOOTSTRAP_QUERY) {
    if (name === 'country' || name === 'state') await page.selectOption(`#${name}`, value);
    else if (name !== 'paymentMethod' && name !== 'address2') await page.fill(`#${name}`, value);
  }
}

describe('Bootstrap 5 checkout example (lang=en)', () => {
  it('empty required fields block, and Bootstrap\'s .invalid-feedback does not double saisie\'s messages', async () => {
    const page = await open('/bootstrap-checkout.html');
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'blocked');
    await page.screenshot({ path: OUT + 'sites-bootstrap-blocked.png', fullPage: true });
    expect(site.received).toEqual([]);
    expect((await seenOnPage(page)).pageSubmitRan, 'Bootstrap\'s submit listener ran on a blocked submit').toBeNull();
    const doubled = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('form [required]')).flatMap((el) => {
        const saisie = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).some((id) => {
          const m = id && document.getElementById(id);
          return m && m.checkVisibility() && m.textContent?.trim();
        });
        const feedback = el.closest('div')?.querySelector<HTMLElement>('.invalid-feedback');
        return saisie && feedback?.checkVisibility() ? [el.id] : [];
      }),
    );
    expect(doubled).toEqual([]);
    expect(await describedText(page, '#firstName'), await diagnose(page)).not.toBe('');
  });

  it('with Bootstrap\'s was-validated on, saisie\'s message still stands alone; the site\'s button rule leaves the suggestion a link', async () => {
    const page = await open('/bootstrap-checkout.html');
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'blocked');
    // A site that sets Bootstrap's class itself (or kept it from an earlier attempt): its :invalid feedback would show.
    await page.evaluate(() => document.querySelector('form')!.classList.add('was-validated'));
    const doubled = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('form [required]')).flatMap((el) => {
        const shown = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).some((id) => {
          const m = id && document.getElementById(id);
          return m && m.checkVisibility() && m.textContent?.trim();
        });
        const feedback = el.parentElement?.querySelector<HTMLElement>(':scope > .invalid-feedback');
        return shown && feedback?.checkVisibility() ? [el.id] : [];
      }),
    );
    expect(doubled).toEqual([]);
    await typeInto(page, '#email', 'jane@gmial.com');
    await page.press('#email', 'Tab');
    const style = await page.locator('.saisie-suggestion').evaluate((b) => {
      const cs = getComputedStyle(b);
      return { padding: cs.padding, background: cs.backgroundColor, underline: cs.textDecorationLine };
    });
    expect(style).toEqual({ padding: '0px', background: 'rgba(0, 0, 0, 0)', underline: 'underline' });
  });

  it('valid values reach /submit as a GET', async () => {
    const page = await open('/bootstrap-checkout.html');
    await fillBootstrap(page);
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'submitted');
    expect(site.received[0]!.method).toBe('GET');
    expect(site.received[0]!.query).toEqual(BOOTSTRAP_QUERY);
    const seen = await seenAfterSubmit(page);
    expect(seen.pageSubmitRan).toBe('1');
    expect(seen.saisieSubmitCount).toBe('1');
    expect(Object.keys(seen.detail?.values ?? {})).toEqual(expect.arrayContaining(seen.names));
    expect(seen.detail?.values).toMatchObject({ firstName: 'Jane', lastName: 'Doe', zip: '94103' });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// readme-quickstart.html and dynamic.html

describe('README quick start, pasted', () => {
  it('an invalid email blocks; once fixed, the form posts', async () => {
    const page = await open('/readme-quickstart.html');
    await typeInto(page, 'input[name="tel"]', '+33 6 12 34 56 78');
    await typeInto(page, 'input[name="email"]', 'jane.doe@acme-widgets');
    await page.click('button');
    await expectOutcome(page, 'blocked');
    await page.screenshot({ path: OUT + 'sites-readme-quickstart.png', fullPage: true });
    expect(await page.getAttribute('input[name="email"]', 'aria-invalid')).toBe('true');
    await typeInto(page, 'input[name="email"]', 'jane.doe@acme-widgets.com');
    await page.click('button');
    await expectOutcome(page, 'submitted');
    expect(site.received[0]!.method).toBe('POST');
    expect(withPhoneKey(site.received[0]!.body, 'tel')).toEqual([['email', 'jane.doe@acme-widgets.com'], ['tel', '+33612345678']]);
    expect((await seenAfterSubmit(page)).saisieSubmitCount).toBe('1');
  });
});

describe('a form the page changes after load', () => {
  it('a removed field never blocks, and a re-rendered email input goes through', async () => {
    const page = await open('/dynamic.html');
    await page.fill('#fullname', 'Jane Doe');
    await typeInto(page, '#phone', '12');
    await page.press('#phone', 'Tab');
    await page.click('#remove-phone');
    await page.click('#replace-email');
    await typeInto(page, '#email', 'jane.doe@acme-widgets.com');
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'submitted');
    expect(site.received[0]!.body).toEqual([['fullname', 'Jane Doe'], ['email', 'jane.doe@acme-widgets.com']]);
    const seen = await seenAfterSubmit(page);
    expect(seen.saisieSubmitCount).toBe('1');
    expect(seen.detail?.values).toMatchObject({ fullname: 'Jane Doe', email: 'jane.doe@acme-widgets.com' });
    expect(page.errors).toEqual([]);
  });

  it('the re-rendered email input is checked: an invalid value blocks, the summary links to it', async () => {
    const page = await open('/dynamic.html');
    await page.fill('#fullname', 'Jane Doe');
    await typeInto(page, '#phone', '06 12 34 56 78');
    await page.click('#replace-email');
    await typeInto(page, '#email', 'jane.doe@acme-widgets');
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'blocked');
    await page.screenshot({ path: OUT + 'sites-dynamic-blocked.png', fullPage: true });
    expect(site.received).toEqual([]);
    expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
    const links = await summaryLinks(page, '#email');
    expect(links.toField).toHaveLength(1);
    expect(links.broken).toEqual([]);
  });

  it('a field added later is checked too', async () => {
    const page = await open('/dynamic.html');
    await page.fill('#fullname', 'Jane Doe');
    await typeInto(page, '#phone', '06 12 34 56 78');
    await typeInto(page, '#email', 'jane.doe@acme-widgets.com');
    await page.click('#add-postcode');
    await page.fill('#postcode', '750');
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'blocked');
    expect(site.received).toEqual([]);
    expect(await page.getAttribute('#postcode', 'aria-invalid')).toBe('true');
    await page.fill('#postcode', '75002');
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'submitted');
    expect(Object.fromEntries(site.received[0]!.body)).toMatchObject({ email: 'jane.doe@acme-widgets.com', postcode: '75002' });
  });
});

describe('the script tag alone, with its data folder beside it', () => {
  it('civility works with no option: M. + Marie warns once, then the form posts; the data came from the script’s folder', async () => {
    const page = await open('/inscription.html', { locale: 'fr-FR' });
    await page.selectOption('#civilite', 'M.');
    await typeInto(page, '#prenom', 'Marie');
    await page.fill('#nom', 'Dupont');
    await typeInto(page, '#telephone', '06 12 34 56 78');
    await page.waitForFunction(() => document.querySelector('[data-code="civility.mismatch"]') !== null, undefined, { timeout: WAIT });
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(loaded).toContain('/saisie/data/first-names/fr.json'); // from the folder beside saisie.min.js
    expect(await describedText(page, '#prenom')).toMatch(/Mme/);
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'blocked'); // warnings ask once
    expect(site.received).toEqual([]);
    await page.waitForTimeout(600); // the person reads them (a click sooner is the second of a double-click)
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'submitted');
    expect(Object.fromEntries(site.received[0]!.body)).toMatchObject({ civilite: 'M.', prenom: 'Marie', pays: 'France' });
    const seen = await seenAfterSubmit(page);
    expect(seen.detail?.values).toMatchObject({ civilite: 'M.', prenom: 'Marie', pays: 'France', telephone: '+33612345678' });
    expect(page.errors).toEqual([]);
  });

  it('a country chosen by name loads its full phone metadata, and its numbers are checked for it', async () => {
    const page = await open('/inscription.html', { locale: 'fr-FR' });
    await page.selectOption('#pays', 'Japon');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/saisie/data/phone/JP.json')), undefined, { timeout: WAIT });
    await typeInto(page, '#telephone', '090-1234-5678');
    await page.press('#telephone', 'Tab');
    expect(await ariaInvalid(page, '#telephone')).toBe(false);
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'submitted');
    const seen = await seenAfterSubmit(page);
    expect(seen.detail?.values).toMatchObject({ pays: 'Japon', telephone: '+819012345678' });
  });

  it('a missing data folder is silently done without: civility stays quiet, the form still posts', async () => {
    const page = await open('/inscription.html', { locale: 'fr-FR', noData: true });
    await page.selectOption('#civilite', 'Mme');
    await typeInto(page, '#prenom', 'Jean');
    await typeInto(page, '#telephone', '06 12 34 56 78');
    await page.click('button[type="submit"]');
    await expectOutcome(page, 'submitted');
    expect(Object.fromEntries(site.received[0]!.body)).toMatchObject({ civilite: 'Mme', prenom: 'Jean' });
    expect(page.errors).toEqual([]);
  });
});
