/** "Underline unknown words": a dotted highlight under every article word whose lemma the learner has not marked known. */
import { request } from '../../shared/client';
import type { ArticleState } from '../article-watch';
import { setHighlight } from '../highlights';
import { NearParagraphs } from '../near-paragraphs';
import { staticRangeForSpan } from '../text-map';

const HIGHLIGHT = 'unknown';

type Lemmas = Array<{ start: number; end: number; lemma: string }>;

export class UnknownWords {
  private lemmas: { key: string; spans: Lemmas } | null = null;
  private known: ReadonlySet<string> | null = null;
  /** bumped on every refresh, so a late reply of an earlier one does nothing */
  private generation = 0;

  /** the article drawn last, redrawn as more of its paragraphs come near the screen */
  private drawn: ArticleState | null = null;
  private readonly near: NearParagraphs;

  constructor(private readonly doc: Document) {
    this.near = new NearParagraphs(doc, () => this.draw());
  }

  /** Forgets the known words (the vocabulary changed); the next refresh asks again. */
  vocabularyChanged(): void {
    this.known = null;
  }

  /** Draws (on) or clears (off) the underline for the article. */
  async refresh(s: ArticleState | null, on: boolean): Promise<void> {
    const generation = ++this.generation;
    if (!on || !s) {
      this.drawn = null;
      this.near.follow(null);
      setHighlight(this.doc, HIGHLIGHT, []);
      return;
    }
    if (this.lemmas?.key !== s.key) {
      const r = await request('articleLemmas', { text: s.extracted.text });
      if (!r.ok || generation !== this.generation) return;
      this.lemmas = { key: s.key, spans: r.value };
    }
    if (!this.known) {
      const r = await request('knownLemmas', {});
      if (!r.ok || generation !== this.generation) return;
      this.known = new Set(r.value);
    }
    this.drawn = s;
    this.near.follow(s);
    this.draw();
  }

  /** The underline of the near paragraphs' unknown words. */
  private draw(): void {
    const s = this.drawn;
    if (!s || !this.lemmas || !this.known) return;
    const ranges: StaticRange[] = [];
    for (const w of this.lemmas.spans) {
      if (this.known.has(w.lemma) || !this.near.isNear(w.start)) continue;
      const range = staticRangeForSpan(s.extracted.pieces, w.start, w.end);
      if (range) ranges.push(range);
    }
    setHighlight(this.doc, HIGHLIGHT, ranges);
  }
}
