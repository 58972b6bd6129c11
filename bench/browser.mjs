// Browser part of `npm run bench`: input-event-to-feedback latency of the tel and email fields of the demo, in
// Debian's Chromium. A capturing listener on window stamps each input event before saisie sees it; a listener on
// document, which runs after the field's own handlers (formatting, rules, messages, ARIA), stamps the end.
import { serveDemo } from '../scripts/serve-demo.mjs';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!executablePath) {
  console.log('\nbrowser latency: skipped (no Chromium: apt-get install -y chromium, or set CHROMIUM_PATH)');
  process.exit(0);
}
const server = await serveDemo(0, '127.0.0.1');
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
try {
  const page = await browser.newPage();
  await page.goto(base + '/');
  await page.waitForFunction(() => window.Saisie !== undefined);
  await page.evaluate(() => {
    window.__lat = { tel: [], email: [] };
    let t0 = 0;
    // Only the person's own (trusted) events: the input event saisie re-dispatches after formatting runs inside them.
    window.addEventListener('input', (e) => e.isTrusted && (t0 = performance.now()), true);
    document.addEventListener('input', (e) => {
      const id = e.target.id;
      if (e.isTrusted && t0 && window.__lat[id]) window.__lat[id].push(performance.now() - t0);
    });
  });
  const typing = { tel: ['0612345678', '+33 1 42 68 53 00', '0033612345678'], email: ['jean.dupont@gmial.com', 'marie-claire.lefebvre@wanadoo.fr'] };
  // One warm-up round (the page's first keystrokes also compile the code), then ten measured rounds.
  for (let round = 0; round < 11; round++) {
    if (round === 1) await page.evaluate(() => Object.values(window.__lat).forEach((a) => (a.length = 0)));
    for (const [id, values] of Object.entries(typing)) {
      for (const v of values) {
        await page.fill('#' + id, '');
        await page.click('#' + id);
        await page.keyboard.type(v);
      }
    }
  }
  const lat = await page.evaluate(() => window.__lat);
  const q = (a, p) => a[Math.min(a.length - 1, Math.floor((p / 100) * a.length))];
  console.log(`\ninput-event-to-feedback in Chromium (${(await browser.version())}), ms; target p50 ≤ 1, p99 ≤ 4 (Chromium's timer has 0.1 ms steps)`);
  for (const [id, a] of Object.entries(lat)) {
    a.sort((x, y) => x - y);
    console.log(`${(id === 'tel' ? 'tel field (format + check + messages)' : 'email field (check + suggestion)').padEnd(44)} p50 ${q(a, 50).toFixed(3)}  p99 ${q(a, 99).toFixed(3)}  (${a.length} keystrokes)`);
  }
} finally {
  await browser.close();
  server.close();
}
