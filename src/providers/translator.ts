/**
 * The browser's on-device Translator API (Chrome 138+), Arabic → English. It exists only in documents, so this module
 * runs in the popup, never in the service worker. The API is young and may be missing, unable to translate Arabic,
 * still downloading its model, or throw: every case ends in a translation or a named fallback.
 */
import type { Span } from '../core/model';
import { fallback, type Fallback } from './outcome';

export type TranslatorAvailability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

export interface TranslatorLike {
  translate(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (e: { loaded?: number }) => void): void;
}

interface CreateOptions {
  sourceLanguage: string;
  targetLanguage: string;
  monitor?: (m: DownloadMonitor) => void;
  signal?: AbortSignal;
}

/** The static side of the API: `Translator.availability` and `Translator.create`. */
export interface TranslatorFactory {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<string>;
  create(options: CreateOptions): Promise<TranslatorLike>;
}

const LANGS = { sourceLanguage: 'ar', targetLanguage: 'en' } as const;
/** one evidence sentence; longer ones are cut, the translator is for a learner's check, not a full translation */
const MAX_CHARS = 1200;

/** The Translator API of a global scope, or null where it does not exist (older browsers, Firefox, workers). */
export function translatorApi(scope: object = globalThis): TranslatorFactory | null {
  if (!('Translator' in scope)) return null;
  const api = (scope as { Translator?: Partial<TranslatorFactory> }).Translator;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? (api as TranslatorFactory) : null;
}

const AVAILABILITIES: readonly string[] = ['available', 'downloadable', 'downloading', 'unavailable'];

/** Whether Arabic → English can run here; a missing API or an exception is a fallback. */
export async function translatorAvailability(api: TranslatorFactory | null): Promise<TranslatorAvailability | Fallback> {
  if (!api) return fallback('translatorUnsupported');
  try {
    const a = await api.availability({ ...LANGS });
    // a value this code does not know (a future state) is treated as not usable rather than guessed at
    return AVAILABILITIES.includes(a) ? (a as TranslatorAvailability) : 'unavailable';
  } catch {
    return fallback('translatorError');
  }
}

export type TranslationOutcome = { kind: 'translated'; translations: string[] } | { kind: 'needsDownload' } | Fallback;

export interface TranslateOptions {
  /** true only inside a user gesture: creating a translator that must download its model needs one */
  allowDownload: boolean;
  /** download progress, 0 to 1 */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

const isNotAllowed = (e: unknown) => typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'NotAllowedError';

/** English for each text (one evidence sentence per summary point), in order. */
export async function translateTexts(
  api: TranslatorFactory | null,
  texts: readonly string[],
  opts: TranslateOptions,
): Promise<TranslationOutcome> {
  const availability = await translatorAvailability(api);
  if (typeof availability !== 'string') return availability;
  if (availability === 'unavailable' || !api) return fallback('translatorUnavailable');
  if (availability !== 'available' && !opts.allowDownload) return { kind: 'needsDownload' };
  let translator: TranslatorLike;
  try {
    translator = await api.create({
      ...LANGS,
      signal: opts.signal,
      monitor(m) {
        m.addEventListener('downloadprogress', (e) => {
          if (typeof e.loaded === 'number' && Number.isFinite(e.loaded)) opts.onProgress?.(Math.min(1, Math.max(0, e.loaded)));
        });
      },
    });
  } catch (e) {
    // without a user gesture Chrome refuses to start the download
    return isNotAllowed(e) ? { kind: 'needsDownload' } : fallback('translatorError');
  }
  try {
    const translations: string[] = [];
    for (const t of texts) {
      const english = t.trim() ? await translator.translate(t.slice(0, MAX_CHARS), { signal: opts.signal }) : '';
      translations.push(typeof english === 'string' ? english : '');
    }
    return { kind: 'translated', translations };
  } catch {
    return fallback('translatorError');
  } finally {
    try {
      translator.destroy?.();
    } catch {
      // already gone
    }
  }
}

/** The Arabic the translator reads for each summary point: its first evidence sentence. */
export function evidenceTexts(text: string, points: ReadonlyArray<{ evidence: readonly Span[] }>): string[] {
  return points.map((p) => (p.evidence[0] ? text.slice(p.evidence[0].start, p.evidence[0].end) : ''));
}
