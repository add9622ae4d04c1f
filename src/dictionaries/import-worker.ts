/**
 * The dictionary import, in a worker: reading the zip (inflating up to 50 MB and parsing its JSON) and writing
 * hundreds of thousands of terms to IndexedDB take seconds on a large dictionary, and the options page stays usable
 * meanwhile. One import per worker; the page starts a new one for the next file.
 */
import { DictionaryError } from './dictionary-error';
import { DictionaryStore } from './dictionary-store';
import type { ImportReply, ImportRequest } from './import-protocol';
import { readDictionaryZip } from './read-zip';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(reply: ImportReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  void importBytes(e.data.bytes).then((reply) => scope.postMessage(reply));
};

async function importBytes(bytes: ArrayBuffer): Promise<ImportReply> {
  let store: DictionaryStore | null = null;
  try {
    const parsed = readDictionaryZip(new Uint8Array(bytes));
    store = await DictionaryStore.open(indexedDB);
    const record = await store.import(parsed, (done, total) => scope.postMessage({ kind: 'progress', done, total }));
    return { kind: 'done', record };
  } catch (err) {
    const e = err instanceof DictionaryError ? err : new DictionaryError('storage', err instanceof Error ? err.message : String(err));
    return { kind: 'failed', code: e.code, detail: e.detail };
  } finally {
    store?.close();
  }
}
