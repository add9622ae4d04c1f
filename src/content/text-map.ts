/** Maps [start, end) spans of the extracted article text back to the live DOM. */
import type { TextPiece } from '../extract/article';
import { liveOffset } from './own-text';
import { livePoint } from './split-text';

/** The index of the piece holding the character at `offset` (or the first piece after it), or -1 past the end. */
export function pieceIndexAt(pieces: readonly TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  // first piece whose end is after offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const p = pieces[lo];
  return p && p.end > offset ? lo : -1;
}

/**
 * The live text node and offset of a position in a piece's node: the extension may have rewritten the node (hidden
 * diacritics) or cut it into parts (interlinear gloss). `end`: the position ends a range.
 */
export function pagePoint(piece: TextPiece, offset: number, end: boolean): { node: Text; offset: number } {
  const node = piece.node;
  return livePoint(node, liveOffset(node, piece.nodeOffset + offset - piece.start), end);
}

type Point = { node: Text; offset: number };

/** The live start and end of a span, or null when the text was not mapped or the page changed the node since. */
function spanPoints(pieces: readonly TextPiece[], start: number, end: number): { start: Point; end: Point } | null {
  const lo = pieceIndexAt(pieces, start);
  const a = pieces[lo];
  if (!a) return null;
  let b = a;
  for (let i = lo; i < pieces.length && pieces[i]!.start < end; i++) b = pieces[i]!;
  const s = pagePoint(a, Math.max(a.start, start), false);
  const e = pagePoint(b, Math.min(b.end, end), true);
  return s.offset <= s.node.length && e.offset <= e.node.length ? { start: s, end: e } : null;
}

/** The DOM range of a span, or null when the text was not mapped (a headline from metadata, say). */
export function rangeForSpan(doc: Document, pieces: readonly TextPiece[], start: number, end: number): Range | null {
  const p = spanPoints(pieces, start, end);
  if (!p) return null;
  const range = doc.createRange();
  try {
    range.setStart(p.start.node, p.start.offset);
    range.setEnd(p.end.node, p.end.offset);
  } catch {
    return null; // the page changed the node since extraction
  }
  return range;
}

/**
 * The span as a StaticRange, for highlights of many spans: the browser updates every live Range on every change of
 * the page, so thousands of them make each later DOM edit (the interlinear gloss's, the page's own) slow.
 */
export function staticRangeForSpan(pieces: readonly TextPiece[], start: number, end: number): StaticRange | null {
  const p = spanPoints(pieces, start, end);
  if (!p) return null;
  try {
    return new StaticRange({
      startContainer: p.start.node,
      startOffset: p.start.offset,
      endContainer: p.end.node,
      endOffset: p.end.offset,
    });
  } catch {
    return null;
  }
}
