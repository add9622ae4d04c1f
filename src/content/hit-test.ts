/**
 * Finds the Arabic word under the pointer without touching the page: the caret position at the point, the text of
 * its block (so a word split by <b> or a link is one word), the word's boundaries and its sentence as context.
 */

export interface WordHit {
  /** the word's DOM range (for the highlight and the tooltip position) */
  range: Range;
  /** sentence-sized context sent to the analyser */
  context: string;
  /** offset of the word's first character in `context` */
  offset: number;
  word: string;
}

interface Piece {
  node: Text;
  start: number; // in the block string
}

const WORD_CHAR =
  /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFB\uFE70-\uFEFC\u200C\u200D]/;
const LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFB\uFE70-\uFEFC]/;
const SENTENCE_STOP = /[.!?\u061F\u06D4\n]/;
const CONTEXT_RADIUS = 240;
const BLOCK_DISPLAY = /^(block|list-item|table|table-cell|flex|grid|flow-root)$/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT']);

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node and offset under the point, or null. */
export function caretAt(doc: Document, x: number, y: number): { node: Text; offset: number } | null {
  const d = doc as CaretDoc;
  let node: Node | null = null;
  let offset = 0;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    if (p) {
      node = p.offsetNode;
      offset = p.offset;
    }
  } else if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    if (r) {
      node = r.startContainer;
      offset = r.startOffset;
    }
  }
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  return { node: node as Text, offset };
}

/** True when the point is really over the character at `offset` (or the one before it), not past a line's end. */
function pointOnText(node: Text, offset: number, x: number, y: number): boolean {
  const doc = node.ownerDocument;
  const r = doc.createRange();
  for (const o of [offset, offset - 1]) {
    if (o < 0 || o >= node.data.length) continue;
    r.setStart(node, o);
    r.setEnd(node, o + 1);
    for (const rect of Array.from(r.getClientRects())) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
    }
  }
  return false;
}

function blockOf(node: Node): Element {
  let el = node.parentElement;
  while (el && el.parentElement) {
    const display = el.ownerDocument.defaultView?.getComputedStyle(el).display ?? 'block';
    if (BLOCK_DISPLAY.test(display)) return el;
    el = el.parentElement;
  }
  return el ?? (node.ownerDocument as Document).documentElement;
}

/** The text nodes of a block in document order, as one string with a map back to the nodes. */
function blockText(block: Element): { text: string; pieces: Piece[] } {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  const pieces: Piece[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    pieces.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
    if (text.length > 200_000) break; // a giant block: the word is near the start anyway
  }
  return { text, pieces };
}

function locate(pieces: Piece[], pos: number): { node: Text; offset: number } | null {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (p.start <= pos) return { node: p.node, offset: Math.min(pos - p.start, p.node.data.length) };
  }
  return null;
}

/** The Arabic word at the point with its context, or null when there is none. */
export function wordAtPoint(doc: Document, x: number, y: number): WordHit | null {
  const caret = caretAt(doc, x, y);
  if (!caret || !pointOnText(caret.node, caret.offset, x, y)) return null;
  const block = blockOf(caret.node);
  const { text, pieces } = blockText(block);
  const piece = pieces.find((p) => p.node === caret.node);
  if (!piece) return null;
  let pos = piece.start + caret.offset;
  if (!WORD_CHAR.test(text[pos] ?? '') && WORD_CHAR.test(text[pos - 1] ?? '')) pos -= 1;
  if (!WORD_CHAR.test(text[pos] ?? '')) return null;
  let s = pos;
  let e = pos + 1;
  while (s > 0 && WORD_CHAR.test(text[s - 1]!)) s--;
  while (e < text.length && WORD_CHAR.test(text[e]!)) e++;
  while (s < e && !LETTER.test(text[s]!)) s++;
  if (s >= e) return null;
  // the sentence around the word, at most CONTEXT_RADIUS characters each side
  let cs = s;
  while (cs > 0 && s - cs < CONTEXT_RADIUS && !SENTENCE_STOP.test(text[cs - 1]!)) cs--;
  let ce = e;
  while (ce < text.length && ce - e < CONTEXT_RADIUS && !SENTENCE_STOP.test(text[ce]!)) ce++;
  if (ce < text.length && SENTENCE_STOP.test(text[ce]!)) ce++;
  const a = locate(pieces, s);
  const b = locate(pieces, e);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return { range, context: text.slice(cs, ce), offset: s - cs, word: text.slice(s, e) };
}
