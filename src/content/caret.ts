/**
 * The one caret lookup per frame: which character is under the point. Page text yields a text node and the offset of
 * the character; a text field (input, textarea) yields the field and an offset into its value.
 */

export type Caret = { kind: 'text'; node: Text; offset: number } | { kind: 'field'; field: TextField; offset: number };
export type TextField = HTMLInputElement | HTMLTextAreaElement;

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** Input types whose value is prose; a password is never read. */
const TEXT_INPUT = new Set(['text', 'search', '']);

function isTextField(n: Node): n is TextField {
  const el = n as Element;
  if (el.nodeType !== Node.ELEMENT_NODE) return false;
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUT.has((el as HTMLInputElement).type);
}

/** True when (x, y) is inside the box of the character at `offset`: the pointer is on the text, not past a line end. */
function onChar(node: Text, offset: number, x: number, y: number): boolean {
  if (offset < 0 || offset >= node.data.length) return false;
  const r = node.ownerDocument.createRange();
  r.setStart(node, offset);
  r.setEnd(node, offset + 1);
  for (const b of Array.from(r.getClientRects())) {
    if (x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1) return true;
  }
  return false;
}

/**
 * The open shadow roots around an event's innermost target, innermost first: the caret lookup must be told about
 * them, or it stops at their host. (A closed root never shows its inside to the event path.)
 */
export function openShadowRoots(target: EventTarget | null): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let node = target as Node | null;
  for (let depth = 0; node && typeof node.getRootNode === 'function' && depth < 32; depth++) {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) break;
    roots.push(root);
    node = root.host;
  }
  return roots;
}

/** The character under the point, or null over empty space, images or anything that is not text. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | null {
  const d = doc as CaretDoc;
  let node: Node | null = null;
  let offset = 0;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    if (p) ({ offsetNode: node, offset } = p);
  } else if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  }
  if (!node) return null;
  // a caret position lies between characters: the one under the pointer is on either side of it
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node as Text;
    if (onChar(text, offset, x, y)) return { kind: 'text', node: text, offset };
    if (onChar(text, offset - 1, x, y)) return { kind: 'text', node: text, offset: offset - 1 };
    return null;
  }
  // inside a field the characters have no boxes to test; the field hit-test tolerates the caret's side
  if (isTextField(node)) return { kind: 'field', field: node, offset };
  return null;
}
