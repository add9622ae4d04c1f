/**
 * Downloads the model the user asked for: the registry's records, then each file with progress, each checked against
 * its published SHA-256 before it is stored. A file already stored (under its hash) is not fetched again, so a
 * cancelled or failed download resumes where it stopped; a half-fetched file is never stored and restarts. A wrong
 * hash removes everything stored for the model: nothing unverified is kept, and nothing partial is trusted.
 */
import { planModel, recordsUrl, type ModelPlan } from './model-registry';
import { manifestOf, sha256Hex, type ModelStore } from './model-store';

export type DownloadFailure =
  /** the browser is offline */
  | 'offline'
  /** the request failed (server unreachable, connection dropped) */
  | 'network'
  /** an HTTP error status */
  | 'http'
  /** the registry's answer was not what Firefox's registry sends */
  | 'registry'
  /** the registry has no Arabic → English model this engine can run */
  | 'noModel'
  /** a file's SHA-256 is not the published one */
  | 'hash'
  /** extension storage is full */
  | 'quota';

export type DownloadOutcome =
  { kind: 'done'; plan: ModelPlan } | { kind: 'cancelled' } | { kind: 'failed'; reason: DownloadFailure; detail?: string };

export interface DownloadDeps {
  fetch: (url: string, init?: { signal?: AbortSignal; cache?: RequestCache; credentials?: RequestCredentials }) => Promise<Response>;
  store: ModelStore;
  online?: () => boolean;
  /** free space as the browser estimates it; missing means unknown */
  estimate?: () => Promise<{ quota?: number; usage?: number }>;
  now?: () => number;
}

export interface DownloadOptions {
  signal?: AbortSignal;
  /** bytes of the whole model done so far (files already stored count at once) */
  onProgress?: (loaded: number, total: number) => void;
}

const failed = (reason: DownloadFailure, detail?: string): DownloadOutcome => ({ kind: 'failed', reason, detail });

class Stop extends Error {
  constructor(readonly outcome: DownloadOutcome) {
    super(outcome.kind);
  }
}

const isAbort = (e: unknown, signal?: AbortSignal) => signal?.aborted || (e instanceof Error && e.name === 'AbortError');
const isQuota = (e: unknown) =>
  e instanceof Error && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(e.message));

async function get(url: string, deps: DownloadDeps, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    // no cookies, no shared HTTP cache entry: the bytes are checked here, not trusted from elsewhere
    res = await deps.fetch(url, { signal, cache: 'no-store', credentials: 'omit' });
  } catch (e) {
    if (isAbort(e, signal)) throw new Stop({ kind: 'cancelled' });
    throw new Stop(failed(deps.online && !deps.online() ? 'offline' : 'network'));
  }
  if (!res.ok) throw new Stop(failed('http', String(res.status)));
  return res;
}

/** Reads the records and the attachments host and plans the Arabic → English model. */
export async function fetchPlan(server: string, deps: DownloadDeps, signal?: AbortSignal): Promise<ModelPlan | DownloadOutcome> {
  try {
    const root = (await (await get(`${server}/`, deps, signal)).json().catch(() => null)) as {
      capabilities?: { attachments?: { base_url?: unknown } };
    } | null;
    const base = root?.capabilities?.attachments?.base_url;
    if (typeof base !== 'string' || !/^https?:\/\//.test(base)) return failed('registry', 'no attachments base_url');
    const records = (await (await get(recordsUrl(server), deps, signal)).json().catch(() => null)) as { data?: unknown } | null;
    if (!records || !Array.isArray(records.data)) return failed('registry', 'no records');
    const plan = planModel(records.data, { from: 'ar', to: 'en', attachmentsBase: base, source: recordsUrl(server) });
    return 'error' in plan ? failed(plan.error === 'noModel' ? 'noModel' : 'registry', plan.error) : plan;
  } catch (e) {
    if (e instanceof Stop) return e.outcome;
    throw e;
  }
}

/** Reads a response body into one buffer, reporting each chunk. */
async function readBody(res: Response, onChunk: (n: number) => void, signal?: AbortSignal): Promise<ArrayBuffer> {
  if (!res.body) {
    const b = await res.arrayBuffer();
    onChunk(b.byteLength);
    return b;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      onChunk(value.byteLength);
    }
  } catch (e) {
    if (isAbort(e, signal)) throw new Stop({ kind: 'cancelled' });
    throw new Stop(failed('network', 'the connection dropped'));
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

/** Fetches, checks and stores every file of `plan` not yet stored, then the manifest. */
export async function downloadPlan(plan: ModelPlan, deps: DownloadDeps, opts: DownloadOptions = {}): Promise<DownloadOutcome> {
  const { signal, onProgress } = opts;
  const total = plan.files.reduce((n, f) => n + f.size, 0);
  let loaded = 0;
  try {
    const missing = [];
    for (const f of plan.files) {
      if (await deps.store.hasFile(f.sha256)) loaded += f.size;
      else missing.push(f);
    }
    onProgress?.(loaded, total);
    const need = missing.reduce((n, f) => n + f.size, 0);
    const est = await deps.estimate?.().catch(() => undefined);
    if (est?.quota !== undefined && est.usage !== undefined && est.quota - est.usage < need) return failed('quota');
    for (const f of missing) {
      if (signal?.aborted) return { kind: 'cancelled' };
      const res = await get(f.url, deps, signal);
      const before = loaded;
      const bytes = await readBody(
        res,
        (n) => {
          // a server sending more than the published size cannot push the bar past the file
          loaded = Math.min(before + f.size, loaded + n);
          onProgress?.(loaded, total);
        },
        signal,
      );
      if (signal?.aborted) return { kind: 'cancelled' };
      if (bytes.byteLength !== f.size || (await sha256Hex(bytes)) !== f.sha256) {
        await deps.store.clear();
        return failed('hash', f.name);
      }
      try {
        await deps.store.putFile(f.sha256, bytes);
      } catch (e) {
        if (isQuota(e)) return failed('quota');
        throw e;
      }
      loaded = before + f.size;
      onProgress?.(loaded, total);
    }
    try {
      await deps.store.putManifest(manifestOf(plan, (deps.now ?? Date.now)()));
    } catch (e) {
      if (isQuota(e)) return failed('quota');
      throw e;
    }
    return { kind: 'done', plan };
  } catch (e) {
    if (e instanceof Stop) return e.outcome;
    if (isAbort(e, signal)) return { kind: 'cancelled' };
    throw e;
  }
}

/** The whole download: plan from the registry, then the files. */
export async function downloadModel(server: string, deps: DownloadDeps, opts: DownloadOptions = {}): Promise<DownloadOutcome> {
  const plan = await fetchPlan(server, deps, opts.signal);
  return 'files' in plan ? downloadPlan(plan, deps, opts) : plan;
}
