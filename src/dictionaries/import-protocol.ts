/** The messages between the options page and the dictionary import worker (import-worker.ts). */
import type { DictionaryErrorCode } from './dictionary-error';
import type { DictionaryRecord } from './dictionary-store';

/** The page sends the zip's bytes (transferred, not copied). */
export interface ImportRequest {
  bytes: ArrayBuffer;
}

export type ImportReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; record: DictionaryRecord }
  | { kind: 'failed'; code: DictionaryErrorCode; detail: string };

/** The worker script beside the extension's pages (build.mjs bundles it). */
export const IMPORT_WORKER = 'dictionary-worker.js';
