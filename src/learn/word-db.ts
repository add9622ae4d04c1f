/**
 * Saved words in IndexedDB, in the extension's origin: content scripts run in the page's origin and cannot open it,
 * and no storage change event carries it to them. One record per word (a change writes that word, not the whole
 * vocabulary); records that cannot be read are moved to `quarantine`, never deleted, until the user exports or
 * discards them. Every change is one transaction: all of it lands, or none.
 */

import { idbDone, idbRequest, openDatabase } from '../shared/idb';

export const WORD_DB = 'tarjuman-words';
const DB_VERSION = 1;
const WORDS = 'words';
const QUARANTINE = 'quarantine';
const META = 'meta';

/** A stored record that could not be read as a word, kept as it was with the reason. */
export interface QuarantinedRecord {
  /** the key it was stored under ('vocabulary' for a whole unreadable legacy value) */
  key: string;
  raw: unknown;
  reason: string;
  at: string;
}

/** One all-or-nothing change. */
export interface WordChange {
  put?: Record<string, unknown>;
  delete?: string[];
  quarantine?: QuarantinedRecord[];
  clearQuarantine?: boolean;
  meta?: Record<string, unknown>;
}

export class WordDb {
  private constructor(private readonly db: IDBDatabase) {}

  /** Opens (and on first use creates) the database; `factory` is the browser's indexedDB, or a fake in tests. */
  static async open(factory: IDBFactory): Promise<WordDb> {
    const db = await openDatabase(factory, WORD_DB, DB_VERSION, (d) => {
      if (!d.objectStoreNames.contains(WORDS)) d.createObjectStore(WORDS);
      if (!d.objectStoreNames.contains(QUARANTINE)) d.createObjectStore(QUARANTINE, { autoIncrement: true });
      if (!d.objectStoreNames.contains(META)) d.createObjectStore(META);
    });
    return new WordDb(db);
  }

  close(): void {
    this.db.close();
  }

  /** Every word record with its key. */
  async entries(): Promise<Array<[string, unknown]>> {
    const tx = this.db.transaction(WORDS, 'readonly');
    const store = tx.objectStore(WORDS);
    const [keys, values] = await Promise.all([idbRequest(store.getAllKeys()), idbRequest(store.getAll())]);
    return keys.map((k, i) => [String(k), values[i]]);
  }

  async get(key: string): Promise<unknown> {
    return idbRequest(this.db.transaction(WORDS, 'readonly').objectStore(WORDS).get(key));
  }

  async count(): Promise<number> {
    return idbRequest(this.db.transaction(WORDS, 'readonly').objectStore(WORDS).count());
  }

  async meta(key: string): Promise<unknown> {
    return idbRequest(this.db.transaction(META, 'readonly').objectStore(META).get(key));
  }

  async quarantined(): Promise<QuarantinedRecord[]> {
    return idbRequest(this.db.transaction(QUARANTINE, 'readonly').objectStore(QUARANTINE).getAll() as IDBRequest<QuarantinedRecord[]>);
  }

  /** Applies a change in one transaction. */
  async commit(change: WordChange): Promise<void> {
    const tx = this.db.transaction([WORDS, QUARANTINE, META], 'readwrite');
    const done = idbDone(tx);
    const words = tx.objectStore(WORDS);
    const quarantine = tx.objectStore(QUARANTINE);
    for (const key of change.delete ?? []) words.delete(key);
    for (const [key, value] of Object.entries(change.put ?? {})) words.put(value, key);
    if (change.clearQuarantine) quarantine.clear();
    for (const q of change.quarantine ?? []) quarantine.add(q);
    for (const [key, value] of Object.entries(change.meta ?? {})) tx.objectStore(META).put(value, key);
    await done;
  }
}
