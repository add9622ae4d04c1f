/**
 * Removable highlights through the CSS Custom Highlight API: no DOM rewrite. The ::highlight() rules are added to the
 * document (page-styles.ts) while at least one of our highlights is drawn, and taken off when the last one is cleared;
 * where the API is missing, highlighting is skipped.
 */
import { addStyles, removeStyles } from './page-styles';

type HighlightCtor = new (...ranges: AbstractRange[]) => { add(r: AbstractRange): void; clear(): void; size: number };
interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
  has(name: string): boolean;
}

export const HIGHLIGHT_CSS = `
::highlight(tarjuman-hover) { background-color: rgba(15, 118, 110, 0.22); }
::highlight(tarjuman-person) { background-color: rgba(219, 39, 119, 0.16); text-decoration: underline rgba(219, 39, 119, 0.7); }
::highlight(tarjuman-location) { background-color: rgba(37, 99, 235, 0.14); text-decoration: underline rgba(37, 99, 235, 0.7); }
::highlight(tarjuman-organization) { background-color: rgba(202, 138, 4, 0.18); text-decoration: underline rgba(202, 138, 4, 0.8); }
::highlight(tarjuman-date), ::highlight(tarjuman-number) { text-decoration: underline dotted rgba(100, 100, 100, 0.8); }
::highlight(tarjuman-unknown) { text-decoration: underline dotted rgba(220, 38, 38, 0.85); text-decoration-thickness: 2px; }
::highlight(tarjuman-evidence) { background-color: rgba(250, 204, 21, 0.45); }
`;

/** the names of our highlights drawn in each document: the style sheet stays while one is left */
const drawn = new WeakMap<Document, Set<string>>();

/**
 * The sheet leaves a moment after the last highlight, not at once: the hover highlight comes and goes with every
 * word, and each change of a document's sheets makes the browser restyle the whole page.
 */
export const REMOVE_AFTER_MS = 2000;
const removals = new WeakMap<Document, number>();

function scheduleRemoval(doc: Document, names: Set<string>): void {
  clearTimeout(removals.get(doc));
  removals.set(
    doc,
    setTimeout(() => {
      if (!names.size) removeStyles(doc, HIGHLIGHT_CSS);
    }, REMOVE_AFTER_MS) as unknown as number,
  );
}

function registry(win: Window): { reg: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const H = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && H ? { reg: css.highlights, Highlight: H } : null;
}

/** Sets (or with no ranges, clears) the named highlight. Returns false where the API is missing. */
export function setHighlight(doc: Document, name: string, ranges: AbstractRange[]): boolean {
  const win = doc.defaultView;
  const r = win && registry(win);
  if (!r) return false;
  let names = drawn.get(doc);
  if (!names) drawn.set(doc, (names = new Set()));
  if (!ranges.length) {
    r.reg.delete(`tarjuman-${name}`);
    names.delete(name);
    if (!names.size) scheduleRemoval(doc, names);
    return true;
  }
  clearTimeout(removals.get(doc));
  // where no style can be added the highlights still register, unstyled
  addStyles(doc, HIGHLIGHT_CSS);
  r.reg.set(`tarjuman-${name}`, new r.Highlight(...ranges));
  names.add(name);
  return true;
}
