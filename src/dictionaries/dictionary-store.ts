/**
 * Imported dictionaries in IndexedDB, in the extension's origin: the options page writes, the service worker reads.
 * Two stores: `dictionaries` (one record each) and `terms` (indexed by lookup key and by dictionary). A dictionary is
 * imported under a fresh id in state `importing` and made `ready` in one transaction at the end, so lookups never see
 * half a dictionary; a failed import, or a removed dictionary, is marked and its terms deleted.
 */
import { idbDone, idbRequest, openDatabase } from '../shared/idb';
import { DictionaryError } from './dictionary-error';
import type { ParsedDictionary } from './read-zip';
import type { DictionaryIndex, TermEntry } from './term-bank';

export const DB_NAME = 'tarjuman-dictionaries';
const DB_VERSION = 1;
const DICTS = 'dictionaries';
const TERMS = 'terms';
const BATCH = 2000;
// an import still `importing` after this long was cut short (tab closed, browser quit)
const STALE_MS = 60 * 60 * 1000;

export type DictionaryState = 'importing' | 'ready' | 'deleting';

export interface DictionaryRecord extends DictionaryIndex {
  id: string;
  termCount: number;
  enabled: boolean;
  importedAt: number;
  state: DictionaryState;
}

interface TermRecord extends TermEntry {
  dict: string;
}

/** A dictionary's entry for a looked-up word, as the tooltip shows it. */
export interface ExtraEntry {
  dictionary: string;
  term: string;
  reading?: string;
  glosses: string[];
}

const request = idbRequest;
const finished = idbDone;

const newId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

export class DictionaryStore {
  private constructor(private readonly db: IDBDatabase) {}

  /** Opens (and on first use creates) the database; `factory` is the browser's indexedDB, or a fake in tests. */
  static async open(factory: IDBFactory): Promise<DictionaryStore> {
    const db = await openDatabase(factory, DB_NAME, DB_VERSION, (d) => {
      if (!d.objectStoreNames.contains(DICTS)) d.createObjectStore(DICTS, { keyPath: 'id' });
      if (!d.objectStoreNames.contains(TERMS)) {
        const terms = d.createObjectStore(TERMS, { autoIncrement: true });
        terms.createIndex('key', 'key');
        terms.createIndex('dict', 'dict');
      }
    });
    return new DictionaryStore(db);
  }

  close(): void {
    this.db.close();
  }

  private async all(): Promise<DictionaryRecord[]> {
    const tx = this.db.transaction(DICTS, 'readonly');
    return request(tx.objectStore(DICTS).getAll() as IDBRequest<DictionaryRecord[]>);
  }

  /** The installed dictionaries, oldest first. */
  async list(): Promise<DictionaryRecord[]> {
    return (await this.all()).filter((d) => d.state === 'ready').sort((a, b) => a.importedAt - b.importedAt);
  }

  /**
   * Stores a parsed dictionary and switches it live at the end; a dictionary already installed with the same title
   * is replaced then (an update keeps its enabled state). On failure nothing changes and a DictionaryError is thrown.
   */
  async import(parsed: ParsedDictionary, onProgress?: (done: number, total: number) => void, now = Date.now()): Promise<DictionaryRecord> {
    const id = newId();
    const record: DictionaryRecord = {
      ...parsed.index,
      id,
      termCount: parsed.terms.length,
      enabled: true,
      importedAt: now,
      state: 'importing',
    };
    try {
      const start = this.db.transaction(DICTS, 'readwrite');
      start.objectStore(DICTS).put(record);
      await finished(start);
      const total = parsed.terms.length;
      for (let i = 0; i < total; i += BATCH) {
        const tx = this.db.transaction(TERMS, 'readwrite');
        const terms = tx.objectStore(TERMS);
        for (const t of parsed.terms.slice(i, i + BATCH)) terms.add({ ...t, dict: id } satisfies TermRecord);
        await finished(tx);
        onProgress?.(Math.min(i + BATCH, total), total);
      }
      // the switch: one transaction makes the new dictionary ready and retires the one it replaces
      const tx = this.db.transaction(DICTS, 'readwrite');
      const dicts = tx.objectStore(DICTS);
      const existing = dicts.getAll() as IDBRequest<DictionaryRecord[]>;
      existing.onsuccess = () => {
        for (const d of existing.result) {
          if (d.state !== 'ready' || d.title !== record.title) continue;
          record.enabled = d.enabled;
          dicts.put({ ...d, state: 'deleting' });
        }
        record.state = 'ready';
        dicts.put(record);
      };
      await finished(tx);
    } catch (e) {
      await this.purge(id).catch(() => undefined);
      throw e instanceof DictionaryError ? e : new DictionaryError('storage', e instanceof Error ? e.message : String(e));
    }
    // the replaced dictionary is already invisible: deleting its terms may fail and be retried by cleanUp
    await this.cleanUp(now).catch(() => undefined);
    return record;
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    const tx = this.db.transaction(DICTS, 'readwrite');
    const dicts = tx.objectStore(DICTS);
    const get = dicts.get(id) as IDBRequest<DictionaryRecord | undefined>;
    get.onsuccess = () => {
      if (get.result?.state === 'ready') dicts.put({ ...get.result, enabled });
    };
    await finished(tx);
  }

  /** Removes a dictionary: hidden at once, then its terms deleted. */
  async remove(id: string): Promise<void> {
    const tx = this.db.transaction(DICTS, 'readwrite');
    const dicts = tx.objectStore(DICTS);
    const get = dicts.get(id) as IDBRequest<DictionaryRecord | undefined>;
    get.onsuccess = () => {
      if (get.result) dicts.put({ ...get.result, state: 'deleting' });
    };
    await finished(tx);
    await this.purge(id);
  }

  /** Deletes what removals and interrupted imports left behind. */
  async cleanUp(now = Date.now()): Promise<void> {
    for (const d of await this.all())
      if (d.state === 'deleting' || (d.state === 'importing' && now - d.importedAt > STALE_MS)) await this.purge(d.id);
  }

  /** Deletes a dictionary's terms and its record. */
  private async purge(id: string): Promise<void> {
    const tx = this.db.transaction([DICTS, TERMS], 'readwrite');
    const terms = tx.objectStore(TERMS);
    const cursor = terms.index('dict').openKeyCursor(id);
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      terms.delete(c.primaryKey);
      c.continue();
    };
    tx.objectStore(DICTS).delete(id);
    await finished(tx);
  }

  /**
   * The entries of the enabled dictionaries for any of `keys` (most important key first): dictionaries in their
   * order, then keys in theirs, then the dictionary's own score; rows of one term and reading are merged.
   */
  async find(keys: string[], opts: { maxEntries: number; maxGlosses: number }): Promise<ExtraEntry[]> {
    if (!keys.length) return [];
    const tx = this.db.transaction([DICTS, TERMS], 'readonly');
    const dictsReq = tx.objectStore(DICTS).getAll() as IDBRequest<DictionaryRecord[]>;
    const index = tx.objectStore(TERMS).index('key');
    const rowsReqs = keys.map((k) => index.getAll(k, 100) as IDBRequest<TermRecord[]>);
    await finished(tx);
    const live = dictsReq.result.filter((d) => d.state === 'ready' && d.enabled).sort((a, b) => a.importedAt - b.importedAt);
    const out: ExtraEntry[] = [];
    for (const d of live) {
      const merged = new Map<string, ExtraEntry>();
      for (const req of rowsReqs) {
        const rows = req.result.filter((r) => r.dict === d.id).sort((a, b) => b.score - a.score);
        for (const r of rows) {
          const id = `${r.term}\u0000${r.reading ?? ''}`;
          const e = merged.get(id) ?? { dictionary: d.title, term: r.term, ...(r.reading ? { reading: r.reading } : {}), glosses: [] };
          for (const g of r.glosses) if (e.glosses.length < opts.maxGlosses && !e.glosses.includes(g)) e.glosses.push(g);
          merged.set(id, e);
        }
      }
      for (const e of merged.values()) if (out.push(e) >= opts.maxEntries) return out;
    }
    return out;
  }
}
