/** The article's entity highlights, by type, drawn for the paragraphs near the screen (see NearParagraphs). */
import type { EntityType } from '../core/model';
import type { ArticleState } from './article-watch';
import { setHighlight } from './highlights';
import { NearParagraphs } from './near-paragraphs';
import { staticRangeForSpan } from './text-map';

const ENTITY_HIGHLIGHTS: EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION', 'DATE', 'NUMBER'];

export class EntityHighlights {
  private state: ArticleState | null = null;
  private on = false;
  private readonly near: NearParagraphs;

  constructor(private readonly doc: Document) {
    this.near = new NearParagraphs(doc, () => this.draw());
  }

  /** The article (or none) and whether highlights are on; redraws (the article's text nodes may have changed). */
  update(state: ArticleState | null, on: boolean): void {
    this.state = state;
    this.on = on;
    this.near.follow(state);
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
            if (!this.near.isNear(m.start)) continue;
            const r = staticRangeForSpan(s.extracted.pieces, m.start, m.end);
            if (r) ranges.push(r);
          }
        }
      }
      setHighlight(this.doc, type.toLowerCase(), ranges);
    }
  }
}
