/**
 * Text nodes the extension itself rewrote (the "hide diacritics" and "add vowels" aids): what each one said before, and where its old
 * offsets now fall. The article watcher ignores these edits (the article is the same article) and text-map.ts maps
 * offsets of the extracted text, taken before the edit, to the live node.
 */

interface Edit {
  original: string;
  written: string;
  /** live offset of each original offset (length original.length + 1) */
  offsets: Int32Array;
  /** false once restored (the record stays, so the restoring mutation is still recognised as ours) */
  active: boolean;
}

const edits = new WeakMap<Text, Edit>();

/** Rewrites `node` keeping, for every original character, whether it stays (`keep(ch)`); restorable with restoreText. */
export function rewriteText(node: Text, keep: (ch: string) => boolean): void {
  if (edits.get(node)?.active) return;
  const original = node.data;
  const offsets = new Int32Array(original.length + 1);
  let written = '';
  for (let i = 0; i < original.length; i++) {
    offsets[i] = written.length;
    const ch = original[i]!;
    if (keep(ch)) written += ch;
  }
  offsets[original.length] = written.length;
  if (written === original) return;
  edits.set(node, { original, written, offsets, active: true });
  node.data = written;
}

/**
 * Rewrites `node` with `inserts` (original offset → text written after that character, e.g. the vowels of a letter);
 * restorable with restoreText.
 */
export function insertText(node: Text, inserts: ReadonlyMap<number, string>): void {
  if (edits.get(node)?.active || !inserts.size) return;
  const original = node.data;
  const offsets = new Int32Array(original.length + 1);
  let written = '';
  for (let i = 0; i < original.length; i++) {
    offsets[i] = written.length;
    written += original[i]! + (inserts.get(i) ?? '');
  }
  offsets[original.length] = written.length;
  if (written === original) return;
  edits.set(node, { original, written, offsets, active: true });
  node.data = written;
}

/** Puts back what `node` said before rewriteText, unless the page has since written something else there. */
export function restoreText(node: Text): void {
  const e = edits.get(node);
  if (!e?.active) return;
  e.active = false;
  if (node.data === e.written) node.data = e.original;
}

/** The live offset in `node` of an offset taken before the extension rewrote it. */
export function liveOffset(node: Text, offset: number): number {
  const e = edits.get(node);
  if (!e?.active || node.data !== e.written) return offset;
  return e.offsets[Math.min(Math.max(offset, 0), e.original.length)]!;
}

/** True when a mutation record is only the extension rewriting or restoring a text node. */
export function isOwnTextMutation(r: MutationRecord): boolean {
  if (r.type !== 'characterData') return false;
  const node = r.target as Text;
  const e = edits.get(node);
  return !!e && (node.data === e.written || node.data === e.original);
}
