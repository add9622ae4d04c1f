/**
 * English for each sentence of an article, from the engine english-engine.ts chooses: the browser's on-device
 * Translator where it is ready in this document, the downloaded Firefox Translations model (run by the background's
 * engine), else the offline gist from the service worker; sentence by sentence, those of visible paragraphs first.
 * What was written is kept per article, so turning the mode off and on again, or coming back to an article, is free.
 */
import type { Span } from '../../core/model';
import { chooseEngine, type EngineProbe } from '../../providers/english-engine';
import { withFacts } from '../../providers/keep-facts';
import { translatorApi, translatorAvailability, type TranslatorLike } from '../../providers/translator';
import { request } from '../../shared/client';
import type { ArticleAnalysis } from '../../shared/messages';
import type { ProviderId } from '../../shared/settings';
import type { EnglishSource } from './english-host';

export interface FeedArticle {
  /** identifies the article's text (a hash) */
  key: string;
  text: string;
  title?: string;
  sentences: readonly Span[];
  /** our analysis' entities: their names, figures and dates are kept in the translator's English */
  entities?: ArticleAnalysis['entities'];
}

export type EnglishSink = (i: number, english: string, source: EnglishSource) => void;

interface Written {
  text: string;
  source: EnglishSource;
}

const KEEP_ARTICLES = 3;
/** sentences per request to the neural engine: the visible ones come back first, a newer article waits little */
const NEURAL_BATCH = 6;
/** a sentence longer than this is cut: the English is a reading aid, not a full translation */
const MAX_SENTENCE = 1200;

export class EnglishFeed {
  private readonly written = new Map<string, Map<number, Written>>();
  private translator: Promise<TranslatorLike | null> | null = null;
  private run = 0;
  private priority: number[] = [];

  constructor(
    private readonly scope: object = self,
    private readonly pref: () => ProviderId = () => 'auto',
  ) {}

  /** Sentences to write next (their paragraphs came into view). */
  prioritise(indices: readonly number[]): void {
    this.priority.unshift(...indices);
  }

  /** Writes every sentence of `article` into `sink` (from the cache at once); stops when `stop()` is called. */
  start(article: FeedArticle, sink: EnglishSink): void {
    const run = ++this.run;
    let done = this.written.get(article.key);
    if (!done) {
      if (this.written.size >= KEEP_ARTICLES) this.written.delete(this.written.keys().next().value as string);
      done = new Map();
      this.written.set(article.key, done);
    }
    for (const [i, w] of done) sink(i, w.text, w.source);
    if (done.size >= article.sentences.length) return;
    void this.fill(run, article, done, sink).catch(() => undefined);
  }

  stop(): void {
    this.run++;
    this.priority = [];
  }

  /** Frees the on-device translator (it holds a model in memory). */
  dispose(): void {
    this.stop();
    const t = this.translator;
    this.translator = null;
    void t?.then((x) => {
      try {
        x?.destroy?.();
      } catch {
        // already gone
      }
    });
  }

  private async fill(run: number, article: FeedArticle, done: Map<number, Written>, sink: EnglishSink): Promise<void> {
    const probe: EngineProbe = {
      translator: async () => {
        const a = await translatorAvailability(translatorApi(this.scope));
        return typeof a === 'string' ? a : null;
      },
      bergamot: async () => {
        const r = await request('engineStatus', {});
        return r.ok && r.value.model !== null;
      },
    };
    const choice = await chooseEngine(this.pref(), 'sentences', probe);
    if (run !== this.run) return;
    if (choice.engine === 'translator') {
      const translator = await this.readyTranslator();
      if (run !== this.run) return;
      if (translator && (await this.translate(run, translator, article, done, sink))) return;
    }
    if (run !== this.run) return;
    if (choice.engine === 'bergamot' && (await this.neural(run, article, done, sink))) return;
    if (run !== this.run) return;
    await this.gist(run, article, done, sink);
  }

  /** The next sentences to write: those of paragraphs that came into view first, then in order. */
  private nextIndices(done: Map<number, Written>, count: number, article: FeedArticle, from: { next: number }): number[] {
    const out: number[] = [];
    while (this.priority.length && out.length < count) {
      const p = this.priority.shift()!;
      if (!done.has(p) && p < article.sentences.length && !out.includes(p)) out.push(p);
    }
    while (out.length < count && from.next < article.sentences.length) {
      const i = from.next++;
      if (!done.has(i) && !out.includes(i)) out.push(i);
    }
    return out;
  }

  /** The downloaded model's English, a few sentences per request. False when it failed (the gist takes over). */
  private async neural(run: number, article: FeedArticle, done: Map<number, Written>, sink: EnglishSink): Promise<boolean> {
    const from = { next: 0 };
    for (;;) {
      if (run !== this.run) return true;
      const batch = this.nextIndices(done, NEURAL_BATCH, article, from);
      if (!batch.length) return true;
      const reply = await request('engineEnglish', {
        text: article.text,
        ...(article.title ? { title: article.title } : {}),
        sentences: batch.map((i) => ({ start: article.sentences[i]!.start, end: article.sentences[i]!.end })),
      });
      if (!reply.ok || reply.value.english.length !== batch.length) return false;
      batch.forEach((i, k) => {
        const english = reply.value.english[k]!;
        done.set(i, { text: english, source: 'bergamot' });
        if (run === this.run) sink(i, english, 'bergamot');
      });
    }
  }

  /** The on-device translator, when it can run here without a download (which would need a user gesture). */
  private readyTranslator(): Promise<TranslatorLike | null> {
    this.translator ??= (async () => {
      const api = translatorApi(this.scope);
      if ((await translatorAvailability(api)) !== 'available' || !api) return null;
      return api.create({ sourceLanguage: 'ar', targetLanguage: 'en' });
    })().catch(() => null);
    return this.translator;
  }

  /** Translates what is missing, visible paragraphs first. False when the translator failed (the gist takes over). */
  private async translate(
    run: number,
    translator: TranslatorLike,
    article: FeedArticle,
    done: Map<number, Written>,
    sink: EnglishSink,
  ): Promise<boolean> {
    let next = 0;
    for (;;) {
      if (run !== this.run) return true;
      let i = -1;
      while (this.priority.length && i < 0) {
        const p = this.priority.shift()!;
        if (!done.has(p) && p < article.sentences.length) i = p;
      }
      while (i < 0 && next < article.sentences.length) if (!done.has(next++)) i = next - 1;
      if (i < 0) return true;
      const s = article.sentences[i]!;
      let english: unknown;
      try {
        english = await translator.translate(article.text.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE)));
      } catch {
        return false;
      }
      if (typeof english !== 'string') return false;
      const kept = withFacts(english, article.entities, s);
      done.set(i, { text: kept, source: 'translator' });
      if (run === this.run) sink(i, kept, 'translator');
    }
  }

  private async gist(run: number, article: FeedArticle, done: Map<number, Written>, sink: EnglishSink): Promise<void> {
    const reply = await request('gistSentences', {
      text: article.text,
      ...(article.title ? { title: article.title } : {}),
      sentences: article.sentences.map((s) => ({ start: s.start, end: s.end })),
    });
    if (!reply.ok) return;
    // kept even when the mode was turned off meanwhile: the next turn on shows it at once
    reply.value.forEach((english, i) => {
      if (done.has(i) || typeof english !== 'string' || i >= article.sentences.length) return;
      done.set(i, { text: english, source: 'gist' });
      if (run === this.run) sink(i, english, 'gist');
    });
  }
}
