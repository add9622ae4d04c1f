/**
 * Text nodes the extension cut into parts to wrap some of their words in its own elements (the interlinear gloss's
 * ruby). The page's node is taken out whole and kept aside, so undoing puts back the very same node with its own text
 * (scripts holding it, and the article's extracted pieces, still point at it). While it is out, offsets into it are
 * mapped to the live parts and positions in a part back to it; the article watcher ignores these edits, as it does
 * own-text.ts's.
 */
import type { ExtractedArticle, TextPiece } from '../extract/article';

export interface Cut {
  /** [start, end) in the node's data */
  start: number;
  end: number;
}

interface Part {
  node: Text;
  /** offset of the part's first character in the original node's data */
  from: number;
}

interface Split {
  original: Text;
  /** every text part, in order: together they hold the original's data */
  parts: Part[];
  /** the nodes put where the original was (text parts and wrapping elements) */
  inserted: Node[];
}

const byOriginal = new WeakMap<Text, Split>();
const byPart = new WeakMap<Text, { split: Split; from: number }>();
/** originals and inserted nodes: their coming and going is the extension's own doing */
const ours = new WeakSet<Node>();
let active = 0;

/**
 * Replaces `node` by its text cut at `cuts` (sorted, not overlapping, inside its data), each cut's text wrapped by
 * `wrap` (which puts the given text node inside the element it returns). Returns the nodes added (0: none).
 */
export function splitText(node: Text, cuts: readonly Cut[], wrap: (base: Text, i: number) => Element): number {
  const parent = node.parentNode;
  const data = node.data;
  if (!parent || byOriginal.has(node) || !cuts.length) return 0;
  const doc = node.ownerDocument;
  const split: Split = { original: node, parts: [], inserted: [] };
  const text = (from: number, to: number): Text => {
    const t = doc.createTextNode(data.slice(from, to));
    split.parts.push({ node: t, from });
    byPart.set(t, { split, from });
    return t;
  };
  let at = 0;
  for (let i = 0; i < cuts.length; i++) {
    const c = cuts[i]!;
    if (c.start < at || c.end <= c.start || c.end > data.length) return 0;
    if (c.start > at) split.inserted.push(text(at, c.start));
    split.inserted.push(wrap(text(c.start, c.end), i));
    at = c.end;
  }
  if (at < data.length) split.inserted.push(text(at, data.length));
  ours.add(node);
  for (const n of split.inserted) ours.add(n);
  byOriginal.set(node, split);
  active++;
  (node as ChildNode).replaceWith(...split.inserted);
  return split.inserted.length;
}

/** Puts `original` back in place of its parts (when the page has not since removed them); returns the nodes moved. */
export function unsplitText(original: Text): number {
  const split = byOriginal.get(original);
  if (!split) return 0;
  byOriginal.delete(original);
  active--;
  const first = split.inserted[0];
  const parent = first?.parentNode;
  if (!parent) return 0;
  parent.insertBefore(original, first);
  for (const n of split.inserted) if (n.parentNode === parent) parent.removeChild(n);
  return split.inserted.length + 1;
}

/** True for a node the splitting took out or put in. */
export function isSplitNode(n: Node): boolean {
  return ours.has(n);
}

/**
 * The live position of an offset into a node that may be split: the part holding it. At a boundary between two parts
 * the start of a range takes the later part, its end (`end`) the earlier.
 */
export function livePoint(node: Text, offset: number, end: boolean): { node: Text; offset: number } {
  const split = byOriginal.get(node);
  if (!split) return { node, offset };
  let part = split.parts[0]!;
  for (const p of split.parts) {
    if (p.from < offset || (p.from === offset && !end)) part = p;
    else break;
  }
  return { node: part.node, offset: Math.min(Math.max(offset - part.from, 0), part.node.data.length) };
}

/** The position in the page's own node of a position in a part (any other position as it is). */
export function originalPoint(node: Text, offset: number): { node: Text; offset: number } {
  const p = byPart.get(node);
  if (!p || byOriginal.get(p.split.original) !== p.split) return { node, offset };
  return { node: p.split.original, offset: p.from + offset };
}

/**
 * An extraction made while nodes are split, mapped back to the page's own nodes (adjacent pieces of one node joined),
 * so it equals the extraction of the unsplit page and the article counts as unchanged.
 */
export function unsplitMapping(e: ExtractedArticle): ExtractedArticle {
  if (!active) return e;
  const pieces: TextPiece[] = [];
  for (const p of e.pieces) {
    const o = originalPoint(p.node, p.nodeOffset);
    const prev = pieces[pieces.length - 1];
    if (prev && prev.node === o.node && prev.end === p.start && prev.nodeOffset + (prev.end - prev.start) === o.offset) prev.end = p.end;
    else pieces.push({ start: p.start, end: p.end, node: o.node, nodeOffset: o.offset });
  }
  return { ...e, pieces };
}
