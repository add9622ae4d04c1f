/** The keys a hovered word is looked up by in the imported dictionaries: what the analyser found, then the word itself. */
import type { LookupResult } from '../shared/messages';
import { termKey } from './term-bank';

const MAX_KEYS = 16;

/** Each analysis' lemma and stem (unvowelled, loose key), then the surface form, without repeats. */
export function lookupKeys(result: Pick<LookupResult, 'word' | 'analyses'>): string[] {
  const keys = new Set<string>();
  const add = (s: string | undefined) => {
    const k = s === undefined ? '' : termKey(s);
    if (k) keys.add(k);
  };
  for (const a of result.analyses) {
    add(a.lemma);
    add(a.segments.find((s) => s.role === 'stem')?.text);
  }
  add(result.word);
  return [...keys].slice(0, MAX_KEYS);
}
