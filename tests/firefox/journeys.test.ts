/**
 * The core journeys in real Firefox (Debian firefox-esr, dist/firefox as a temporary add-on): hover gloss, the popup's
 * summary and entities, options saved and read back, the reader view, bilingual reading on and off, saving a word.
 */
import type { Page } from 'puppeteer-core';
import { hoverFor, launch, tooltip, until, waitForTip, type FirefoxHarness } from './harness';

let h: FirefoxHarness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.setSettings();
});
afterEach(async () => {
  await h.closePages();
});

declare const browser: {
  tabs: { sendMessage(id: number, m: object): Promise<unknown> };
  storage: { local: { get(k: string): Promise<Record<string, { theme?: string }>> } };
};

/** The text of the sheets our content script adopted into the page (as the page sees them). */
function adoptedCss(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.adoptedStyleSheets, (s) => Array.from(s.cssRules, (r) => r.cssText).join('\n')));
}

test('hover: a word of the sample article shows its gloss, highlighted with the extension’s styles', async () => {
  const page = await h.newPage('/');
  const tip = await hoverFor(page, 'article', 'الخارجية');
  expect(tip?.text).toContain('foreign');
  // the hover highlight's ::highlight() rules are in the page while something is highlighted
  expect((await adoptedCss(page)).join('\n')).toContain('::highlight(tarjuman-hover)');
  // the tooltip's shadow root is styled (a <style> fallback or an adopted sheet): it has a background colour
  const bg = await page.evaluate(() => {
    const tip = document.querySelector('tarjuman-root')!.shadowRoot!.querySelector('.tooltip')!;
    return getComputedStyle(tip).backgroundColor;
  });
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  await page.close();
});

test('the popup shows the tab’s summary and entities', async () => {
  const page = await h.newPage('/');
  await h.articleReady(page);
  const popup = await h.extensionPage(`popup.html?tab=${await h.tabId(page)}`);
  await until(popup, () => document.querySelector('[data-testid=status]')?.textContent?.includes('Arabic article found'));
  const points = await until(popup, () => {
    const p = Array.from(document.querySelectorAll('[data-testid=point]'), (e) => e.textContent ?? '');
    return p.length ? p : null;
  });
  expect(points!.some((p) => /[a-z]{4,}/i.test(p))).toBe(true);
  // entities are on their own tab of the popup
  const tabs = await popup.$$('[role=tab]');
  for (const t of tabs) if (/entit|people/i.test((await t.evaluate((e) => e.textContent)) ?? '')) await t.click();
  const entities = await until(popup, () => {
    const e = Array.from(document.querySelectorAll('[data-testid=entity]'), (x) => x.textContent ?? '');
    return e.length ? e : null;
  });
  expect(entities!.length).toBeGreaterThan(2);
  // no Translator API in Firefox: with the on-device translator chosen, the English falls back and says so
  await h.setSettings({ provider: 'translator' });
  await popup.close();
  const again = await h.extensionPage(`popup.html?tab=${await h.tabId(page)}`);
  const note = await until(again, () => document.querySelector('[data-testid=provider-note]')?.textContent ?? null);
  expect(note).toMatch(/no on-device translator.*offline gist/i);
  await page.close();
});

test('the options page saves a setting and reads it back after a reload', async () => {
  const options = await h.extensionPage('options.html');
  const select = await until(options, () => {
    const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.includes('Tooltip theme'));
    return label?.querySelector('select') ? true : null;
  });
  expect(select).toBe(true);
  await options.evaluate(() => {
    const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.includes('Tooltip theme'))!;
    const s = label.querySelector('select')!;
    s.value = 'dark';
    s.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await until(options, () => document.body.textContent?.includes('Saved'));
  expect((await options.evaluate(() => browser.storage.local.get('settings'))).settings?.theme).toBe('dark');
  await options.close();
  const reopened = await h.extensionPage('options.html');
  const shown = await until(reopened, () => {
    const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.includes('Tooltip theme'));
    // the select shows the default until the stored settings arrive: wait for a stored value, not the first one
    const v = label?.querySelector('select')?.value;
    return v && v !== 'auto' ? v : null;
  });
  expect(shown).toBe('dark');
});

test('the reader view shows the article in two columns, every sentence with its English', async () => {
  const page = await h.newPage('/');
  await h.articleReady(page);
  const reader = await h.extensionPage(`reader.html?tab=${await h.tabId(page)}`);
  await until(reader, () => document.querySelectorAll('[data-testid=ar-sentence]').length > 0);
  await until(reader, () => ![...document.querySelectorAll('[data-testid=en-line]')].some((l) => l.textContent === '…'));
  const view = await reader.evaluate(() => ({
    ar: document.querySelectorAll('[data-testid=ar-sentence]').length,
    en: Array.from(document.querySelectorAll('[data-testid=en-line]'), (l) => l.textContent ?? ''),
    headline: document.querySelector('h1')?.textContent ?? '',
  }));
  expect(view.ar).toBeGreaterThan(5);
  expect(view.en).toHaveLength(view.ar);
  expect(view.en.filter((l) => /[a-z]{3,}/i.test(l)).length).toBeGreaterThan(view.ar * 0.8);
  expect(view.headline).toContain('وزراء الخارجية العرب');
  await reader.close();
  await page.close();
});

test('bilingual reading: English boxes under the paragraphs, styled; off restores the page as it was', async () => {
  const page = await h.newPage('/');
  await h.articleReady(page);
  const before = await page.evaluate(() => document.body.innerHTML);
  const id = await h.tabId(page);
  const ext = await h.extensionPage('options.html');
  const toggle = (on: boolean) =>
    ext.evaluate((id, on) => browser.tabs.sendMessage(id, { tarjuman: 1, type: 'toggleBilingual', on }), id, on);
  await toggle(true);
  await until(page, () => {
    const all = Array.from(document.querySelectorAll('tarjuman-bilingual'));
    return all.length > 3 && all.every((el) => el.shadowRoot!.querySelectorAll('.s.pending').length === 0);
  });
  const box = await page.evaluate(() => {
    const el = document.querySelector('tarjuman-bilingual')!;
    const bi = el.shadowRoot!.querySelector('.bi')!;
    return { text: bi.textContent ?? '', border: getComputedStyle(bi).borderLeftWidth, dir: getComputedStyle(bi).direction };
  });
  expect(box.text).toMatch(/[a-z]{4,}/i);
  // styled: the box's rules apply inside its shadow root (Firefox refused the adopted sheet there before)
  expect(box.border).toBe('3px');
  expect(box.dir).toBe('ltr');
  await toggle(false);
  await until(page, () => document.querySelectorAll('tarjuman-bilingual').length === 0);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  await ext.close();
  await page.close();
});

test('a word saved from the tooltip is in the vocabulary', async () => {
  const page = await h.newPage('/');
  expect((await hoverFor(page, 'article', 'الخارجية'))?.text).toContain('foreign');
  await page.keyboard.press('s');
  await waitForTip(page, (t) => !!t?.text.includes('Saved'));
  const vocab = await h.extensionPage('options.html#vocabulary');
  const rows = await until(vocab, () => {
    const r = Array.from(document.querySelectorAll('[data-testid=word-row]'), (e) => e.textContent ?? '');
    return r.length ? r : null;
  });
  expect(rows!.some((r) => r.includes('خارجي') || r.includes('foreign'))).toBe(true);
  await vocab.close();
  // moving away closes the tooltip, and with nothing highlighted the highlight rules leave the page
  await page.mouse.move(2, 2);
  await waitForTip(page, (t) => t === null);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await tooltip(page)).toBeNull();
  await page.close();
});

test('nothing was thrown into any page console', () => {
  expect(h.errors).toEqual([]);
});
