/**
 * The downloaded model in extension storage (the Cache API, which every extension context of Chrome and Firefox has:
 * pages, the offscreen document, the background). Files are kept under their SHA-256, and only once checked against
 * it, so a stored file is a verified file; the manifest, written last, says the model is complete.
 */
import type { FileType, ModelPlan } from './model-registry';

export interface StoredModel {
  from: string;
  to: string;
  version: string;
  source: string;
  files: Array<{ fileType: FileType; name: string; sha256: string; size: number }>;
  /** when the last file was stored (ms since the epoch) */
  storedAt: number;
}

export interface ModelStore {
  hasFile(sha256: string): Promise<boolean>;
  /** may throw a QuotaExceededError when storage is full */
  putFile(sha256: string, bytes: ArrayBuffer): Promise<void>;
  getFile(sha256: string): Promise<ArrayBuffer | null>;
  putManifest(m: StoredModel): Promise<void>;
  getManifest(): Promise<StoredModel | null>;
  /** removes every file and the manifest */
  clear(): Promise<void>;
}

/** The part of the Cache API this store uses (so tests can pass an in-memory one). */
export interface CacheLike {
  match(key: string): Promise<Response | undefined>;
  put(key: string, res: Response): Promise<void>;
}
export interface CacheStorageLike {
  open(name: string): Promise<CacheLike>;
  delete(name: string): Promise<boolean>;
}

export const CACHE_NAME = 'tarjuman-model-ar-en';
// Cache API keys must be http(s) URLs; this host cannot resolve, nothing is ever fetched from it
const KEY = 'https://model.tarjuman.invalid/';

export function cacheModelStore(storage: CacheStorageLike): ModelStore {
  const open = () => storage.open(CACHE_NAME);
  return {
    async hasFile(sha256) {
      return (await (await open()).match(`${KEY}file/${sha256}`)) !== undefined;
    },
    async putFile(sha256, bytes) {
      await (await open()).put(`${KEY}file/${sha256}`, new Response(bytes, { headers: { 'content-length': String(bytes.byteLength) } }));
    },
    async getFile(sha256) {
      const r = await (await open()).match(`${KEY}file/${sha256}`);
      return r ? r.arrayBuffer() : null;
    },
    async putManifest(m) {
      await (await open()).put(`${KEY}manifest`, new Response(JSON.stringify(m), { headers: { 'content-type': 'application/json' } }));
    },
    async getManifest() {
      const r = await (await open()).match(`${KEY}manifest`);
      if (!r) return null;
      try {
        return parseManifest(await r.json());
      } catch {
        return null;
      }
    },
    async clear() {
      await storage.delete(CACHE_NAME);
    },
  };
}

function parseManifest(raw: unknown): StoredModel | null {
  const m = raw as Partial<StoredModel> | null;
  if (!m || typeof m !== 'object' || !Array.isArray(m.files) || typeof m.version !== 'string' || typeof m.source !== 'string') return null;
  return m as StoredModel;
}

export const manifestOf = (plan: ModelPlan, storedAt: number): StoredModel => ({
  from: plan.from,
  to: plan.to,
  version: plan.version,
  source: plan.source,
  files: plan.files.map((f) => ({ fileType: f.fileType, name: f.name, sha256: f.sha256, size: f.size })),
  storedAt,
});

export const storedSize = (m: StoredModel): number => m.files.reduce((n, f) => n + f.size, 0);

/** SHA-256 of bytes as lower-case hex (WebCrypto: in every extension context and in Node). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let s = '';
  for (const b of d) s += b.toString(16).padStart(2, '0');
  return s;
}
