/** Saving from the tooltip: the S key and the buttons save the shown reading with its sentence; K marks it known. */
import { hoverWord, launch, tooltipText, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** The saved words, read through the service worker's own handler. */
async function savedWords(): Promise<Array<{ lemma: string; known: boolean; sentence: { text: string }; url: string }>> {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  const r = (await options.evaluate(() => chrome.runtime.sendMessage({ tarjuman: 1, type: 'listWords', params: {} }))) as {
    ok: boolean;
    value: Array<{ lemma: string; known: boolean; sentence: { text: string }; url: string }>;
    error?: string;
  };
  await options.close();
  if (!r.ok) throw new Error(`listWords: ${r.error}`);
  return r.value;
}

declare const chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };

test('S saves the hovered word with its sentence; K marks it as known; saving twice keeps one entry', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  await hoverWord(page, '#p4', 'الاقتصادي');
  expect(await tooltipText(page)).toContain('economic');
  await page.keyboard.press('s');
  await page.waitForFunction(() =>
    document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.keys')?.textContent?.includes('Saved'),
  );
  let words = await savedWords();
  const saved = words.find((w) => w.lemma.replace(/[\u064B-\u0652]/g, '') === 'اقتصادي');
  expect(saved).toBeTruthy();
  expect(saved!.sentence.text).toContain('التعاون الاقتصادي');
  expect(saved!.url).toContain('/fixtures/hover.html');
  expect(saved!.known).toBe(false);

  await page.keyboard.press('k');
  await page.waitForFunction(() =>
    document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.keys')?.textContent?.includes('known'),
  );
  words = await savedWords();
  const again = words.filter((w) => w.lemma.replace(/[\u064B-\u0652]/g, '') === 'اقتصادي');
  expect(again).toHaveLength(1);
  expect(again[0]!.known).toBe(true);
  await page.close();
});

test('the save button does the same with the pointer', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  await hoverWord(page, '#p4', 'القاهرة');
  await tooltipText(page);
  const button = page.locator('tarjuman-root >> css=.act').first();
  await button.click();
  await page.waitForFunction(() =>
    document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.keys')?.textContent?.includes('Saved'),
  );
  expect((await savedWords()).some((w) => w.sentence.text.includes('القاهرة'))).toBe(true);
  await page.close();
});

test('no console errors', () => {
  expect(h.errors).toEqual([]);
});
