/**
 * What a page must not be able to do with the extension, and what it must not do to a page: synthetic events do not
 * drive the tooltip or save words, what the user writes in an editor is never changed, and a page that changes every
 * second still gets its article found.
 */
import type { Page } from 'playwright-core';
import { hoverWord, launch, savedLemmas, setSettings, tabIdOf, tooltipText, waitForTooltip, wordPoint, type Harness } from './harness';

let h: Harness;

// the extension API as seen from an extension page and from the service worker
declare const chrome: {
  runtime: { sendMessage(m: object): Promise<unknown> };
  storage: {
    local: { set(v: object): Promise<void>; remove(k: string): Promise<void> };
    session: { get(k: string): Promise<Record<string, { status?: string }>> };
  };
};

beforeAll(async () => {
  h = await launch();
  await setSettings(h.worker);
});
afterAll(async () => {
  await h?.close();
});

async function tabStatus(page: Page): Promise<string | undefined> {
  const tabId = await tabIdOf(h.worker, page);
  return h.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`]?.status, tabId);
}

test("a page's synthetic pointer moves, keys and clicks do not show the tooltip, save words or mark them known", async () => {
  let page = await h.newPage('/fixtures/hover.html');
  // 1. a synthetic move over a word shows nothing
  const p = await wordPoint(page, '#p4', 'الاقتصادي');
  await page.evaluate(({ x, y }) => {
    for (const type of ['pointerrawupdate', 'pointermove'])
      document.elementFromPoint(x, y)!.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true }));
  }, p);
  expect(await tooltipText(page, 1500)).toBeNull();

  // 2. with the tooltip open on a word (a real hover), synthetic S and K keys and clicks on its buttons do nothing
  await hoverWord(page, '#p4', 'الاقتصادي');
  expect(await tooltipText(page)).toContain('economic');
  await page.evaluate(() => {
    for (const key of ['s', 'k']) document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    const root = document.querySelector('tarjuman-root')?.shadowRoot;
    root?.querySelectorAll<HTMLButtonElement>('.act').forEach((b) => b.click());
  });
  // 3. the user's own S on another word saves that word; its request comes after any the page could have caused
  await page.close();
  page = await h.newPage('/fixtures/hover.html');
  await hoverWord(page, '#p5', 'الناشر');
  expect((await waitForTooltip(page, (t) => t?.word === 'الناشر', 10000))?.word).toBe('الناشر');
  await page.keyboard.press('s');
  await page.waitForFunction(() =>
    document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.keys')?.textContent?.includes('Saved'),
  );
  const saved = await savedLemmas(h);
  expect(saved.some((l) => l.includes('ناشر'))).toBe(true);
  expect(saved.some((l) => l.includes('اقتصادي'))).toBe(false);
  await page.close();
});

test('what the user writes in an editor or a text box is never changed or taken as the article, with every reading aid on', async () => {
  await h.worker.evaluate(() =>
    chrome.storage.local.set({ 'aids:127.0.0.1': { underline: true, hideDiacritics: true, largeFont: true, gloss: true } }),
  );
  const page = await h.newPage('/fixtures/hostile/editor-article.html');
  // the aids ran on the article: its diacritics are gone and its glosses are there
  await page.waitForFunction(() => !/[\u064B-\u0652]/.test(document.getElementById('a1')!.textContent!), undefined, { timeout: 20000 });
  await page.waitForFunction(() => document.querySelector('#a2 ruby'), undefined, { timeout: 20000 });
  const now = await page.evaluate(() => ({
    initial: (window as unknown as { __initial: { editor: string; box: string } }).__initial,
    editor: document.getElementById('editor')!.innerHTML,
    box: (document.getElementById('box') as HTMLTextAreaElement).value,
    style: document.getElementById('e1')!.getAttribute('style'),
  }));
  expect(now.editor).toBe(now.initial.editor);
  expect(now.box).toBe(now.initial.box);
  expect(now.style).toBeNull();
  await page.close();
  await h.worker.evaluate(() => chrome.storage.local.remove('aids:127.0.0.1'));
});

test('a page that changes every second still has its article found', async () => {
  const page = await h.newPage('/fixtures/hostile/ticker.html');
  const end = Date.now() + 30000;
  while ((await tabStatus(page)) !== 'article') {
    if (Date.now() > end) throw new Error(`no article: ${await tabStatus(page)}`);
    await page.waitForTimeout(200);
  }
  await page.close();
});

test('no console errors', () => {
  expect(h.errors).toEqual([]);
});
