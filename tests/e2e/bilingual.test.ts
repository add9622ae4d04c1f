/** Bilingual reading end to end: English under each paragraph, sentence-linked highlights, per-site memory, sources. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, tabIdOf, wordPoint, type Harness, setChecked } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  // every test starts with bilingual reading off on both test sites
  await h.worker.evaluate(() => Promise.all(['bilingual:127.0.0.1', 'bilingual:localhost'].map((k) => chrome.storage.local.remove(k))));
});

// the extension API as seen from the service worker (code run there through worker.evaluate)
declare const chrome: {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } };
  tabs: { sendMessage(tabId: number, msg: object): Promise<unknown> };
};

interface HostView {
  after: string | null;
  sentences: string[];
  pending: number;
  note: string;
}

/** What the bilingual hosts show, in page order. */
function hosts(page: Page): Promise<HostView[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('tarjuman-bilingual')).map((el) => {
      const root = el.shadowRoot!;
      return {
        after: el.previousElementSibling?.id ?? null,
        sentences: Array.from(root.querySelectorAll('.s')).map((s) => s.textContent ?? ''),
        pending: root.querySelectorAll('.s.pending').length,
        note: root.querySelector('.note')?.textContent ?? '',
      };
    }),
  );
}

/** Waits until `count` hosts show their English (nothing pending). */
async function englishShown(page: Page, count: number, timeout = 15000): Promise<HostView[]> {
  await page.waitForFunction(
    (n) => {
      const all = Array.from(document.querySelectorAll('tarjuman-bilingual'));
      return all.length === n && all.every((el) => el.shadowRoot!.querySelectorAll('.s.pending').length === 0);
    },
    count,
    { timeout },
  );
  return hosts(page);
}

/** Sends the command the popup and the keyboard shortcut send (through the service worker, as they do). */
async function toggle(page: Page, on?: boolean): Promise<void> {
  const tabId = await tabIdOf(h.worker, page);
  await h.worker.evaluate(({ tabId, on }) => chrome.tabs.sendMessage(tabId, { tarjuman: 1, type: 'toggleBilingual', on }), { tabId, on });
}

/** Waits for the article to be analysed (the content script reports it to the service worker). */
async function articleReady(page: Page): Promise<void> {
  const tabId = await tabIdOf(h.worker, page);
  await h.worker.evaluate(async (tabId) => {
    const g = globalThis as unknown as {
      chrome: { storage: { session: { get(k: string): Promise<Record<string, { status?: string }>> } } };
    };
    for (let i = 0; i < 150; i++) {
      const s = (await g.chrome.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`];
      if (s?.status === 'article') return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no article');
  }, tabId);
}

/** The Arabic text under the bilingual highlight, if any. */
function arabicHighlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return Array.from(reg.get('tarjuman-bilingual') ?? []).map((r) => r.toString());
  });
}

/** Evaluates `expression` in the content script's isolated world of the page's main frame. */
async function inContentWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { frameId?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const ctx = contexts.find((c) => c.name.startsWith('Tarjuman') && c.auxData?.frameId === frameTree.frame.id);
  if (!ctx) throw new Error('no content script world');
  const r = await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  return r.result.value;
}

const ARTICLE_HOSTS = 11; // the headline and ten paragraphs

test('the popup turns English on under every paragraph, sentence by sentence, and off again leaving the page as it was', async () => {
  const page = await h.newPage('/fixtures/bilingual.html');
  const snapshot = () =>
    page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('tarjuman-root').forEach((n) => n.remove());
      return { article: document.getElementById('story')!.outerHTML, html: clone.outerHTML };
    });
  await articleReady(page);
  const before = await snapshot();
  const popup = await h.popup(page);
  const box = popup.locator('[data-testid=bilingual]');
  await box.waitFor({ timeout: 15000 });
  expect(await box.isChecked()).toBe(false);
  await setChecked(box, true);
  await page.bringToFront();
  const shown = await englishShown(page, ARTICLE_HOSTS);
  expect(shown.map((x) => x.after)).toEqual(['headline', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9', 'b10']);
  // one English sentence per Arabic sentence: b1 has three, b2 two
  expect(shown[1]!.sentences).toHaveLength(3);
  expect(shown[2]!.sentences).toHaveLength(2);
  for (const x of shown) for (const s of x.sentences) expect(s).toMatch(/[A-Za-z]/);
  // no translator model on this machine: the offline gist, marked as such
  expect(shown.every((x) => /Offline gist/.test(x.note))).toBe(true);

  // pointing at an English sentence highlights its Arabic sentence
  const englishPoint = await page.evaluate(() => {
    const host = document.querySelectorAll('tarjuman-bilingual')[1]!;
    host.scrollIntoView({ block: 'center', behavior: 'instant' });
    const b = host.shadowRoot!.querySelectorAll('.s')[1]!.getClientRects()[0]!; // its first line
    return { x: b.left + Math.min(20, b.width / 2), y: b.top + b.height / 2 };
  });
  await page.mouse.move(englishPoint.x, englishPoint.y + 2);
  await page.mouse.move(englishPoint.x, englishPoint.y);
  await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('tarjuman-bilingual'));
  expect(await arabicHighlighted(page)).toEqual(['وبحث الوزراء نقص المياه في المنطقة.']);
  expect(
    await page.evaluate(() =>
      document.querySelectorAll('tarjuman-bilingual')[1]!.shadowRoot!.querySelector('.s.on')?.getAttribute('data-i'),
    ),
  ).toBeTruthy();

  // and the reverse: pointing at an Arabic sentence marks its English
  const p = await wordPoint(page, '#b2', 'سدود');
  await page.mouse.move(p.x + 2, p.y);
  await page.mouse.move(p.x, p.y);
  const marked = await page.waitForFunction(() => {
    const on = document.querySelectorAll('tarjuman-bilingual')[2]!.shadowRoot!.querySelectorAll('.s');
    return Array.from(on).findIndex((s) => s.classList.contains('on')) + 1 || null;
  });
  expect(await marked.jsonValue()).toBe(2); // the second English sentence of the paragraph
  expect(await arabicHighlighted(page)).toEqual(['ودعا الوزراء إلى بناء سدود جديدة وتحلية مياه البحر.']);

  await page.mouse.move(1, 1);
  await popup.bringToFront();
  await setChecked(box, false);
  await page.bringToFront();
  await page.waitForFunction(() => document.querySelectorAll('tarjuman-bilingual').length === 0);
  expect(await arabicHighlighted(page)).toEqual([]);
  const after = await snapshot();
  expect(after.article).toBe(before.article);
  expect(after.html).toBe(before.html);
  await popup.close();
  await page.close();
});

test('the mode is remembered per site: a new page of the site opens bilingual, another site does not', async () => {
  const page = await h.newPage('/fixtures/bilingual.html');
  await articleReady(page);
  await toggle(page); // the keyboard shortcut's command: flips the mode
  await englishShown(page, ARTICLE_HOSTS);
  const host = new URL(h.serverUrl).hostname;
  expect(await h.worker.evaluate((k) => chrome.storage.local.get(k), `bilingual:${host}`)).toEqual({ [`bilingual:${host}`]: true });

  const again = await h.newPage('/fixtures/bilingual.html');
  expect((await englishShown(again, ARTICLE_HOSTS)).length).toBe(ARTICLE_HOSTS);
  const other = await h.newPage(h.serverUrl.replace('127.0.0.1', 'localhost') + '/fixtures/bilingual.html');
  await articleReady(other);
  await other.waitForTimeout(500);
  expect(await hosts(other)).toEqual([]);

  await toggle(again); // flips it off, for the site
  await again.waitForFunction(() => document.querySelectorAll('tarjuman-bilingual').length === 0);
  expect(await h.worker.evaluate((k) => chrome.storage.local.get(k), `bilingual:${host}`)).toEqual({});
  const third = await h.newPage('/fixtures/bilingual.html');
  await articleReady(third);
  await third.waitForTimeout(500);
  expect(await hosts(third)).toEqual([]);
  for (const x of [page, again, other, third]) await x.close();
});

test('with the on-device translator available, visible paragraphs are translated first and kept for the article', async () => {
  const page = await h.newPage('/fixtures/bilingual.html');
  await articleReady(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // a stand-in Translator in the content script's world (the real one has no model on this machine)
  await inContentWorld(
    page,
    `self.__translated = [];
     self.Translator = {
       availability: async () => 'available',
       create: async () => ({
         translate: async (t) => { self.__translated.push(t); await new Promise((r) => setTimeout(r, 5)); return 'EN[' + t.length + ']'; },
         destroy() {},
       }),
     };`,
  );
  await toggle(page, true);
  const shown = await englishShown(page, ARTICLE_HOSTS);
  expect(shown.every((x) => x.note === 'English by the on-device translator')).toBe(true);
  // the stand-in drops every name and figure: those of our analysis follow in brackets (keep-facts.ts)
  expect(shown.every((x) => x.sentences.every((s) => /^EN\[\d+\]( \[[^\]]+\])?$/.test(s)))).toBe(true);
  const order = (await inContentWorld(page, 'self.__translated')) as string[];
  const arabic = await page.evaluate(() => ({
    top: ['headline', 'b1', 'b2'].map((id) => document.getElementById(id)!.textContent!).join(' '),
    last: document.getElementById('b10')!.textContent!,
    headline: document.getElementById('headline')!.textContent!,
  }));
  // the paragraphs on screen (the end of the article) came first, the headline far above only after them
  expect(arabic.top.includes(order[0]!)).toBe(false);
  const lastOnScreen = order.findIndex((s) => arabic.last.includes(s));
  expect(lastOnScreen).toBeGreaterThanOrEqual(0);
  expect(order.indexOf(arabic.headline)).toBeGreaterThan(lastOnScreen);
  const total = order.length;
  await toggle(page, false);
  await toggle(page, true);
  await englishShown(page, ARTICLE_HOSTS);
  expect(((await inContentWorld(page, 'self.__translated')) as string[]).length).toBe(total); // nothing translated twice
  await toggle(page, false);
  await page.close();
});

test('the keyboard shortcut is declared: Alt+Shift+B toggles bilingual reading', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    commands: Record<string, { suggested_key: { default: string } }>;
  };
  expect(manifest.commands['toggle-bilingual']?.suggested_key.default).toBe('Alt+Shift+B');
});

test('nothing was thrown into any page console', () => {
  expect(h.errors).toEqual([]);
});
