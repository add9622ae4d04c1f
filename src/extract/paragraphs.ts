/**
 * Splits a page into candidate paragraphs: runs of inline content between blocks and line breaks. A `<p>` is one run;
 * so is each `<br>`-separated line of loose text in a `<div>`, so a "read also" link between two lines is judged on
 * its own instead of hiding inside a long paragraph.
 */
import { BLOCK_SELECTOR, BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS, TUNABLES, isEditable, isHidden } from './scoring';

export interface Para {
  /** the element whose children hold the run: a `<p>`, or a `<div>` of loose text */
  el: Element;
  /** the run: children of `el`, in order */
  nodes: Node[];
  /** first element credited with this paragraph's score: the parent of a whole block, `el` itself for loose text */
  scoreFrom: Element | null;
  text: string;
  arabic: number;
  /** characters inside links */
  linkChars: number;
  /** the address of the link that is the whole run, if one is; '' otherwise */
  href: string;
  heading: boolean;
}

const ARABIC = /[\u0621-\u064A\u0671-\u06D3]/g;
export const countArabic = (s: string) => s.match(ARABIC)?.length ?? 0;
export const linkDensity = (p: Para) => p.linkChars / Math.max(1, p.text.length);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Whether `el` is a link: an `<a>` with an address (`<a name>` is an anchor, and old pages leave them open). */
const isLink = (el: Element) => el.tagName === 'A' && (el.getAttribute('href') ?? '').trim() !== '';

// Text lengths of forms and links, asked once per element: the walk asks again for every block inside.
const textLengths = new WeakMap<Element, number>();
function textLength(el: Element): number {
  let n = textLengths.get(el);
  if (n === undefined) {
    n = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    textLengths.set(el, n);
  }
  return n;
}

/**
 * A form is a widget (search box, comment form, newsletter) unless it wraps the page: ASP.NET sites put the whole page
 * in one form, and broken markup nests forms around the article.
 */
const isWidgetForm = (el: Element) => el.tagName === 'FORM' && textLength(el) <= TUNABLES.maxWidgetFormChars;

export const isSkipped = (el: Element) => SKIP_TAGS.has(el.tagName) || isWidgetForm(el) || isHidden(el) || isEditable(el);

/**
 * Whether a block is navigation because a link encloses it: a link around a card or a teaser is; a link around a whole
 * article is an `<a>` left open before it, and only links inside the block count then.
 */
function insideLink(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (isLink(e)) return textLength(e) <= TUNABLES.maxCardLinkChars;
  }
  return false;
}

/** A block, or an inline element wrapping blocks (`<a><figure>…`, or a `<b>` left open around paragraphs). */
function isStructural(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName) || el.querySelector(BLOCK_SELECTOR) !== null;
}

/** Visible text of a run and how much of it is link text (no scripts, styles or hidden parts). */
function runText(nodes: Node[], inLink: boolean): { text: string; link: number; href: string } {
  const acc = { text: '', link: 0, href: '' };
  const visit = (node: Node, linked: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.nodeValue ?? '';
      acc.text += t;
      if (linked) acc.link += t.replace(/\s+/g, ' ').trim().length;
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (isSkipped(el)) return;
      if (el.tagName === 'BR') acc.text += ' ';
      if (isLink(el) && !linked) acc.href = el.getAttribute('href') ?? '';
      for (const child of Array.from(el.childNodes)) visit(child, linked || isLink(el));
    }
  };
  for (const n of nodes) visit(n, inLink);
  return acc;
}

function makePara(el: Element, nodes: Node[], scoreFrom: Element | null): Para | null {
  const acc = runText(nodes, insideLink(el));
  const text = acc.text.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const arabic = countArabic(text);
  const href = acc.link >= text.length * 0.9 ? acc.href : '';
  return { el, nodes, scoreFrom, text, arabic, linkChars: acc.link, heading: HEADING_TAGS.has(el.tagName), href };
}

/** One element being walked: its children, which of them are blocks, and the inline run gathered so far. */
interface WalkFrame {
  el: Element;
  children: Node[];
  structural: Set<Element>;
  scoreFrom: Element | null;
  run: Node[];
  next: number;
}

function walkFrame(el: Element): WalkFrame {
  const children = Array.from(el.childNodes);
  const structural = new Set(
    children.filter((c): c is Element => c.nodeType === ELEMENT_NODE && !isSkipped(c as Element) && isStructural(c as Element)),
  );
  const mixed = structural.size > 0;
  return { el, children, structural, scoreFrom: mixed ? el : el.parentElement, run: [], next: 0 };
}

function flush(f: WalkFrame, out: Para[]): void {
  const p = f.run.length ? makePara(f.el, f.run, f.scoreFrom) : null;
  if (p) out.push(p);
  f.run = [];
}

/**
 * Candidate paragraphs of `root`, in reading order. The walk keeps its own stack rather than recursing: pages nest
 * elements thousands of levels deep, past what the call stack holds.
 */
export function collectParagraphs(root: Element): Para[] {
  return drain(collectParagraphsSteps(root));
}

/** Nodes walked between two pauses of the resumable walk (a few milliseconds of work). */
const NODES_PER_STEP = 2000;

/** The same walk, pausing (yield) every few thousand nodes so a caller can spread it over several tasks. */
export function* collectParagraphsSteps(root: Element): Generator<void, Para[]> {
  const out: Para[] = [];
  const stack = [walkFrame(root)];
  let steps = 0;
  while (stack.length) {
    if (++steps % NODES_PER_STEP === 0) yield;
    const f = stack[stack.length - 1]!;
    const child = f.children[f.next++];
    if (!child) {
      flush(f, out);
      stack.pop();
    } else if (child.nodeType === TEXT_NODE) f.run.push(child);
    else if (child.nodeType === ELEMENT_NODE) {
      const c = child as Element;
      if (c.tagName === 'BR') flush(f, out);
      else if (f.structural.has(c)) {
        flush(f, out);
        stack.push(walkFrame(c));
      } else if (!isSkipped(c)) f.run.push(c);
    }
  }
  unrepeatLinks(out);
  return out;
}

/**
 * An `<a>` left open inside a paragraph is repeated by the browser's parser into every paragraph after it (the
 * "reconstruction of active formatting elements"), so a saved or live page shows the article as paragraphs that are
 * each one link to the same address. Prose-length paragraphs sharing one such address are text, not navigation:
 * a list of teasers links each to its own story.
 */
function unrepeatLinks(paras: Para[]): void {
  const prose = paras.filter(
    (p) => p.href && !p.href.startsWith('#') && !/^javascript:/i.test(p.href) && p.arabic >= TUNABLES.minParagraphLetters,
  );
  const counts = new Map<string, number>();
  for (const p of prose) counts.set(p.href, (counts.get(p.href) ?? 0) + 1);
  for (const p of prose) if ((counts.get(p.href) ?? 0) >= TUNABLES.minRepeatedLinkParas) p.linkChars = 0;
}

/** Runs a resumable step generator to its end in one go. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
