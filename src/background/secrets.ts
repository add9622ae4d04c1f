/**
 * Secrets (the model endpoint's API key) in the extension's IndexedDB, which only the background opens: content
 * scripts run in the page's origin and cannot read it, and no storage change event carries it to them.
 */
import { idbDone, idbRequest, openDatabase } from '../shared/idb';

const DB = 'tarjuman-secrets';
const STORE = 'secrets';

let opening: Promise<IDBDatabase> | null = null;
function open(): Promise<IDBDatabase> {
  opening ??= openDatabase(indexedDB, DB, 1, (db) => db.createObjectStore(STORE)).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

export async function getSecret(name: string): Promise<string> {
  const db = await open();
  const v: unknown = await idbRequest(db.transaction(STORE, 'readonly').objectStore(STORE).get(name));
  return typeof v === 'string' ? v : '';
}

export async function setSecret(name: string, value: string): Promise<void> {
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  const done = idbDone(tx);
  if (value) tx.objectStore(STORE).put(value, name);
  else tx.objectStore(STORE).delete(name);
  await done;
}
