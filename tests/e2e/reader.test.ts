/** The reader view end to end: opened from the popup, both columns sentence by sentence, the glossary, the controls. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { splitSentences, tokenize } from '../../src/core/text';
import { launch, setSettings, tabIdOf, waitForTooltip, wordPoint, type Harness, setChecked } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await setSettings(h.worker);
});

const HARAKAT = /[\u064B-\u0652]/g;
declare const chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };

/** Opens the reader for a page's tab once the tab has reported its analysed article. */
async function openReader(page: Page): Promise<Page> {
  const tabId = await tabIdOf(h.worker, page);
  const reader = await h.context.newPage();
  await reader.goto(`chrome-extension://${h.extensionId}/reader.html?tab=${tabId}`);
  await reader.waitForSelector('[data-testid=ar-sentence]', { timeout: 15000 });
  // the English column is complete once the offline gists have arrived (no line still waiting)
  await reader.waitForFunction(() => ![...document.querySelectorAll('[data-testid=en-line]')].some((l) => l.textContent === '…'));
  return reader;
}

test('the popup opens the reader view, which shows the sample article in two aligned columns', async () => {
  const page = await h.newPage('/');
  const popup = await h.popup(page);
  const button = popup.locator('[data-testid=reader-view]');
  await button.waitFor({ timeout: 15000 });
  const [opened] = await Promise.all([h.context.waitForEvent('page'), button.click()]);
  await opened.waitForSelector('[data-testid=ar-sentence]', { timeout: 15000 });
  expect(opened.url()).toMatch(/\/reader\.html\?tab=\d+$/);
  await opened.close();
  await popup.close();

  const reader = await openReader(page);
  // the sample's sentences, split by the core from the source file: the reader shows each one, each with its English
  const source = fs.readFileSync(path.join(__dirname, '..', '..', 'assets', 'sample', 'article.ar.txt'), 'utf8').trim();
  const expected = splitSentences(source, tokenize(source)).length;
  const view = await reader.evaluate(() => ({
    ar: document.querySelectorAll('[data-testid=ar-sentence]').length,
    en: [...document.querySelectorAll('[data-testid=en-line]')].map((l) => l.textContent ?? ''),
    paragraphs: document.querySelectorAll('[data-testid=paragraph]').length,
    headline: document.querySelector('h1')?.textContent ?? '',
    source: document.querySelector('[data-testid=source]')?.getAttribute('href') ?? '',
    points: document.querySelectorAll('[data-testid=summary] .point').length,
    arLang: [...document.querySelectorAll('.row > .ar')].every((p) => p.getAttribute('lang') === 'ar' && p.getAttribute('dir') === 'rtl'),
    enLang: [...document.querySelectorAll('.row > .en')].every((p) => p.getAttribute('lang') === 'en' && p.getAttribute('dir') === 'ltr'),
  }));
  expect(expected).toBeGreaterThan(5);
  expect(view.ar).toBe(expected);
  expect(view.en).toHaveLength(expected);
  expect(view.en.filter((l) => /[a-z]{3,}/i.test(l)).length).toBeGreaterThan(expected * 0.8);
  expect(view.paragraphs).toBe(source.split(/\n\s*\n/).length - 1); // the title line is the headline
  expect(view.headline).toContain('وزراء الخارجية العرب');
  expect(view.source).toBe(`${h.serverUrl}/`);
  expect(view.points).toBeGreaterThan(0);
  expect(view.arLang && view.enLang).toBe(true);

  // hovering an English line highlights its Arabic sentence, and the reverse
  const line = reader.locator('[data-testid=en-line]').nth(3);
  await line.hover();
  await reader.waitForFunction(() => document.querySelector('.ar-s.hl')?.getAttribute('data-s') === '3');
  // a sentence that wraps is several boxes: its bounding box's corner may be another sentence's, so point at its first line
  const box = await reader.evaluate(() => {
    const r = document.querySelectorAll('[data-testid=ar-sentence]')[5]!.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await reader.mouse.move(box.x, box.y);
  await reader.waitForFunction(() => document.querySelector('.en-line.hl')?.getAttribute('data-s') === '5');
  await reader.close();
  await page.close();
});

test('hovering an Arabic word in the reader shows the glossary tooltip; the keyboard reaches it too', async () => {
  const page = await h.newPage('/');
  const reader = await openReader(page);
  const p = await wordPoint(reader, '.text', 'الخارجية');
  await reader.mouse.move(2, 2);
  await reader.mouse.move(p.x, p.y);
  const tip = await waitForTooltip(reader, (s) => s?.word === 'الخارجية');
  expect(tip?.glosses.join(' ')).toMatch(/foreign/i);
  await reader.keyboard.press('Escape');
  expect(await waitForTooltip(reader, (s) => s === null)).toBeNull();

  // keyboard: Tab reaches the text; ↓ moves by sentence; ← opens the glossary on the sentence's first word
  await reader.mouse.move(1, 1);
  await reader.locator('[data-testid=ar-sentence]').first().focus();
  await reader.keyboard.press('ArrowDown');
  expect(await reader.evaluate(() => document.activeElement?.getAttribute('data-s'))).toBe('1');
  await reader.keyboard.press('ArrowLeft');
  const first = await reader.evaluate(() => document.activeElement?.querySelector('.w')?.textContent ?? '');
  const kb = await waitForTooltip(reader, (s) => s?.word === first);
  expect(kb?.word).toBe(first);
  await reader.keyboard.press('Escape');
  expect(await waitForTooltip(reader, (s) => s === null)).toBeNull();
  await reader.close();
  await page.close();
});

test('a word saved from the reader points back to the article it was read in', async () => {
  const page = await h.newPage('/');
  const reader = await openReader(page);
  const p = await wordPoint(reader, '.text', 'الملاحة');
  await reader.mouse.move(2, 2);
  await reader.mouse.move(p.x, p.y);
  await waitForTooltip(reader, (s) => s?.word === 'الملاحة');
  await reader.locator('tarjuman-root >> css=.act').first().click();
  await reader.waitForFunction(() =>
    [...document.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector('.keys')?.textContent?.includes('Saved')),
  );
  const words = (await reader.evaluate(() => chrome.runtime.sendMessage({ tarjuman: 1, type: 'listWords', params: {} }))) as {
    ok: boolean;
    value: Array<{ url: string; sentence: { text: string } }>;
  };
  const saved = words.value.find((w) => w.sentence.text.includes('الملاحة'));
  expect(saved?.url).toBe(page.url());
  await reader.close();
  await page.close();
});

test('the diacritics switch hides and restores the short vowels, Add vowels adds them; the other controls apply', async () => {
  const page = await h.newPage('/fixtures/pages/alarabiya-paragraph-divs.html');
  const reader = await openReader(page);
  const marks = () =>
    reader.evaluate((re) => (document.querySelector('article')?.textContent?.match(new RegExp(re, 'g')) ?? []).length, HARAKAT.source);
  const shown = await marks();
  expect(shown).toBeGreaterThan(3);
  await setChecked(reader.locator('[data-testid=pref-harakat]'), false);
  expect(await marks()).toBe(0);
  // the words keep their offsets: a word looked up without its marks is still found
  expect(await reader.locator('[data-testid=ar-sentence]').count()).toBeGreaterThan(2);
  await setChecked(reader.locator('[data-testid=pref-harakat]'), true);
  expect(await marks()).toBe(shown);
  // "Add vowels": every word as read (many more marks), and off gives back the text as written
  await setChecked(reader.locator('[data-testid=pref-vowels]'), true);
  await reader.waitForFunction(
    ([re, n]) => (document.querySelector('article')?.textContent?.match(new RegExp(re, 'g')) ?? []).length > n * 5,
    [HARAKAT.source, shown] as const,
  );
  await setChecked(reader.locator('[data-testid=pref-vowels]'), false);
  expect(await marks()).toBe(shown);

  const size = () => reader.evaluate(() => getComputedStyle(document.querySelector('.row > .ar')!).fontSize);
  const before = await size();
  await reader.locator('[data-testid=pref-size]').focus();
  await reader.keyboard.press('ArrowRight');
  expect(await size()).not.toBe(before);
  await setChecked(reader.locator('[data-testid=pref-english]'), false);
  expect(await reader.locator('[data-testid=en-line]').count()).toBe(0);
  await setChecked(reader.locator('[data-testid=pref-english]'), true);
  await setChecked(reader.locator('[data-testid=pref-entities]'), false);
  expect(await reader.evaluate(() => getComputedStyle(document.querySelector('.text .ent')!).textDecorationLine)).toBe('none');
  await setChecked(reader.locator('[data-testid=pref-entities]'), true);
  expect(await reader.evaluate(() => getComputedStyle(document.querySelector('.text .ent')!).textDecorationLine)).toBe('underline');
  await reader.close();
  await page.close();
});

test('printed, the reader is one column with no controls', async () => {
  const page = await h.newPage('/');
  const reader = await openReader(page);
  await reader.emulateMedia({ media: 'print' });
  const printed = await reader.evaluate(() => ({
    controls: getComputedStyle(document.querySelector('.top')!).display,
    row: getComputedStyle(document.querySelector('.row')!).display,
    en: getComputedStyle(document.querySelector('.row > .en')!).display,
  }));
  expect(printed).toEqual({ controls: 'none', row: 'block', en: 'block' });
  await reader.emulateMedia({ media: 'screen' });
  await reader.close();
  await page.close();
});

test('nothing was thrown into any page console', () => {
  // the news-page fixture links an image it does not ship; that 404 is the fixture's, not the extension's
  expect(h.errors.filter((e) => !/\/fixtures\/pages\/.*Failed to load resource/.test(e))).toEqual([]);
});
