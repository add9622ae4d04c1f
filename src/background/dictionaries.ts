/**
 * Entries from the user's imported dictionaries for a looked-up word. The options page writes the IndexedDB database;
 * the worker only reads it, and a failure here never fails the lookup (the built-in entry is still shown).
 */
import { DictionaryStore, type ExtraEntry } from '../dictionaries/dictionary-store';
import { lookupKeys } from '../dictionaries/lookup-keys';
import type { LookupResult } from '../shared/messages';

const LIMITS = { maxEntries: 6, maxGlosses: 5 };

let opening: Promise<DictionaryStore> | null = null;

function store(): Promise<DictionaryStore> {
  opening ??= DictionaryStore.open(indexedDB);
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

/** The lookup result with `extra` filled when an enabled dictionary knows the word's lemma, stem or surface form. */
export async function withDictionaryEntries(result: LookupResult | null): Promise<LookupResult | null> {
  if (!result) return result;
  let extra: ExtraEntry[];
  try {
    extra = await (await store()).find(lookupKeys(result), LIMITS);
  } catch {
    opening = null; // closed by a newer version, or not available: opened again next time
    return result;
  }
  return extra.length ? { ...result, extra } : result;
}
