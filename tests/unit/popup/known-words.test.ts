/**
 * Known words that make sense: the content words an article's "you know N%" counts and the underline marks (no
 * function words, no names), and the saved/known marks a lookup carries to the tooltip.
 */
import { contentLemmaCounts, contentWords, isContentReading } from '../../../src/background/content-words';
import { forgetSavedState, withSavedState } from '../../../src/background/saved-state';
import { emptyCard } from '../../../src/learn/card';
import type { SavedWord } from '../../../src/learn/types';
import { knownShare } from '../../../src/popup/known-share';
import type { LookupResult } from '../../../src/shared/messages';
import { ok } from '../../../src/shared/result';
import { realAnalyzer } from '../helpers/analyzer';
import { NO_GRAMMAR } from '../../../src/core/model';

describe('content words: what a learner can know', () => {
  const text = 'وقال وزير الخارجية أحمد أبو الغيط في القاهرة إن كل الدول على استعداد للتعاون في حماية الملاحة.';
  const words = () => contentWords(realAnalyzer().analyze(text, { noSummary: true })).map((w) => text.slice(w.start, w.end));

  test('function words (في، إن، على، كل) are never counted', () => {
    const w = words();
    for (const f of ['في', 'إن', 'على', 'كل']) expect(w).not.toContain(f);
  });
  test('names of people and places are never counted', () => {
    const w = words();
    for (const name of ['أحمد', 'أبو', 'الغيط', 'القاهرة']) expect(w).not.toContain(name);
  });
  test('the words of the sentence a learner would look up are', () => {
    expect(words()).toEqual(expect.arrayContaining(['وقال', 'وزير', 'الخارجية', 'الدول', 'استعداد', 'للتعاون', 'حماية', 'الملاحة']));
  });
  test.each([
    [{ pos: 'noun', lemma: 'وَزِير' }, true],
    [{ pos: 'verb', lemma: 'قالَ' }, true],
    [{ pos: 'adj', lemma: 'دَوْلِيّ' }, true],
    [{ pos: 'adv', lemma: 'أَيْضًا' }, true],
    [{ pos: 'prep', lemma: 'فِي' }, false],
    [{ pos: 'conj', lemma: 'أَنَّ' }, false],
    [{ pos: 'pron', lemma: 'الذي' }, false],
    [{ pos: 'propn', lemma: 'قاهرة' }, false],
    [{ pos: 'unknown', lemma: 'غيط' }, false],
    [{ pos: 'noun', lemma: 'كُلّ' }, false],
    [{ pos: 'noun', lemma: 'بعض' }, false],
    [{ pos: 'verb', lemma: 'كانَ' }, false],
  ])('%j is a content word: %s', (a, expected) => {
    expect(isContentReading(a)).toBe(expected);
  });
});

describe('"you know N% of this article\'s words"', () => {
  test('every content word counts, each occurrence once; function words do not pull it down', () => {
    // a page of في، أن، على and six content words, two of them known: 33%, not the 17% of counting every token
    const text = 'في المدينة على أن الحكومة في أن المكتبة على في الحكومة أن الطلاب على في المدرسة';
    const a = realAnalyzer().analyze(text, { noSummary: true });
    const counts = contentLemmaCounts(contentWords(a));
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(6);
    const government = a.tokens.find((t) => t.text === 'الحكومة')!.analyses[0]!.lemma;
    expect(knownShare(counts, new Set([government]))).toBeCloseTo(2 / 6);
    expect(knownShare([], new Set())).toBeNull();
  });
});

describe('the lookup reply says which readings are saved and known', () => {
  const saved = (lemma: string, pos: string, known: boolean): SavedWord => ({
    id: `${lemma}|${pos}`,
    lemma,
    vowelled: lemma,
    gloss: 'x',
    pos,
    sentence: { text: lemma, start: 0, end: lemma.length },
    url: '',
    savedAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    note: '',
    known,
    card: emptyCard(new Date('2025-01-01T00:00:00.000Z')),
  });
  const result: LookupResult = {
    word: 'بحرية',
    start: 0,
    end: 5,
    analyses: [
      { lemma: 'حُرِّيّة', pos: 'noun', grammar: NO_GRAMMAR, gloss: ['freedom'], segments: [] },
      { lemma: 'بَحْرِيّ', pos: 'adj', grammar: NO_GRAMMAR, gloss: ['naval'], segments: [] },
    ],
  };

  test('a saved reading and a known one are marked; the storage is read once until the vocabulary changes', async () => {
    forgetSavedState();
    let reads = 0;
    let words = [saved('بَحْرِيّ', 'adj', true)];
    const list = async () => {
      reads++;
      return ok(words);
    };
    expect((await withSavedState(result, list))?.saved).toEqual([{ id: 'بَحْرِيّ|adj', known: true }]);
    expect((await withSavedState(result, list))?.saved).toEqual([{ id: 'بَحْرِيّ|adj', known: true }]);
    expect(reads).toBe(1);
    words = [saved('حُرِّيّة', 'noun', false)];
    forgetSavedState();
    expect((await withSavedState(result, list))?.saved).toEqual([{ id: 'حُرِّيّة|noun', known: false }]);
    expect(reads).toBe(2);
    expect(await withSavedState(null, list)).toBeNull();
  });

  test('a word not saved carries nothing; a storage failure still answers the lookup', async () => {
    forgetSavedState();
    expect((await withSavedState(result, async () => ok([])))?.saved).toBeUndefined();
    forgetSavedState();
    expect(await withSavedState(result, async () => ({ ok: false as const, error: 'storageError: x' }))).toEqual(result);
  });
});
