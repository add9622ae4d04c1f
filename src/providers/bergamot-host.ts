/**
 * The engine where it lives (Chrome's offscreen document, Firefox's background page): one worker, booted on first
 * use, and the stored model loaded into it after every file is checked again against its SHA-256. Operations arrive
 * as small messages (EngineOp) and leave as EngineAnswer values, never as throws.
 */
import { BergamotClient, type WorkerLike } from './bergamot-client';
import { sha256Hex, type ModelStore } from './model-store';

export type EngineOp =
  | { op: 'boot' }
  | { op: 'status' }
  | { op: 'translate'; texts: string[] }
  /** frees the worker (the model was removed, or the engine is not needed any more) */
  | { op: 'unload' };

export type EngineAnswer =
  | { ok: true; ms?: number; running?: boolean; loaded?: boolean; english?: string[] }
  | { ok: false; error: 'noModel' | 'corrupt' | 'engine'; message?: string };

export const ENGINE_MESSAGE = 'tarjumanEngine';

/** A message to the engine's host: `{tarjumanEngine: 1, ...op}`; anything else is not for it. */
export function parseEngineOp(msg: unknown): EngineOp | null {
  if (!msg || typeof msg !== 'object' || (msg as Record<string, unknown>)[ENGINE_MESSAGE] !== 1) return null;
  const m = msg as Record<string, unknown>;
  if (m.op === 'boot' || m.op === 'status' || m.op === 'unload') return { op: m.op };
  if (
    m.op === 'translate' &&
    Array.isArray(m.texts) &&
    m.texts.length <= 2000 &&
    m.texts.every((t) => typeof t === 'string' && t.length <= 5000)
  )
    return { op: 'translate', texts: m.texts as string[] };
  return null;
}

export class BergamotHost {
  private client: BergamotClient;
  private loading: Promise<EngineAnswer | null> | null = null;

  constructor(
    private readonly makeWorker: () => WorkerLike,
    private readonly store: ModelStore,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.client = new BergamotClient(makeWorker);
  }

  async handle(op: EngineOp): Promise<EngineAnswer> {
    try {
      switch (op.op) {
        case 'boot': {
          const t0 = this.now();
          await this.client.boot();
          return { ok: true, ms: Math.round(this.now() - t0) };
        }
        case 'status':
          return { ok: true, running: this.client.isBooted, loaded: this.client.hasModel };
        case 'unload':
          this.client.dispose();
          this.client = new BergamotClient(this.makeWorker);
          this.loading = null;
          return { ok: true };
        case 'translate': {
          const problem = await this.ensureModel();
          if (problem) return problem;
          return { ok: true, english: await this.client.translate(op.texts) };
        }
      }
    } catch (e) {
      return { ok: false, error: 'engine', message: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Loads the stored model once; null when it is ready, else why not. */
  private ensureModel(): Promise<EngineAnswer | null> {
    if (this.client.hasModel) return Promise.resolve(null);
    this.loading ??= this.load().then((r) => {
      if (r) this.loading = null; // a model downloaded later is picked up by the next request
      return r;
    });
    return this.loading;
  }

  private async load(): Promise<EngineAnswer | null> {
    const m = await this.store.getManifest();
    if (!m) return { ok: false, error: 'noModel' };
    const bytes = new Map<string, ArrayBuffer>();
    for (const f of m.files) {
      const b = await this.store.getFile(f.sha256);
      // checked before use, every time: storage can be edited or damaged after the download
      if (!b || b.byteLength !== f.size || (await sha256Hex(b)) !== f.sha256) return { ok: false, error: 'corrupt', message: f.name };
      bytes.set(f.fileType, b);
    }
    const model = bytes.get('model');
    const lex = bytes.get('lex');
    const vocabs = bytes.has('vocab')
      ? [bytes.get('vocab')!]
      : [bytes.get('srcvocab'), bytes.get('trgvocab')].filter((b): b is ArrayBuffer => !!b);
    if (!model || !lex || !vocabs.length) return { ok: false, error: 'corrupt', message: 'files missing' };
    const name = m.files.find((f) => f.fileType === 'model')?.name ?? '';
    await this.client.loadModel({ model, shortlist: lex, vocabs, modelName: name });
    return null;
  }
}
