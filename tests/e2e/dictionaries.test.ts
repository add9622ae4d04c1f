/**
 * Imported dictionaries end to end in Chromium: a small Yomitan zip built here goes in through the options page's file
 * input, and its entries show in the tooltip under the built-in one (found through the analysis: lemma, stem, surface
 * form), as text only. Broken zips are refused with a message and change nothing; a disabled dictionary is not shown.
 */
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { launch, tooltipState, waitForTooltip, wordPoint, type Harness } from './harness';

let h: Harness;
let options: Page;

beforeAll(async () => {
  h = await launch();
  options = await h.newPage(`chrome-extension://${h.extensionId}/options.html`);
  await options.locator('[data-testid=dict-empty]').waitFor();
});
afterAll(async () => {
  await h?.close();
});

const TITLE = 'Tarjuman Test Dictionary';
const json = (v: unknown) => strToU8(JSON.stringify(v));

/** The test dictionary: a vowelled headword, structured content with a link and markup in text, an unknown word. */
function testDictionary(): Buffer {
  const bank = [
    ['وَزِيرٌ', '', 'n', '', 1, ['minister (test dictionary)'], 1, ''],
    [
      'مُحادَثة',
      '',
      'n',
      '',
      0,
      [
        {
          type: 'structured-content',
          content: {
            tag: 'ul',
            content: [
              { tag: 'li', content: 'conversation' },
              { tag: 'li', content: { tag: 'a', href: 'https://example.com/', content: 'talks' } },
            ],
          },
        },
        '<img src=x onerror="document.title=1">',
      ],
      2,
      '',
    ],
    ['زرنيخوفات', '', '', '', 0, ['a word only this dictionary knows'], 3, ''],
  ];
  return Buffer.from(zipSync({ 'index.json': json({ title: TITLE, revision: 'e2e-1', format: 3 }), 'term_bank_1.json': json(bank) }));
}

const status = () => options.locator('[data-testid=dict-status]');
const rows = () => options.locator('[data-testid=dict-row]');

/** The "From your dictionaries" section of the open tooltip: its text and whether any element but text markup is in it. */
async function extraSection(page: Page): Promise<{ text: string; elements: string[] } | null> {
  return page.evaluate(() => {
    const el = document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.tooltip .extra');
    if (!el) return null;
    return {
      text: el.textContent ?? '',
      elements: [...new Set(Array.from(el.querySelectorAll('*'), (e) => e.tagName.toLowerCase()))].sort(),
    };
  });
}

/** Hovers a word of the fixture until the tooltip shows it (a fresh page's content script may still be starting). */
async function hover(page: Page, word: string): Promise<void> {
  if (await tooltipState(page)) {
    await page.mouse.move(1, 1);
    await waitForTooltip(page, (t) => t === null);
  }
  for (let attempt = 0; attempt < 4; attempt++) {
    const p = await wordPoint(page, '#p1', word);
    await page.mouse.move(p.x + 3, p.y + 4);
    await page.mouse.move(p.x, p.y, { steps: 2 });
    if ((await waitForTooltip(page, (t) => t?.word === word, 2000))?.word === word) return;
  }
  throw new Error(`no tooltip for ${word}`);
}

test('a Yomitan zip imported on the options page shows under the built-in entry', async () => {
  // the zip is read and stored by a worker of the page, not on its main thread
  const worker = options.waitForEvent('worker');
  await options
    .locator('[data-testid=dict-file]')
    .setInputFiles({ name: 'test-dict.zip', mimeType: 'application/zip', buffer: testDictionary() });
  expect((await worker).url()).toBe(`chrome-extension://${h.extensionId}/dictionary-worker.js`);
  await options.waitForFunction(
    (title) => document.querySelector('[data-testid=dict-status]')?.textContent?.includes(`Imported ${title}`),
    TITLE,
    { timeout: 15000 },
  );
  await options.waitForFunction(() => document.querySelectorAll('[data-testid=dict-row]').length === 1);
  expect(await rows().first().textContent()).toContain(TITLE);

  const page = await h.newPage('/fixtures/dict.html');
  // the lemma وَزِير, as the built-in dictionary has it, finds the vowelled headword وَزِيرٌ
  await hover(page, 'الوزير');
  const tip = await tooltipState(page);
  expect(tip?.lemma).toBe('وَزِير');
  const extra = await extraSection(page);
  expect(extra?.text).toContain('From your dictionaries');
  expect(extra?.text).toContain('minister (test dictionary)');
  expect(extra?.text).toContain(TITLE);
  // under the built-in entry
  expect(
    await page.evaluate(() => {
      const tip = document.querySelector('tarjuman-root')!.shadowRoot!.querySelector('.tooltip')!;
      const main = tip.querySelector('.main')!;
      return !!(main.compareDocumentPosition(tip.querySelector('.extra')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);

  // structured content is flattened to text: no link, no image, the markup shown as characters
  await hover(page, 'المحادثات');
  const talks = await extraSection(page);
  expect(talks?.text).toContain('conversation; talks');
  expect(talks?.text).toContain('<img src=x onerror="document.title=1">');
  expect(talks?.elements).toEqual(['bdi', 'div', 'li', 'ol', 'span', 'ul']);
  expect(await page.title()).toBe('اختبار القواميس');

  // a word the built-in lexicon does not know is found through its stem
  await hover(page, 'الزرنيخوفات');
  expect((await extraSection(page))?.text).toContain('a word only this dictionary knows');
  expect(h.errors).toEqual([]);
  await page.close();
});

test('broken zips are refused with a message and the list is unchanged', async () => {
  const cases: Array<[string, Buffer, string]> = [
    ['broken.zip', Buffer.from('PK\u0003\u0004 this is not really a zip file'), 'not a zip file'],
    ['no-index.zip', Buffer.from(zipSync({ 'term_bank_1.json': json([]) })), 'no index.json'],
    [
      'bad-json.zip',
      Buffer.from(zipSync({ 'index.json': json({ title: 'Bad', revision: '1', format: 3 }), 'term_bank_1.json': strToU8('[[') })),
      'not valid JSON',
    ],
  ];
  for (const [name, buffer, reason] of cases) {
    await options.locator('[data-testid=dict-file]').setInputFiles({ name, mimeType: 'application/zip', buffer });
    await options.waitForFunction(
      (name) => document.querySelector('[data-testid=dict-status]')?.textContent?.includes(`${name} was not imported`),
      name,
      {
        timeout: 15000,
      },
    );
    expect(await status().textContent()).toContain(reason);
    expect(await status().textContent()).toContain('Nothing was changed');
    expect(await rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain(TITLE);
  }
});

test('a disabled dictionary is not shown; a removed one is gone', async () => {
  // the checkbox follows the stored state, which changes a moment after the click: click, then wait for it
  await options.locator('[data-testid=dict-enabled]').click();
  await options.waitForFunction(() => !(document.querySelector('[data-testid=dict-enabled]') as HTMLInputElement).checked);
  let page = await h.newPage('/fixtures/dict.html');
  await hover(page, 'الوزير');
  expect(await extraSection(page)).toBeNull();
  await page.close();

  await options.locator('[data-testid=dict-enabled]').click();
  await options.waitForFunction(() => (document.querySelector('[data-testid=dict-enabled]') as HTMLInputElement).checked);
  await options.locator('[data-testid=dict-remove]').click();
  await options.locator('[data-testid=dict-remove-confirm]').click();
  await options.locator('[data-testid=dict-empty]').waitFor();
  page = await h.newPage('/fixtures/dict.html');
  await hover(page, 'الوزير');
  expect(await extraSection(page)).toBeNull();
  await page.close();
  expect(h.errors).toEqual([]);
});
