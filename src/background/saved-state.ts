/**
 * Which readings of a looked-up word the learner saved or knows, carried in the lookup reply so the tooltip can say
 * so with no message of its own on the hover path. The saved words' ids are kept in memory and read again after any
 * change to the vocabulary (forgetSavedState), so a lookup costs a map look-up per reading.
 */
import type { SavedWord } from '../learn/types';
import { wordId } from '../learn/types';
import type { LookupResult } from '../shared/messages';
import type { Result } from '../shared/result';

let index: Promise<Map<string, boolean> | null> | null = null;

/** The vocabulary changed: the next lookup reads it again. */
export function forgetSavedState(): void {
  index = null;
}

/** Reads the saved words' ids ahead of the first lookup (the worker is starting): opening the database then costs no hover. */
export function preloadSavedState(list: () => Promise<Result<SavedWord[]>>): void {
  index ??= readIndex(list);
}

function readIndex(list: () => Promise<Result<SavedWord[]>>): Promise<Map<string, boolean> | null> {
  return list().then(
    (r) => (r.ok ? new Map(r.value.map((w) => [w.id, w.known])) : null),
    () => null,
  );
}

/** The lookup result with `saved` listing its readings that are saved words (and whether each is known). */
export async function withSavedState(result: LookupResult | null, list: () => Promise<Result<SavedWord[]>>): Promise<LookupResult | null> {
  if (!result) return result;
  index ??= readIndex(list);
  const known = await index;
  if (!known) {
    index = null; // storage could not be read: asked again next time, the lookup still answered
    return result;
  }
  const saved: NonNullable<LookupResult['saved']> = [];
  for (const a of result.analyses) {
    const id = wordId(a.lemma, a.pos);
    const k = known.get(id);
    if (k !== undefined && !saved.some((s) => s.id === id)) saved.push({ id, known: k });
  }
  return saved.length ? { ...result, saved } : result;
}
