/**
 * What Firefox does differently: the background is an event page that Firefox suspends when idle (here after 2 s), and
 * site access is a permission the user can withhold (Firefox for Android grants none at install) or take back. And
 * what an extension page may start there: the dictionary import's module worker.
 */
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { hoverFor, launch, until, type FirefoxHarness } from './harness';

let h: FirefoxHarness;
let ext: Page;

beforeAll(async () => {
  h = await launch({ prefs: { 'extensions.background.idle.timeout': 2000 } });
  ext = await h.extensionPage('options.html');
});
afterEach(async () => {
  await h.closePages(ext);
});
afterAll(async () => {
  await h?.close();
});

declare const browser: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  extension: { getViews(): Window[] };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
};

function tabIds(): Promise<number[]> {
  return ext.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id ?? -1));
}

/** Whether the background page is running (Firefox lists it among the extension's views while it lives). */
function backgroundAlive(): Promise<boolean> {
  return ext.evaluate(() => browser.extension.getViews().some((w) => w.location.pathname.includes('background')));
}

test('the background page is suspended when idle, wakes for a lookup, and still knows the tab’s article', async () => {
  const page = await h.newPage('/');
  await h.articleReady(page);
  const tabId = await h.tabId(page);
  // idle: Firefox unloads the event page (the content script keeps no connection open that would hold it)
  const end = Date.now() + 30000;
  while ((await backgroundAlive()) && Date.now() < end) await new Promise((r) => setTimeout(r, 250));
  expect(await backgroundAlive()).toBe(false);
  // the page goes on working: a hover glosses (from the content script's cache or a woken background)
  expect((await hoverFor(page, 'article', 'الخارجية'))?.text).toContain('foreign');
  while ((await backgroundAlive()) && Date.now() < end + 30000) await new Promise((r) => setTimeout(r, 250));
  expect(await backgroundAlive()).toBe(false);
  // asleep, the popup asks: the background wakes with nothing in memory, and the tab's state comes from storage.session
  const popup = await h.extensionPage(`popup.html?tab=${tabId}`);
  await until(popup, () => document.querySelector('[data-testid=status]')?.textContent?.includes('Arabic article found'));
  expect(await popup.evaluate(() => document.querySelectorAll('[data-testid=point]').length)).toBeGreaterThan(0);
  await popup.close();
  await page.close();
});

test('site access at run time: a port-specific endpoint pattern is understood; without access the popup asks for it', async () => {
  // the model endpoint's permission pattern keeps its port (http://127.0.0.1:11434/*): Firefox accepts and matches it
  expect(await ext.evaluate(() => browser.permissions.contains({ origins: ['http://127.0.0.1:11434/*'] }))).toBe(true);
  const page = await h.newPage('/');
  await h.articleReady(page);
  const popup = await h.extensionPage(`popup.html?tab=${await h.tabId(page)}`);
  await until(popup, () => document.querySelector('[data-testid=status]')?.textContent?.includes('Arabic article found'));
  expect(await popup.$('[data-testid=site-access]')).toBeNull();
  await popup.close();
  await page.close();

  // the user takes site access back (about:addons → Permissions)
  expect(await ext.evaluate(() => browser.permissions.remove({ origins: ['http://*/*'] }))).toBe(true);
  expect(await ext.evaluate(() => browser.permissions.contains({ origins: ['http://127.0.0.1:11434/*'] }))).toBe(false);
  // without site access the tab's URL is hidden from the extension: the new tab is the one that was not there before
  const before = await tabIds();
  const bare = await h.newPage('/');
  const opened = (await tabIds()).filter((id) => !before.includes(id));
  expect(opened).toHaveLength(1);
  const asking = await h.extensionPage(`popup.html?tab=${opened[0]}`);
  const text = await until(asking, () => document.querySelector('[data-testid=site-access]')?.textContent ?? null);
  expect(text).toContain('may not read websites');
  expect(await asking.$('[data-testid=grant-sites]')).not.toBeNull();
  // and the page was left alone: no content script ran
  expect(await bare.evaluate(() => document.querySelector('tarjuman-root'))).toBeNull();
});

test('a dictionary zip is read and stored by the options page’s module worker', async () => {
  const bank = [['قرطاسيات', '', 'n', '', 0, ['stationery (worker test)'], 1, '']];
  const zip = zipSync({
    'index.json': strToU8(JSON.stringify({ title: 'Firefox Worker Test', revision: '1', format: 3 })),
    'term_bank_1.json': strToU8(JSON.stringify(bank)),
  });
  const reply = await ext.evaluate(
    (bytes) =>
      new Promise<{ kind: string; record?: { title: string; termCount: number }; message?: string }>((resolve) => {
        const w = new Worker('dictionary-worker.js', { type: 'module' });
        w.onmessage = (e) => e.data.kind !== 'progress' && resolve(e.data);
        w.onerror = (e) => resolve({ kind: 'error', message: e.message });
        w.postMessage({ bytes: new Uint8Array(bytes).buffer });
      }),
    Array.from(zip),
  );
  expect(reply).toMatchObject({ kind: 'done', record: { title: 'Firefox Worker Test', termCount: 1 } });
});

test('nothing was thrown into any page console', () => {
  expect(h.errors).toEqual([]);
});
