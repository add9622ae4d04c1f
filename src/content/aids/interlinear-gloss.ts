/**
 * "Interlinear gloss": a short English gloss under each word of the article, as ruby — <ruby>word<rt></rt></ruby>
 * with the English in an attribute that CSS draws, so no English text enters the page (the article watcher, the hover
 * hit-test and a copy of the text see only the Arabic). Each text node is replaced by its parts (split-text.ts), a
 * batch of paragraphs at a time as they come near the screen (near-screen.ts) and their glosses arrive, in short
 * slices; off puts the page's own nodes back.
 */
import type { ExtractedArticle, TextPiece } from '../../extract/article';
import { request } from '../../shared/client';
import { MAX_GLOSS_TEXT } from '../../shared/aids-site';
import type { GlossSpan } from '../../shared/messages';
import type { ArticleState } from '../article-watch';
import { addStyles, removeStyles } from '../page-styles';
import { runPaced } from '../sliced';
import { splitText, unsplitText, type Cut } from '../split-text';
import { pagePoint, pieceIndexAt } from '../text-map';
import { watchNearScreen } from './near-screen';

const MARK = 'gloss';
/** the text glossed at once, about half a screen of news: few round trips, yet little glossed beyond the screen */
const BATCH_CHARS = 1500;
/** nodes added or removed per frame: each ruby costs the browser about a tenth of a millisecond of layout */
const NODES_PER_FRAME = 100;
// Under the word (also in right-to-left text), in a small left-to-right sans-serif at the page's colour, dimmed. The
// annotation overflows into the line's leading, so the ruby's own line height makes room for it below every line.
const GLOSS_CSS = `
ruby[data-tarjuman=${MARK}]{ruby-position:under;ruby-align:center;line-height:2.2;text-indent:0}
ruby[data-tarjuman=${MARK}]>rt{display:ruby-text!important;ruby-position:under;direction:ltr;unicode-bidi:isolate;
font:400 max(10px,.52em)/1.1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif!important;color:inherit;opacity:.72;
letter-spacing:normal;word-spacing:normal;text-transform:none;text-decoration:none;white-space:nowrap;user-select:none;
-webkit-user-select:none;pointer-events:none}
ruby[data-tarjuman=${MARK}]>rt::before{content:attr(data-gloss)}
`;
/** elements whose text is not ours to wrap: the page's own ruby, editable text, SVG */
const NOT_WRAPPABLE = 'ruby, rt, rp, [contenteditable=""], [contenteditable="true"], svg, textarea';

interface Batch {
  /** [start, end) of the article text sent in one message */
  start: number;
  end: number;
}

/**
 * The article text in batches of whole paragraphs, up to BATCH_CHARS together, each asked for in one message when one
 * of its paragraphs comes near the screen; a paragraph longer than MAX_GLOSS_TEXT is cut at a space.
 */
export function glossBatches(text: string, paragraphs: readonly Batch[]): Batch[] {
  const out: Batch[] = [];
  const add = (start: number, end: number) => {
    const last = out[out.length - 1];
    if (last && end - last.start <= BATCH_CHARS) last.end = end;
    else out.push({ start, end });
  };
  for (const p of paragraphs) {
    let start = p.start;
    while (p.end - start > MAX_GLOSS_TEXT) {
      const space = text.lastIndexOf(' ', start + MAX_GLOSS_TEXT);
      const end = space > start ? space : start + MAX_GLOSS_TEXT;
      add(start, end);
      start = end;
    }
    if (p.end > start) add(start, p.end);
  }
  return out;
}

/** The batches holding some text of each paragraph element (by batch index). */
export function batchesByElement(batches: readonly Batch[], paragraphs: ExtractedArticle['paragraphs']): Map<Element, number[]> {
  const out = new Map<Element, number[]>();
  let i = 0;
  for (const p of paragraphs) {
    while (i < batches.length && batches[i]!.end <= p.start) i++;
    const list = out.get(p.element) ?? [];
    for (let j = i; j < batches.length && batches[j]!.start < p.end; j++) if (!list.includes(j)) list.push(j);
    out.set(p.element, list);
  }
  return out;
}

/**
 * Where a gloss span of the article text falls in one live text node. A span over several nodes (an expression half in
 * a link) is glossed under its part in the first, when that part ends at a space; never across a tag inside a word.
 */
function cutOf(pieces: readonly TextPiece[], start: number, end: number): { node: Text; cut: Cut } | null {
  const i = pieceIndexAt(pieces, start);
  const a = pieces[i];
  if (!a || a.start > start) return null;
  let b = pieces[pieceIndexAt(pieces, end - 1)];
  let last = end;
  if (!b || b.node !== a.node) {
    const next = pieces[i + 1];
    if (next && next.start === a.end) return null; // the word goes on in the next node
    b = a;
    last = a.end;
  }
  const s = pagePoint(a, start, false);
  const e = pagePoint(b, last, true);
  if (s.node !== a.node || e.node !== a.node) return null; // already wrapped
  return { node: a.node, cut: { start: s.offset, end: e.offset } };
}

/** True when the extension may wrap words of this text node. */
function wrappable(node: Text): boolean {
  const parent = node.parentElement;
  return !!parent && node.isConnected && parent.namespaceURI === 'http://www.w3.org/1999/xhtml' && !parent.closest(NOT_WRAPPABLE);
}

/** One article being glossed: its batches, those near the screen not yet glossed, and whether they are being done. */
interface Glossing {
  s: ArticleState;
  live: () => boolean;
  batches: Batch[];
  wanted: Set<number>;
  pumping: boolean;
}

export class InterlinearGloss {
  /** the page's text nodes now replaced by glossed parts, in the order they were */
  private split: Text[] = [];
  /** the extraction glossed or being glossed (null: none), and the pass doing it */
  private target: ArticleState['extracted'] | null = null;
  private pass: Promise<boolean> = Promise.resolve(false);
  /** bumped by every new pass, so a superseded one stops at its next step */
  private run = 0;
  /** stops watching the paragraphs of the glossed article come near the screen */
  private unwatch = (): void => undefined;
  /** the glosses of each batch of one article, kept for turning the aid off and on again */
  private cache: { key: string; batches: Map<number, GlossSpan[]> } | null = null;

  /** `onGlossed`: words were wrapped after the pass that turned the gloss on resolved (ranges on them are to be redrawn) */
  constructor(
    private readonly doc: Document,
    private readonly onGlossed: () => void,
  ) {}

  /**
   * Glosses the article (on) or puts the page's nodes back (off, or another article). Resolves once the page's own
   * nodes are back and, when on, the paragraphs are watched: true when this pass changed the page (the caller redraws
   * what was drawn on the old nodes), false when superseded. The words are wrapped later, as they come near the screen.
   */
  apply(s: ArticleState | null, on: boolean): Promise<boolean> {
    const want = on && s ? s : null;
    if (want?.extracted === this.target || (!want && !this.target && !this.split.length)) return this.pass;
    const run = ++this.run;
    this.target = want?.extracted ?? null;
    this.unwatch();
    this.pass = this.go(run, want).catch(() => false);
    return this.pass;
  }

  private async go(run: number, s: ArticleState | null): Promise<boolean> {
    const live = () => run === this.run;
    const win = this.doc.defaultView;
    if (!win) return false;
    const restored = this.split.length > 0;
    if (restored) await runPaced(this.restoreSteps(live), win, NODES_PER_FRAME);
    if (!s || !live()) {
      // nothing glossed is left: the rules go too
      if (live()) removeStyles(this.doc, GLOSS_CSS);
      return live() && restored;
    }
    addStyles(this.doc, GLOSS_CSS);
    const batches = glossBatches(s.extracted.text, s.extracted.paragraphs);
    const byElement = batchesByElement(batches, s.extracted.paragraphs);
    const pass: Glossing = { s, live, batches, wanted: new Set(), pumping: false };
    this.unwatch = watchNearScreen(win, [...byElement.keys()], (near) => {
      for (const el of near) for (const i of byElement.get(el) ?? []) pass.wanted.add(i);
      void this.pump(pass, win).catch(() => undefined);
    });
    return restored;
  }

  /**
   * Glosses the wanted batches, first in the article first; the next batch is asked for while this one is wrapped.
   * `onGlossed` is called once they are all done: redrawing a highlight costs the browser a pass over all its ranges
   * (the underline of a long article: a long frame), so not once per batch.
   */
  private async pump(p: Glossing, win: Window): Promise<void> {
    if (p.pumping) return; // the running pump takes the new batches too
    p.pumping = true;
    let wrapped = false;
    try {
      let next = this.take(p);
      while (next) {
        const { i, glosses } = next;
        const spans = await glosses;
        next = this.take(p);
        if (!p.live()) return;
        if (spans.length) await runPaced(this.wrapSteps(p.s.extracted.pieces, p.batches[i]!.start, spans, p.live), win, NODES_PER_FRAME);
        wrapped ||= spans.length > 0;
        next ??= this.take(p);
      }
    } finally {
      p.pumping = false;
    }
    if (wrapped && p.live()) this.onGlossed();
  }

  /** The first wanted batch, taken, with its glosses on the way. */
  private take(p: Glossing): { i: number; glosses: Promise<GlossSpan[]> } | null {
    if (!p.wanted.size || !p.live()) return null;
    const i = Math.min(...p.wanted);
    p.wanted.delete(i);
    return { i, glosses: this.glosses(p.s, i, p.batches[i]!) };
  }

  /** The glosses of batch `i` (offsets in the batch), from the cache or the service worker; none when it fails. */
  private async glosses(s: ArticleState, i: number, b: Batch): Promise<GlossSpan[]> {
    if (this.cache?.key !== s.key) this.cache = { key: s.key, batches: new Map() };
    const cache = this.cache;
    const known = cache.batches.get(i);
    if (known) return known;
    const r = await request('glossText', { text: s.extracted.text.slice(b.start, b.end) });
    const glosses = r.ok ? r.value : [];
    cache.batches.set(i, glosses);
    return glosses;
  }

  private *restoreSteps(live: () => boolean): Generator<number, void> {
    while (this.split.length && live()) yield unsplitText(this.split.pop()!);
  }

  /** Wraps the glossed words of one batch, a text node per step. */
  private *wrapSteps(
    pieces: readonly TextPiece[],
    at: number,
    glosses: readonly GlossSpan[],
    live: () => boolean,
  ): Generator<number, void> {
    const byNode = new Map<Text, Array<Cut & { gloss: string }>>();
    for (const g of glosses) {
      const c = cutOf(pieces, at + g.start, at + g.end);
      if (!c) continue;
      const list = byNode.get(c.node);
      if (list) list.push({ ...c.cut, gloss: g.gloss });
      else byNode.set(c.node, [{ ...c.cut, gloss: g.gloss }]);
    }
    yield 0;
    for (const [node, cuts] of byNode) {
      if (!live()) return;
      const added = wrappable(node) ? splitText(node, cuts, (base, i) => this.ruby(base, cuts[i]!.gloss)) : 0;
      if (added) this.split.push(node);
      yield added;
    }
  }

  private ruby(base: Text, gloss: string): Element {
    const ruby = this.doc.createElement('ruby');
    ruby.setAttribute('data-tarjuman', MARK);
    ruby.append(base);
    const rt = this.doc.createElement('rt');
    rt.setAttribute('data-gloss', gloss);
    ruby.append(rt);
    return ruby;
  }
}
