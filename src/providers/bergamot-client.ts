/**
 * The Firefox Translations engine (bergamot-translator, WebAssembly) in its own worker, behind a small promise API.
 * The worker script is the package's own `translator-worker.js`, shipped unchanged: it answers `{id, name, args}`
 * messages with `{id, result}` or `{id, error}`. Everything here runs off the main thread except the message passing;
 * translation is synchronous inside the worker, so texts go in small batches and a busy worker never blocks a page.
 */

/** What the client needs of a Worker (a DOM Worker, or node:worker_threads wrapped alike). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (e: unknown) => void): void;
  terminate(): void;
}

/** The files of one language pair, as verified bytes. */
export interface ModelBuffers {
  model: ArrayBuffer;
  /** the lexical shortlist (`lex`); bergamot 0.4.x requires one */
  shortlist: ArrayBuffer;
  /** one shared vocabulary, or the source then the target vocabulary */
  vocabs: ArrayBuffer[];
  /** the model file's name decides how its weights were quantised */
  modelName: string;
}

const PAIR = { from: 'ar', to: 'en' } as const;
/** sentences per call into the worker: small enough that a cancel or a newer request waits little */
export const BATCH = 8;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

export class EngineError extends Error {
  override name = 'EngineError';
}

/** How the model's weights were quantised, read from its file name as Firefox does (intgemm8 vs alphas). */
export const gemmPrecision = (modelName: string): string => (modelName.endsWith('intgemm8.bin') ? 'int8shiftAll' : 'int8shiftAlphaAll');

export class BergamotClient {
  private worker: WorkerLike | null = null;
  private booted: Promise<void> | null = null;
  private serial = 0;
  private readonly pending = new Map<number, Pending>();
  private modelLoaded = false;

  constructor(private readonly makeWorker: () => WorkerLike) {}

  get isBooted(): boolean {
    return this.worker !== null && this.booted !== null;
  }

  get hasModel(): boolean {
    return this.modelLoaded;
  }

  /** Starts the worker and instantiates the WebAssembly (no model needed). Safe to call again. */
  boot(): Promise<void> {
    this.booted ??= (async () => {
      const w = this.makeWorker();
      this.worker = w;
      w.addEventListener('message', (e) => this.answer(e.data));
      w.addEventListener('error', (e) => this.failAll(new EngineError(`the engine's worker failed: ${describe(e)}`)));
      await this.call('initialize', { cacheSize: 0, useNativeIntGemm: false });
    })().catch((e: unknown) => {
      this.dispose();
      throw e instanceof Error ? e : new EngineError(String(e));
    });
    return this.booted;
  }

  /** Loads the Arabic → English model from verified buffers (the worker copies them into its memory). */
  async loadModel(files: ModelBuffers): Promise<void> {
    await this.boot();
    await this.call('loadTranslationModel', PAIR, {
      model: files.model,
      shortlist: files.shortlist,
      vocabs: files.vocabs,
      qualityModel: null,
      config: { 'gemm-precision': gemmPrecision(files.modelName) },
    });
    this.modelLoaded = true;
  }

  /** English for each text, in order, in batches. */
  async translate(texts: readonly string[], signal?: AbortSignal): Promise<string[]> {
    if (!this.modelLoaded) throw new EngineError('no model is loaded');
    const out: string[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      if (signal?.aborted) throw new EngineError('cancelled');
      const batch = texts.slice(i, i + BATCH);
      const res = (await this.call('translate', {
        models: [PAIR],
        texts: batch.map((text) => ({ text, html: false, qualityScores: false })),
      })) as Array<{ target?: { text?: unknown } }>;
      for (const r of res) out.push(typeof r?.target?.text === 'string' ? r.target.text : '');
    }
    return out;
  }

  /** Stops the worker and frees its memory; the next call boots again. */
  dispose(): void {
    const w = this.worker;
    this.worker = null;
    this.booted = null;
    this.modelLoaded = false;
    this.failAll(new EngineError('the engine was stopped'));
    try {
      w?.terminate();
    } catch {
      // already gone
    }
  }

  private call(name: string, ...args: unknown[]): Promise<unknown> {
    const w = this.worker;
    if (!w) return Promise.reject(new EngineError('the engine is not running'));
    const id = ++this.serial;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ id, name, args });
    });
  }

  private answer(data: unknown): void {
    if (typeof data !== 'object' || data === null) return;
    const { id, result, error } = data as { id?: unknown; result?: unknown; error?: { message?: unknown } };
    const p = typeof id === 'number' ? this.pending.get(id) : undefined;
    if (!p) return;
    this.pending.delete(id as number);
    if (error !== undefined) p.reject(new EngineError(String(error?.message ?? 'engine error')));
    else p.resolve(result);
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}

function describe(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
