/**
 * The English under one paragraph element: a small host element of our own, inserted next to the paragraph, with its
 * own shadow root (the page's CSS cannot reach in, ours cannot leak out). Removing it leaves the page as it was.
 */
import { placement, type ParagraphGroup } from './alignment';
import { SHADOW_MODE } from '../shadow-mode';

export const BILINGUAL_TAG = 'tarjuman-bilingual';

export type EnglishSource = 'translator' | 'bergamot' | 'gist';

/** how each source is named under the English it wrote */
export type HostLabels = Record<EnglishSource, string>;

/** shown where a sentence's English has not come yet (a mark, not a word: nothing to translate) */
const PENDING = '…';

const CSS = `
:host { display: block !important; }
.bi { margin: 0.25em 0 1em; padding: 0.3em 0.75em; border-left: 3px solid rgba(15, 118, 110, 0.55);
  font: 0.88em/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: inherit; text-align: left;
  direction: ltr; unicode-bidi: isolate; }
.para + .para { margin-top: 0.45em; }
.s { border-radius: 3px; transition: background-color 0.1s; }
.s.on { background-color: rgba(250, 204, 21, 0.45); }
.s.pending { opacity: 0.45; }
.note { display: block; margin-top: 0.2em; font-size: 0.78em; font-style: italic; opacity: 0.7; }
`;

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** One constructed sheet per document, shared by every host (null where constructable sheets are missing). */
function sheetFor(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** Adopts the shared sheet; false where that throws (Firefox's content-script sandbox, on a shadow root). */
function adoptInto(root: ShadowRoot, sheet: CSSStyleSheet | null): boolean {
  if (!sheet) return false;
  try {
    root.adoptedStyleSheets = [sheet];
    return root.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}

/** A shadow host the page cannot have claimed: our tag, or a plain <div> if the page defined our tag itself. */
function makeHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  for (const tag of [BILINGUAL_TAG, 'div']) {
    try {
      const host = doc.createElement(tag);
      const root = host.attachShadow({ mode: SHADOW_MODE });
      host.setAttribute('data-tarjuman', 'bilingual');
      return { host, root };
    } catch {
      // a page's custom element with our name that took the shadow root: fall through to <div>
    }
  }
  throw new Error('no shadow host');
}

export class EnglishHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  private readonly spans = new Map<number, HTMLElement>();
  private readonly note: HTMLElement;
  private readonly sources = new Set<EnglishSource>();

  constructor(
    private readonly doc: Document,
    readonly group: ParagraphGroup,
    private readonly labels: HostLabels,
  ) {
    ({ host: this.host, root: this.root } = makeHost(doc));
    this.host.style.setProperty('display', 'block', 'important');
    if (!adoptInto(this.root, sheetFor(doc))) {
      const style = doc.createElement('style');
      style.textContent = CSS;
      this.root.appendChild(style);
    }
    const box = doc.createElement('div');
    box.className = 'bi';
    box.setAttribute('lang', 'en');
    box.setAttribute('dir', 'ltr');
    for (const sentences of group.paragraphs) {
      const para = doc.createElement('div');
      para.className = 'para';
      sentences.forEach((i, n) => {
        if (n) para.appendChild(doc.createTextNode(' '));
        const span = doc.createElement('span');
        span.className = 's pending';
        span.dataset.i = String(i);
        span.textContent = PENDING;
        para.appendChild(span);
        this.spans.set(i, span);
      });
      box.appendChild(para);
    }
    this.note = doc.createElement('span');
    this.note.className = 'note';
    this.note.setAttribute('dir', 'auto'); // the note is in the interface language, the box in English
    box.appendChild(this.note);
    this.root.appendChild(box);
  }

  /** Inserts the host next to its paragraph; false where the paragraph takes no neighbour (an editor, the body). */
  attach(): boolean {
    const at = placement(this.group.element);
    if (!at) return false;
    at.parent.insertBefore(this.host, at.before);
    return true;
  }

  get attached(): boolean {
    return this.host.isConnected;
  }

  remove(): void {
    this.host.remove();
  }

  /** The sentence indices this host shows. */
  indices(): IterableIterator<number> {
    return this.spans.keys();
  }

  /** Shows the English of sentence `i`, and which source wrote it. */
  set(i: number, text: string, source: EnglishSource): void {
    const span = this.spans.get(i);
    if (!span) return;
    span.textContent = text || '—';
    span.className = 's';
    if (!this.sources.has(source)) {
      this.sources.add(source);
      this.note.textContent = [...this.sources].map((s) => this.labels[s]).join(' · ');
    }
  }

  /** Marks (or unmarks) sentence `i` as the one linked to the pointer. */
  mark(i: number, on: boolean): void {
    this.spans.get(i)?.classList.toggle('on', on);
  }

  /** The sentence index of an event target inside this host, or -1. */
  sentenceOf(target: EventTarget | null): number {
    const el = target as Element | null;
    const span = el && el.nodeType === 1 ? el.closest('.s') : null;
    const i = span ? Number((span as HTMLElement).dataset.i) : NaN;
    return Number.isInteger(i) ? i : -1;
  }
}
