/**
 * Golden tests of article detection and extraction (Readability-style): every tests/fixtures/pages/NAME.html has a
 * NAME.expected.json saying whether the page is an Arabic article and what the extracted text must and must not hold.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Module } from 'node:module';
import { join } from 'node:path';
import { extractArticle, type ExtractedArticle } from '../../../src/extract/article';
import { detectLanguage, type Language } from '../../../src/core/text';

interface Expected {
  /** an Arabic article: extraction succeeds and the text is detected as Arabic */
  article: boolean;
  /** language of the page's main text, for pages that are not Arabic */
  language?: Language;
  /** contained in the extracted title */
  title?: string;
  /** prefix of the extracted date (only where the page states one in metadata); absent means no date */
  date?: string;
  /** snippets the extracted text holds, in reading order */
  with?: string[];
  /** snippets the extracted text must not hold: menus, tickers, related headlines, comments, footers */
  without?: string[];
}

// linkedom's CommonJS build requires css-select, which is ESM-only, and jest's module loader cannot load that before
// Node 24.9. Node's own require can (Node >= 20.19), so linkedom is loaded through it: jest hands tests a subclass of
// Node's Module with its own createRequire, and the real one is on the parent class. The extractor only uses standard
// DOM calls, so a document from outside jest's sandbox is fine.
const NodeModule = Object.getPrototypeOf(Module) as typeof Module;
const { parseHTML } = NodeModule.createRequire(__filename)('linkedom') as typeof import('linkedom');

const DIR = join(__dirname, '..', '..', 'fixtures', 'pages');
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

// Whitespace differs between the page source and the extracted text (line breaks, <br>, blank lines between paragraphs).
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "Not an Arabic article" means: nothing extracted, or what was extracted is not Arabic. */
const isArabicArticle = (a: ExtractedArticle | null) => a !== null && detectLanguage(a.text) === 'ar';

function load(name: string) {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  return { expected, doc, article: extractArticle(doc) };
}

test('there are golden pages', () => {
  expect(names.length).toBeGreaterThanOrEqual(14);
});

describe.each(names)('%s', (name) => {
  const { expected, doc, article } = load(name);
  const text = squash(article?.text ?? '');

  test(expected.article ? 'is an Arabic article' : 'is not an Arabic article', () => {
    expect(isArabicArticle(article)).toBe(expected.article);
    if (expected.language) {
      // the extractor may well find the text of a Persian or Urdu page; its language is what rules it out
      const pageText = article?.text ?? doc.body?.textContent ?? '';
      expect(detectLanguage(pageText)).toBe(expected.language);
    }
  });

  if (!expected.article) return;

  test('title', () => {
    expect(squash(article?.title ?? '')).toContain(squash(expected.title ?? ''));
  });

  test('date', () => {
    if (expected.date) expect(article?.date ?? '').toMatch(new RegExp(`^${expected.date}`));
    else expect(article?.date).toBeUndefined();
  });

  test.each(expected.with ?? [])('has «%s»', (snippet) => {
    expect(text).toContain(squash(snippet));
  });

  test('keeps reading order', () => {
    const positions = (expected.with ?? []).map((s) => text.indexOf(squash(s)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test.each(expected.without ?? [])('lacks «%s»', (snippet) => {
    expect(text).not.toContain(squash(snippet));
  });

  test('paragraph ranges and text pieces stay inside the text', () => {
    for (const p of article?.paragraphs ?? []) expect(p.end).toBeLessThanOrEqual(article?.text.length ?? 0);
    for (const piece of article?.pieces ?? []) {
      expect(article?.text.slice(piece.start, piece.end)).toBe(
        piece.node.data.slice(piece.nodeOffset, piece.nodeOffset + piece.end - piece.start),
      );
    }
  });
});

describe('what the user writes is never the article', () => {
  const P = (id: string, n: number) =>
    `<p id="${id}">${'قال وزير الخارجية إن المحادثات بين الوفدين ستستمر الأسبوع المقبل في القاهرة لبحث ملفات التعاون. '.repeat(n)}</p>`;
  const EDITOR = 'هذا ما أكتبه أنا في المحرر الآن ولم أنشره بعد، وفيه كلام كثير عن الزراعة والمياه والطاقة';
  const doc = (body: string, bodyAttrs = '') =>
    parseHTML(`<html lang="ar"><head><title>خبر</title></head><body ${bodyAttrs}>${body}</body></html>`).document as unknown as Document;

  test.each([
    ['a contenteditable box', `<div contenteditable="true"><p>${EDITOR}</p><p>${EDITOR}</p></div>`],
    ['contenteditable with no value', `<div contenteditable><p>${EDITOR}</p></div>`],
    ['plaintext-only', `<div contenteditable="plaintext-only">${EDITOR}</div>`],
    ['a textarea', `<textarea>${EDITOR}</textarea>`],
  ])('%s beside the article is left out', (_name, editor) => {
    const a = extractArticle(doc(`<article>${P('a1', 3)}${P('a2', 3)}${editor}</article>`));
    expect(a?.text).toContain('وزير الخارجية');
    expect(a?.text).not.toContain('أكتبه');
  });

  test('contenteditable="false" inside is text like any other (counter-example)', () => {
    const a = extractArticle(doc(`<article>${P('a1', 3)}<div contenteditable="false"><p>${EDITOR}</p></div></article>`));
    expect(a?.text).toContain('أكتبه');
  });

  test('a document that is being edited as a whole has no article', () => {
    expect(extractArticle(doc(`${P('a1', 3)}${P('a2', 3)}`, 'contenteditable="true"'))).toBeNull();
  });
});
