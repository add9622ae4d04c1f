/**
 * Hostile pages: a huge DOM, deep nesting, a page that replaces built-ins and claims our element names, open shadow
 * DOM, same- and cross-origin frames, a strict CSP, an editor, a file:// page, and an SPA. In each the extension never
 * throws into the page console and the page's own check of itself still passes after hovering; the content script's
 * heap stays bounded over 500 hovers and 20 SPA navigations, and an unchanged article is never analysed twice.
 */
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launch, setSettings, tabIdOf, wordPoint, type Harness } from './harness';

let h: Harness;

// the extension API as seen from the service worker (code run there through worker.evaluate)
declare const chrome: {
  runtime: { onMessage: { addListener(f: (m: unknown) => void): void } };
  tabs: { sendMessage(tabId: number, msg: object): Promise<unknown> };
  storage: {
    session: { get(k: string): Promise<Record<string, { status?: string; article?: { url: string } }>> };
    local: { set(v: object): Promise<void>; remove(k: string): Promise<void> };
  };
};

beforeAll(async () => {
  h = await launch();
  await setSettings(h.worker);
  // counts the article analyses the content scripts ask for
  await h.worker.evaluate(() => {
    const g = globalThis as unknown as { __analyses?: number };
    g.__analyses = 0;
    chrome.runtime.onMessage.addListener((m) => {
      if ((m as { type?: string })?.type === 'analyzeArticle') g.__analyses = (g.__analyses ?? 0) + 1;
    });
  });
});
afterAll(async () => {
  await h?.close();
});

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'hostile');

/** Errors any page has logged so far (the harness collects console errors and page errors of every page). */
function expectNoErrors(): void {
  expect(h.errors).toEqual([]);
}

const analyses = () => h.worker.evaluate(() => (globalThis as unknown as { __analyses: number }).__analyses);

async function waitForAnalyses(n: number, timeout = 20000): Promise<void> {
  const end = Date.now() + timeout;
  while ((await analyses()) < n) {
    if (Date.now() > end) throw new Error(`expected ${n} analyses, saw ${await analyses()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What the tab reported to the service worker. */
async function tabState(page: Page): Promise<{ status?: string; article?: { url: string } } | undefined> {
  const tabId = await tabIdOf(h.worker, page);
  return h.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
}

async function waitForArticle(page: Page, timeout = 30000): Promise<void> {
  const end = Date.now() + timeout;
  while ((await tabState(page))?.status !== 'article') {
    if (Date.now() > end) throw new Error(`no article: ${JSON.stringify(await tabState(page))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The word the open tooltip shows (found without any built-in the hostile page replaced), or null. */
function tooltipWord(target: Page | Frame): Promise<string | null> {
  return target.evaluate(() => {
    const host = document.querySelector('tarjuman-root, [data-tarjuman="layer"]');
    const word = host && host.shadowRoot ? host.shadowRoot.querySelector('.tooltip .word') : null;
    return word ? word.textContent : null;
  });
}

type Point = { x: number; y: number };

/** Hovers the point until the tooltip shows `word` (a fresh page's content script may still be starting). */
async function hoverUntil(page: Page, at: () => Promise<Point>, word: string, target: Page | Frame = page): Promise<string | null> {
  let seen: string | null = null;
  // a tooltip lying over the word keeps itself open while the pointer is on it: go round it, as a reader would
  if (await tooltipWord(target)) {
    await page.mouse.move(1, 1);
    for (let i = 0; i < 20 && (await tooltipWord(target)); i++) await page.waitForTimeout(50);
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const p = await at();
    await page.mouse.move(p.x + 3, p.y + 4);
    await page.mouse.move(p.x, p.y, { steps: 2 });
    for (let i = 0; i < 30 && seen !== word; i++) {
      await page.waitForTimeout(100);
      seen = await tooltipWord(target);
    }
    if (seen === word) return seen;
  }
  return seen;
}

const hoverWord = (page: Page, selector: string, word: string, frame?: Frame) =>
  hoverUntil(page, () => wordPoint(frame ?? page, selector, word), word, frame ?? page);

function pageCheck(target: Page | Frame, arg?: string): Promise<string[]> {
  return target.evaluate((a) => (window as unknown as { __pageCheck(a?: string): string[] }).__pageCheck(a), arg);
}

/** Turns bilingual reading on or off in the tab, as the popup does. */
async function bilingual(page: Page, on: boolean): Promise<void> {
  const tabId = await tabIdOf(h.worker, page);
  await h.worker.evaluate(({ tabId, on }) => chrome.tabs.sendMessage(tabId, { tarjuman: 1, type: 'toggleBilingual', on }), { tabId, on });
}

/**
 * Bilingual hosts in the page (ours are <tarjuman-bilingual>, or <div data-tarjuman> where the page took that name),
 * read with no built-in a hostile page replaced.
 */
function englishHosts(target: Page | Frame): Promise<Array<{ pending: number; text: string }>> {
  return target.evaluate(() => {
    const out: Array<{ pending: number; text: string }> = [];
    for (const el of document.querySelectorAll('tarjuman-bilingual, [data-tarjuman="bilingual"]')) {
      const root = el.shadowRoot;
      const box = root ? root.querySelector('.bi') : null;
      out.push({ pending: root ? root.querySelectorAll('.s.pending').length : -1, text: box ? (box.textContent ?? '') : '' });
    }
    return out;
  });
}

async function englishShown(page: Page, timeout = 15000): Promise<number> {
  const end = Date.now() + timeout;
  for (;;) {
    const hosts = await englishHosts(page);
    if (hosts.length && hosts.every((x) => x.pending === 0)) return hosts.length;
    if (Date.now() > end) throw new Error(`English not shown: ${JSON.stringify(hosts).slice(0, 300)}`);
    await page.waitForTimeout(100);
  }
}

test('a huge article (50,000 words) is found, hoverable to its last paragraph, and left untouched', async () => {
  const page = await h.newPage('/fixtures/hostile/huge.html');
  await waitForArticle(page);
  const last = await page.evaluate(() => document.querySelectorAll('#story p').length - 1);
  expect(await hoverWord(page, `#p${last}`, 'المقبل')).toBe('المقبل');
  expect(await pageCheck(page)).toEqual([]);
  await page.close();
  expectNoErrors();
});

test('5,000 levels of nesting: the article at the bottom is found and hoverable', async () => {
  const page = await h.newPage('/fixtures/hostile/deep.html');
  await waitForArticle(page);
  expect(await hoverWord(page, '#d0', 'مستشفى')).toBe('مستشفى');
  expect(await pageCheck(page)).toEqual([]);
  await page.close();
  expectNoErrors();
});

test('a page that replaced built-ins and took our element names still gets tooltips and English, and keeps its own', async () => {
  const page = await h.newPage('/fixtures/hostile/builtins.html');
  expect(await hoverWord(page, '#h1', 'البرلمان')).toBe('البرلمان');
  expect(await hoverWord(page, '#h2', 'الحكومة')).toBe('الحكومة');
  await page.mouse.move(1, 1);
  await page.click('#counter');
  await waitForArticle(page);
  await bilingual(page, true);
  expect(await englishShown(page)).toBe(5); // the headline and four paragraphs
  await bilingual(page, false);
  // (polled from here: the page's MutationObserver, which waitForFunction would use, is gone)
  for (let i = 0; i < 50 && (await englishHosts(page)).length; i++) await page.waitForTimeout(100);
  expect(await englishHosts(page)).toEqual([]);
  expect(await pageCheck(page)).toEqual([]);
  await page.close();
  expectNoErrors();
});

test("Arabic inside a page's open shadow DOM is hoverable, and the component is left as it was", async () => {
  const page = await h.newPage('/fixtures/hostile/shadow.html');
  const inShadow = (id: string, word: string) => () =>
    page.evaluate(
      ({ id, word }) => {
        const p = document.getElementById('card')!.shadowRoot!.getElementById(id)!;
        const t = p.firstChild as Text;
        const i = t.data.indexOf(word);
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + word.length);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      },
      { id, word },
    );
  expect(await hoverUntil(page, inShadow('s1', 'المالية'), 'المالية')).toBe('المالية');
  expect(await hoverUntil(page, inShadow('s2', 'الاقتصاد'), 'الاقتصاد')).toBe('الاقتصاد');
  expect(await hoverWord(page, '#light', 'بيروت')).toBe('بيروت');
  const p = await inShadow('s3', 'خبراء')();
  await page.mouse.click(p.x, p.y);
  expect(await pageCheck(page)).toEqual([]);
  await page.close();
  expectNoErrors();
});

test('same-origin and cross-origin frames each get their own tooltip and are left as they were', async () => {
  const page = await h.newPage('/fixtures/hostile/frames.html');
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
  const frameOf = async (query: string) => {
    for (let i = 0; i < 50; i++) {
      const f = page.frames().find((x) => x.url().endsWith(`frame-inner.html?${query}`));
      if (f) {
        await f.waitForLoadState();
        return f;
      }
      await page.waitForTimeout(100);
    }
    throw new Error(`no ${query} frame`);
  };
  const same = await frameOf('same');
  const cross = await frameOf('cross');
  expect(new URL(cross.url()).hostname).not.toBe(new URL(page.url()).hostname);
  expect(await hoverWord(page, '#framed', 'الانتخابات', same)).toBe('الانتخابات');
  expect(await hoverWord(page, '#framed', 'اللجنة', cross)).toBe('اللجنة');
  expect(await hoverWord(page, '#outer', 'دمشق')).toBe('دمشق');
  for (const target of [page, same, cross]) expect(await pageCheck(target)).toEqual([]);
  await page.close();
  expectNoErrors();
});

test('under a strict CSP the tooltip and the English are styled, nothing is refused, and off restores the page', async () => {
  const page = await h.newPage('/fixtures/hostile/strict.csp.html');
  const before = await page.evaluate(() => document.getElementById('story')!.outerHTML);
  expect(await hoverWord(page, '#c1', 'الحكومة')).toBe('الحكومة');
  await page.mouse.move(1, 1);
  await waitForArticle(page);
  await bilingual(page, true);
  expect(await englishShown(page)).toBe(4);
  const borders = await page.evaluate(() =>
    Array.from(document.querySelectorAll('tarjuman-bilingual')).map(
      (el) => getComputedStyle(el.shadowRoot!.querySelector('.bi')!).borderLeftWidth,
    ),
  );
  expect(borders).toEqual(['3px', '3px', '3px', '3px']); // our stylesheet applies
  await bilingual(page, false);
  await page.waitForFunction(() => !document.querySelector('tarjuman-bilingual'));
  expect(await page.evaluate(() => document.getElementById('story')!.outerHTML)).toBe(before);
  await page.close();
  expectNoErrors(); // a refused style or script would be a console error
});

test('an editor is never written into: no tooltip while typing there, no English inside it, typing still works', async () => {
  const page = await h.newPage('/fixtures/hostile/editor.html');
  // what the user writes is never the article
  const end = Date.now() + 30000;
  while ((await tabState(page))?.status !== 'no-article') {
    if (Date.now() > end) throw new Error(`expected no article: ${JSON.stringify(await tabState(page))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const p = await wordPoint(page, '#e1', 'المزارعون');
  await page.mouse.move(p.x + 2, p.y);
  await page.mouse.move(p.x, p.y);
  await page.waitForTimeout(600);
  expect(await tooltipWord(page)).toBeNull(); // editors are ignored unless hover in inputs is on
  await bilingual(page, true);
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => document.querySelectorAll('#editor tarjuman-bilingual, #editor [data-tarjuman]').length)).toBe(0);
  await page.click('#e3');
  await page.keyboard.press('End');
  await page.keyboard.type('abc');
  await bilingual(page, false);
  expect(await pageCheck(page, 'abc')).toEqual([]);
  await page.close();
  expectNoErrors();
});

test('with every feature off the whole page is as its own scripts left it; after every feature on and off again, too', async () => {
  type Snapshot = { html: string; sheets: number };
  const snapshot = (page: Page) => page.evaluate(() => (window as unknown as { __snapshot(): Snapshot }).__snapshot());
  const ALL_AIDS = { underline: true, hideDiacritics: true, largeFont: true, gloss: true };
  const aids = (on: boolean) =>
    h.worker.evaluate(
      ({ on, all }) => (on ? chrome.storage.local.set({ 'aids:127.0.0.1': all }) : chrome.storage.local.remove('aids:127.0.0.1')),
      { on, all: ALL_AIDS },
    );
  await setSettings(h.worker, { enabled: false, highlights: false });
  const page = await h.newPage('/fixtures/hostile/untouched.html');
  await waitForArticle(page);
  const before = await page.evaluate(() => (window as unknown as { __before: Snapshot }).__before);
  // 1. off: nothing of ours in the page, not even a style sheet
  expect(await snapshot(page)).toEqual(before);

  // 2. every feature on: tooltip, entity highlights, reading aids, bilingual English
  await setSettings(h.worker, { enabled: true, highlights: true });
  await aids(true);
  await page.waitForFunction(() => document.querySelector('#u2 ruby'), undefined, { timeout: 20000 });
  expect(await hoverWord(page, '#u3', 'الحكومة')).toBe('الحكومة');
  await bilingual(page, true);
  expect(await englishShown(page)).toBeGreaterThan(0);
  expect((await snapshot(page)).html).not.toBe(before.html);

  // 3. off again: the whole page is back as it was
  await page.mouse.move(1, 1);
  await bilingual(page, false);
  await aids(false);
  await setSettings(h.worker, { enabled: false, highlights: false });
  // the highlight style sheet leaves a moment after the last highlight (page-styles.ts), so wait for it too
  await page.waitForFunction(
    (b) => document.documentElement.outerHTML === b.html && document.adoptedStyleSheets.length === b.sheets,
    before,
    { timeout: 20000 },
  );
  try {
    expect(await snapshot(page)).toEqual(before);
  } finally {
    await page.close();
    await setSettings(h.worker);
  }
  expectNoErrors();
});

test('a page opened from a file:// URL gets tooltips and is left untouched', async () => {
  const page = await h.context.newPage();
  await page.goto(`file://${path.join(FIXTURES, 'file-page.html')}`);
  expect(await hoverWord(page, '#f1', 'الثقافة')).toBe('الثقافة');
  expect(await pageCheck(page)).toEqual([]);
  await page.close();
  expectNoErrors();
});

test('a PDF in the browser’s viewer: nothing is added to it, nothing is thrown, and the next page is hoverable', async () => {
  const page = await h.newPage('/fixtures/hostile/document.pdf');
  await page.waitForTimeout(1000); // the viewer loads; a content script that would run there has run
  for (const x of [120, 160, 200]) await page.mouse.move(x, x - 20);
  expect(await page.evaluate(() => document.querySelectorAll('tarjuman-root, tarjuman-bilingual, [data-tarjuman]').length)).toBe(0);
  await page.goto(`file://${path.join(FIXTURES, 'file-page.html')}`);
  expect(await hoverWord(page, '#f1', 'الثقافة')).toBe('الثقافة');
  await page.close();
  expectNoErrors();
});

test('an SPA navigation is noticed and analysed; a new URL with the same article, or its re-render, is not analysed again', async () => {
  const page = await h.newPage('/fixtures/hostile/spa.html');
  await waitForArticle(page);
  const start = await analyses();
  await page.evaluate(() => (window as unknown as { navigateTo(n: number): void }).navigateTo(1));
  await waitForAnalyses(start + 1);
  await page.waitForFunction(() => document.querySelector('#story h1')?.textContent?.endsWith(' 1'));
  for (let i = 0; i < 50 && !(await tabState(page))?.article?.url.endsWith('?story=1'); i++) await page.waitForTimeout(100);
  expect((await tabState(page))?.article?.url).toMatch(/\?story=1$/);
  // same article under a new URL (and an unrelated change), then back to it (popstate re-renders it: new nodes)
  await page.evaluate(() => (window as unknown as { sameArticleNav(tag: string): void }).sameArticleNav('comments'));
  await page.waitForTimeout(1000);
  await page.goBack();
  await page.waitForTimeout(1000);
  expect(await analyses()).toBe(start + 1);
  // the re-rendered article is mapped again: the names it highlights are in the page's current nodes (they are
  // StaticRanges, which stay on the old nodes until redrawn, so this waits for the re-detection)
  const mapped = await page.waitForFunction(
    () => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const ranges = [...(reg.get('tarjuman-location') ?? []), ...(reg.get('tarjuman-organization') ?? [])];
      return ranges.length > 0 && ranges.every((r) => r.startContainer.isConnected);
    },
    undefined,
    { timeout: 10000 },
  );
  expect(await mapped.jsonValue()).toBe(true);
  expect(await analyses()).toBe(start + 1);
  await page.goBack(); // story 0 again: another article
  await waitForAnalyses(start + 2);
  expect(await pageCheck(page)).toEqual([]);
  await page.close();
  expectNoErrors();
});

/** The JS heap of the page's process after garbage collection (the content script's isolated world included). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Points of `count` words spread over the article on screen. */
function wordPoints(page: Page, count: number): Promise<Point[]> {
  return page.evaluate((count) => {
    const points: Array<{ x: number; y: number }> = [];
    const walker = document.createTreeWalker(document.getElementById('story')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const re = /[\u0621-\u064A]{3,}/g;
      for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const b = r.getBoundingClientRect();
        if (b.top > 0 && b.bottom < innerHeight && b.width > 0) points.push({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
      }
    }
    const step = Math.max(1, Math.floor(points.length / count));
    return points.filter((_, i) => i % step === 0).slice(0, count);
  }, count);
}

test('500 hovers and 20 SPA navigations with bilingual reading on: the heap stays within a small bound', async () => {
  const page = await h.newPage('/fixtures/hostile/spa.html');
  await waitForArticle(page);
  await bilingual(page, true);
  await englishShown(page);
  let story = 0;
  let hovers = 0;
  const navigate = async () => {
    const before = await analyses();
    story++;
    await page.evaluate((n) => (window as unknown as { navigateTo(n: number): void }).navigateTo(n), story);
    await waitForAnalyses(before + 1);
    await englishShown(page);
  };
  const hoverAround = async (count: number) => {
    for (const p of await wordPoints(page, count)) {
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(8);
      hovers++;
    }
  };
  // warm up: the caches fill and the code paths are compiled before the baseline is taken
  for (let i = 0; i < 2; i++) {
    await navigate();
    await hoverAround(25);
  }
  await page.mouse.move(1, 1);
  const baseline = await heapAfterGc(page);
  hovers = 0;
  for (let i = 0; i < 20; i++) {
    await navigate();
    await hoverAround(25);
  }
  expect(hovers).toBeGreaterThanOrEqual(500);
  expect(await tooltipWord(page)).not.toBeNull(); // the hovers were real: a tooltip is up
  await page.mouse.move(1, 1);
  await page.waitForTimeout(400);
  const after = await heapAfterGc(page);
  const growth = after - baseline;
  // a leak of the articles (their DOM maps, analyses and English) or of the lookups would be several MB here
  expect(growth).toBeLessThan(1.5 * 1024 * 1024);
  expect(await pageCheck(page)).toEqual([]);
  await bilingual(page, false);
  await page.close();
  expectNoErrors();
});
