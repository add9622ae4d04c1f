/**
 * The extension's pages on a phone (360×740 with touch, as Firefox for Android opens the popup: a full page): no
 * horizontal scrolling, Arabic at a readable size, controls a finger can hit (44 px). Screenshots go to docs/.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, PHONE, setSettings, tabIdOf, type Harness } from './harness';

let h: Harness;
let article: Page;
let tabId: number;

const DOCS = path.join(__dirname, '..', '..', 'docs');
const SHOTS = !!process.env.SCREENSHOTS; // SCREENSHOTS=1 npx jest tests/e2e/small-screens.test.ts writes docs/*-360.png

beforeAll(async () => {
  h = await launch({ device: PHONE });
  await setSettings(h.worker);
  article = await h.newPage('/');
  tabId = await tabIdOf(h.worker, article);
});
afterAll(async () => {
  await h?.close();
});

interface Fit {
  overflow: number;
  /** controls smaller than 44 px in either direction: their text and size */
  small: string[];
  /** Arabic text smaller than 16 px */
  tinyArabic: string[];
}

/** Measures a page as a phone shows it. */
function fit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const small: string[] = [];
    for (const el of document.querySelectorAll('button, select, input, textarea, summary, [role=tab]')) {
      if (!visible(el) || (el as HTMLInputElement).type === 'hidden' || el.closest('[hidden]')) continue;
      // a checkbox or radio is hit through its label
      const target = el instanceof HTMLInputElement && /checkbox|radio/.test(el.type) ? (el.closest('label') ?? el) : el;
      const r = target.getBoundingClientRect();
      if (r.height < 44 || r.width < 44)
        small.push(
          `${el.tagName.toLowerCase()} "${(target.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    const tinyArabic: string[] = [];
    for (const el of document.querySelectorAll('[lang=ar], .ar')) {
      if (!visible(el) || !/[\u0600-\u06FF]/.test(el.textContent ?? '')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16) tinyArabic.push(`${(el.textContent ?? '').trim().slice(0, 20)} ${size}px`);
    }
    return { overflow: document.documentElement.scrollWidth - innerWidth, small, tinyArabic };
  });
}

/** An extension page as a phone shows it. Playwright's device emulation does not reach extension pages, so the
 * phone (its screen, touch, a coarse pointer) is set through the DevTools protocol. */
async function open(file: string, ready: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${file}`);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...PHONE.viewport, deviceScaleFactor: 2, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await page.waitForSelector(ready, { timeout: 15000 });
  return page;
}

async function check(page: Page, shot: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(DOCS, `screenshot-${shot}-360.png`) });
  const f = await fit(page);
  expect(f.overflow).toBeLessThanOrEqual(0);
  expect(f.small).toEqual([]);
  expect(f.tinyArabic).toEqual([]);
}

test('the popup, opened as a full page (Firefox for Android), fits 360 px: summary and entities', async () => {
  const popup = await open(`popup.html?tab=${tabId}`, '[data-testid=point]');
  expect(await popup.evaluate(() => innerWidth)).toBe(360);
  // the content script runs (its hosts are granted at install in Chromium): no request for site access
  expect(await popup.$('[data-testid=site-access]')).toBeNull();
  await check(popup, 'popup');
  await popup.locator('[role=tab]', { hasText: 'Key entities' }).click();
  await popup.waitForSelector('[data-testid=entity]');
  await check(popup, 'popup-entities');
  await popup.close();
});

test('the reader view fits 360 px: one column, readable Arabic', async () => {
  const reader = await open(`reader.html?tab=${tabId}`, '[data-testid=ar-sentence]');
  await reader.waitForFunction(() => ![...document.querySelectorAll('[data-testid=en-line]')].some((l) => l.textContent === '…'));
  await check(reader, 'reader');
  await reader.close();
});

test('the options page fits 360 px: settings and vocabulary', async () => {
  const options = await open('options.html', 'select');
  await check(options, 'options');
  await options.close();
  const vocabulary = await open('options.html#vocabulary', '[data-testid=vocab-empty], [data-testid=vocab-count]');
  await check(vocabulary, 'options-vocabulary');
  await vocabulary.close();
});

test('no console errors', () => {
  expect(h.errors).toEqual([]);
});
