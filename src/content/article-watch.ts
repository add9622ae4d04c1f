/**
 * Detects the page's Arabic article, asks the service worker to analyse it, and re-detects (debounced) when the
 * page changes or an SPA navigates, without re-analysing an unchanged article. history.pushState cannot be seen from
 * the content script's isolated world, so a navigation is noticed as a changed URL when the DOM changes, on popstate
 * and when the tab becomes visible again.
 */
import { detectLanguage } from '../core/text';
import { extractArticleSteps, type ExtractedArticle } from '../extract/article';
import { pause, runSliced } from '../shared/sliced';
import { request } from '../shared/client';
import type { ArticleAnalysis } from '../shared/messages';
import { isOwnTextMutation } from './own-text';
import { isSplitNode, unsplitMapping } from './split-text';

const DEBOUNCE_MS = 1200;
/** after a URL change the new article is usually in place within a few frames: look sooner */
const NAV_DEBOUNCE_MS = 300;
/** how long after a URL change mutations are debounced with the shorter delay */
const NAV_WINDOW_MS = 3000;
/** the slices of article extraction in the page: short, as a slice overruns its budget by up to one step */
const PAGE_SLICE_MS = 6;
/**
 * the longest a change waits for the page to settle: a page that changes every second (a ticker, a clock, a live
 * score) would otherwise push detection back for ever
 */
export const MAX_WAIT_MS = 5000;
const SAMPLE_CHARS = 20000;
/** our own elements in the page: their coming and going is no change of the page */
const OWN_TAGS = new Set(['TARJUMAN-ROOT', 'TARJUMAN-BILINGUAL']);

export interface ArticleState {
  extracted: ExtractedArticle;
  analysis: ArticleAnalysis;
  /** identifies the article's text */
  key: string;
}

const isOwn = (n: Node): boolean =>
  isSplitNode(n) || (n.nodeType === 1 && (OWN_TAGS.has((n as Element).tagName) || (n as Element).hasAttribute('data-tarjuman')));

/** True when a mutation is only our own hosts being added or removed, or our own rewrite or split of a text node. */
function ownMutation(r: MutationRecord): boolean {
  if (isOwn(r.target) || isOwnTextMutation(r)) return true;
  if (r.type !== 'childList' || r.addedNodes.length + r.removedNodes.length === 0) return false;
  for (const n of Array.from(r.addedNodes)) if (!isOwn(n)) return false;
  for (const n of Array.from(r.removedNodes)) if (!isOwn(n)) return false;
  return true;
}

/** True when two extractions map the text to the same DOM nodes (a re-render of the same article does not). */
function sameMapping(a: ExtractedArticle, b: ExtractedArticle): boolean {
  if (a.pieces.length !== b.pieces.length || a.paragraphs.length !== b.paragraphs.length) return false;
  for (let i = 0; i < a.pieces.length; i++) if (a.pieces[i]!.node !== b.pieces[i]!.node) return false;
  for (let i = 0; i < a.paragraphs.length; i++) if (a.paragraphs[i]!.element !== b.paragraphs[i]!.element) return false;
  return true;
}

/** A cheap hash of the article text, to skip re-analysing the same article. */
export function textHash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i += 7) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return `${s.length}:${h >>> 0}`;
}

/** Elements whose text is not prose: a page's inline scripts and styles would make an Arabic page look Latin. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CODE', 'PRE']);

/** The page's text for language detection, without layout (no innerText), up to the sample size. */
function sampleText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) =>
      n.nodeType === 1 && NOT_PROSE.has((n as Element).tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < SAMPLE_CHARS * 4; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const t = (n as Text).data;
    parts.push(t);
    length += t.length;
  }
  return parts.join('');
}

export class ArticleWatcher {
  private timer = 0;
  private lastHash = '';
  private lastUrl = '';
  /** the URL last seen by the observer, and until when mutations count as part of a navigation */
  private seenUrl = '';
  private navUntil = 0;
  /** when the first change not yet looked at was seen (0: none waiting) */
  private waitingSince = 0;
  private observer: MutationObserver | null = null;
  state: ArticleState | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onArticle: (s: ArticleState | null) => void,
  ) {}

  start(): void {
    this.seenUrl = this.url();
    this.schedule(0);
    this.observer = new MutationObserver(this.onMutations);
    if (this.doc.body) this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    this.doc.defaultView?.addEventListener('popstate', this.onNavigation);
    this.doc.addEventListener('visibilitychange', this.onVisibility);
  }

  stop(): void {
    this.observer?.disconnect();
    this.doc.defaultView?.removeEventListener('popstate', this.onNavigation);
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.timer);
  }

  private url(): string {
    try {
      return this.doc.location?.href ?? '';
    } catch {
      return '';
    }
  }

  private readonly onMutations = (records: MutationRecord[]): void => {
    try {
      if (records.every(ownMutation)) return; // our own hosts coming and going
      if (!this.urlChanged()) this.schedule(this.debounceMs());
    } catch {
      // never break the page
    }
  };

  private readonly onNavigation = (): void => {
    // a popstate for a URL a DOM change already showed is part of that navigation: it keeps the quick re-check
    if (!this.urlChanged()) this.schedule(this.debounceMs());
  };

  /** The wait before re-detecting after a change: short while a navigation is under way. */
  private debounceMs(): number {
    return Date.now() < this.navUntil ? NAV_DEBOUNCE_MS : DEBOUNCE_MS;
  }

  private readonly onVisibility = (): void => {
    if (this.doc.visibilityState === 'visible') this.urlChanged();
  };

  /** When the URL changed since last seen (an SPA navigated), re-detects soon; returns whether it did. */
  private urlChanged(): boolean {
    const url = this.url();
    if (url === this.seenUrl) return false;
    this.seenUrl = url;
    this.navUntil = Date.now() + NAV_WINDOW_MS;
    this.schedule(NAV_DEBOUNCE_MS);
    return true;
  }

  private schedule(ms: number): void {
    const now = Date.now();
    if (!this.waitingSince) this.waitingSince = now;
    // each change restarts the debounce, but never past MAX_WAIT_MS from the first change waiting
    const wait = Math.min(ms, Math.max(0, this.waitingSince + MAX_WAIT_MS - now));
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.waitingSince = 0;
      const run = () => void this.detect().catch(() => undefined);
      // called as a method of window: Firefox's content-script sandbox rejects the function called on its own
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 });
      else run();
    }, wait);
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
      // sliced: a very long page is extracted over several short tasks, not one that freezes it; the language check
      // and the extraction get tasks of their own, as the page's first run of this code is not yet optimised
      await pause('timer');
      extracted = await runSliced(extractArticleSteps(this.doc), { sliceMs: PAGE_SLICE_MS });
      // text nodes the interlinear gloss split are mapped as the page's own: the same article, not a re-render
      if (extracted) extracted = unsplitMapping(extracted);
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
    if (hash === this.lastHash) {
      // the same article (perhaps under a new URL, perhaps re-rendered): not analysed again, only re-mapped
      this.lastUrl = url;
      const s = this.state;
      if (s && s.key === hash && !sameMapping(s.extracted, extracted)) this.setState({ ...s, extracted });
      return;
    }
    this.lastHash = hash;
    this.lastUrl = url;
    await request('reportPage', { status: 'analysing', language: 'ar' });
    const reply = await request('analyzeArticle', { text: extracted.text, title: extracted.title, date: extracted.date, url });
    if (hash !== this.lastHash) return; // the page changed while we waited
    if (!reply.ok) {
      await request('reportPage', { status: 'error', language: 'ar' });
      return;
    }
    this.setState({ extracted, analysis: reply.value, key: hash });
  }

  private setState(s: ArticleState | null): void {
    this.state = s;
    this.onArticle(s);
  }
}
