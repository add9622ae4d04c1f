/**
 * Bilingual reading: under each paragraph of the detected article, its English sentence by sentence. Pointing at an
 * English sentence highlights its Arabic sentence (CSS Custom Highlight API, no DOM change) and pointing at an Arabic
 * sentence marks its English. Turning the mode off removes every host: the page is left as it was.
 */
import type { Span } from '../../core/model';
import type { ProviderId } from '../../shared/settings';
import type { ArticleState } from '../article-watch';
import { caretAt } from '../caret';
import { guarded } from '../guard';
import { setHighlight } from '../highlights';
import { rangeForSpan } from '../text-map';
import { alignParagraphs, PieceIndex, sentenceAt } from './alignment';
import { EnglishHost, type EnglishSource, type HostLabels } from './english-host';
import { EnglishFeed } from './english-feed';

const HIGHLIGHT = 'bilingual';
/** the translator starts with what is on screen; if the observer never reports, it starts anyway */
const FIRST_VIEW_WAIT_MS = 300;
/** how far up from the pointer's target a paragraph element is looked for */
const MAX_DEPTH = 40;

export class BilingualMode {
  private on = false;
  private article: ArticleState | null = null;
  private key = '';
  private hosts: EnglishHost[] = [];
  private readonly hostOf = new Map<number, EnglishHost>();
  private readonly sentencesOf = new Map<Element, number[]>();
  private pieces: PieceIndex | null = null;
  private observer: IntersectionObserver | null = null;
  private readonly feed: EnglishFeed;
  private linked = -1;
  private pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  private frame = 0;
  /** bumped whenever the hosts are cleared, so late callbacks of an earlier rendering do nothing */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly labels: () => HostLabels,
    /** the engine the user chose for the English (settings.provider) */
    pref: () => ProviderId = () => 'auto',
  ) {
    this.feed = new EnglishFeed(self, pref);
  }

  get enabled(): boolean {
    return this.on;
  }

  setEnabled(on: boolean): void {
    if (on === this.on) return;
    this.on = on;
    if (on) {
      this.doc.addEventListener('pointermove', this.onPointerMove, { capture: true, passive: true });
      this.render();
    } else {
      this.doc.removeEventListener('pointermove', this.onPointerMove, { capture: true });
      this.clear();
      this.feed.dispose();
    }
  }

  /** The watcher found (or lost) the article. */
  setArticle(s: ArticleState | null): void {
    const same = s !== null && this.article?.extracted === s.extracted;
    this.article = s;
    this.key = s?.key ?? '';
    if (!this.on) return;
    if (same && this.hosts.every((h) => h.attached)) return;
    this.clear();
    this.render();
  }

  private render(): void {
    const s = this.article;
    if (!s || this.hosts.length) return;
    const sentences = s.analysis.sentences;
    const labels = this.labels();
    for (const group of alignParagraphs(s.extracted, sentences)) {
      let host: EnglishHost;
      try {
        host = new EnglishHost(this.doc, group, labels);
        if (!host.attach()) continue;
      } catch {
        continue; // a paragraph the page will not let us stand beside
      }
      this.hosts.push(host);
      for (const i of host.indices()) this.hostOf.set(i, host);
      this.sentencesOf.set(group.element, group.paragraphs.flat());
      host.root.addEventListener('pointerover', (e) => this.onEnglish(host, e.target));
      host.root.addEventListener('pointerout', (e) => this.onEnglishOut(host, e as PointerEvent));
    }
    if (!this.hosts.length) return;
    this.pieces = new PieceIndex(s.extracted.pieces);
    const write = (i: number, english: string, source: EnglishSource) => this.hostOf.get(i)?.set(i, english, source);
    const article = { key: this.key, text: s.analysis.text, title: s.extracted.title, sentences, entities: s.analysis.entities };
    this.watchVisible(() => this.feed.start(article, write));
  }

  /** Observes which paragraphs are on screen (their sentences are translated first); `ready` runs after the first report. */
  private watchVisible(ready: () => void): void {
    let started = false;
    const generation = this.generation;
    const go = () => {
      if (started || generation !== this.generation) return;
      started = true;
      ready();
    };
    const Observer = this.doc.defaultView?.IntersectionObserver;
    if (!Observer) return go();
    this.observer = new Observer(
      guarded((entries: IntersectionObserverEntry[]) => {
        const seen: number[] = [];
        for (const e of entries) if (e.isIntersecting) seen.push(...(this.sentencesOf.get(e.target) ?? []));
        if (seen.length) this.feed.prioritise(seen);
        go();
      }),
      { rootMargin: '200px 0px' },
    );
    for (const el of this.sentencesOf.keys()) this.observer.observe(el);
    this.doc.defaultView?.setTimeout(guarded(go), FIRST_VIEW_WAIT_MS);
  }

  private clear(): void {
    this.generation++;
    this.feed.stop();
    this.observer?.disconnect();
    this.observer = null;
    this.link(-1);
    for (const h of this.hosts) h.remove();
    this.hosts = [];
    this.hostOf.clear();
    this.sentencesOf.clear();
    this.pieces = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pointer = null;
  }

  /** Links sentence `i` (-1: none): its Arabic highlighted in the page, its English marked. */
  private link(i: number): void {
    if (i === this.linked) return;
    this.hostOf.get(this.linked)?.mark(this.linked, false);
    this.linked = i;
    const span: Span | undefined = this.article?.analysis.sentences[i];
    const range = span && this.article ? rangeForSpan(this.doc, this.article.extracted.pieces, span.start, span.end) : null;
    setHighlight(this.doc, HIGHLIGHT, range ? [range] : []);
    this.hostOf.get(i)?.mark(i, true);
  }

  private readonly onEnglish = guarded((host: EnglishHost, target: EventTarget | null): void => {
    const i = host.sentenceOf(target);
    if (i >= 0) this.link(i);
  });

  private readonly onEnglishOut = guarded((host: EnglishHost, e: PointerEvent): void => {
    if (host.sentenceOf(e.relatedTarget) < 0) this.link(-1);
  });

  private readonly onPointerMove = guarded((e: PointerEvent): void => {
    this.pointer = { x: e.clientX, y: e.clientY, target: e.target };
    if (!this.frame) this.frame = requestAnimationFrame(this.tick);
  });

  /** The Arabic sentence under the pointer, looked up once per frame and only over the article's paragraphs. */
  private readonly tick = guarded((): void => {
    this.frame = 0;
    const p = this.pointer;
    if (!p || !this.pieces || !this.article) return;
    if (!this.inArticle(p.target)) {
      if (this.linked >= 0 && !this.hosts.some((h) => h.host === p.target)) this.link(-1);
      return;
    }
    const caret = caretAt(this.doc, p.x, p.y);
    const pos = caret?.kind === 'text' ? this.pieces.offsetOf(caret.node, caret.offset) : -1;
    this.link(pos < 0 ? -1 : sentenceAt(this.article.analysis.sentences, pos));
  });

  private inArticle(target: EventTarget | null): boolean {
    let el = target as Element | null;
    for (let d = 0; el && d < MAX_DEPTH; d++, el = el.parentElement) if (this.sentencesOf.has(el)) return true;
    return false;
  }
}
