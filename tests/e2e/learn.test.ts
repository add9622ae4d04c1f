/**
 * Learning tools end to end in Chromium: a word looked up and saved through the service worker's messages (as the
 * tooltip's save key does) shows in the Vocabulary tab; notes, known, delete with undo; CSV export downloaded and
 * read back; a JSON backup imported; the words pushed to a fake AnkiConnect on 127.0.0.1; a review in the popup.
 *
 * AnkiConnect from the service worker needs no host permission: the request is a plain POST (text/plain, no
 * preflight) and AnkiConnect answers extension origins with CORS headers, which the fake server does too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { pushToAnki } from '../../src/learn/anki-connect';
import { emptyCard } from '../../src/learn/card';
import type { SavedWord } from '../../src/learn/types';
import type { LookupResult } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { startFakeAnki, type FakeAnki } from './fake-anki';
import { launch, setSettings, type Harness, setChecked } from './harness';

declare const chrome: {
  runtime: { sendMessage(msg: object): Promise<unknown> };
  action: { getBadgeText(d: object): Promise<string> };
};

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

let h: Harness;
let anki: FakeAnki;
let options: Page;

beforeAll(async () => {
  anki = await startFakeAnki();
  // what the options page's "Allow access" would grant for the AnkiConnect address (127.0.0.1); localhost is not granted
  h = await launch({ hosts: ['http://127.0.0.1/*'] });
});
afterAll(async () => {
  await h?.close();
  await anki?.close();
});

/** A typed request from an extension page, as src/shared/client.ts sends it. */
const send = <T>(page: Page, type: string, params: object) =>
  page.evaluate(([type, params]) => chrome.runtime.sendMessage({ tarjuman: 1, type, params }), [type, params] as const) as Promise<
    Reply<T>
  >;

/** What the content script does on its save key: look the word up, then save the chosen reading with its context. */
async function lookUpAndSave(page: Page, context: string, word: string, url: string, title: string): Promise<SavedWord> {
  const offset = context.indexOf(word);
  const look = await send<LookupResult | null>(page, 'lookup', { context, offset });
  if (!look.ok || !look.value) throw new Error(`lookup failed: ${JSON.stringify(look)}`);
  const a = look.value.analyses[0]!;
  const saved = await send<SavedWord>(page, 'saveWord', {
    lemma: a.lemma,
    pos: a.pos,
    gloss: a.gloss,
    root: a.root,
    translit: a.translit,
    context,
    start: look.value.start,
    end: look.value.end,
    url,
    title,
  });
  if (!saved.ok) throw new Error(saved.error);
  return saved.value;
}

const rows = (page: Page) => page.locator('[data-testid=word-row]');
const waitText = (page: Page, testid: string, includes: string, timeout = 10000) =>
  page.waitForFunction(
    ({ testid, includes }) => document.querySelector(`[data-testid=${testid}]`)?.textContent?.includes(includes),
    { testid, includes },
    { timeout },
  );
const badge = () => h.worker.evaluate(() => chrome.action.getBadgeText({}));

const CONTEXT_1 = 'قال الوزير إن المحادثات ستستمر. وأضاف أن الوفد وصل إلى القاهرة مساء أمس.';
const CONTEXT_2 = 'وأكد الوزير في مؤتمر صحفي أن "الحل السياسي" ممكن.';

describe('in Chromium: save → Vocabulary tab → export, Anki, review', () => {
  test('a word saved through the service worker appears in the Vocabulary tab; saving it again updates it', async () => {
    options = await h.newPage(`chrome-extension://${h.extensionId}/options.html#vocabulary`);
    await options.waitForSelector('[data-testid=vocab-empty]');
    const minister = await lookUpAndSave(options, CONTEXT_1, 'الوزير', `${h.serverUrl}/news/1`, 'اجتماع وزراء الخارجية, "عاجل"');
    expect(minister).toMatchObject({ lemma: 'وَزِير', pos: 'noun', root: 'و ز ر', gloss: expect.stringContaining('minister') });
    expect(minister.sentence.text).toBe('قال الوزير إن المحادثات ستستمر.');
    await options.waitForFunction(() => document.querySelectorAll('[data-testid=word-row]').length === 1);
    const again = await lookUpAndSave(options, CONTEXT_2, 'الوزير', `${h.serverUrl}/news/2`, 'مؤتمر صحفي');
    expect(again.id).toBe(minister.id);
    await lookUpAndSave(options, CONTEXT_1, 'المحادثات', `${h.serverUrl}/news/1`, 'اجتماع وزراء الخارجية, "عاجل"');
    await options.waitForFunction(() => document.querySelectorAll('[data-testid=word-row]').length === 2);
    const first = rows(options).filter({ hasText: 'وَزِير' });
    expect(await first.locator('mark').textContent()).toBe('الوزير');
    expect(await first.textContent()).toContain('مؤتمر صحفي');
    expect(await waitText(options, 'vocab-count', '2 of 2 words')).toBeTruthy();
    expect(await badge()).toBe('2');
  });

  test('search, root filter, note, known, delete with undo', async () => {
    await options.fill('[data-testid=vocab-search]', 'talks');
    await waitText(options, 'vocab-count', '1 of 2');
    await options.fill('[data-testid=vocab-search]', '');
    await rows(options).filter({ hasText: 'وَزِير' }).locator('button.link').click(); // its root
    await waitText(options, 'vocab-count', '1 of 2');
    expect(await options.locator('[data-testid=vocab-root]').inputValue()).toBe('و ز ر');
    await options.selectOption('[data-testid=vocab-root]', '');

    const row = rows(options).filter({ hasText: 'وَزِير' });
    await row.locator('textarea').fill('وزير = minister, "vizier"');
    await row.locator('textarea').blur();
    await waitText(options, 'vocab-status', 'Note saved.');
    await setChecked(row.locator('input[type=checkbox]'), true);
    await options.waitForFunction(() => document.querySelector('[data-testid=word-row].known'));
    expect(await badge()).toBe('1'); // known words are not reviewed

    await rows(options)
      .filter({ hasText: 'مُحادَثة' })
      .getByRole('button', { name: /Delete/ })
      .click();
    await waitText(options, 'vocab-status', 'Deleted مُحادَثة.');
    await options.waitForFunction(() => document.querySelectorAll('[data-testid=word-row]').length === 1);
    await options.click('[data-testid=undo]');
    await waitText(options, 'vocab-status', 'مُحادَثة is back.');
    await options.waitForFunction(() => document.querySelectorAll('[data-testid=word-row]').length === 2);
  });

  test('CSV export downloads a file ready for Anki: header lines, quoted commas and quotes, Arabic as written', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-testid=export-csv]')]);
    expect(download.suggestedFilename()).toMatch(/^tarjuman-anki-\d{4}-\d\d-\d\d\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '#separator:comma',
      '#html:true',
      '#tags column:8',
      '#columns:Arabic,Vowelled,Transliteration,English,Root,Sentence,Source URL,Tags',
    ]);
    const minister = lines.find((l) => l.startsWith('وزير,'));
    expect(minister).toBe(
      `وزير,وَزِير,wazīr,minister,و ز ر,"وأكد <b>الوزير</b> في مؤتمر صحفي أن ""الحل السياسي"" ممكن.",${h.serverUrl}/news/2,tarjuman noun known`,
    );
    expect(lines.some((l) => l.startsWith('محادثة,مُحادَثة,'))).toBe(true);
    await waitText(options, 'vocab-status', 'Exported 2 words');
  });

  test('a JSON backup exports, and importing one merges (hostile files refused with a message)', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-testid=export-json]')]);
    const backup = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { words: SavedWord[] };
    expect(backup.words).toHaveLength(2);
    const extra: SavedWord = {
      ...backup.words[0]!,
      id: 'كِتاب|noun',
      lemma: 'كِتاب',
      vowelled: 'كِتاب',
      gloss: 'book',
      root: 'ك ت ب',
      note: '',
      known: false,
      card: emptyCard(new Date()),
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-import-'));
    const file = path.join(dir, 'backup.json');
    fs.writeFileSync(file, JSON.stringify({ ...backup, words: [...backup.words, extra] }));
    await options.setInputFiles('[data-testid=import-file]', file);
    await waitText(options, 'vocab-status', 'Imported: 1 new, 0 updated, 2 unchanged.');
    await options.waitForFunction(() => document.querySelectorAll('[data-testid=word-row]').length === 3);
    fs.writeFileSync(file, JSON.stringify({ ...backup, words: [{ ...extra, url: 'javascript:alert(1)' }] }));
    await options.setInputFiles('[data-testid=import-file]', file);
    await waitText(options, 'vocab-status', 'This file cannot be imported');
    expect(await rows(options).count()).toBe(3);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Send to Anki: the service worker calls AnkiConnect (addNotes, version 6, deck and note type from settings)', async () => {
    await setSettings(h.worker, { anki: { url: anki.url, deck: 'Arabic news', model: 'Basic' } });
    await options.waitForFunction((url) => (document.querySelector('[data-testid=anki-url]') as HTMLInputElement)?.value === url, anki.url);
    await options.click('[data-testid=push-anki]');
    await waitText(options, 'vocab-status', 'Anki: 3 notes added, 0 already in the deck.');
    const add = anki.requests.find((r) => r.action === 'addNotes')!;
    expect(add.version).toBe(6);
    expect(add.origin).toBe(`chrome-extension://${h.extensionId}`);
    expect(anki.notes.map((n) => [n.deckName, n.modelName])).toEqual(Array(3).fill(['Arabic news', 'Basic']));
    const note = anki.notes.find((n) => n.fields.Front?.includes('وَزِير'))!;
    expect(note.fields.Front).toContain('<b>الوزير</b>');
    expect(note.fields.Back).toContain('minister');
    expect(note.tags).toEqual(['tarjuman', 'noun', 'known']);
    await options.click('[data-testid=push-anki]');
    await waitText(options, 'vocab-status', 'Anki: 0 notes added, 3 already in the deck.');
  });

  test('Send to Anki at an address the extension may not reach: nothing sent, and the learner is told where to allow it', async () => {
    const before = anki.requests.length;
    const url = anki.url.replace('127.0.0.1', 'localhost');
    await setSettings(h.worker, { anki: { url, deck: 'Arabic news', model: 'Basic' } });
    await options.waitForFunction((u) => (document.querySelector('[data-testid=anki-url]') as HTMLInputElement)?.value === u, url);
    await options.click('[data-testid=push-anki]');
    await waitText(options, 'vocab-status', 'Tarjuman may not reach this Anki address yet');
    expect(anki.requests.length).toBe(before);
    // the options page says so beside the address too, with the button that asks for access
    await waitText(options, 'anki-access', 'localhost');
  });

  test('Anki not running: a clear message', async () => {
    const closed = await startFakeAnki();
    await closed.close(); // a port nobody listens on any more
    await setSettings(h.worker, { anki: { url: closed.url, deck: 'Arabic news', model: 'Basic' } });
    await options.waitForFunction(
      (url) => (document.querySelector('[data-testid=anki-url]') as HTMLInputElement)?.value === url,
      closed.url,
    );
    await options.click('[data-testid=push-anki]');
    await waitText(options, 'vocab-status', 'Anki is not running, or the AnkiConnect add-on is not installed');
  });

  test('review in the popup: the sentence is the cue, Space reveals, 3 grades Good, the due count drops', async () => {
    const before = (await send<number>(options, 'dueCount', {})) as { ok: true; value: number };
    expect(before.value).toBe(2);
    const popup = await h.newPage(`chrome-extension://${h.extensionId}/popup.html?view=review`);
    await waitText(popup, 'review-left', 'Due now: 2');
    expect(await popup.locator('[data-testid=review-cue] mark').count()).toBe(1);
    expect(await popup.locator('[data-testid=review-answer]').count()).toBe(0);
    await popup.keyboard.press('Space');
    await popup.waitForSelector('[data-testid=review-answer]');
    expect(await popup.locator('[data-testid=grade-3] small').textContent()).toMatch(/^in \d+ min/);
    await popup.keyboard.press('3');
    await waitText(popup, 'review-left', 'Due now: 1');
    await popup.click('[data-testid=reveal]');
    // Again: nothing else is due, and the card comes back in this session once due (a minute), not "come back later"
    await popup.click('[data-testid=grade-1]');
    await popup.waitForSelector('[data-testid=review-done]');
    await waitText(popup, 'review-soon', 'shows here again in 1 min');
    expect(await badge()).toBe('');
    await popup.click('[data-testid=review-back]');
    await waitText(popup, 'open-review', 'Review (0)');
    await popup.close();
  });

  test("the popup's header: the share of the article's words you know, worded apart from the dictionary's coverage", async () => {
    const article = await h.newPage('/');
    const popup = await h.popup(article);
    await popup.waitForFunction(
      () => document.querySelector('[data-testid=status]')?.textContent?.includes('Arabic article found'),
      undefined,
      {
        timeout: 15000,
      },
    );
    // وَزِير is known: 6 of the sample article's content words (its function words and names are not counted)
    await waitText(popup, 'known-share', "You know 4% of this article's words");
    // live: the word unmarked elsewhere (the Vocabulary tab), the open popup follows, and back
    const minister = (await send<SavedWord[]>(options, 'listWords', {})) as { ok: true; value: SavedWord[] };
    const id = minister.value.find((w) => w.lemma === 'وَزِير')!.id;
    await send(options, 'updateWord', { id, known: false });
    await waitText(popup, 'known-share', "You know 0% of this article's words");
    await send(options, 'updateWord', { id, known: true });
    await waitText(popup, 'known-share', "You know 4% of this article's words");
    await popup.getByRole('tab', { name: 'Words' }).click();
    expect(await popup.locator('tr.known td.ar').first().textContent()).toBe('وَزِير');
    await waitText(popup, 'coverage', "Tarjuman's dictionary recognises");
    await popup.close();
    await article.close();
  });

  test('Arabic interface: the Vocabulary tab is right-to-left with Arabic labels', async () => {
    await setSettings(h.worker, { ...DEFAULT_SETTINGS, uiLanguage: 'ar' });
    await options.reload();
    await options.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await options.locator('[data-testid=tab-vocabulary]').textContent()).toBe('المفردات');
    await waitText(options, 'vocab-count', '3 من 3 كلمة');
    expect(await options.locator('[data-testid=push-anki]').textContent()).toBe('أرسل كل الكلمات إلى أنكي');
    await setSettings(h.worker, DEFAULT_SETTINGS);
  });

  test('no errors in any extension page', () => {
    expect(h.errors).toEqual([]);
  });
});

describe('the AnkiConnect client from Node against the fake server (real fetch)', () => {
  test('adds notes to a note type with our field names', async () => {
    const word: SavedWord = {
      id: 'قالَ|verb',
      lemma: 'قالَ',
      vowelled: 'قالَ',
      gloss: 'say, tell',
      pos: 'verb',
      root: 'ق و ل',
      sentence: { text: 'قال الوزير', start: 0, end: 3 },
      url: 'https://example.com/a',
      savedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      note: '',
      known: false,
      card: emptyCard(new Date()),
    };
    const r = await pushToAnki(
      [word],
      { url: anki.url, deck: 'Node', model: 'Tarjuman' },
      { fetch: globalThis.fetch, hasPermission: async () => true },
    );
    expect(r).toEqual({ ok: true, value: { added: 1, duplicates: 0 } });
    const note = anki.notes.at(-1)!;
    expect(note.fields).toMatchObject({
      Arabic: 'قال',
      English: 'say, tell',
      Sentence: '<b>قال</b> الوزير',
      'Source URL': 'https://example.com/a',
    });
    expect(anki.requests.at(-1)?.contentType).toMatch(/^text\/plain/);
  });
});
