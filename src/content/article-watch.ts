/**
 * Detects the page's Arabic article, asks the service worker to analyse it, and re-detects (debounced) when the
 * page changes or an SPA navigates, without re-analysing an unchanged article.
 */
import { detectLanguage } from '../core/language';
import { extractArticle, type ExtractedArticle } from '../extract/article';
import { request } from '../shared/client';
import type { ArticleAnalysis } from '../shared/messages';

const DEBOUNCE_MS = 1200;
const SAMPLE_CHARS = 20000;

export interface ArticleState {
  extracted: ExtractedArticle;
  analysis: ArticleAnalysis;
}

/** A cheap hash of the article text, to skip re-analysing the same article. */
function textHash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i += 7) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return `${s.length}:${h >>> 0}`;
}

function sampleText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  // textContent without layout; cut to the sample size
  const t = body.textContent ?? '';
  return t.length > SAMPLE_CHARS * 4 ? t.slice(0, SAMPLE_CHARS * 4) : t;
}

export class ArticleWatcher {
  private timer = 0;
  private lastHash = '';
  private lastUrl = '';
  private observer: MutationObserver | null = null;
  state: ArticleState | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onArticle: (s: ArticleState | null) => void,
  ) {}

  start(): void {
    this.schedule(0);
    this.observer = new MutationObserver((records) => {
      // our own shadow host changing does not count
      if (records.every((r) => (r.target as Element).tagName === 'TARJUMAN-ROOT')) return;
      this.schedule(DEBOUNCE_MS);
    });
    if (this.doc.body) this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    this.doc.defaultView?.addEventListener('popstate', () => this.schedule(DEBOUNCE_MS));
  }

  stop(): void {
    this.observer?.disconnect();
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      const idle = (window as unknown as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
      if (idle) idle(() => void this.detect(), { timeout: 2000 });
      else void this.detect();
    }, ms);
  }

  private async detect(): Promise<void> {
    const lang = detectLanguage(sampleText(this.doc));
    if (lang !== 'ar') {
      if (this.lastHash !== `lang:${lang}`) {
        this.lastHash = `lang:${lang}`;
        await request('reportPage', { status: 'not-arabic', language: lang });
        this.setState(null);
      }
      return;
    }
    let extracted: ExtractedArticle | null = null;
    try {
      extracted = extractArticle(this.doc);
    } catch {
      extracted = null; // a page whose DOM breaks the extractor is a page without an article
    }
    const url = this.doc.location?.href ?? '';
    if (!extracted) {
      if (this.lastHash !== 'none' || url !== this.lastUrl) {
        this.lastHash = 'none';
        this.lastUrl = url;
        await request('reportPage', { status: 'no-article', language: 'ar' });
        this.setState(null);
      }
      return;
    }
    const hash = textHash(extracted.text);
    if (hash === this.lastHash && url === this.lastUrl) return;
    this.lastHash = hash;
    this.lastUrl = url;
    await request('reportPage', { status: 'analysing', language: 'ar' });
    const reply = await request('analyzeArticle', { text: extracted.text, title: extracted.title, date: extracted.date, url });
    if (hash !== this.lastHash) return; // the page changed while we waited
    if (!reply.ok) {
      await request('reportPage', { status: 'error', language: 'ar' });
      return;
    }
    this.setState({ extracted, analysis: reply.value });
  }

  private setState(s: ArticleState | null): void {
    this.state = s;
    this.onArticle(s);
  }
}
