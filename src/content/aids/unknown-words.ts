/** "Underline unknown words": a dotted highlight under every article word whose lemma the learner has not marked known. */
import { request } from '../../shared/client';
import type { ArticleState } from '../article-watch';
import { setHighlight } from '../highlights';
import { staticRangeForSpan } from '../text-map';

const HIGHLIGHT = 'unknown';

type Lemmas = Array<{ start: number; end: number; lemma: string }>;

export class UnknownWords {
  private lemmas: { key: string; spans: Lemmas } | null = null;
  private known: ReadonlySet<string> | null = null;
  /** bumped on every refresh, so a late reply of an earlier one does nothing */
  private generation = 0;

  constructor(private readonly doc: Document) {}

  /** Forgets the known words (the vocabulary changed); the next refresh asks again. */
  vocabularyChanged(): void {
    this.known = null;
  }

  /** Draws (on) or clears (off) the underline for the article. */
  async refresh(s: ArticleState | null, on: boolean): Promise<void> {
    const generation = ++this.generation;
    if (!on || !s) {
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
    const known = this.known;
    const ranges: StaticRange[] = [];
    for (const w of this.lemmas.spans) {
      if (known.has(w.lemma)) continue;
      const range = staticRangeForSpan(s.extracted.pieces, w.start, w.end);
      if (range) ranges.push(range);
    }
    setHighlight(this.doc, HIGHLIGHT, ranges);
  }
}
