/**
 * Entries from the user's imported dictionaries for a looked-up word. The options page writes the IndexedDB database;
 * the worker only reads it, and a failure here never fails the lookup (the built-in entry is still shown).
 */
import { DB_NAME, DictionaryStore, type ExtraEntry } from '../dictionaries/dictionary-store';
import { lookupKeys } from '../dictionaries/lookup-keys';
import type { LookupResult } from '../shared/messages';

const LIMITS = { maxEntries: 6, maxGlosses: 5 };

let opening: Promise<DictionaryStore> | null = null;

/**
 * Whether the database exists. The options page creates it; until then there is nothing to read, and opening it here
 * would create it, which on a fresh profile takes longer than a hover may (hundreds of milliseconds).
 */
async function databaseExists(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true; // cannot tell (Firefox < 126): open it
  return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
}

/** The open store, or a rejection when there is none yet (asked again next time). */
function store(): Promise<DictionaryStore> {
  opening ??= databaseExists().then((exists) => (exists ? DictionaryStore.open(indexedDB) : Promise.reject(new Error('no dictionaries'))));
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
