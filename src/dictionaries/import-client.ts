/**
 * Imports a dictionary zip from an extension page through the import worker (import-worker.ts), so the page stays
 * responsive; where a worker cannot start, the same steps run on the page.
 */
import { DictionaryError } from './dictionary-error';
import type { DictionaryRecord, DictionaryStore } from './dictionary-store';
import { IMPORT_WORKER, type ImportReply } from './import-protocol';
import { readDictionaryZip } from './read-zip';

export type Progress = (done: number, total: number) => void;

/** The imported dictionary's record; throws a DictionaryError saying what is wrong. */
export async function importDictionary(
  bytes: ArrayBuffer,
  onProgress: Progress,
  onPage: () => Promise<DictionaryStore>,
): Promise<DictionaryRecord> {
  let worker: Worker;
  try {
    worker = new Worker(IMPORT_WORKER, { type: 'module' });
  } catch {
    return (await onPage()).import(readDictionaryZip(new Uint8Array(bytes)), onProgress);
  }
  try {
    return await new Promise<DictionaryRecord>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<ImportReply>) => {
        const r = e.data;
        if (r.kind === 'progress') onProgress(r.done, r.total);
        else if (r.kind === 'done') resolve(r.record);
        else reject(new DictionaryError(r.code, r.detail));
      };
      worker.onerror = (e) => {
        e.preventDefault();
        reject(new DictionaryError('storage', e.message || 'the import stopped'));
      };
      worker.postMessage({ bytes }, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
