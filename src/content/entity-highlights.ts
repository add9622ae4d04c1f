/**
 * The article's entity highlights, drawn for the paragraphs near the screen only. The browser re-checks every
 * highlight range on each frame that changes the page, so a long article's thousands of mentions would make every
 * change (a gloss going on, an underline) a long frame; the paragraphs a reader scrolls to are added as they come near.
 */
import type { EntityType } from '../core/types';
import { watchNearScreen } from './aids/near-screen';
import type { ArticleState } from './article-watch';
import { guarded } from './guard';
import { setHighlight } from './highlights';
import { staticRangeForSpan } from './text-map';

const ENTITY_HIGHLIGHTS: EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION', 'DATE', 'NUMBER'];

export class EntityHighlights {
  private state: ArticleState | null = null;
  private near = new Set<Element>();
  private stopWatching: () => void = () => undefined;
  private on = false;

  constructor(private readonly doc: Document) {}

  /** The article (or none) and whether highlights are on; redraws (the article's text nodes may have changed). */
  update(state: ArticleState | null, on: boolean): void {
    if (state !== this.state) {
      this.stopWatching();
      this.stopWatching = () => undefined;
      this.near = new Set();
      this.state = state;
      const win = this.doc.defaultView;
      if (state && win)
        this.stopWatching = watchNearScreen(
          win,
          state.extracted.paragraphs.map((p) => p.element),
          guarded((els: Element[]) => {
            for (const el of els) this.near.add(el);
            this.draw();
          }),
        );
    }
    this.on = on;
    this.draw();
  }

  private draw(): void {
    const s = this.state;
    for (const type of ENTITY_HIGHLIGHTS) {
      const ranges: StaticRange[] = [];
      if (s && this.on) {
        for (const g of s.analysis.entities) {
          if (g.type !== type) continue;
          for (const m of g.mentions) {
            if (!this.isNear(s, m.start)) continue;
            const r = staticRangeForSpan(s.extracted.pieces, m.start, m.end);
            if (r) ranges.push(r);
          }
        }
      }
      setHighlight(this.doc, type.toLowerCase(), ranges);
    }
  }

  /** Whether the paragraph holding this offset of the article text is near the screen. */
  private isNear(s: ArticleState, offset: number): boolean {
    const paras = s.extracted.paragraphs;
    let lo = 0;
    let hi = paras.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = paras[mid]!;
      if (offset < p.start) hi = mid - 1;
      else if (offset >= p.end) lo = mid + 1;
      else return this.near.has(p.element);
    }
    return false;
  }
}
