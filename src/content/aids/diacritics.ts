/**
 * "Show diacritics" off: the article's harakat are removed from its text nodes. This is the one aid that rewrites the
 * page's text, so it is opt-in; every node's original text is kept (own-text.ts) and put back exactly when it is
 * turned off.
 */
import type { ArticleState } from '../article-watch';
import { restoreText, rewriteText } from '../own-text';

/** fathatan (U+064B) … sukun (U+0652), and the superscript (dagger) alef (U+0670) */
const HARAKA = /[\u064B-\u0652\u0670]/;
const keep = (ch: string) => !HARAKA.test(ch);

export class HiddenDiacritics {
  private nodes: Text[] = [];

  /** Hides the harakat of the article's text nodes (on) or restores them all (off or no article). */
  apply(s: ArticleState | null, on: boolean): void {
    const wanted = on && s ? Array.from(new Set(s.extracted.pieces.map((p) => p.node))) : [];
    const keepSet = new Set(wanted);
    for (const n of this.nodes) if (!keepSet.has(n)) restoreText(n);
    for (const n of wanted) rewriteText(n, keep);
    this.nodes = wanted;
  }
}
