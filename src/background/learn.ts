/**
 * The learning tools in the service worker: saved words in storage.local, reviews with ts-fsrs, exports, AnkiConnect.
 * Every change ends with the toolbar badge showing how many words are due.
 */
import browser from 'webextension-polyfill';
import { pushToAnki } from '../learn/anki-connect';
import { parseBackup } from '../learn/backup';
import { learnError } from '../learn/errors';
import { exportFile } from '../learn/export';
import { badgeText, dueWords, gradeCard, nextReview } from '../learn/schedule';
import type { SavedWord } from '../learn/types';
import { parseSavedWord } from '../learn/validate';
import { VocabularyStore, type KeyValueStorage } from '../learn/vocabulary-store';
import type { Envelope, LearnRequestType, Reply, WordsChange } from '../shared/messages';
import { fail, ok, type Result } from '../shared/result';
import { forgetSavedState } from './saved-state';
import { loadSettings } from './settings-store';
import { announceWordsChanged } from './words-changed';

let store: VocabularyStore | null = null;
const vocabulary = () => (store ??= new VocabularyStore(browser.storage.local as KeyValueStorage));

/** Shows the due count on the toolbar button (nothing when no word is due). */
export async function updateBadge(): Promise<void> {
  const words = await vocabulary().list();
  if (!words.ok) return;
  const text = badgeText(dueWords(words.value, new Date()).length);
  try {
    await browser.action?.setBadgeText({ text });
    if (text) await browser.action?.setBadgeBackgroundColor({ color: '#0f766e' });
  } catch {
    // no toolbar button in this browser context: the count is still in the popup
  }
}

/** After a change that succeeded, the badge and the open pages' tooltips follow (`words`: which words; all by default). */
async function changed<T>(r: Result<T>, words?: (value: T) => WordsChange): Promise<Result<T>> {
  forgetSavedState(); // the lookups' saved and known marks follow
  if (!r.ok) return r;
  await updateBadge();
  void announceWordsChanged(words ? words(r.value) : 'all');
  return r;
}

const stateOf = (w: SavedWord): WordsChange => [{ id: w.id, known: w.known }];

/** The saved words (the page's underline mode asks for the known ones). */
export const listSavedWords = (): Promise<Result<SavedWord[]>> => vocabulary().list();

const dueCount = async (): Promise<Result<number>> => {
  const words = await vocabulary().list();
  return words.ok ? ok(dueWords(words.value, new Date()).length) : words;
};

export async function handleLearn(env: Envelope<LearnRequestType>): Promise<Reply<LearnRequestType>> {
  const type = env.type;
  switch (type) {
    case 'saveWord': {
      const p = env.params as Envelope<'saveWord'>['params'];
      return changed(await vocabulary().save(p), stateOf);
    }
    case 'listWords':
      return vocabulary().list();
    case 'updateWord': {
      const p = env.params as Envelope<'updateWord'>['params'];
      return changed(await vocabulary().update(p.id, { note: p.note, known: p.known }), stateOf);
    }
    case 'deleteWord': {
      const p = env.params as Envelope<'deleteWord'>['params'];
      return changed(await vocabulary().remove(p.id), (w) => [{ id: w.id, known: null }]);
    }
    case 'restoreWord': {
      const p = env.params as Envelope<'restoreWord'>['params'];
      const word = parseSavedWord(p.word);
      return word.ok ? changed(await vocabulary().restore(word.value), stateOf) : fail(learnError('invalid', word.error));
    }
    case 'exportWords': {
      const p = env.params as Envelope<'exportWords'>['params'];
      const words = await vocabulary().list();
      return words.ok ? ok(exportFile(words.value, p.format, new Date())) : words;
    }
    case 'importWords': {
      const p = env.params as Envelope<'importWords'>['params'];
      const words = parseBackup(p.json);
      return words.ok ? changed(await vocabulary().merge(words.value)) : words;
    }
    case 'reviewNext': {
      const words = await vocabulary().list();
      return words.ok ? ok(nextReview(words.value, new Date())) : words;
    }
    case 'gradeCard': {
      const p = env.params as Envelope<'gradeCard'>['params'];
      const now = new Date();
      const word = await vocabulary().updateCard(p.id, (card) => gradeCard(card, p.grade, now));
      if (!word.ok) return word;
      await updateBadge();
      const due = await dueCount();
      return ok({ word: word.value, due: due.ok ? due.value : 0 });
    }
    case 'dueCount': {
      const due = await dueCount();
      if (due.ok) await updateBadge();
      return due;
    }
    case 'pushToAnki': {
      const p = env.params as Envelope<'pushToAnki'>['params'];
      const words = await vocabulary().list();
      if (!words.ok) return words;
      const ids = p.ids ? new Set(p.ids) : null;
      const chosen: SavedWord[] = ids ? words.value.filter((w) => ids.has(w.id)) : words.value;
      const { anki } = await loadSettings();
      return pushToAnki(chosen, anki, { fetch: (input, init) => fetch(input, init) });
    }
    default: {
      const never: never = type;
      return fail(`unhandled request ${String(never)}`);
    }
  }
}
