/**
 * The stored vocabulary's versions and the migrations between them. Every earlier version has a migration to the
 * next, and `upgrade` runs them in order, so data written by any earlier Tarjuman loads (the store then checks every
 * word, and moves the vocabulary from storage.local into its database: vocabulary-store.ts).
 *
 * - v1 (the prototype): a flat array of words, no review state.
 * - v2: `{version: 2, words: {"lemma|pos": SavedWord}}`, each word with its FSRS card.
 */
import { emptyCard } from './card';
import type { SavedWord } from './types';

/** Where versions 1 and 2 kept the words, in storage.local (now only read once, to move them: vocabulary-store.ts). */
export const VOCABULARY_KEY = 'vocabulary';
/**
 * A storage.local key the background bumps after every change to the saved words: pages and content scripts follow it
 * through storage.onChanged and ask again (the words themselves are in the background's database, out of their reach).
 */
export const VOCABULARY_CHANGED_KEY = 'vocabularyChanged';
export const CURRENT_VERSION = 2;

/** A word as v1 stored it. */
export interface WordV1 {
  lemma: string;
  pos: string;
  gloss: string;
  root?: string;
  sentence: string;
  start: number;
  end: number;
  title?: string;
  url: string;
  /** epoch milliseconds */
  date: number;
  note?: string;
  known?: boolean;
}

export type VocabularyV1 = WordV1[];

export interface VocabularyV2 {
  version: 2;
  words: Record<string, SavedWord>;
}

export type Vocabulary = VocabularyV2;

/** The version of stored data: 0 nothing, 1 a flat array, n an object with `version: n`; null when unrecognisable. */
export function versionOf(raw: unknown): number | null {
  if (raw === undefined || raw === null) return 0;
  if (Array.isArray(raw)) return 1;
  if (typeof raw === 'object' && Number.isInteger((raw as { version?: unknown }).version)) return (raw as { version: number }).version;
  return null;
}

function v1ToV2(raw: unknown): unknown {
  const words: Record<string, unknown> = {};
  for (const w of raw as Array<Partial<WordV1>>) {
    if (typeof w !== 'object' || w === null) continue;
    // a date outside what Date can hold would make toISOString throw
    const date = new Date(typeof w.date === 'number' && Math.abs(w.date) <= 8.64e15 ? w.date : 0).toISOString();
    const next = {
      lemma: w.lemma,
      vowelled: w.lemma,
      gloss: w.gloss,
      root: w.root,
      pos: w.pos,
      sentence: { text: w.sentence, start: w.start, end: w.end },
      title: w.title,
      url: w.url,
      savedAt: date,
      updatedAt: date,
      note: w.note ?? '',
      known: w.known ?? false,
      card: emptyCard(new Date(date)),
    };
    const id = `${w.lemma}|${w.pos}`;
    // v1 could hold the same word twice: the later entry wins, as a second save would have
    words[id] = next;
  }
  return { version: 2, words };
}

/** migrations[n] turns version n into version n + 1. */
const migrations: Record<number, (raw: unknown) => unknown> = {
  0: () => [],
  1: v1ToV2,
};

/** Runs the migrations from version `from` up to the current one, without validating the result. */
export function upgrade(raw: unknown, from: number): unknown {
  let data = raw;
  for (let v = from; v < CURRENT_VERSION; v++) data = migrations[v]!(data);
  return data;
}
