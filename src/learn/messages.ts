/** The learning tools' requests (answered by background/learn.ts), declared here and merged into RequestMap. */
import { defineMessages, reply, type MessagesOf } from '../shared/message-spec';
import { fail, ok } from '../shared/result';
import { array, bool, custom, empty, object, oneOf, optional, str } from '../shared/schema';
import { MAX_BACKUP_CHARS } from './backup';
import type { AnkiPushResult, ExportFile, ImportSummary, ReviewItem, SavedWord, SaveWordParams, VocabularyHealth } from './types';
import { LIMITS, parseSavedWord, saveParamsError } from './validate';

const id = custom((v) =>
  typeof v === 'string' && v.length <= LIMITS.lemma + LIMITS.pos + 1 && v.includes('|') ? ok(v) : fail('expected a word id'),
);
const saveParams = custom((v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail<SaveWordParams & { known?: boolean }>('expected an object');
  const p = v as Record<string, unknown>;
  const err = saveParamsError(p);
  if (err) return fail(err);
  if (p.known !== undefined && typeof p.known !== 'boolean') return fail('known must be true or false');
  // saveParamsError checked every field the store reads
  return ok(p as unknown as SaveWordParams & { known?: boolean });
});

export const learnMessages = defineMessages({
  /** saves the word under the pointer (the same lemma and pos again updates it); `known` also marks it known */
  saveWord: { from: 'anyFrame', params: saveParams, reply: reply<SavedWord>() },
  listWords: { from: 'extension', params: empty, reply: reply<SavedWord[]>() },
  updateWord: {
    from: 'extension',
    params: object({ id, note: optional(str(LIMITS.note)), known: optional(bool) }),
    reply: reply<SavedWord>(),
  },
  /** the deleted word comes back, so the view can offer undo through restoreWord */
  deleteWord: { from: 'extension', params: object({ id }), reply: reply<SavedWord>() },
  restoreWord: { from: 'extension', params: object({ word: custom(parseSavedWord) }), reply: reply<SavedWord>() },
  exportWords: { from: 'extension', params: object({ format: oneOf('csv', 'tsv', 'json') }), reply: reply<ExportFile>() },
  /** merges a JSON backup into the saved words */
  importWords: { from: 'extension', params: object({ json: str(MAX_BACKUP_CHARS) }), reply: reply<ImportSummary>() },
  reviewNext: { from: 'extension', params: empty, reply: reply<ReviewItem | null>() },
  gradeCard: {
    from: 'extension',
    params: object({ id, grade: oneOf(1, 2, 3, 4) }),
    reply: reply<{ word: SavedWord; due: number }>(),
  },
  dueCount: { from: 'extension', params: empty, reply: reply<number>() },
  /** sends the saved words (all, or those listed) to Anki through AnkiConnect */
  pushToAnki: { from: 'extension', params: object({ ids: optional(array(id, 20_000)) }), reply: reply<AnkiPushResult>() },
  /** the lemmas of the saved words marked known (the page's unknown-word underline) */
  /** the tooltip's K on a saved word: marks it known or not (a page's script never needs updateWord) */
  setKnown: { from: 'anyFrame', params: object({ id, known: bool }), reply: reply<SavedWord>() },
  knownLemmas: { from: 'topFrame', params: empty, reply: reply<string[]>() },
  /** saved words that could not be read, kept aside: how many, and why */
  vocabularyHealth: { from: 'extension', params: empty, reply: reply<VocabularyHealth>() },
  /** the unreadable records as they were stored, for the user to keep */
  exportUnreadable: { from: 'extension', params: empty, reply: reply<ExportFile>() },
  /** forgets the unreadable records (after the user exported them or chose to) */
  discardUnreadable: { from: 'extension', params: empty, reply: reply<number>() },
});

declare module '../shared/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- interface merging adds these requests
  interface RequestMap extends MessagesOf<typeof learnMessages> {}
}
