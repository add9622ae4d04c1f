/**
 * Rules the extension adds to a page as constructed stylesheets (adoptedStyleSheets), not as nodes: the page's DOM
 * stays its own. Each sheet is adopted once per document, and again if a page script replaced the adopted list.
 */

const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** Adopts `css` into `doc` (once); false where constructable stylesheets are missing. */
export function adoptStyles(doc: Document, css: string): boolean {
  try {
    let byCss = sheets.get(doc);
    if (!byCss) sheets.set(doc, (byCss = new Map()));
    let sheet = byCss.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      byCss.set(css, sheet);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}
