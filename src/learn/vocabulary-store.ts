/**
 * The saved-word store over any key-value storage (browser.storage.local in the extension, a Map in tests).
 *
 * The whole vocabulary is one value under one key, and every change is one `set` of the new whole: a storage `set`
 * is all-or-nothing, so a service worker stopped mid-way, or a full storage (QUOTA_BYTES), leaves the old vocabulary
 * as it was. Nothing is cached between calls (the worker may be restarted at any time), and changes run one at a
 * time so two saves arriving together cannot overwrite each other.
 */
import { errorMessage, fail, ok, type Result } from '../shared/result';
import { emptyCard } from './card';
import { learnError } from './errors';
import { CURRENT_VERSION, VOCABULARY_KEY, migrate, type Vocabulary } from './schema';
import { sentenceAround } from './sentence';
import { wordId, type CardState, type ImportSummary, type SavedWord, type SaveWordParams } from './types';
import { LIMITS } from './validate';

/** The part of browser.storage.local the store uses. */
export interface KeyValueStorage {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const MAX_WORDS = 20_000;

/** Later of two ISO dates. */
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/** One word from two sources (the store and a backup): newer content wins, no note is lost, the more-reviewed card stays. */
export function mergeWord(mine: SavedWord, theirs: SavedWord): SavedWord {
  const theirsNewer = Date.parse(theirs.updatedAt) > Date.parse(mine.updatedAt);
  const [newer, older] = theirsNewer ? [theirs, mine] : [mine, theirs];
  const cardOf = (w: SavedWord) => [w.card.reps, Date.parse(w.card.lastReview ?? '1970-01-01T00:00:00Z')] as const;
  const [ra, la] = cardOf(mine);
  const [rb, lb] = cardOf(theirs);
  const card = rb > ra || (rb === ra && lb > la) ? theirs.card : mine.card;
  return {
    ...newer,
    note: newer.note || older.note,
    savedAt: Date.parse(mine.savedAt) <= Date.parse(theirs.savedAt) ? mine.savedAt : theirs.savedAt,
    updatedAt: later(mine.updatedAt, theirs.updatedAt),
    card,
  };
}

export class VocabularyStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every saved word, most recently saved first. */
  async list(): Promise<Result<SavedWord[]>> {
    return this.exclusive(async () => {
      const r = await this.read();
      return r.ok ? ok(Object.values(r.value.words).sort((a, b) => b.savedAt.localeCompare(a.savedAt))) : r;
    });
  }

  /** Lemmas of the words marked known. */
  async knownLemmas(): Promise<Result<Set<string>>> {
    const r = await this.list();
    return r.ok ? ok(new Set(r.value.filter((w) => w.known).map((w) => w.lemma))) : r;
  }

  /** Saves a word; the same lemma and pos again updates the first record (its note, known flag and card stay). */
  save(p: SaveWordParams): Promise<Result<SavedWord>> {
    return this.change((v) => {
      const id = wordId(p.lemma, p.pos);
      const now = this.now().toISOString();
      const old = v.words[id];
      if (!old && Object.keys(v.words).length >= MAX_WORDS)
        return fail(learnError('storageFull', `the vocabulary holds its maximum of ${MAX_WORDS} words`));
      const gloss = p.gloss.slice(0, 4).join('; ').slice(0, LIMITS.gloss);
      const word: SavedWord = {
        id,
        lemma: p.lemma.normalize('NFC'),
        vowelled: p.vowelled || p.lemma,
        gloss: gloss || old?.gloss || '',
        pos: p.pos,
        sentence: sentenceAround(p.context, p.start, p.end),
        url: p.url,
        savedAt: old?.savedAt ?? now,
        updatedAt: now,
        note: p.note || old?.note || '',
        known: old?.known ?? false,
        card: old?.card ?? emptyCard(this.now()),
      };
      const root = p.root ?? old?.root;
      const translit = p.translit ?? old?.translit;
      const title = p.title?.trim().slice(0, LIMITS.title);
      if (root) word.root = root;
      if (translit) word.translit = translit;
      if (title) word.title = title;
      const reading = p.reading ?? old?.reading;
      if (reading) word.reading = { chosen: reading.chosen, rank: reading.rank, ...(reading.rule ? { rule: reading.rule } : {}) };
      v.words[id] = word;
      return ok(word);
    });
  }

  /** Changes a word's note or known flag. */
  update(id: string, patch: { note?: string; known?: boolean }): Promise<Result<SavedWord>> {
    return this.change((v) => {
      const old = v.words[id];
      if (!old) return fail(learnError('notFound', 'that word is no longer saved'));
      const word = { ...old, updatedAt: this.now().toISOString() };
      if (patch.note !== undefined) word.note = patch.note.slice(0, LIMITS.note);
      if (patch.known !== undefined) word.known = patch.known;
      v.words[id] = word;
      return ok(word);
    });
  }

  /** Deletes a word and returns it, so the view can offer undo (restore). */
  remove(id: string): Promise<Result<SavedWord>> {
    return this.change((v) => {
      const old = v.words[id];
      if (!old) return fail(learnError('notFound', 'that word is no longer saved'));
      delete v.words[id];
      return ok(old);
    });
  }

  /** Puts back a deleted word exactly as it was (undo). */
  restore(word: SavedWord): Promise<Result<SavedWord>> {
    return this.change((v) => {
      v.words[word.id] = word;
      return ok(word);
    });
  }

  /** Replaces a word's review card with what `next` makes of it. */
  updateCard(id: string, next: (card: CardState) => CardState): Promise<Result<SavedWord>> {
    return this.change((v) => {
      const old = v.words[id];
      if (!old) return fail(learnError('notFound', 'that word is no longer saved'));
      const word = { ...old, card: next(old.card) };
      v.words[id] = word;
      return ok(word);
    });
  }

  /** Merges words (from a backup) into the store: new words are added, words already saved are merged, none removed. */
  merge(words: readonly SavedWord[]): Promise<Result<ImportSummary>> {
    return this.change((v) => {
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
      for (const w of words) {
        const old = v.words[w.id];
        if (!old) {
          v.words[w.id] = w;
          summary.added++;
          continue;
        }
        const merged = mergeWord(old, w);
        if (JSON.stringify(merged) === JSON.stringify(old)) summary.unchanged++;
        else {
          v.words[w.id] = merged;
          summary.updated++;
        }
      }
      if (Object.keys(v.words).length > MAX_WORDS)
        return fail(learnError('storageFull', `the vocabulary would pass its maximum of ${MAX_WORDS} words`));
      return ok(summary);
    });
  }

  /** Runs `fn` after every earlier call has finished. */
  private exclusive<T>(fn: () => Promise<Result<T>>): Promise<Result<T>> {
    const run = this.queue.then(fn, fn).catch((e: unknown) => fail<T>(learnError('storageError', errorMessage(e))));
    this.queue = run;
    return run;
  }

  /** Read, change a copy, write the whole: nothing is stored when `fn` fails or the write is refused. */
  private change<T>(fn: (v: Vocabulary) => Result<T>): Promise<Result<T>> {
    return this.exclusive(async () => {
      const r = await this.read();
      if (!r.ok) return r;
      const result = fn(r.value);
      if (!result.ok) return result;
      const w = await this.write(r.value);
      return w.ok ? result : w;
    });
  }

  private async read(): Promise<Result<Vocabulary>> {
    let raw: unknown;
    try {
      raw = (await this.storage.get(VOCABULARY_KEY))[VOCABULARY_KEY];
    } catch (e) {
      return fail(learnError('storageError', errorMessage(e)));
    }
    const m = migrate(raw);
    if (!m.ok) return m;
    // an older version is rewritten once, in one set; if that fails the old data stays and is migrated again next time
    if (m.value.from > 0 && m.value.from < CURRENT_VERSION) await this.write(m.value.vocabulary);
    return ok(m.value.vocabulary);
  }

  private async write(v: Vocabulary): Promise<Result<true>> {
    try {
      await this.storage.set({ [VOCABULARY_KEY]: v });
      return ok(true);
    } catch (e) {
      const message = errorMessage(e);
      return /quota/i.test(message)
        ? fail(learnError('storageFull', `browser storage is full; nothing was changed (${message})`))
        : fail(learnError('storageError', `${message}; nothing was changed`));
    }
  }
}
