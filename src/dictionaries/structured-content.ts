/**
 * Yomitan definitions as plain text. Structured content is a tree of HTML-like elements; it is flattened to text here
 * and never rendered as markup, so a dictionary file cannot put links, images or styles into the tooltip.
 */

// elements that start a new line of text; table cells are separated by a space
const BLOCK = new Set(['div', 'p', 'li', 'ol', 'ul', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'details', 'summary', 'br']);
// readings over ruby text and images carry no gloss
const SKIP = new Set(['rt', 'rp', 'img']);
const MAX_DEPTH = 64;

function collect(node: unknown, out: string[], depth: number): void {
  if (depth > MAX_DEPTH || node === null || node === undefined) return;
  if (typeof node === 'string') {
    out.push(node);
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) collect(child, out, depth + 1);
    return;
  }
  if (typeof node !== 'object') return;
  const el = node as { tag?: unknown; content?: unknown };
  const tag = typeof el.tag === 'string' ? el.tag : '';
  if (SKIP.has(tag)) return;
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  collect(el.content, out, depth + 1);
  if (block) out.push('\n');
  else if (tag === 'td' || tag === 'th') out.push(' ');
}

/** The text of a structured-content tree: its lines trimmed, whitespace collapsed, joined with "; ". */
export function flattenStructuredContent(node: unknown): string {
  const out: string[] = [];
  collect(node, out, 0);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('; ');
}

/**
 * One definition of a term bank row as text: a string, {type:'text'}, {type:'structured-content'}; null for images
 * and for deinflection links ([term, rules]), which carry no gloss of their own.
 */
export function definitionText(def: unknown): string | null {
  if (typeof def === 'string') return def.replace(/\s+/g, ' ').trim() || null;
  if (typeof def !== 'object' || def === null || Array.isArray(def)) return null;
  const d = def as { type?: unknown; text?: unknown; content?: unknown };
  if (d.type === 'text' && typeof d.text === 'string') return d.text.replace(/\s+/g, ' ').trim() || null;
  if (d.type === 'structured-content') return flattenStructuredContent(d.content) || null;
  return null;
}
