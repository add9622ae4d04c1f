/** The learning tools without a browser: store, migrations, full storage, FSRS, exports, backups, AnkiConnect client. */
import { IDBFactory } from 'fake-indexeddb';
import { createEmptyCard } from 'ts-fsrs';
import { noteFields, pushToAnki, type AnkiDeps } from '../../../src/learn/anki-connect';
import { ANKI_FIELDS, stripMarks } from '../../../src/learn/anki-fields';
import { parseBackup } from '../../../src/learn/backup';
import { emptyCard } from '../../../src/learn/card';
import { learnErrorCode } from '../../../src/learn/errors';
import { delimitedField, delimitedRow, exportFile, toBackup, toDelimited } from '../../../src/learn/export';
import { CURRENT_VERSION, VOCABULARY_KEY, type VocabularyV1 } from '../../../src/learn/schema';
import { badgeText, dueWords, gradeCard, nextReview, previewDue, SESSION_WAIT_MS } from '../../../src/learn/schedule';
import { sentenceAround } from '../../../src/learn/sentence';
import type { SavedWord, SaveWordParams } from '../../../src/learn/types';
import { parseSavedWord } from '../../../src/learn/validate';
import { VocabularyStore, type LegacyStorage } from '../../../src/learn/vocabulary-store';
import { WordDb } from '../../../src/learn/word-db';
import { EMPTY_QUERY, facets, filterWords } from '../../../src/options/vocabulary-filter';
import { specs } from '../../../src/background/specs';
import { parseEnvelope } from '../../../src/shared/messages';
import { relativeDue } from '../../../src/ui/relative-due';

/** storage.local as earlier versions used it (values stored as JSON): only read once, to move the words out. */
class FakeLegacy implements LegacyStorage {
  readonly data = new Map<string, string>();
  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) if (this.data.has(k)) out[k] = JSON.parse(this.data.get(k)!);
    return out;
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }
}

/** A fresh word database (IndexedDB, as fake-indexeddb implements it), and storage.local of an earlier version. */
async function fixture(now?: () => Date) {
  const factory = new IDBFactory();
  const db = await WordDb.open(factory);
  const legacy = new FakeLegacy();
  return { factory, db, legacy, store: new VocabularyStore(db, legacy, now) };
}

const T0 = new Date('2025-03-01T09:00:00.000Z');
const clock = (start = T0) => {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
};

const CONTEXT = 'قال الوزير إن المحادثات ستستمر. وأضاف أن الوفد وصل إلى القاهرة.';
const save = (over: Partial<SaveWordParams> = {}): SaveWordParams => ({
  lemma: 'وَزِير',
  pos: 'noun',
  gloss: ['minister'],
  root: 'و ز ر',
  translit: 'wazīr',
  context: CONTEXT,
  start: 4,
  end: 10,
  url: 'https://example.com/news/1',
  title: 'وزراء الخارجية العرب',
  ...over,
});
const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('the vocabulary store', () => {
  test('saves a word with its sentence, the word marked, and a new FSRS card', async () => {
    const { store } = await fixture(() => T0);
    const w = unwrap(await store.save(save()));
    expect(w).toMatchObject({ id: 'وَزِير|noun', lemma: 'وَزِير', vowelled: 'وَزِير', gloss: 'minister', known: false, note: '' });
    expect(w.sentence).toEqual({ text: 'قال الوزير إن المحادثات ستستمر.', start: 4, end: 10 });
    expect(w.sentence.text.slice(w.sentence.start, w.sentence.end)).toBe('الوزير');
    expect(w.card).toEqual(emptyCard(T0));
    expect(unwrap(await store.list())).toEqual([w]);
  });

  test('saving the same lemma and pos again updates the word (note, known and card stay); another pos is another word', async () => {
    const c = clock();
    const { store } = await fixture(c.now);
    const first = unwrap(await store.save(save()));
    unwrap(await store.update(first.id, { note: 'my note', known: true }));
    c.advance(60_000);
    const ctx2 = 'وأضاف الوزير أن الوفد وصل.';
    const again = unwrap(
      await store.save(save({ context: ctx2, start: 6, end: 12, url: 'https://example.com/2', gloss: ['minister', 'vizier'] })),
    );
    expect(again).toMatchObject({
      note: 'my note',
      known: true,
      savedAt: first.savedAt,
      gloss: 'minister; vizier',
      url: 'https://example.com/2',
    });
    expect(again.sentence.text).toBe(ctx2);
    unwrap(await store.save(save({ pos: 'verb', lemma: 'وَزَرَ' })));
    unwrap(await store.save(save({ pos: 'adj' })));
    expect(
      unwrap(await store.list())
        .map((w) => w.id)
        .sort(),
    ).toEqual(['وَزَرَ|verb', 'وَزِير|adj', 'وَزِير|noun']);
  });

  test('saves arriving together all land (changes run one at a time)', async () => {
    const { store } = await fixture();
    const lemmas = ['كِتاب', 'قَلَم', 'بَيْت', 'مَدْرَسة', 'طالِب', 'مُعَلِّم', 'شارِع', 'مَدِينة'];
    const results = await Promise.all(lemmas.map((lemma) => store.save(save({ lemma }))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(unwrap(await store.list())).toHaveLength(lemmas.length);
  });

  test('delete returns the word; restoring it brings back every field (undo)', async () => {
    const { store } = await fixture(() => T0);
    const w = unwrap(await store.save(save({ note: 'n' })));
    const deleted = unwrap(await store.remove(w.id));
    expect(unwrap(await store.list())).toEqual([]);
    unwrap(await store.restore(deleted));
    expect(unwrap(await store.list())).toEqual([w]);
    const gone = await store.remove('nope|noun');
    expect(!gone.ok && learnErrorCode(gone.error)).toBe('notFound');
    const missing = await store.update('nope|noun', { note: 'x' });
    expect(!missing.ok && learnErrorCode(missing.error)).toBe('notFound');
  });

  test('known words by lemma', async () => {
    const { store } = await fixture();
    const a = unwrap(await store.save(save()));
    unwrap(await store.save(save({ lemma: 'قالَ', pos: 'verb' })));
    unwrap(await store.update(a.id, { known: true }));
    expect([...unwrap(await store.knownLemmas())]).toEqual(['وَزِير']);
  });

  test('one record per word: a change writes that word only', async () => {
    const { db, store } = await fixture(() => T0);
    unwrap(await store.save(save()));
    const other = unwrap(await store.save(save({ lemma: 'قَلَم' })));
    const writes: unknown[] = [];
    const commit = db.commit.bind(db);
    db.commit = (change) => (writes.push(change), commit(change));
    unwrap(await store.update(other.id, { note: 'n' }));
    expect(writes).toEqual([{ put: { [other.id]: expect.objectContaining({ note: 'n' }) } }]);
  });

  test('a write that fails (full storage, a worker stopped) changes nothing, with a clear storageFull error', async () => {
    const { factory, db, store } = await fixture(() => T0);
    const before = unwrap(await store.save(save()));
    db.commit = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const r = await store.save(save({ lemma: 'قَلَم' }));
    expect(!r.ok && learnErrorCode(r.error)).toBe('storageFull');
    expect(!r.ok && r.error).toMatch(/storage is full; nothing was changed/);
    const fresh = new VocabularyStore(await WordDb.open(factory));
    expect(unwrap(await fresh.list())).toEqual([before]);
  });

  test('a word that would not read back is refused with a clear message, not saved and lost later', async () => {
    const { store } = await fixture(() => T0);
    // a token of over 1,000 characters makes a sentence longer than a stored sentence may be
    const long = 'ب'.repeat(1200);
    const r = await store.save(save({ context: long, start: 0, end: long.length }));
    expect(!r.ok && learnErrorCode(r.error)).toBe('invalid');
    expect(!r.ok && r.error).toMatch(/cannot be saved: bad sentence/);
    expect(unwrap(await store.list())).toEqual([]);
  });

  test('an unreadable record is never dropped: it is kept aside, reported, exportable, and discarded only on request', async () => {
    const { db, store } = await fixture(() => T0);
    const good = unwrap(await store.save(save()));
    await db.commit({ put: { 'x|noun': { lemma: 42 } } });
    expect(unwrap(await store.list())).toEqual([good]);
    expect(unwrap(await store.health())).toEqual({ unreadable: 1, reasons: ['lemma missing, too long or not in Arabic script'] });
    expect(unwrap(await store.unreadable())).toEqual([expect.objectContaining({ key: 'x|noun', raw: { lemma: 42 } })]);
    // later changes keep it aside, not lost
    unwrap(await store.save(save({ lemma: 'قَلَم' })));
    expect(unwrap(await store.health()).unreadable).toBe(1);
    expect(unwrap(await store.discardUnreadable())).toBe(1);
    expect(unwrap(await store.health()).unreadable).toBe(0);
    expect(unwrap(await store.list())).toHaveLength(2);
  });
});

describe('saved words of earlier versions move into the database', () => {
  const v1: VocabularyV1 = [
    {
      lemma: 'وَزِير',
      pos: 'noun',
      gloss: 'minister',
      root: 'و ز ر',
      sentence: CONTEXT,
      start: 4,
      end: 10,
      url: 'https://a.example/1',
      date: T0.getTime(),
    },
    {
      lemma: 'قالَ',
      pos: 'verb',
      gloss: 'say',
      sentence: 'قال الوزير',
      start: 0,
      end: 3,
      url: 'https://a.example/2',
      date: T0.getTime(),
      known: true,
      note: 'common',
    },
    // the prototype could hold a word twice: the later entry wins
    {
      lemma: 'وَزِير',
      pos: 'noun',
      gloss: 'minister; vizier',
      sentence: CONTEXT,
      start: 4,
      end: 10,
      url: 'https://a.example/3',
      date: T0.getTime() + 1000,
    },
  ];
  /** What version 2 (the last to keep words in storage.local) stored, written by that version's own store. */
  const v2 = {
    version: 2,
    words: {
      'وَزِير|noun': {
        id: 'وَزِير|noun',
        lemma: 'وَزِير',
        vowelled: 'وَزِير',
        gloss: 'minister; vizier',
        root: 'و ز ر',
        pos: 'noun',
        sentence: { text: 'قال الوزير إن المحادثات ستستمر.', start: 4, end: 10 },
        url: 'https://a.example/3',
        savedAt: '2025-03-01T09:00:01.000Z',
        updatedAt: '2025-03-01T09:00:01.000Z',
        note: '',
        known: false,
        card: emptyCard(new Date(T0.getTime() + 1000)),
      },
      'قالَ|verb': {
        id: 'قالَ|verb',
        lemma: 'قالَ',
        vowelled: 'قالَ',
        gloss: 'say',
        pos: 'verb',
        sentence: { text: 'قال الوزير', start: 0, end: 3 },
        url: 'https://a.example/2',
        savedAt: '2025-03-01T09:00:00.000Z',
        updatedAt: '2025-03-01T09:00:00.000Z',
        note: 'common',
        known: true,
        card: emptyCard(T0),
      },
    },
  };
  const earlier: Array<[number, unknown, number]> = [
    [0, undefined, 0],
    [1, v1, 2],
    [2, v2, 2],
  ];

  test('every version that kept words in storage.local has a case here', () => {
    expect(earlier.map(([v]) => v)).toEqual([...Array(CURRENT_VERSION + 1).keys()]);
  });

  test.each(earlier)('version %i: every word moves, once, and storage.local is emptied', async (version, raw, count) => {
    const { factory, legacy, store } = await fixture();
    if (raw !== undefined) legacy.data.set(VOCABULARY_KEY, JSON.stringify(raw));
    const words = unwrap(await store.list());
    expect(words).toHaveLength(count);
    expect(legacy.data.has(VOCABULARY_KEY)).toBe(false);
    if (version === 0) return;
    const minister = words.find((w) => w.lemma === 'وَزِير')!;
    expect(minister).toMatchObject({ gloss: 'minister; vizier', url: 'https://a.example/3', known: false, note: '' });
    expect(minister.card).toEqual(emptyCard(new Date(T0.getTime() + 1000)));
    expect(words.find((w) => w.lemma === 'قالَ')).toMatchObject({ known: true, note: 'common', id: 'قالَ|verb' });
    // a new worker reads the same words from the database
    expect(unwrap(await new VocabularyStore(await WordDb.open(factory), legacy).list())).toEqual(words);
  });

  test('a move that cannot be written leaves storage.local as it was, and is tried again', async () => {
    const { factory, db, legacy, store } = await fixture();
    legacy.data.set(VOCABULARY_KEY, JSON.stringify(v1));
    const commit = db.commit.bind(db);
    db.commit = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    expect((await store.list()).ok).toBe(false);
    expect(JSON.parse(legacy.data.get(VOCABULARY_KEY)!)).toEqual(v1);
    db.commit = commit;
    expect(unwrap(await new VocabularyStore(await WordDb.open(factory), legacy).list())).toHaveLength(2);
  });

  test('a worker stopped between the move and the clean-up: the words are not moved twice', async () => {
    const { factory, legacy, store } = await fixture();
    legacy.data.set(VOCABULARY_KEY, JSON.stringify(v1));
    const remove = legacy.remove.bind(legacy);
    legacy.remove = async () => {
      throw new Error('stopped');
    };
    const words = unwrap(await store.list());
    legacy.remove = remove;
    const next = new VocabularyStore(await WordDb.open(factory), legacy);
    unwrap(await next.remove(words[0]!.id));
    expect(unwrap(await new VocabularyStore(await WordDb.open(factory), legacy).list())).toHaveLength(1);
    expect(legacy.data.has(VOCABULARY_KEY)).toBe(false);
  });

  test.each([
    ['a root value in no known format', 'corrupt', /not in a known format/],
    ['data from a newer Tarjuman', { version: CURRENT_VERSION + 1, words: {} }, /newer Tarjuman/],
  ])('%s is kept aside for the user, and saving works again', async (_name, raw, reason) => {
    const { legacy, store } = await fixture(() => T0);
    legacy.data.set(VOCABULARY_KEY, JSON.stringify(raw));
    unwrap(await store.save(save()));
    const aside = unwrap(await store.unreadable());
    expect(aside).toEqual([expect.objectContaining({ key: VOCABULARY_KEY, raw })]);
    expect(aside[0]!.reason).toMatch(reason);
    expect(unwrap(await store.list())).toHaveLength(1);
  });

  test('invalid words of an earlier version are kept aside, valid ones moved', async () => {
    const { legacy, store } = await fixture();
    legacy.data.set(VOCABULARY_KEY, JSON.stringify({ ...v2, words: { ...v2.words, 'x|noun': { lemma: 42 } } }));
    expect(unwrap(await store.list())).toHaveLength(2);
    expect(unwrap(await store.health()).unreadable).toBe(1);
  });
});

describe('sentences around a saved word', () => {
  test.each([
    ['قال الوزير إن المحادثات ستستمر. وأضاف أن الوفد وصل.', 'الوفد', 'وأضاف أن الوفد وصل.'],
    ['هل وصل الوفد؟ نعم وصل', 'الوفد', 'هل وصل الوفد؟'],
    ['سطر أول\nوالوزير في سطر ثان\nوثالث', 'والوزير', 'والوزير في سطر ثان'],
  ])('%s', (context, word, sentence) => {
    const start = context.indexOf(word);
    const s = sentenceAround(context, start, start + word.length);
    expect(s.text).toBe(sentence);
    expect(s.text.slice(s.start, s.end)).toBe(word);
  });

  test('a long sentence is cut to a window around the word, at spaces', () => {
    const words = Array.from({ length: 200 }, (_, i) => `كلمة${i}`);
    const context = words.join(' ');
    const start = context.indexOf('كلمة150');
    const s = sentenceAround(context, start, start + 'كلمة150'.length, 100);
    expect(s.text.length).toBeLessThanOrEqual(100);
    expect(s.text.slice(s.start, s.end)).toBe('كلمة150');
    expect(context).toContain(s.text);
    expect(s.text.startsWith('كلمة')).toBe(true);
  });
});

describe('spaced repetition (ts-fsrs)', () => {
  test('a new card is what ts-fsrs creates', () => {
    const c = createEmptyCard(T0);
    expect(emptyCard(T0)).toEqual({
      due: c.due.toISOString(),
      stability: c.stability,
      difficulty: c.difficulty,
      elapsedDays: c.elapsed_days,
      scheduledDays: c.scheduled_days,
      learningSteps: c.learning_steps,
      reps: c.reps,
      lapses: c.lapses,
      state: c.state,
    });
  });

  test('grades move the due date: Again < Hard < Good < Easy, and Easy graduates to days', () => {
    const card = emptyCard(T0);
    const due = ([1, 2, 3, 4] as const).map((g) => Date.parse(gradeCard(card, g, T0).due));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(new Set(due).size).toBe(4);
    expect(due[3]! - T0.getTime()).toBeGreaterThanOrEqual(24 * 3600_000);
    expect(previewDue(card, T0)).toEqual({
      1: new Date(due[0]!).toISOString(),
      2: new Date(due[1]!).toISOString(),
      3: new Date(due[2]!).toISOString(),
      4: new Date(due[3]!).toISOString(),
    });
  });

  test('Good on each due date: the interval grows; Again in review is a lapse', () => {
    let card = emptyCard(T0);
    let now = T0;
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      card = gradeCard(card, 3, now);
      intervals.push(Date.parse(card.due) - now.getTime());
      now = new Date(card.due);
    }
    expect(card.reps).toBe(5);
    expect(card.state).toBe(2);
    expect(intervals.slice(2)).toEqual([...intervals.slice(2)].sort((a, b) => a - b));
    const lapsed = gradeCard(card, 1, now);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(3);
  });

  test('due words: known words never, the longest overdue first; the badge caps at 99+', async () => {
    const c = clock();
    const { store } = await fixture(c.now);
    const a = unwrap(await store.save(save()));
    c.advance(1000);
    const b = unwrap(await store.save(save({ lemma: 'قالَ', pos: 'verb' })));
    c.advance(1000);
    const k = unwrap(await store.save(save({ lemma: 'قَلَم' })));
    unwrap(await store.update(k.id, { known: true }));
    expect(dueWords(unwrap(await store.list()), c.now()).map((w) => w.id)).toEqual([a.id, b.id]);
    unwrap(await store.updateCard(a.id, (card) => gradeCard(card, 3, c.now())));
    const next = nextReview(unwrap(await store.list()), c.now());
    expect(next?.word.id).toBe(b.id);
    expect(next?.due).toBe(1);
    expect(nextReview([], c.now())).toBeNull();
    expect([0, 1, 99, 100].map(badgeText)).toEqual(['', '1', '99', '99+']);
  });

  test('a card graded Again comes back in the same session once due, not "nothing to review"', async () => {
    const c = clock();
    const { store } = await fixture(c.now);
    const a = unwrap(await store.save(save()));
    const graded = unwrap(await store.updateCard(a.id, (card) => gradeCard(card, 1, c.now())));
    const waitMs = Date.parse(graded.card.due) - c.now().getTime();
    expect(waitMs).toBeGreaterThan(0);
    expect(waitMs).toBeLessThanOrEqual(SESSION_WAIT_MS);
    // nothing is due yet: the session's next card is the one graded Again, with the time it is due
    const waiting = nextReview(unwrap(await store.list()), c.now());
    expect(waiting).toMatchObject({ word: { id: a.id }, due: 0, at: graded.card.due });
    expect(dueWords(unwrap(await store.list()), c.now())).toEqual([]);
    // once due it is an ordinary review again
    c.advance(waitMs);
    const back = nextReview(unwrap(await store.list()), c.now());
    expect(back?.word.id).toBe(a.id);
    expect(back?.due).toBe(1);
    expect(back?.at).toBeUndefined();
  });

  test('a card due days from now does not hold the session open', async () => {
    const c = clock();
    const { store } = await fixture(c.now);
    const a = unwrap(await store.save(save()));
    unwrap(await store.updateCard(a.id, (card) => gradeCard(card, 4, c.now())));
    expect(nextReview(unwrap(await store.list()), c.now())).toBeNull();
  });

  test("the saved word records the sentence's reading choice, and keeps it through a backup", async () => {
    const { store } = await fixture(() => T0);
    // the analyser read بحرية as حُرِّيّة first; the learner picked the second reading, بَحْرِيّ, with A
    const w = unwrap(await store.save(save({ lemma: 'بَحْرِيّ', pos: 'adj', gloss: ['naval'], reading: { chosen: 'حُرِّيّة|noun', rank: 1 } })));
    expect(w.reading).toEqual({ chosen: 'حُرِّيّة|noun', rank: 1 });
    expect(unwrap(await store.list())[0]!.reading).toEqual({ chosen: 'حُرِّيّة|noun', rank: 1 });
    expect(unwrap(parseBackup(toBackup([w], T0)))[0]!.reading).toEqual({ chosen: 'حُرِّيّة|noun', rank: 1 });
    expect(parseSavedWord({ ...w, reading: { chosen: 'no bar', rank: 1 } }).ok).toBe(false);
    expect(parseSavedWord({ ...w, reading: { chosen: 'حُرِّيّة|noun', rank: -1 } }).ok).toBe(false);
    const env = (reading: unknown) =>
      parseEnvelope({ tarjuman: 1, type: 'saveWord', params: { ...save(), reading } }, { kind: 'content', tabId: 1, frameId: 0 }, specs)
        ?.ok;
    expect(env({ chosen: 'حُرِّيّة|noun', rank: 0 })).toBe(true);
    expect(env({ chosen: 'حُرِّيّة|noun', rank: 'x' })).toBe(false);
    // with the rule that chose the first reading (the analyser's reason), kept as given
    const ruled = unwrap(
      await store.save(save({ lemma: 'بَحْرِيّ', pos: 'adj', reading: { chosen: 'بَحْرِيّ|adj', rank: 0, rule: 'adjective-after-noun' } })),
    );
    expect(ruled.reading).toEqual({ chosen: 'بَحْرِيّ|adj', rank: 0, rule: 'adjective-after-noun' });
    expect(env({ chosen: 'بَحْرِيّ|adj', rank: 0, rule: '<script>' })).toBe(false);
  });
});

const word = (over: Partial<SavedWord> = {}): SavedWord => ({
  id: 'وَزِير|noun',
  lemma: 'وَزِير',
  vowelled: 'وَزِير',
  gloss: 'minister',
  root: 'و ز ر',
  pos: 'noun',
  translit: 'wazīr',
  sentence: { text: 'قال الوزير إن المحادثات ستستمر.', start: 4, end: 10 },
  title: 'Title',
  url: 'https://example.com/a',
  savedAt: T0.toISOString(),
  updatedAt: T0.toISOString(),
  note: '',
  known: false,
  card: emptyCard(T0),
  ...over,
});

/** RFC 4180 reader, to check the files read back as written. */
function readDelimited(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === sep) endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('CSV and TSV for Anki', () => {
  test.each([
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['a,b', '\t', 'a,b'],
    ['a\tb', '\t', '"a\tb"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['line1\nline2', ',', '"line1\nline2"'],
    ['line1\r\nline2', '\t', '"line1\r\nline2"'],
    ['#not a header', ',', '"#not a header"'],
    ['وَزِير، وزراء', ',', 'وَزِير، وزراء'],
    ['قال "الوزير", ثم', ',', '"قال ""الوزير"", ثم"'],
  ] as const)('%j with %j → %j', (value, sep, expected) => {
    expect(delimitedField(value, sep)).toBe(expected);
  });

  test.each(['csv', 'tsv'] as const)('%s: Anki header lines, then one note a row that reads back field for field', (format) => {
    const sep = format === 'csv' ? ',' : '\t';
    const hostile = word({
      gloss: 'minister, "vizier"\tofficial',
      note: 'n',
      url: 'https://example.com/a?x=1,2',
      sentence: { text: 'قال <الوزير> إن\nالمحادثات, "ستستمر".', start: 4, end: 12 },
    });
    const other = word({
      id: 'قالَ|verb',
      lemma: 'قالَ',
      vowelled: 'قالَ',
      pos: 'verb',
      gloss: 'say',
      known: true,
      root: undefined,
      translit: undefined,
    });
    const text = toDelimited([hostile, other], format);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `#separator:${format === 'csv' ? 'comma' : 'tab'}`,
      '#html:true',
      '#tags column:8',
      `#columns:${ANKI_FIELDS.join(sep)}`,
    ]);
    const rows = readDelimited(lines.slice(4).join('\n'), sep);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([
      'وزير',
      'وَزِير',
      'wazīr',
      'minister, "vizier"\tofficial',
      'و ز ر',
      'قال <b>&lt;الوزير&gt;</b> إن<br>المحادثات, "ستستمر".',
      'https://example.com/a?x=1,2',
      'tarjuman noun',
    ]);
    expect(rows[1]).toEqual([
      'قال',
      'قالَ',
      '',
      'say',
      '',
      'قال <b>الوزير</b> إن المحادثات ستستمر.',
      'https://example.com/a',
      'tarjuman verb known',
    ]);
  });

  test('file names and types', () => {
    expect(exportFile([word()], 'csv', T0)).toMatchObject({
      filename: 'tarjuman-anki-2025-03-01.csv',
      mime: 'text/csv;charset=utf-8',
      count: 1,
    });
    expect(exportFile([word()], 'tsv', T0).filename).toBe('tarjuman-anki-2025-03-01.txt');
    expect(exportFile([word()], 'json', T0).filename).toBe('tarjuman-vocabulary-2025-03-01.json');
  });

  test('strips vowel marks for the Arabic field', () => {
    expect(stripMarks('اِسْتَمَرَّ')).toBe('استمر');
    expect(delimitedRow(['a', 'b,c'], ',')).toBe('a,"b,c"');
  });
});

describe('JSON backup: export, import with merge, hostile files', () => {
  test('a backup reads back as the same words', () => {
    const words = [word({ note: 'with "quotes", commas\nand lines' }), word({ id: 'قالَ|verb', lemma: 'قالَ', pos: 'verb' })];
    expect(unwrap(parseBackup(toBackup(words, T0)))).toEqual(words);
  });

  test('import merges: new words added, newer notes and more-reviewed cards win, nothing removed', async () => {
    const c = clock();
    const { store } = await fixture(c.now);
    const mine = unwrap(await store.save(save({ note: 'mine' })));
    const onlyMine = unwrap(await store.save(save({ lemma: 'قَلَم' })));
    const reviewed = gradeCard(gradeCard(mine.card, 3, T0), 3, T0);
    const later = new Date(T0.getTime() + 3600_000).toISOString();
    const theirs = [
      { ...mine, note: '', gloss: 'minister (newer)', updatedAt: later, card: reviewed },
      word({ id: 'قالَ|verb', lemma: 'قالَ', pos: 'verb', gloss: 'say' }),
    ];
    const summary = unwrap(await store.merge(unwrap(parseBackup(toBackup(theirs, T0)))));
    expect(summary).toEqual({ added: 1, updated: 1, unchanged: 0 });
    const after = unwrap(await store.list());
    expect(after.map((w) => w.id).sort()).toEqual(['قالَ|verb', 'قَلَم|noun', 'وَزِير|noun'].sort());
    const merged = after.find((w) => w.id === mine.id)!;
    expect(merged).toMatchObject({ gloss: 'minister (newer)', note: 'mine', savedAt: mine.savedAt, card: reviewed });
    expect(after.find((w) => w.id === onlyMine.id)).toEqual(onlyMine);
    expect(unwrap(await store.merge(unwrap(parseBackup(toBackup(after, T0)))))).toEqual({ added: 0, updated: 0, unchanged: 3 });
  });

  test('a backup from version 1 is migrated', () => {
    const v1 = {
      format: 'tarjuman-vocabulary',
      version: 1,
      words: [{ lemma: 'قالَ', pos: 'verb', gloss: 'say', sentence: 'قال', start: 0, end: 3, url: '', date: 0 }],
    };
    expect(unwrap(parseBackup(JSON.stringify(v1)))[0]).toMatchObject({ id: 'قالَ|verb', gloss: 'say' });
  });

  const valid = JSON.parse(toBackup([word()], T0)) as { words: Array<Record<string, unknown>> };
  const withWord = (over: Record<string, unknown>) => JSON.stringify({ ...valid, words: [{ ...valid.words[0], ...over }] });
  test.each([
    ['not JSON', '{"format": "tarjuman-vocabulary", ', 'not JSON'],
    ['null', 'null', 'not a Tarjuman'],
    ['an array', '[]', 'not a Tarjuman'],
    ['another format', JSON.stringify({ format: 'anki', version: 2, words: [] }), 'not a Tarjuman'],
    ['a newer version', JSON.stringify({ format: 'tarjuman-vocabulary', version: 99, words: [] }), 'newer'],
    ['a string version', JSON.stringify({ format: 'tarjuman-vocabulary', version: '2', words: [] }), 'version'],
    ['words not a list', JSON.stringify({ format: 'tarjuman-vocabulary', version: 2, words: {} }), 'no list'],
    ['a lemma that is not text', withWord({ lemma: 42 }), 'word 1: lemma'],
    ['a Latin lemma', withWord({ lemma: 'minister' }), 'word 1: lemma'],
    ['a huge lemma', withWord({ lemma: 'ب'.repeat(5000) }), 'word 1: lemma'],
    ['a javascript: source', withWord({ url: 'javascript:alert(1)' }), 'source URL'],
    ['offsets outside the sentence', withWord({ sentence: { text: 'قال', start: 2, end: 9 } }), 'sentence'],
    ['a card with NaN', withWord({ card: { ...word().card, stability: 'NaN' } }), 'card'],
    ['a bad date', withWord({ savedAt: 'yesterday' }), 'dates'],
    ['a pos with markup', withWord({ pos: '<img>' }), 'part of speech'],
  ])('%s is refused with a message', (_, json, message) => {
    const r = parseBackup(json);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(learnErrorCode(r.error)).toBe('importInvalid');
      expect(r.error).toContain(message);
    }
  });

  test('__proto__ keys do not pollute anything and extra fields are dropped', () => {
    const json = `{"format":"tarjuman-vocabulary","version":2,"__proto__":{"polluted":1},"words":[${JSON.stringify({ ...valid.words[0], evil: 1 }).replace(/^\{/, '{"__proto__":{"polluted":2},')}]}`;
    const words = unwrap(parseBackup(json));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(words[0]!)).not.toContain('evil');
    expect(Object.getPrototypeOf(words[0])).toBe(Object.prototype);
  });
});

/** A fake fetch speaking AnkiConnect: records actions; `behaviour` picks the failure. */
function fakeAnki(behaviour: 'ok' | 'down' | 'forbidden' | 'noModel' | 'denied' | 'notJson' = 'ok', modelFields = ['Front', 'Back']) {
  const calls: Array<{ action: string; version: number; params: Record<string, unknown> }> = [];
  const have = new Set<string>();
  const fetch = (async (_url: string, init: RequestInit) => {
    if (behaviour === 'down') throw new TypeError('Failed to fetch');
    if (behaviour === 'forbidden') return new Response('', { status: 403 });
    if (behaviour === 'notJson') return new Response('<html>router</html>', { status: 200 });
    const req = JSON.parse(String(init.body)) as { action: string; version: number; params: Record<string, unknown> };
    calls.push(req);
    const reply = (result: unknown, error: string | null = null) => new Response(JSON.stringify({ result, error }), { status: 200 });
    const notes = (req.params.notes ?? []) as Array<{ fields: Record<string, string> }>;
    const key = (n: { fields: Record<string, string> }) => Object.values(n.fields)[0]!;
    switch (req.action) {
      case 'requestPermission':
        return reply(behaviour === 'denied' ? { permission: 'denied' } : { permission: 'granted', requireApikey: false, version: 6 });
      case 'createDeck':
        return reply(1);
      case 'modelFieldNames':
        return behaviour === 'noModel' ? reply(null, 'model was not found: Basic') : reply(modelFields);
      case 'canAddNotes':
        return reply(notes.map((n) => !have.has(key(n))));
      case 'addNotes':
        return reply(notes.map((n, i) => (have.add(key(n)), 1000 + i)));
      default:
        return reply(null, 'unsupported action');
    }
  }) as unknown as typeof globalThis.fetch;
  const asked: string[] = [];
  const hasPermission = async (pattern: string) => {
    asked.push(pattern);
    return true;
  };
  return { deps: { fetch, hasPermission } satisfies AnkiDeps, calls, asked };
}

describe('AnkiConnect client', () => {
  const target = { url: 'http://127.0.0.1:8765', deck: 'Arabic::News', model: 'Basic' };

  test('adds notes with action addNotes, version 6, the deck and note type from settings; a second push finds duplicates', async () => {
    const anki = fakeAnki();
    const words = [word(), word({ id: 'قالَ|verb', lemma: 'قالَ', vowelled: 'قالَ', pos: 'verb' })];
    expect(unwrap(await pushToAnki(words, target, anki.deps))).toEqual({ added: 2, duplicates: 0 });
    expect(anki.calls.map((c) => c.action)).toEqual(['requestPermission', 'createDeck', 'modelFieldNames', 'canAddNotes', 'addNotes']);
    expect(anki.calls.every((c) => c.version === 6)).toBe(true);
    const add = anki.calls.at(-1)!.params.notes as Array<Record<string, unknown>>;
    expect(add[0]).toMatchObject({ deckName: 'Arabic::News', modelName: 'Basic', tags: ['tarjuman', 'noun'] });
    expect((add[0]!.fields as Record<string, string>).Front).toContain('<b>الوزير</b>');
    expect((add[0]!.fields as Record<string, string>).Back).toContain('minister');
    expect(unwrap(await pushToAnki(words, target, anki.deps))).toEqual({ added: 0, duplicates: 2 });
    // the host permission asked for is the address's own origin
    expect(anki.asked[0]).toBe('http://127.0.0.1:8765/*');
  });

  test('without the host permission for the address, nothing is sent and the learner is told where to allow it', async () => {
    const anki = fakeAnki();
    const r = await pushToAnki(
      [word()],
      { ...target, url: 'http://192.168.1.20:8765' },
      { ...anki.deps, hasPermission: async () => false },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(learnErrorCode(r.error)).toBe('ankiNoAccess');
      expect(r.error).toMatch(/192\.168\.1\.20:8765.*options page/);
    }
    expect(anki.calls).toEqual([]);
  });

  test('a note type with our field names gets each field', () => {
    const fields = noteFields(word(), ['Arabic', 'Vowelled', 'English', 'Source URL', 'Extra']);
    expect(fields).toEqual({ Arabic: 'وزير', Vowelled: 'وَزِير', English: 'minister', 'Source URL': 'https://example.com/a' });
  });

  test.each([
    ['down', 'ankiNotRunning', /nothing answered at http:\/\/127\.0\.0\.1:8765\/: start Anki/],
    ['forbidden', 'ankiDenied', /refused/],
    ['denied', 'ankiDenied', /did not give/],
    ['noModel', 'ankiError', /model was not found/],
    ['notJson', 'ankiError', /not AnkiConnect/],
  ] as const)('%s → %s with a clear message', async (behaviour, code, message) => {
    const r = await pushToAnki([word()], target, fakeAnki(behaviour).deps);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(learnErrorCode(r.error)).toBe(code);
      expect(r.error).toMatch(message);
    }
  });
});

describe('learning messages are validated where they arrive', () => {
  const env = (type: string, params: unknown) => parseEnvelope({ tarjuman: 1, type, params }, { kind: 'extension' }, specs)!;
  test.each([
    ['saveWord', save(), true],
    ['saveWord', { ...save(), lemma: 'minister' }, false],
    ['saveWord', { ...save(), end: 999 }, false],
    ['saveWord', { ...save(), gloss: 'minister' }, false],
    ['saveWord', { ...save(), url: 'javascript:alert(1)' }, false],
    ['updateWord', { id: 'وَزِير|noun', note: 'x' }, true],
    ['updateWord', { id: 'وَزِير|noun', known: 'yes' }, false],
    ['deleteWord', { id: 'no-bar' }, false],
    ['restoreWord', { word: word() }, true],
    ['restoreWord', { word: { ...word(), card: null } }, false],
    ['exportWords', { format: 'csv' }, true],
    ['exportWords', { format: 'xlsx' }, false],
    ['importWords', { json: '{}' }, true],
    ['gradeCard', { id: 'وَزِير|noun', grade: 3 }, true],
    ['gradeCard', { id: 'وَزِير|noun', grade: 5 }, false],
    ['pushToAnki', {}, true],
    ['pushToAnki', { ids: ['وَزِير|noun'] }, true],
    ['pushToAnki', { ids: 'all' }, false],
    ['dueCount', {}, true],
  ] as const)('%s %j → %s', (type, params, valid) => {
    expect(env(type, params).ok).toBe(valid);
  });
});

describe('the Vocabulary tab filters (pure)', () => {
  const words = [
    word(),
    word({
      id: 'قالَ|verb',
      lemma: 'قالَ',
      vowelled: 'قالَ',
      pos: 'verb',
      gloss: 'say',
      root: 'ق و ل',
      known: true,
      sentence: { text: 'قال المتحدث', start: 0, end: 3 },
      savedAt: '2025-03-02T00:00:00.000Z',
      url: 'https://example.com/b',
      title: 'B',
    }),
  ];
  test.each([
    [{ search: 'وزير' }, ['وَزِير|noun']], // vowel marks ignored
    [{ search: 'SAY' }, ['قالَ|verb']],
    [{ root: 'ق و ل' }, ['قالَ|verb']],
    [{ article: 'https://example.com/a' }, ['وَزِير|noun']],
    [{ show: 'known' as const }, ['قالَ|verb']],
    [{ show: 'learning' as const }, ['وَزِير|noun']],
    [{ sort: 'oldest' as const }, ['وَزِير|noun', 'قالَ|verb']],
    [{ sort: 'newest' as const }, ['قالَ|verb', 'وَزِير|noun']],
    [{ sort: 'english' as const }, ['وَزِير|noun', 'قالَ|verb']],
  ])('%j', (q, ids) => {
    expect(filterWords(words, { ...EMPTY_QUERY, ...q }).map((w) => w.id)).toEqual(ids);
  });
  test('facets list each root and article once', () => {
    expect(facets([...words, word()])).toEqual({
      roots: ['ق و ل', 'و ز ر'],
      articles: [
        { url: 'https://example.com/a', title: 'Title' },
        { url: 'https://example.com/b', title: 'B' },
      ],
    });
  });
  test('due dates are worded by Intl in the interface language', () => {
    expect(relativeDue('2025-03-01T09:10:00.000Z', T0, 'en')).toBe('in 10 min.');
    expect(relativeDue('2025-03-04T09:00:00.000Z', T0, 'en')).toBe('in 3 days');
    expect(relativeDue('2025-03-04T09:00:00.000Z', T0, 'ar')).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('exports never start a spreadsheet formula', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","x")', ',', '"\u200B=HYPERLINK(""http://evil.example"",""x"")"'],
    ['+1', ',', '\u200B+1'],
    ['-2+3', '\t', '\u200B-2+3'],
    ['@SUM(A1)', ',', '\u200B@SUM(A1)'],
    ['minister', ',', 'minister'],
    ['a-b', ',', 'a-b'],
  ] as const)('%s', (value, sep, field) => {
    expect(delimitedField(value, sep)).toBe(field);
  });
});
