/**
 * "Larger Arabic font": an inline font-size on each of the article's paragraph elements (no node added, no class);
 * turning it off puts back the element's style attribute exactly as it was.
 */
import type { ArticleState } from '../article-watch';

const SCALE = 1.3;

export class LargeFont {
  /** each enlarged element: its style attribute before, and the one we set */
  private readonly before = new Map<HTMLElement, { style: string | null; ours: string | null }>();

  apply(s: ArticleState | null, on: boolean): void {
    const wanted = new Set<HTMLElement>();
    if (on && s) {
      for (const p of s.extracted.paragraphs) {
        const el = p.element as HTMLElement;
        if (el.style) wanted.add(el);
      }
    }
    for (const [el, saved] of this.before) {
      if (wanted.has(el)) continue;
      // the page may have changed the style since: then only our font-size goes
      if (el.getAttribute('style') === saved.ours) {
        if (saved.style === null) el.removeAttribute('style');
        else el.setAttribute('style', saved.style);
      } else el.style.removeProperty('font-size');
      this.before.delete(el);
    }
    const win = s?.extracted.paragraphs[0]?.element.ownerDocument.defaultView;
    for (const el of wanted) {
      if (this.before.has(el) || !win) continue;
      const size = parseFloat(win.getComputedStyle(el).fontSize);
      if (!(size > 0)) continue;
      const style = el.getAttribute('style');
      el.style.setProperty('font-size', `${Math.round(size * SCALE)}px`);
      this.before.set(el, { style, ours: el.getAttribute('style') });
    }
  }
}
