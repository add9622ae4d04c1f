/** Maps [start, end) spans of the extracted article text back to DOM ranges. */
import type { TextPiece } from '../extract/article';
import { liveOffset } from './own-text';

/** The DOM range of a span, or null when the text was not mapped (a headline from metadata, say). */
export function rangeForSpan(doc: Document, pieces: readonly TextPiece[], start: number, end: number): Range | null {
  let lo = 0;
  let hi = pieces.length - 1;
  // first piece whose end is after start
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const a = pieces[lo];
  if (!a || a.end <= start) return null;
  let b = a;
  for (let i = lo; i < pieces.length && pieces[i]!.start < end; i++) b = pieces[i]!;
  const range = doc.createRange();
  try {
    // offsets are the extracted text's; a node the extension rewrote (hidden diacritics) maps them to its live text
    range.setStart(a.node, liveOffset(a.node, a.nodeOffset + Math.max(0, start - a.start)));
    range.setEnd(b.node, liveOffset(b.node, b.nodeOffset + Math.min(b.end, end) - b.start));
  } catch {
    return null; // the page changed the node since extraction
  }
  return range;
}
