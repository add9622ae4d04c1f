// Takes the README screenshots in headless Debian Chromium: the tooltip on the sample article (the word as read above
// its dictionary form; on a new word, a saved one and a known one), the popup, and a paragraph with "Add vowels" on.
//   TARJUMAN_OPEN_SHADOW=1 node build.mjs && node scripts/screenshots.mjs [outdir]   (the test build: it looks inside the tooltip)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] || path.join(ROOT, 'docs'));
const ext = path.join(ROOT, 'dist', 'chrome');

const server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'server.mjs'), '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((r) => server.stdout.once('data', (d) => r(d.toString().trim())));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-shot-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1100, height: 760 },
  args: [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await ctx.newPage();
  /** Hovers a word of the article and waits for its tooltip; false when the word is not on the page. */
  const hover = async (word) => {
    const box = await page.evaluate((w) => {
      const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(w);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + w.length);
          n.parentElement.scrollIntoView({ block: 'center' });
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
      return null;
    }, word);
    if (!box) return false;
    await page.mouse.move(box.x - 20, box.y + 30);
    await page.mouse.move(box.x, box.y, { steps: 2 });
    await page.waitForFunction(() => document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.tooltip'), undefined, {
      timeout: 10000,
    });
    await page.waitForTimeout(200);
    return true;
  };
  await page.goto(`${url}/`);
  await hover(process.env.WORD || 'والاتحاد');
  fs.mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, 'screenshot-tooltip.png') });
  // a saved word, then the same word known: S or K, then the page loaded again, so the mark comes with the lookup
  const learnt = process.env.SAVED_WORD || 'الملاحة';
  for (const [key, name] of [
    ['s', 'screenshot-tooltip-saved.png'],
    ['k', 'screenshot-tooltip-known.png'],
  ]) {
    if (!(await hover(learnt))) break;
    await page.keyboard.press(key);
    await page.waitForTimeout(500);
    await page.goto(`${url}/`);
    await hover(learnt);
    await page.waitForFunction(() => document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.learn-state'), undefined, {
      timeout: 10000,
    });
    await page.screenshot({ path: path.join(out, name) });
  }
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 460, height: 760 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid=point], [data-testid=entity], .tabs', { timeout: 15000 }).catch(() => undefined);
  if (process.env.TAB) await popup.click(`.tabs button:nth-child(${process.env.TAB})`);
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: path.join(out, 'screenshot-popup.png'), fullPage: true });
  // "Add vowels" on: the article's first paragraph with every word as read
  await popup.click('[data-testid=aid-vowels]');
  await page.bringToFront();
  await page.mouse.move(2, 2);
  // the article's longest paragraph, once its words carry their vowels
  const para = await page.waitForFunction(
    () => {
      const p = [...document.querySelectorAll('article p')].sort((a, b) => b.textContent.length - a.textContent.length)[0];
      return p && (p.textContent.match(/[\u064B-\u0652]/g) ?? []).length > 20 ? p : null;
    },
    undefined,
    { timeout: 15000 },
  );
  await page.waitForTimeout(300);
  await para.asElement().screenshot({ path: path.join(out, 'screenshot-add-vowels.png') });
  console.log(`screenshots in ${path.relative(ROOT, out) || '.'}`);
} finally {
  await ctx.close();
  server.kill();
  fs.rmSync(profile, { recursive: true, force: true });
}
