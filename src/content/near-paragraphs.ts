/**
 * Which of an article's paragraphs are near the screen, for highlights that are drawn only there: the browser re-checks
 * every highlight range on each frame that changes the page, so a long article's thousands of ranges would make every
 * change a long frame. Paragraphs a reader scrolls to are added as they come near, and `onMore` redraws.
 */
import { watchNearScreen } from './aids/near-screen';
import type { ArticleState } from './article-watch';
import { guarded } from './guard';

export class NearParagraphs {
  private state: ArticleState | null = null;
  private near = new Set<Element>();
  private stopWatching: () => void = () => undefined;

  constructor(
    private readonly doc: Document,
    private readonly onMore: () => void,
  ) {}

  /** Follows this article's paragraphs; a new article (or none) starts over. */
  follow(state: ArticleState | null): void {
    if (state === this.state) return;
    this.stopWatching();
    this.stopWatching = () => undefined;
    this.near = new Set();
    this.state = state;
    const win = this.doc.defaultView;
    if (!state || !win) return;
    this.stopWatching = watchNearScreen(
      win,
      state.extracted.paragraphs.map((p) => p.element),
      guarded((els: Element[]) => {
        for (const el of els) this.near.add(el);
        this.onMore();
      }),
    );
  }

  /** Whether the paragraph holding this offset of the followed article's text is near the screen. */
  isNear(offset: number): boolean {
    const paras = this.state?.extracted.paragraphs ?? [];
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
