/** The reader's layout: paragraphs, the headline, words and entity runs, the English line of each sentence. */
import { splitSentences, tokenize } from '../../../src/core/text';
import type { SummaryPoint } from '../../../src/core/model';
import { englishLines, paragraphsOf, readerLayout, sentenceOfPoint, stripHarakat } from '../../../src/reader/layout';
import { DEFAULT_PREFS, sanitizePrefs } from '../../../src/reader/prefs';
import { tabFromSearch } from '../../../src/reader/tab-param';

const sentencesOf = (text: string) => splitSentences(text, tokenize(text)).map(({ start, end }) => ({ start, end }));

const TEXT = 'عنوان الخبر\n\nقال الوزير إن المحادثات مستمرة. وأكد أحمد أبو الغيط ذلك.\n\n  \n\nوفي القاهرة اجتمع الوزراء.';

test.each([
  ['fathatan … sukun are stripped', 'مُحَمَّدٌ', 'محمد'],
  ['tanween on alef', 'طرقاً', 'طرقا'],
  ['dagger alef and tatweel stay (outside U+064B–U+0652)', 'هٰذا ـ', 'هٰذا ـ'],
  ['no marks', 'القاهرة', 'القاهرة'],
])('stripHarakat: %s', (_name, input, expected) => {
  expect(stripHarakat(input)).toBe(expected);
});

test('paragraphs split on blank lines, blank-only paragraphs dropped, sentences placed where they start', () => {
  const sentences = sentencesOf(TEXT);
  const paras = paragraphsOf(TEXT, sentences);
  expect(paras.map((p) => TEXT.slice(p.start, p.end))).toEqual([
    'عنوان الخبر',
    'قال الوزير إن المحادثات مستمرة. وأكد أحمد أبو الغيط ذلك.',
    'وفي القاهرة اجتمع الوزراء.',
  ]);
  expect(paras.map((p) => p.sentences)).toEqual([[0], [1, 2], [3]]);
});

test('the first paragraph is the headline when it repeats the title; words and entity runs keep original offsets', () => {
  const sentences = sentencesOf(TEXT);
  const start = TEXT.indexOf('أحمد أبو الغيط');
  const entities = [
    {
      english: 'Ahmed Aboul Gheit',
      type: 'PERSON' as const,
      arabic: 'أحمد أبو الغيط',
      confidence: 0.95,
      mentions: [{ start, end: start + 14 }],
    },
  ];
  const layout = readerLayout({ text: TEXT, title: ' عنوان  الخبر ', sentences, entities });
  expect(layout.headline?.sentences).toEqual([0]);
  expect(layout.paragraphs).toHaveLength(2);
  const runs = layout.runs[2]!;
  const person = runs.find((r) => r.entity)!;
  expect(person.entity).toEqual({ type: 'PERSON', english: 'Ahmed Aboul Gheit' });
  expect(person.pieces.map((p) => TEXT.slice(p.start, p.end)).join('')).toBe('أحمد أبو الغيط');
  // every character of the sentence is in exactly one piece, in order
  const all = runs.flatMap((r) => r.pieces);
  expect(all.map((p) => TEXT.slice(p.start, p.end)).join('')).toBe(TEXT.slice(sentences[2]!.start, sentences[2]!.end));
  expect(all.filter((p) => p.word).map((p) => TEXT.slice(p.start, p.end))).toEqual(['وأكد', 'أحمد', 'أبو', 'الغيط', 'ذلك']);
  expect(readerLayout({ text: TEXT, title: 'عنوان آخر', sentences, entities }).headline).toBeUndefined();
});

test('English lines: a point on its first evidence sentence, the offline gist elsewhere', () => {
  const sentences = sentencesOf(TEXT);
  const points: SummaryPoint[] = [
    { text: 'The talks go on, the minister said.', evidence: [sentences[1]!, sentences[3]!] },
    { text: 'No evidence.', evidence: [] },
  ];
  const lines = englishLines(sentences, ['Headline.', 'gist 1', 'gist 2'], points);
  expect(lines).toEqual([
    { text: 'Headline.' },
    { text: 'The talks go on, the minister said.', point: 0 },
    { text: 'gist 2' },
    { text: '' },
  ]);
  expect(sentenceOfPoint(sentences, points[0]!)).toBe(1);
  expect(sentenceOfPoint(sentences, points[1]!)).toBe(-1);
});

test.each([
  [{}, DEFAULT_PREFS],
  [
    { size: 24, spacing: 16, harakat: false },
    { ...DEFAULT_PREFS, size: 24, spacing: 16, harakat: false },
  ],
  [{ size: 23, spacing: 40, english: 'no' }, DEFAULT_PREFS],
  [{ vowels: true }, { ...DEFAULT_PREFS, vowels: true }],
  [{ vowels: 'yes' }, DEFAULT_PREFS],
  ['junk', DEFAULT_PREFS],
])('reader preferences from storage are checked: %j', (raw, expected) => {
  expect(sanitizePrefs(raw)).toEqual(expected);
});

test.each([
  ['?tab=12', 12],
  ['?tab=12abc', null],
  ['', null],
  ['?x=1&tab=7', 7],
])('the tab comes from the query string: %s', (search, expected) => {
  expect(tabFromSearch(search)).toBe(expected);
});
