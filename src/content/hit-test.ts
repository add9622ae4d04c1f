/**
 * The Arabic word at a caret in page text, found without touching the page: the text of the caret's block (so a word
 * split by <b> or a link is one word), the word's boundaries in it, and its sentence as context.
 */
import type { WordHit } from './word-hit';
import { WORD_CHAR, wordSpanAt } from './word-span';

interface Piece {
  node: Text;
  start: number; // in the block string
}

const BLOCK_DISPLAY = /^(block|list-item|table|table-cell|table-caption|flex|grid|flow-root|inline-block|inline-flex|inline-grid)$/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'TEMPLATE']);
/** elements that end a line: their text is not glued to the text around them (checked by tag, no style lookups) */
const BREAKS = new Set(
  'BR P DIV LI TD TH TR H1 H2 H3 H4 H5 H6 BLOCKQUOTE SECTION ARTICLE HEADER FOOTER NAV ASIDE UL OL DL DT DD FIGCAPTION TABLE HR'.split(' '),
);
/** the context never reaches further than this past the hovered node, so the walk stops there */
const AFTER_LIMIT = 1000;

/** The block element whose text a hover on this node reads. */
function blockOf(node: Node): Element {
  const win = node.ownerDocument?.defaultView;
  let el = node.parentElement;
  while (el && el.parentElement) {
    if (BLOCK_DISPLAY.test(win?.getComputedStyle(el).display ?? 'block')) return el;
    el = el.parentElement;
  }
  return el ?? (node.ownerDocument as Document).documentElement;
}

/** The text nodes of a block in document order, as one string with a map back to the nodes; line breaks as \n. */
function blockText(block: Element, must: Text): { text: string; pieces: Piece[] } {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) => (SKIP.has((n as Element).tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  const pieces: Piece[] = [];
  let stop = Infinity;
  for (let n = walker.nextNode(); n && text.length < stop; n = walker.nextNode()) {
    if (n.nodeType !== Node.TEXT_NODE) {
      if (BREAKS.has((n as Element).tagName)) text += '\n';
      continue;
    }
    const prev = n.previousSibling as Element | null;
    if (prev && BREAKS.has(prev.tagName)) text += '\n'; // text after a nested block
    pieces.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
    if (n === must) stop = text.length + AFTER_LIMIT;
  }
  return { text, pieces };
}

/** The node and offset of a position in the block string; `end` prefers the end of a node to the start of the next. */
function locate(pieces: Piece[], pos: number, end: boolean): { node: Text; offset: number } | null {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (p.start < pos || (p.start === pos && !end)) return { node: p.node, offset: Math.min(pos - p.start, p.node.data.length) };
  }
  return null;
}

/**
 * Every Arabic word of a block as a hover would send it: its sentence (the context) and its offset there, grouped by
 * context, so that looking them up ahead fills the lookup cache with exactly the keys hovers will ask for.
 */
export function blockWordContexts(block: Element): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const texts = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = texts.nextNode(); n; n = texts.nextNode()) last = n as Text;
  if (!last) return out;
  const { text } = blockText(block, last);
  for (let pos = 0; pos < text.length;) {
    const span = WORD_CHAR.test(text[pos]!) ? wordSpanAt(text, pos) : null;
    if (!span) {
      pos++;
      continue;
    }
    const context = text.slice(span.contextStart, span.contextEnd);
    const offsets = out.get(context);
    if (offsets) offsets.push(span.start - span.contextStart);
    else out.set(context, [span.start - span.contextStart]);
    pos = Math.max(span.end, pos + 1);
  }
  return out;
}

/** The Arabic word containing the character at (node, offset), or null when there is none. */
export function wordInText(node: Text, offset: number): WordHit | null {
  // most text under a moving pointer is spaces, punctuation or another script: settled before any DOM walk
  if (!WORD_CHAR.test(node.data[offset] ?? '')) return null;
  const block = blockOf(node);
  const { text, pieces } = blockText(block, node);
  const piece = pieces.find((p) => p.node === node);
  if (!piece) return null;
  const span = wordSpanAt(text, piece.start + offset);
  if (!span) return null;
  const a = locate(pieces, span.start, false);
  const b = locate(pieces, span.end, true);
  if (!a || !b) return null;
  const range = node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return {
    range,
    block,
    rect: () => range.getBoundingClientRect(),
    context: text.slice(span.contextStart, span.contextEnd),
    offset: span.start - span.contextStart,
    word: text.slice(span.start, span.end),
    contains: (n, o) => {
      if (n.nodeType !== Node.TEXT_NODE || !range.intersectsNode(n)) return false;
      // the character [o, o+1) is inside when its start is at or after the range start and before the range end
      return range.comparePoint(n, o) === 0 && !(n === range.endContainer && o >= range.endOffset);
    },
  };
}
