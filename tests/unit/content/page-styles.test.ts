/**
 * The rules the content script adds to a page: the ::highlight() sheet is there only while a highlight is drawn, and
 * adoption falls back through the page's own objects (Firefox's sandbox) and then a <style> element.
 */
import { HIGHLIGHT_CSS, REMOVE_AFTER_MS, setHighlight } from '../../../src/content/highlights';
import { addStyles, hasStyles, removeStyles } from '../../../src/content/page-styles';

class FakeSheet {
  css = '';
  replaceSync(css: string): void {
    this.css = css;
  }
}

interface FakeDoc {
  doc: Document;
  /** the sheets adopted by the document, whichever way they got there */
  sheets(): string[];
  /** the text of <style> elements added to <head> */
  styles(): string[];
}

/**
 * A document with a highlight registry. `sandbox`: assigning adoptedStyleSheets throws, as in Firefox's content-script
 * sandbox; `waived` then offers the page's own objects (wrappedJSObject); `noSheets`: no constructable sheets at all.
 */
function fakeDoc(mode: 'plain' | 'sandbox' | 'sandbox-no-waiver' = 'plain'): FakeDoc {
  const list: FakeSheet[] = [];
  const head: Array<{ textContent: string; isConnected: boolean; setAttribute(): void; remove(): void }> = [];
  const registry = new Map<string, unknown>();
  const win = {
    CSSStyleSheet: FakeSheet,
    CSS: { highlights: registry },
    Highlight: class {
      constructor(...ranges: unknown[]) {
        Object.assign(this, { ranges });
      }
    },
  };
  const doc = {
    defaultView: win,
    get adoptedStyleSheets(): FakeSheet[] {
      return [...list];
    },
    set adoptedStyleSheets(v: FakeSheet[]) {
      if (mode !== 'plain') throw new TypeError('Accessing from Xray wrapper is not supported');
      list.splice(0, list.length, ...v);
    },
    head: {
      appendChild(el: (typeof head)[number]) {
        head.push(el);
        el.isConnected = true;
      },
    },
    createElement() {
      const el = {
        textContent: '',
        isConnected: false,
        setAttribute: () => undefined,
        remove: () => {
          head.splice(head.indexOf(el), 1);
          el.isConnected = false;
        },
      };
      return el;
    },
  } as Record<string, unknown>;
  if (mode === 'sandbox') {
    // the page's own view: its own constructor and its own (observable, changed in place) list
    doc.wrappedJSObject = { adoptedStyleSheets: list };
    (win as Record<string, unknown>).wrappedJSObject = { CSSStyleSheet: FakeSheet };
  }
  return {
    doc: doc as unknown as Document,
    sheets: () => list.map((s) => s.css),
    styles: () => head.map((s) => s.textContent),
  };
}

const range = {} as AbstractRange;

describe('the highlight style sheet', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('is not added while nothing is highlighted', () => {
    const f = fakeDoc();
    expect(setHighlight(f.doc, 'hover', [])).toBe(true);
    expect(setHighlight(f.doc, 'person', [])).toBe(true);
    expect(f.sheets()).toEqual([]);
  });

  test('is added with the first highlight, kept while one is left, removed soon after the last', () => {
    const f = fakeDoc();
    setHighlight(f.doc, 'hover', [range]);
    expect(f.sheets()).toEqual([HIGHLIGHT_CSS]);
    setHighlight(f.doc, 'person', [range, range]);
    expect(f.sheets()).toEqual([HIGHLIGHT_CSS]); // once, not once per highlight
    setHighlight(f.doc, 'hover', []);
    jest.advanceTimersByTime(REMOVE_AFTER_MS * 2);
    expect(f.sheets()).toEqual([HIGHLIGHT_CSS]); // the names are still highlighted
    setHighlight(f.doc, 'person', []);
    jest.advanceTimersByTime(REMOVE_AFTER_MS);
    expect(f.sheets()).toEqual([]);
    setHighlight(f.doc, 'unknown', [range]);
    expect(f.sheets()).toEqual([HIGHLIGHT_CSS]);
  });

  test('a highlight that comes back at once (the next hovered word) keeps the sheet in place', () => {
    const f = fakeDoc();
    setHighlight(f.doc, 'hover', [range]);
    setHighlight(f.doc, 'hover', []);
    jest.advanceTimersByTime(REMOVE_AFTER_MS / 2);
    setHighlight(f.doc, 'hover', [range]);
    jest.advanceTimersByTime(REMOVE_AFTER_MS * 2);
    expect(f.sheets()).toEqual([HIGHLIGHT_CSS]);
    setHighlight(f.doc, 'hover', []);
    jest.advanceTimersByTime(REMOVE_AFTER_MS);
    expect(f.sheets()).toEqual([]);
  });

  test('comes back when a page script replaced the adopted list', () => {
    const f = fakeDoc();
    setHighlight(f.doc, 'hover', [range]);
    f.doc.adoptedStyleSheets = [];
    setHighlight(f.doc, 'evidence', [range]);
    expect(f.sheets()).toEqual([HIGHLIGHT_CSS]);
  });
});

describe('adding page styles', () => {
  test('keeps the page’s own adopted sheets', () => {
    const f = fakeDoc();
    const own = new FakeSheet();
    own.replaceSync('p{}');
    f.doc.adoptedStyleSheets = [own as unknown as CSSStyleSheet];
    addStyles(f.doc, 'a{}');
    expect(f.sheets()).toEqual(['p{}', 'a{}']);
    removeStyles(f.doc, 'a{}');
    expect(f.sheets()).toEqual(['p{}']);
  });

  test('in a sandbox that refuses our list, adopts through the page’s own objects (no node added)', () => {
    const f = fakeDoc('sandbox');
    expect(addStyles(f.doc, 'a{}')).toBe(true);
    expect(addStyles(f.doc, 'a{}')).toBe(true);
    expect(f.sheets()).toEqual(['a{}']);
    expect(f.styles()).toEqual([]);
    expect(hasStyles(f.doc, 'a{}')).toBe(true);
    removeStyles(f.doc, 'a{}');
    expect(f.sheets()).toEqual([]);
    expect(hasStyles(f.doc, 'a{}')).toBe(false);
  });

  test('without any way to adopt, falls back to one <style> element, removed again', () => {
    const f = fakeDoc('sandbox-no-waiver');
    expect(addStyles(f.doc, 'a{}')).toBe(true);
    addStyles(f.doc, 'a{}');
    expect(f.styles()).toEqual(['a{}']);
    removeStyles(f.doc, 'a{}');
    expect(f.styles()).toEqual([]);
  });
});
