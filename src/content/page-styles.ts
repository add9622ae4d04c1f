/**
 * Rules the extension adds to a page, as constructed stylesheets (adoptedStyleSheets) so the page's DOM stays its own,
 * only while something needs them: addStyles when the first highlight or gloss is drawn, removeStyles when the last
 * one is gone. A sheet is adopted once per document, and again if a page script replaced the adopted list.
 *
 * Firefox's content-script sandbox (up to 140 at least) refuses our own array and our own sheet: assigning
 * `document.adoptedStyleSheets` throws, or the sheet never applies. There the sheet is made and adopted through the
 * page's own objects (`wrappedJSObject`, Firefox's waiver of the sandbox wrapper). Where neither works, a <style>
 * element in <head> is the last resort.
 */

interface Adopted {
  /** still applied (a page script may have replaced the adopted list or removed the node) */
  live(): boolean;
  remove(): void;
}

type Waived<T> = T & { wrappedJSObject?: T };

const adopted = new WeakMap<Document, Map<string, Adopted>>();

/** our constructed sheets, kept for adopting again (parsed once per document) */
const made = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** Adopts through the sandbox's own view: Chromium, and Firefox where the sandbox allows it. */
function adoptDirect(doc: Document, css: string): Adopted | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win?.CSSStyleSheet) return null;
  let byCss = made.get(doc);
  if (!byCss) made.set(doc, (byCss = new Map()));
  let sheet = byCss.get(css);
  if (!sheet) {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    byCss.set(css, sheet);
  }
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  if (!doc.adoptedStyleSheets.includes(sheet)) return null;
  return {
    live: () => doc.adoptedStyleSheets.includes(sheet),
    remove: () => (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)),
  };
}

/** Adopts a sheet made by the page's own constructor into the page's own list (Firefox content scripts). */
function adoptWaived(doc: Document, css: string): Adopted | null {
  const pageDoc = (doc as Waived<Document>).wrappedJSObject;
  const pageWin = (doc.defaultView as Waived<Window & typeof globalThis> | null)?.wrappedJSObject;
  if (!pageDoc || !pageWin?.CSSStyleSheet) return null;
  const sheet = new pageWin.CSSStyleSheet();
  sheet.replaceSync(css);
  // the adopted list is an observable array: changed in place, never replaced by an array of the sandbox's
  pageDoc.adoptedStyleSheets.push(sheet);
  const index = () => pageDoc.adoptedStyleSheets.indexOf(sheet);
  if (index() < 0) return null;
  return {
    live: () => index() >= 0,
    remove: () => {
      const i = index();
      if (i >= 0) pageDoc.adoptedStyleSheets.splice(i, 1);
    },
  };
}

/** A <style> element: a node in the page, so only where no sheet can be adopted. */
function styleElement(doc: Document, css: string): Adopted | null {
  const parent = doc.head ?? doc.documentElement;
  if (!parent) return null;
  const style = doc.createElement('style');
  style.setAttribute('data-tarjuman', 'styles');
  style.textContent = css;
  parent.appendChild(style);
  return { live: () => style.isConnected, remove: () => style.remove() };
}

function attempt(make: (doc: Document, css: string) => Adopted | null, doc: Document, css: string): Adopted | null {
  try {
    return make(doc, css);
  } catch {
    return null;
  }
}

/** Adds `css` to `doc` unless it is there already; false when no way of adding it worked. */
export function addStyles(doc: Document, css: string): boolean {
  let byCss = adopted.get(doc);
  if (!byCss) adopted.set(doc, (byCss = new Map()));
  const had = byCss.get(css);
  if (had && attempt(() => (had.live() ? had : null), doc, css)) return true;
  const made = attempt(adoptDirect, doc, css) ?? attempt(adoptWaived, doc, css) ?? attempt(styleElement, doc, css);
  if (made) byCss.set(css, made);
  else byCss.delete(css);
  return made !== null;
}

/** Takes `css` off `doc` again (nothing when it was not added). */
export function removeStyles(doc: Document, css: string): void {
  const byCss = adopted.get(doc);
  const had = byCss?.get(css);
  if (!had) return;
  byCss!.delete(css);
  attempt(() => (had.remove(), null), doc, css);
}

/** Whether `css` is on `doc` now (for tests and checks). */
export function hasStyles(doc: Document, css: string): boolean {
  const had = adopted.get(doc)?.get(css);
  return !!had && !!attempt(() => (had.live() ? had : null), doc, css);
}
