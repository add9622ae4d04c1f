/**
 * "Interlinear gloss": a short English gloss under each word of the article, as ruby — <ruby>word<rt></rt></ruby>
 * with the English in an attribute that CSS draws, so no English text enters the page (the article watcher, the hover
 * hit-test and a copy of the text see only the Arabic). Each text node is replaced by its parts (split-text.ts), a
 * paragraph at a time as its glosses arrive, in short slices; off puts the page's own nodes back.
 */
import type { TextPiece } from '../../extract/article';
import { request } from '../../shared/client';
import { MAX_GLOSS_TEXT } from '../../shared/aids-site';
import type { GlossSpan } from '../../shared/messages';
import type { ArticleState } from '../article-watch';
import { adoptStyles } from '../page-styles';
import { runPaced } from '../sliced';
import { splitText, unsplitText, type Cut } from '../split-text';
import { pagePoint, pieceIndexAt } from '../text-map';

const MARK = 'gloss';
const BATCH_CHARS = 3000;
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
 * The article text in messages of whole paragraphs, up to BATCH_CHARS together (a few round trips for a long article,
 * yet the first glosses soon); a paragraph longer than MAX_GLOSS_TEXT is cut at a space.
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

export class InterlinearGloss {
  /** the page's text nodes now replaced by glossed parts, in the order they were */
  private split: Text[] = [];
  /** the extraction glossed or being glossed (null: none), and the pass doing it */
  private target: ArticleState['extracted'] | null = null;
  private pass: Promise<boolean> = Promise.resolve(false);
  /** bumped by every new pass, so a superseded one stops at its next step */
  private run = 0;
  /** the glosses of each batch of one article, kept for turning the aid off and on again */
  private cache: { key: string; batches: Map<number, GlossSpan[]> } | null = null;

  constructor(private readonly doc: Document) {}

  /**
   * Glosses the article (on) or puts the page's nodes back (off, or another article). Resolves true when this pass
   * changed the page and ran to its end (the caller redraws what was drawn on the old nodes), false when superseded.
   */
  apply(s: ArticleState | null, on: boolean): Promise<boolean> {
    const want = on && s ? s : null;
    if (want?.extracted === this.target || (!want && !this.target && !this.split.length)) return this.pass;
    const run = ++this.run;
    this.target = want?.extracted ?? null;
    this.pass = this.go(run, want).catch(() => false);
    return this.pass;
  }

  private async go(run: number, s: ArticleState | null): Promise<boolean> {
    const live = () => run === this.run;
    const win = this.doc.defaultView;
    if (!win) return false;
    if (this.split.length) await runPaced(this.restoreSteps(live), win, NODES_PER_FRAME);
    if (!s || !live()) return live();
    adoptStyles(this.doc, GLOSS_CSS);
    const batches = glossBatches(s.extracted.text, s.extracted.paragraphs);
    // the next batch is asked for while this one is wrapped
    let next = batches.length ? this.glosses(s, 0, batches[0]!) : null;
    for (let i = 0; next; i++) {
      const glosses = await next;
      next = i + 1 < batches.length ? this.glosses(s, i + 1, batches[i + 1]!) : null;
      if (!live()) return false;
      if (glosses.length) await runPaced(this.wrapSteps(s.extracted.pieces, batches[i]!.start, glosses, live), win, NODES_PER_FRAME);
      if (!live()) return false;
    }
    return true;
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
