/**
 * The learning tools in the background: saved words in the extension's IndexedDB (out of content scripts' reach),
 * reviews with ts-fsrs, exports, AnkiConnect. Every change ends with the toolbar badge showing how many words are due,
 * and a bump of VOCABULARY_CHANGED_KEY so open pages ask again.
 */
import browser from 'webextension-polyfill';
import { pushToAnki } from '../learn/anki-connect';
import { parseBackup } from '../learn/backup';
import { exportFile, unreadableFile } from '../learn/export';
import { badgeText, dueWords, gradeCard, nextReview } from '../learn/schedule';
import type { SavedWord } from '../learn/types';
import { VocabularyStore } from '../learn/vocabulary-store';
import { WordDb } from '../learn/word-db';
import type { learnMessages } from '../learn/messages';
import { VOCABULARY_CHANGED_KEY } from '../learn/schema';
import { learnError } from '../learn/errors';
import type { Handlers, WordsChange } from '../shared/messages';
import { errorMessage, ok, type Result } from '../shared/result';
import { forgetSavedState } from './saved-state';
import { loadSettings } from './settings-store';
import { announceWordsChanged } from './words-changed';

let store: Promise<VocabularyStore> | null = null;
/** The store, its database opened once (a failed open is retried on the next call). */
function vocabulary(): Promise<VocabularyStore> {
  store ??= WordDb.open(indexedDB).then(
    (db) => new VocabularyStore(db, browser.storage.local),
    (e: unknown) => {
      store = null;
      throw new Error(learnError('storageError', `the word database cannot be opened (${errorMessage(e)})`));
    },
  );
  return store;
}

/** Shows the due count on the toolbar button (nothing when no word is due). */
export async function updateBadge(): Promise<void> {
  const words = await (await vocabulary()).list();
  if (!words.ok) return;
  const text = badgeText(dueWords(words.value, new Date()).length);
  try {
    await browser.action?.setBadgeText({ text });
    if (text) await browser.action?.setBadgeBackgroundColor({ color: '#0f766e' });
  } catch {
    // no toolbar button in this browser context: the count is still in the popup
  }
}

/**
 * After a change that succeeded, the badge follows, open extension pages are told (a time in storage.local, never the
 * words: content scripts read that area too) and open pages' tooltips are told which words changed (`words`: all by
 * default) so their saved and known marks follow.
 */
async function changed<T>(r: Result<T>, words?: (value: T) => WordsChange): Promise<Result<T>> {
  forgetSavedState(); // the lookups' saved and known marks follow
  if (!r.ok) return r;
  await updateBadge();
  await browser.storage.local.set({ [VOCABULARY_CHANGED_KEY]: Date.now() }).catch(() => undefined);
  void announceWordsChanged(words ? words(r.value) : 'all');
  return r;
}

const stateOf = (w: SavedWord): WordsChange => [{ id: w.id, known: w.known }];

/** The saved words (the lookups' saved and known marks are read from them). */
export const listSavedWords = async (): Promise<Result<SavedWord[]>> => (await vocabulary()).list();

const dueCount = async (): Promise<Result<number>> => {
  const words = await (await vocabulary()).list();
  return words.ok ? ok(dueWords(words.value, new Date()).length) : words;
};

export const learnHandlers: Handlers<keyof typeof learnMessages> = {
  saveWord: async ({ known, ...p }) => {
    const saved = await (await vocabulary()).save(p);
    // the tooltip's K saves and marks (or unmarks) in one request, so a page's script never needs updateWord
    return changed(saved.ok && known !== undefined ? await (await vocabulary()).update(saved.value.id, { known }) : saved, stateOf);
  },
  listWords: async () => (await vocabulary()).list(),
  updateWord: async (p) => changed(await (await vocabulary()).update(p.id, { note: p.note, known: p.known }), stateOf),
  setKnown: async (p) => changed(await (await vocabulary()).update(p.id, { known: p.known }), stateOf),
  deleteWord: async (p) => changed(await (await vocabulary()).remove(p.id), (w) => [{ id: w.id, known: null }]),
  restoreWord: async (p) => changed(await (await vocabulary()).restore(p.word), stateOf),
  exportWords: async (p) => {
    const words = await (await vocabulary()).list();
    return words.ok ? ok(exportFile(words.value, p.format, new Date())) : words;
  },
  importWords: async (p) => {
    const words = parseBackup(p.json);
    return words.ok ? changed(await (await vocabulary()).merge(words.value)) : words;
  },
  reviewNext: async () => {
    const words = await (await vocabulary()).list();
    return words.ok ? ok(nextReview(words.value, new Date())) : words;
  },
  gradeCard: async (p) => {
    const now = new Date();
    const word = await (await vocabulary()).updateCard(p.id, (card) => gradeCard(card, p.grade, now));
    if (!word.ok) return word;
    await updateBadge();
    const due = await dueCount();
    return ok({ word: word.value, due: due.ok ? due.value : 0 });
  },
  dueCount: async () => {
    const due = await dueCount();
    if (due.ok) await updateBadge();
    return due;
  },
  pushToAnki: async (p) => {
    const words = await (await vocabulary()).list();
    if (!words.ok) return words;
    const ids = p.ids ? new Set(p.ids) : null;
    const chosen: SavedWord[] = ids ? words.value.filter((w) => ids.has(w.id)) : words.value;
    const { anki } = await loadSettings();
    return pushToAnki(chosen, anki, {
      fetch: (input, init) => fetch(input, init),
      hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    });
  },
  knownLemmas: async () => {
    const words = await (await vocabulary()).list();
    return words.ok ? ok(words.value.filter((w) => w.known).map((w) => w.lemma)) : words;
  },
  vocabularyHealth: async () => (await vocabulary()).health(),
  exportUnreadable: async () => {
    const r = await (await vocabulary()).unreadable();
    return r.ok ? ok(unreadableFile(r.value, new Date())) : r;
  },
  discardUnreadable: async () => (await vocabulary()).discardUnreadable(),
};
