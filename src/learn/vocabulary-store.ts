/**
 * The saved-word store: one IndexedDB record per word (word-db.ts), read and checked on every call (the worker may be
 * restarted at any time), changed one call at a time so two saves arriving together cannot overwrite each other.
 *
 * Nothing stored is ever dropped: a record that cannot be read is moved aside (quarantine) and reported, and the
 * user can export or discard it. A word is checked before it is stored, so what is saved can always be read back.
 * Words of earlier Tarjumans (one storage.local value, schema.ts) move into the database once, in one transaction.
 */
import { errorMessage, fail, ok, type Result } from '../shared/result';
import { emptyCard } from './card';
import { learnError } from './errors';
import { CURRENT_VERSION, VOCABULARY_KEY, upgrade, versionOf } from './schema';
import { sentenceAround } from './sentence';
import { wordId, type CardState, type ImportSummary, type SavedWord, type SaveWordParams, type VocabularyHealth } from './types';
import { LIMITS, parseSavedWord } from './validate';
import type { QuarantinedRecord, WordChange, WordDb } from './word-db';

/** The part of browser.storage.local the store reads once, to move the words of earlier versions. */
export interface LegacyStorage {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  remove(keys: string | string[]): Promise<void>;
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

type Words = Record<string, SavedWord>;

const storageFailure = (e: unknown): string => {
  const message = errorMessage(e);
  return /quota/i.test(message) || (e instanceof Error && e.name === 'QuotaExceededError')
    ? learnError('storageFull', `browser storage is full; nothing was changed (${message})`)
    : learnError('storageError', `${message}; nothing was changed`);
};

export class VocabularyStore {
  private queue: Promise<unknown> = Promise.resolve();
  private legacyChecked = false;

  constructor(
    private readonly db: WordDb,
    private readonly legacy: LegacyStorage | null = null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every saved word, most recently saved first. */
  async list(): Promise<Result<SavedWord[]>> {
    return this.exclusive(async () => {
      const r = await this.read();
      return r.ok ? ok(Object.values(r.value).sort((a, b) => b.savedAt.localeCompare(a.savedAt))) : r;
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
      const old = v[id];
      if (!old && Object.keys(v).length >= MAX_WORDS)
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
      return this.put(v, word);
    });
  }

  /** Changes a word's note or known flag. */
  update(id: string, patch: { note?: string; known?: boolean }): Promise<Result<SavedWord>> {
    return this.change((v) => {
      const old = v[id];
      if (!old) return fail(learnError('notFound', 'that word is no longer saved'));
      const word = { ...old, updatedAt: this.now().toISOString() };
      if (patch.note !== undefined) word.note = patch.note.slice(0, LIMITS.note);
      if (patch.known !== undefined) word.known = patch.known;
      return this.put(v, word);
    });
  }

  /** Deletes a word and returns it, so the view can offer undo (restore). */
  remove(id: string): Promise<Result<SavedWord>> {
    return this.change((v) => {
      const old = v[id];
      if (!old) return fail(learnError('notFound', 'that word is no longer saved'));
      delete v[id];
      return ok({ value: old, change: { delete: [id] } });
    });
  }

  /** Puts back a deleted word exactly as it was (undo). */
  restore(word: SavedWord): Promise<Result<SavedWord>> {
    return this.change((v) => this.put(v, word));
  }

  /** Replaces a word's review card with what `next` makes of it. */
  updateCard(id: string, next: (card: CardState) => CardState): Promise<Result<SavedWord>> {
    return this.change((v) => {
      const old = v[id];
      if (!old) return fail(learnError('notFound', 'that word is no longer saved'));
      return this.put(v, { ...old, card: next(old.card) });
    });
  }

  /** Merges words (from a backup) into the store: new words are added, words already saved are merged, none removed. */
  merge(words: readonly SavedWord[]): Promise<Result<ImportSummary>> {
    return this.change((v) => {
      const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
      const put: Words = {};
      for (const w of words) {
        const old = put[w.id] ?? v[w.id];
        if (!old) {
          put[w.id] = w;
          summary.added++;
          continue;
        }
        const merged = mergeWord(old, w);
        if (JSON.stringify(merged) === JSON.stringify(old)) summary.unchanged++;
        else {
          put[w.id] = merged;
          summary.updated++;
        }
      }
      if (Object.keys({ ...v, ...put }).length > MAX_WORDS)
        return fail(learnError('storageFull', `the vocabulary would pass its maximum of ${MAX_WORDS} words`));
      return ok({ value: summary, change: { put } });
    });
  }

  /** How many stored records could not be read (kept aside), and why. */
  health(): Promise<Result<VocabularyHealth>> {
    return this.exclusive(async () => {
      const r = await this.read();
      if (!r.ok) return r;
      const q = await this.db.quarantined();
      return ok({ unreadable: q.length, reasons: q.slice(0, 5).map((x) => x.reason) });
    });
  }

  /** The records kept aside, as they were stored. */
  unreadable(): Promise<Result<QuarantinedRecord[]>> {
    return this.exclusive(async () => ok(await this.db.quarantined()));
  }

  /** Forgets the records kept aside; returns how many. */
  discardUnreadable(): Promise<Result<number>> {
    return this.exclusive(async () => {
      const n = (await this.db.quarantined()).length;
      await this.db.commit({ clearQuarantine: true });
      return ok(n);
    });
  }

  /** A word checked as it will be read back, with the change that stores it; a word that would not read back is refused. */
  private put(v: Words, word: SavedWord): Result<{ value: SavedWord; change: WordChange }> {
    const checked = parseSavedWord(word);
    if (!checked.ok) return fail(learnError('invalid', `this word cannot be saved: ${checked.error}`));
    v[checked.value.id] = checked.value;
    return ok({ value: checked.value, change: { put: { [checked.value.id]: checked.value } } });
  }

  /** Runs `fn` after every earlier call has finished. */
  private exclusive<T>(fn: () => Promise<Result<T>>): Promise<Result<T>> {
    const run = this.queue.then(fn, fn).catch((e: unknown) => fail<T>(storageFailure(e)));
    this.queue = run;
    return run;
  }

  /** Read, decide, write the change in one transaction: nothing is stored when `fn` fails or the write is refused. */
  private change<T>(fn: (v: Words) => Result<{ value: T; change: WordChange }>): Promise<Result<T>> {
    return this.exclusive(async () => {
      const r = await this.read();
      if (!r.ok) return r;
      const result = fn(r.value);
      if (!result.ok) return result;
      await this.db.commit(result.value.change);
      return ok(result.value.value);
    });
  }

  /** The readable words; unreadable records are moved aside in the same step, never dropped. */
  private async read(): Promise<Result<Words>> {
    await this.moveLegacy();
    const words: Words = {};
    const aside: QuarantinedRecord[] = [];
    const at = this.now().toISOString();
    for (const [key, raw] of await this.db.entries()) {
      const w = parseSavedWord(raw);
      if (w.ok && w.value.id === key) words[key] = w.value;
      else aside.push({ key, raw, reason: w.ok ? 'stored under another key' : w.error, at });
    }
    if (aside.length) await this.db.commit({ delete: aside.map((q) => q.key), quarantine: aside });
    return ok(words);
  }

  /**
   * Moves the vocabulary of earlier versions (one storage.local value) into the database, once: words and a marker in
   * one transaction, then the old value is removed. Words that cannot be read, or a whole value in a format this
   * version does not know (corrupt, or from a newer Tarjuman), are kept aside for the user, not lost.
   */
  private async moveLegacy(): Promise<void> {
    if (this.legacyChecked || !this.legacy) return;
    const raw = (await this.legacy.get(VOCABULARY_KEY))[VOCABULARY_KEY];
    if (raw !== undefined && !(await this.db.meta('movedFromStorage'))) {
      const at = this.now().toISOString();
      const change: WordChange = { put: {}, quarantine: [], meta: { movedFromStorage: at } };
      const from = versionOf(raw);
      if (from === null || from > CURRENT_VERSION) {
        const reason = from === null ? 'the stored vocabulary is not in a known format' : `saved by a newer Tarjuman (version ${from})`;
        change.quarantine!.push({ key: VOCABULARY_KEY, raw, reason, at });
      } else {
        const stored = (upgrade(raw, from) as { words?: unknown }).words;
        for (const [key, value] of Object.entries(typeof stored === 'object' && stored !== null ? stored : {})) {
          const w = parseSavedWord(value);
          if (w.ok) change.put![w.value.id] = w.value;
          else change.quarantine!.push({ key, raw: value, reason: w.error, at });
        }
      }
      await this.db.commit(change);
    }
    // moved now or before (a worker stopped between the two steps): the old copy can go
    if (raw !== undefined) await this.legacy.remove(VOCABULARY_KEY).catch(() => undefined);
    this.legacyChecked = true;
  }
}
