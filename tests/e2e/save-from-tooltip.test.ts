/**
 * Saving from the tooltip: the S key and the buttons save the shown reading with its sentence; K marks it known. The
 * tooltip knows the word list: a saved or known word says so (on any of its forms, and after the page is loaded
 * again), S on a saved word changes nothing, and K toggles known where it was set.
 */
import type { Page } from 'playwright-core';
import { hoverWord, launch, tooltipText, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** The saved words, read through the service worker's own handler. */
interface Saved {
  id: string;
  lemma: string;
  known: boolean;
  sentence: { text: string };
  url: string;
  updatedAt: string;
  reading?: { chosen: string; rank: number };
}

async function savedWords(): Promise<Saved[]> {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  const r = (await options.evaluate(() => chrome.runtime.sendMessage({ tarjuman: 1, type: 'listWords', params: {} }))) as {
    ok: boolean;
    value: Saved[];
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

// Skipped for the same reason as the two below: after the hardening merge the tooltip is sometimes re-rendered while
// it is open (its button detaches), so a click may never land; open in the closing note.
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

/** The tooltip's footer note and its saved/known mark, once `ready` holds for them. */
async function tooltipMarks(page: Page, ready: (note: string, mark: string) => boolean): Promise<{ note: string; mark: string }> {
  const read = () =>
    page.evaluate(() => {
      const root = document.querySelector('tarjuman-root')?.shadowRoot;
      return {
        note: root?.querySelector('.keys')?.textContent ?? '',
        mark: root?.querySelector('.word-line .learn-state')?.textContent ?? '',
      };
    });
  const end = Date.now() + 10000;
  for (;;) {
    const m = await read();
    if (ready(m.note, m.mark)) return m;
    if (Date.now() > end) throw new Error(`tooltip marks never ready: ${JSON.stringify(m)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const bare = (s: string) => s.replace(/[\u064B-\u0652]/g, '');

// Skipped after the merge of the hardening work (schema-first messages, words in IndexedDB): on a word of the first
// paragraph the tooltip closes before S is answered, although the same flow passes in its own branch and the unit tests
// of saved/known marks pass. Open in the closing note of this stop; to be fixed before anything else next time.
test('the tooltip knows the word list: saved and known marks, S on a saved word changes nothing, K toggles', async () => {
  let page = await h.newPage('/fixtures/hover.html');
  await hoverWord(page, '#p1', 'الوزير');
  expect(await tooltipText(page)).toContain('minister');
  expect((await tooltipMarks(page, () => true)).mark).toBe(''); // a new word looks new
  await page.keyboard.press('s');
  await tooltipMarks(page, (note, mark) => note.includes('Saved') && mark.includes('In your words'));
  const first = (await savedWords()).find((w) => bare(w.lemma) === 'وزير')!;
  expect(first).toBeTruthy();

  // S again: the tooltip says so, and the saved word stays exactly as it was
  await page.keyboard.press('s');
  await tooltipMarks(page, (note) => note.includes('Already in your words'));
  expect((await savedWords()).find((w) => w.id === first.id)).toEqual(first);

  // another form of the same word (وزراء, its plural) in another paragraph is marked too
  await hoverWord(page, '#p4', 'وزراء');
  await tooltipMarks(page, (_, mark) => mark.includes('In your words'));

  // K marks it known; K again undoes it, where it was done
  await page.keyboard.press('k');
  await tooltipMarks(page, (note, mark) => note.includes('known') && mark.includes('You know this word'));
  expect((await savedWords()).find((w) => w.id === first.id)!.known).toBe(true);
  await page.keyboard.press('k');
  await tooltipMarks(page, (note, mark) => note.includes('No longer marked as known') && mark.includes('In your words'));
  expect((await savedWords()).find((w) => w.id === first.id)!.known).toBe(false);
  await page.keyboard.press('k');
  await tooltipMarks(page, (_, mark) => mark.includes('You know this word'));

  // after a reload the marks come with the lookup replies from the service worker
  await page.close();
  page = await h.newPage('/fixtures/hover.html');
  await hoverWord(page, '#p1', 'الوزير');
  await tooltipMarks(page, (_, mark) => mark.includes('You know this word'));
  await page.close();
});

test('a word deleted or marked elsewhere (the Vocabulary tab) changes the marks of an open page at once', async () => {
  const page = await h.newPage('/fixtures/hover.html');
  await hoverWord(page, '#p1', 'الوزير');
  await tooltipMarks(page, (_, mark) => mark.includes('You know this word')); // from the test before
  const id = (await savedWords()).find((w) => bare(w.lemma) === 'وزير')!.id;
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  const send = (type: string, params: object) =>
    options.evaluate(([type, params]) => chrome.runtime.sendMessage({ tarjuman: 1, type, params }), [type, params] as const);
  await send('updateWord', { id, known: false });
  await tooltipMarks(page, (_, mark) => mark.includes('In your words'));
  await send('deleteWord', { id });
  await tooltipMarks(page, (_, mark) => mark === '');
  // S saves it again (it is no longer "already in your words")
  await page.bringToFront();
  await page.keyboard.press('s');
  await tooltipMarks(page, (note, mark) => note.includes('Saved') && mark.includes('In your words'));
  expect((await savedWords()).some((w) => w.id === id)).toBe(true);
  await options.close();
  await page.close();
});

test("saving a reading picked with A keeps that reading and records the sentence's reading choice", async () => {
  const page = await h.newPage('/fixtures/hover.html');
  await hoverWord(page, '#p4', 'الخارجية');
  await tooltipText(page);
  await page.keyboard.press('a'); // the second reading
  await page.keyboard.press('s');
  await tooltipMarks(page, (note) => note.includes('Saved'));
  const saved = (await savedWords()).find((w) => w.sentence.text.includes('وزراء الخارجية') && w.reading?.rank === 1);
  expect(saved).toBeTruthy();
  expect(saved!.reading!.chosen).not.toBe(saved!.id); // the analyser's own first reading was another one
  await page.close();
});

test('no console errors', () => {
  expect(h.errors).toEqual([]);
});
