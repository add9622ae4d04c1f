/**
 * Which sentences of the analysed article belong to which paragraph element, where each element's English can go,
 * and which sentence a point of page text belongs to. Sentences never cross paragraphs: the article text separates
 * paragraphs with blank lines, and a line break ends a sentence.
 */
import type { Span } from '../../core/model';
import type { ExtractedArticle, TextPiece } from '../../extract/article';
import { originalPoint } from '../split-text';

export interface ParagraphGroup {
  /** the page element the paragraphs' text lives in */
  element: Element;
  /** one entry per paragraph of the element (several for <br>-separated lines): indices into the article's sentences */
  paragraphs: number[][];
}

/** Elements whose English goes inside, at the end: a node after them would break their list or table. */
const INSIDE = new Set(['LI', 'TD', 'TH', 'DT', 'DD', 'CAPTION', 'SUMMARY', 'LEGEND']);
/** Parents that only take certain children. */
const STRICT_PARENT = new Set(['UL', 'OL', 'DL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'SELECT', 'OPTGROUP', 'PICTURE', 'DETAILS']);

/** The index of the first sentence that ends after `pos`, or -1 when none contains it. */
export function sentenceAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= pos ? lo : -1;
}

/** The paragraphs of the article grouped by element, in reading order, with the sentences of each. */
export function alignParagraphs(article: Pick<ExtractedArticle, 'paragraphs'>, sentences: readonly Span[]): ParagraphGroup[] {
  const groups: ParagraphGroup[] = [];
  const byElement = new Map<Element, ParagraphGroup>();
  let k = 0;
  for (const p of article.paragraphs) {
    const inside: number[] = [];
    while (k < sentences.length && sentences[k]!.start < p.start) k++;
    for (let i = k; i < sentences.length && sentences[i]!.start < p.end; i++) inside.push(i);
    if (!inside.length) continue;
    let g = byElement.get(p.element);
    if (!g) {
      g = { element: p.element, paragraphs: [] };
      byElement.set(p.element, g);
      groups.push(g);
    }
    g.paragraphs.push(inside);
  }
  return groups;
}

/** Where an element's English is inserted (before `before` in `parent`), or null where nothing may be inserted. */
export function placement(el: Element): { parent: Node; before: Node | null } | null {
  const doc = el.ownerDocument;
  if (!el.isConnected || el === doc.body || el === doc.documentElement || !doc.body?.contains(el)) return null;
  // an editor's content belongs to the editor: a node inside it would be saved with the user's text
  if ((el as HTMLElement).isContentEditable || (el.parentElement as HTMLElement | null)?.isContentEditable) return null;
  const parent = el.parentNode;
  if (!parent) return null;
  if (INSIDE.has(el.tagName) || (parent.nodeType === 1 && STRICT_PARENT.has((parent as Element).tagName)))
    return { parent: el, before: null };
  return { parent, before: el.nextSibling };
}

/** From a text node and an offset in it back to the article text: the pieces of the extraction, indexed by node. */
export class PieceIndex {
  private readonly byNode = new Map<Text, TextPiece[]>();

  constructor(pieces: readonly TextPiece[]) {
    for (const p of pieces) {
      const list = this.byNode.get(p.node);
      if (list) list.push(p);
      else this.byNode.set(p.node, [p]);
    }
  }

  /** The article offset of the character at `offset` in `node` (the nearest word before it in a space), or -1. */
  offsetOf(live: Text, liveOffset: number): number {
    // a part of a text node the interlinear gloss split stands for a position in the page's own node
    const { node, offset } = originalPoint(live, liveOffset);
    const list = this.byNode.get(node);
    if (!list) return -1;
    let best: TextPiece | undefined;
    for (const p of list) {
      if (p.nodeOffset > offset) break;
      best = p;
    }
    best ??= list[0];
    if (!best) return -1;
    return Math.min(best.end - 1, best.start + Math.max(0, offset - best.nodeOffset));
  }
}
