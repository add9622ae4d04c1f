/**
 * The neural engine seen from the background: where it runs (Chrome: an offscreen document, since a service worker
 * cannot start a Worker; Firefox: the background page itself), the stored model's state, and English for a text's
 * sentences with the names, figures and dates of our own analysis kept (keep-facts.ts).
 */
import browser from 'webextension-polyfill';
import type { Entity, Span } from '../core/model';
import { BergamotHost, ENGINE_MESSAGE, type EngineAnswer, type EngineOp } from '../providers/bergamot-host';
import type { EngineEnglish, EngineStatus } from '../shared/engine-status';
import { engineWorker } from '../providers/engine-worker';
import { factsOf, keepFacts } from '../providers/keep-facts';
import { cacheModelStore, storedSize } from '../providers/model-store';
import { runSliced } from '../shared/sliced';
import { getAnalyzer } from './engine';

const store = () => cacheModelStore(caches);

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}
const offscreenApi = (): OffscreenApi | undefined => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let local: BergamotHost | null = null;
let creating: Promise<void> | null = null;

async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  if (api.hasDocument && (await api.hasDocument())) return;
  creating ??= api
    .createDocument({ url: 'offscreen.html', reasons: ['WORKERS'], justification: 'runs the offline translation engine in a Web Worker' })
    .catch((e: unknown) => {
      // another call created it meanwhile
      if (!/single offscreen|already/i.test(String(e))) throw e;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Runs one engine operation where the engine lives. */
export async function engineCall(op: EngineOp): Promise<EngineAnswer> {
  if (typeof Worker === 'function') {
    local ??= new BergamotHost(engineWorker, store());
    return local.handle(op);
  }
  const api = offscreenApi();
  if (!api) return { ok: false, error: 'engine', message: 'this browser can start neither a worker nor an offscreen document' };
  // asking after the engine, or stopping it, never starts it
  if ((op.op === 'unload' || op.op === 'status') && api.hasDocument && !(await api.hasDocument()))
    return { ok: true, running: false, loaded: false };
  await ensureOffscreen(api);
  const answer = (await browser.runtime.sendMessage({ [ENGINE_MESSAGE]: 1, ...op })) as EngineAnswer | undefined;
  return answer ?? { ok: false, error: 'engine', message: 'the engine did not answer' };
}

export async function engineStatus(): Promise<EngineStatus> {
  const m = await store()
    .getManifest()
    .catch(() => null);
  const s = await engineCall({ op: 'status' }).catch(() => null);
  return {
    model: m ? { version: m.version, source: m.source, size: storedSize(m), storedAt: m.storedAt, files: m.files.length } : null,
    running: !!(s?.ok && s.running),
    loaded: !!(s?.ok && s.loaded),
  };
}

// the bilingual column asks for a few sentences at a time: the article's entities are found once per text
const ENTITY_CACHE = 2;
const entityCache = new Map<string, Promise<Entity[]>>();

function entitiesOf(text: string, title?: string): Promise<Entity[]> {
  let hit = entityCache.get(text);
  if (!hit) {
    hit = getAnalyzer().then(async (analyzer) => {
      const a = await runSliced(analyzer.analyzeSteps(text, { title, noSummary: true }), { yieldTo: 'background' });
      return a.entities;
    });
    if (entityCache.size >= ENTITY_CACHE) entityCache.delete(entityCache.keys().next().value as string);
    entityCache.set(text, hit);
    hit.catch(() => entityCache.delete(text));
  }
  return hit;
}

/** English for each sentence of `text` from the engine, names, figures and dates checked against our analysis. */
export async function engineEnglish(p: { text: string; title?: string; sentences: Span[] }): Promise<EngineEnglish> {
  const texts = p.sentences.map((s) => p.text.slice(s.start, Math.min(s.end, s.start + 1200)));
  const answer = await engineCall({ op: 'translate', texts });
  if (!answer.ok) throw new Error(answer.error === 'noModel' ? 'noModel' : `${answer.error}: ${answer.message ?? ''}`);
  const entities = await entitiesOf(p.text, p.title);
  const repaired: number[] = [];
  const english = (answer.english ?? []).map((e, i) => {
    const kept = keepFacts(e, factsOf(entities, p.sentences[i]!));
    if (kept.added.length) repaired.push(i);
    return kept.text;
  });
  return { english, repaired };
}
