/**
 * Reading on a phone, in Chromium with touch emulation (360×740, touch events, mobile viewport): a tap glosses the word
 * as a hover does, a tap elsewhere closes, scrolling and long presses open nothing, the tooltip fits the screen.
 */
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launch, PHONE, setSettings, tooltipState, waitForTooltip, wordPoint, type Harness, type TooltipState } from './harness';

let h: Harness;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  h = await launch({ device: PHONE });
  await setSettings(h.worker);
  page = await h.newPage('/');
  cdp = await h.context.newCDPSession(page);
});
afterAll(async () => {
  await h?.close();
});

/** Raw touch input, as a finger gives it (the browser decides whether it scrolls, selects or taps). */
async function touch(type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
}

/** A finger put on (x, y) and drawn up by `dy` pixels: a scroll down the page. */
async function swipe(x: number, y: number, dy: number): Promise<void> {
  await touch('touchStart', x, y);
  for (let i = 1; i <= 8; i++) await touch('touchMove', x, y - (dy * i) / 8);
  await touch('touchEnd', x, y - dy);
}

async function closeTooltip(): Promise<void> {
  if (!(await tooltipState(page))) return;
  await page.keyboard.press('Escape');
  await waitForTooltip(page, (t) => t === null);
}

/** What the tooltip says about a word: the word, its glosses and its parts (not where it is). */
const gist = (t: TooltipState | null) => t && { word: t.word, glosses: t.glosses, lemma: t.lemma, segments: t.segments };

/** The first `n` different Arabic words of the article (three letters or more). */
function sampleWords(n: number): Promise<string[]> {
  return page.evaluate((n) => {
    const seen = new Set<string>();
    for (const p of document.querySelectorAll('article p')) {
      for (const w of (p.textContent ?? '').split(/[\s،.؛:()«»"]+/)) {
        if (/^[\u0621-\u064A]{3,}$/.test(w) && !seen.has(w)) seen.add(w);
        if (seen.size === n) return [...seen];
      }
    }
    return [...seen];
  }, n);
}

/** Taps a word until the tooltip shows it (the content script may still be starting on a fresh page). */
async function tapFor(word: string, nth = 0): Promise<TooltipState | null> {
  let t: TooltipState | null = null;
  for (let attempt = 0; attempt < 4; attempt++) {
    const p = await wordPoint(page, 'article', word, nth);
    await page.touchscreen.tap(p.x, p.y);
    t = await waitForTooltip(page, (s) => s?.word === word, 2000);
    if (t?.word === word) return t;
  }
  return t;
}

async function hoverFor(word: string): Promise<TooltipState | null> {
  const p = await wordPoint(page, 'article', word);
  await page.mouse.move(p.x + 3, p.y + 4);
  await page.mouse.move(p.x, p.y, { steps: 2 });
  return waitForTooltip(page, (s) => s?.word === word, 4000);
}

test('a tap on a word shows the same gloss as a hover, for 16 words of the sample article', async () => {
  const words = await sampleWords(16);
  expect(words).toHaveLength(16);
  const differ: string[] = [];
  for (const w of words) {
    await closeTooltip();
    const hovered = gist(await hoverFor(w));
    await page.mouse.move(1, 1);
    await closeTooltip();
    const tapped = gist(await tapFor(w));
    expect(tapped?.word).toBe(w);
    if (JSON.stringify(tapped) !== JSON.stringify(hovered)) differ.push(w);
  }
  expect(differ).toEqual([]);
});

test('the tooltip fits a 360 px screen, inside the viewport, with buttons a finger can hit', async () => {
  await closeTooltip();
  const t = await tapFor('الخارجية');
  expect(t).not.toBeNull();
  expect(t!.viewport.width).toBe(360);
  expect(t!.rect.left).toBeGreaterThanOrEqual(0);
  expect(t!.rect.right).toBeLessThanOrEqual(360);
  expect(t!.rect.top).toBeGreaterThanOrEqual(0);
  expect(t!.rect.bottom).toBeLessThanOrEqual(740);
  const buttons = await page.evaluate(() =>
    Array.from(document.querySelector('tarjuman-root')!.shadowRoot!.querySelectorAll('.tooltip button'), (b) => {
      const r = b.getBoundingClientRect();
      return { w: r.width, h: r.height };
    }),
  );
  expect(buttons.length).toBeGreaterThan(0);
  for (const b of buttons) expect(Math.min(b.w, b.h)).toBeGreaterThanOrEqual(44);
  // SCREENSHOTS=1 npx jest tests/e2e/touch.test.ts writes the picture in docs/
  if (process.env.SCREENSHOTS)
    await page.screenshot({ path: path.join(__dirname, '..', '..', 'docs', 'screenshot-tooltip-touch-360.png') });
});

test('a tap away from any word closes the tooltip; a tap on the tooltip keeps it', async () => {
  await closeTooltip();
  expect((await tapFor('الخارجية'))?.word).toBe('الخارجية');
  const inside = await page.evaluate(() => {
    const r = document.querySelector('tarjuman-root')!.shadowRoot!.querySelector('.tooltip .word')!.getBoundingClientRect();
    return { x: r.left + 4, y: r.top + r.height / 2 };
  });
  await page.touchscreen.tap(inside.x, inside.y);
  await new Promise((r) => setTimeout(r, 600));
  expect((await tooltipState(page))?.word).toBe('الخارجية');
  // the page's margin, outside the article: no word there
  const empty = await page.evaluate(() => {
    const r = document.querySelector('article')!.getBoundingClientRect();
    return { x: 3, y: Math.min(innerHeight - 3, Math.max(3, r.bottom + 2)) };
  });
  await page.touchscreen.tap(empty.x, empty.y);
  expect(await waitForTooltip(page, (t) => t === null)).toBeNull();
});

test('ten scroll gestures over the article open no tooltip', async () => {
  await closeTooltip();
  await page.evaluate(() => window.scrollTo(0, 0));
  const words = await sampleWords(10);
  for (const w of words) {
    const p = await wordPoint(page, 'article', w);
    await swipe(p.x, Math.min(p.y, 600), 120);
    await new Promise((r) => setTimeout(r, 300));
    expect(await tooltipState(page)).toBeNull();
  }
  // the gestures did scroll the page
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('a long press opens no tooltip (it is the browser’s: it selects)', async () => {
  await closeTooltip();
  const p = await wordPoint(page, 'article', 'الخارجية');
  await touch('touchStart', p.x, p.y);
  await new Promise((r) => setTimeout(r, 900));
  await touch('touchEnd', p.x, p.y);
  await new Promise((r) => setTimeout(r, 600));
  expect(await tooltipState(page)).toBeNull();
});

test('no console errors', () => {
  expect(h.errors).toEqual([]);
});
