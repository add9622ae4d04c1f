/**
 * Which engine writes the English, the same rule for every surface (summary, bilingual column, reader view):
 *   1. the engine the user chose, when it can run;
 *   2. else the browser's on-device Translator when it says "available";
 *   3. else the Firefox Translations model (bergamot) when it is downloaded;
 *   4. else the offline gist.
 * A configured model endpoint is a choice for the summary only (it rewrites the summary; it does not translate
 * sentence by sentence). The summary still selects its points with our own analysis whatever writes the English.
 */
import type { ProviderId } from '../shared/settings';
import type { TranslatorAvailability } from './translator';

export type EngineId = 'translator' | 'bergamot' | 'openai' | 'offline';
export type Surface = 'summary' | 'sentences';

/** What is present here, asked lazily (each question may cost a message or an API call). */
export interface EngineProbe {
  /** the on-device Translator's availability for Arabic → English, or null where the API does not exist */
  translator(): Promise<TranslatorAvailability | null>;
  /** the Firefox Translations model is downloaded and stored */
  bergamot(): Promise<boolean>;
}

export interface EngineChoice {
  engine: EngineId;
  /** the on-device Translator needs its model first: one click downloads it */
  translatorDownloadable?: boolean;
  /** the user's chosen engine could not run here, so another one writes */
  chosenUnavailable?: ProviderId;
}

/** The engine for a surface, following the order above. */
export async function chooseEngine(pref: ProviderId, surface: Surface, probe: EngineProbe): Promise<EngineChoice> {
  if (pref === 'offline') return { engine: 'offline' };
  if (pref === 'openai' && surface === 'summary') return { engine: 'openai' };
  let translator: TranslatorAvailability | null | undefined;
  const translatorState = async () => (translator === undefined ? (translator = await probe.translator().catch(() => null)) : translator);
  let chosenUnavailable: ProviderId | undefined;
  if (pref === 'translator') {
    if ((await translatorState()) === 'available') return { engine: 'translator' };
    chosenUnavailable = 'translator';
  }
  if (pref === 'bergamot') {
    if (await probe.bergamot().catch(() => false)) return { engine: 'bergamot' };
    chosenUnavailable = 'bergamot';
  }
  const t = await translatorState();
  const downloadable = t === 'downloadable' || t === 'downloading';
  const extra = { ...(downloadable ? { translatorDownloadable: true } : {}), ...(chosenUnavailable ? { chosenUnavailable } : {}) };
  if (t === 'available') return { engine: 'translator', ...extra };
  if (pref !== 'bergamot' && (await probe.bergamot().catch(() => false))) return { engine: 'bergamot', ...extra };
  return { engine: 'offline', ...extra };
}

/** An engine that translates sentences (the on-device Translator, bergamot, or a fake in tests). */
export interface SentenceEngine {
  id: EngineId;
  translate(texts: readonly string[], signal?: AbortSignal): Promise<string[]>;
}

/**
 * English for each text from the first engine of `engines` that answers in full; null when none does (the caller
 * keeps the offline gist). The engine that wrote the lines comes back with them, to be named beside them.
 */
export async function translateFirst(
  engines: readonly SentenceEngine[],
  texts: readonly string[],
  signal?: AbortSignal,
): Promise<{ by: EngineId; english: string[] } | null> {
  for (const e of engines) {
    if (signal?.aborted) return null;
    try {
      const english = await e.translate(texts, signal);
      if (english.length === texts.length && english.every((x) => typeof x === 'string')) return { by: e.id, english };
    } catch {
      // this engine failed: the next one writes
    }
  }
  return null;
}
