/**
 * Finds the Arabic article on a news page and extracts its headline, date and body paragraphs, with a map from
 * every character of the extracted text back to the DOM text node it came from. Uses only standard DOM interfaces,
 * so the same code runs on the live page (content script) and on linkedom in Node (the CLI).
 */
import { articleUnit } from './article-unit';
import { bestContainer, furnitureTest } from './container';
import { looksLikeIndex } from './index-page';
import { articleMetadata, type ArticleMetadata } from './metadata';
import { collectParagraphsSteps, countArabic, drain, isSkipped, linkDensity, type Para } from './paragraphs';
import { TUNABLES, isEditable, isFurniture } from './scoring';

export interface TextPiece {
  /** [start, end) in the extracted text */
  start: number;
  end: number;
  node: Text;
  /** offset of `start` inside the node's data */
  nodeOffset: number;
}

export interface ExtractedArticle extends ArticleMetadata {
  /** headline, then paragraphs, separated by blank lines */
  text: string;
  /** [start, end) of each paragraph in `text` (the headline is the first when present) */
  paragraphs: Array<{ start: number; end: number; element: Element }>;
  pieces: TextPiece[];
  /** Arabic letters in the body */
  arabicLetters: number;
}

function inFurnitureBelow(el: Element, container: Element): boolean {
  for (let e: Element | null = el; e && e !== container; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}

/** A short line in a byline or dateline element ("by …", "published …"): metadata, which the reader shows apart. */
function isByline(p: Para, container: Element): boolean {
  if (p.arabic >= TUNABLES.maxBylineLetters) return false;
  for (let e: Element | null = p.el; e && e !== container; e = e.parentElement) {
    if (TUNABLES.bylineClass.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/** Paragraphs of the container that read as article text: Arabic, not navigation, not inside furniture. */
function keptParagraphs(paras: Para[], container: Element): Para[] {
  const kept = paras.filter(
    (p) =>
      container.contains(p.el) &&
      p.arabic >= TUNABLES.minKeptLetters &&
      linkDensity(p) <= TUNABLES.maxLinkDensity &&
      !inFurnitureBelow(p.el, container) &&
      !isByline(p, container) &&
      !TUNABLES.boilerplateText.test(p.text),
  );
  // a heading with no text of its own after it introduces a list that was dropped ("related topics")
  return kept.filter((p, i) => !p.heading || (kept[i + 1] !== undefined && !kept[i + 1]?.heading));
}

/**
 * The article's paragraphs, or null for a page with too little Arabic prose or a section front. Each pass over the
 * page's paragraphs is a step of its own (yield): on a long page one pass is a few milliseconds, the whole a few tens.
 */
function* findArticleSteps(paras: Para[], body: Element, title: string | undefined): Generator<void, Para[] | null> {
  let filter: ((el: Element) => boolean) | undefined = furnitureTest(body);
  let container = bestContainer(paras, body, filter);
  yield;
  // All prose inside furniture: the site names its article wrapper like furniture, so try again unfiltered. Only
  // then: a short article must not give way to its long comments.
  if (!container) {
    filter = undefined;
    container = bestContainer(paras, body);
    yield;
  }
  if (!container) return null;
  container = articleUnit(container, paras, body, title, filter);
  yield;
  const kept = keptParagraphs(paras, container);
  if (kept.reduce((n, p) => n + p.arabic, 0) < TUNABLES.minArticleLetters) return null;
  yield;
  const scope = container;
  const inside = paras.filter((p) => scope.contains(p.el) && !(filter?.(p.el) ?? false));
  return looksLikeIndex(container, inside) ? null : kept;
}

/** Extracts the article, or null when the page has no Arabic article. */
export function extractArticle(doc: Document): ExtractedArticle | null {
  return drain(extractArticleSteps(doc));
}

/**
 * The same extraction as resumable steps: it pauses (yield) during the walks over the page, so the content script
 * can spread a 50,000-word page over several short tasks instead of freezing it.
 */
export function* extractArticleSteps(doc: Document): Generator<void, ExtractedArticle | null> {
  const body = pageBody(doc);
  // a whole document being edited (designMode, or an editor's own frame) has no article to read
  if (!body || (doc as { designMode?: string }).designMode === 'on' || isEditable(body) || isEditable(doc.documentElement)) return null;
  const { titleSource, ...meta } = articleMetadata(doc);
  const paras = yield* collectParagraphsSteps(body);
  yield;
  const kept = yield* findArticleSteps(paras, body, meta.title);
  if (!kept) return null;
  const arabicLetters = kept.reduce((n, p) => n + p.arabic, 0);
  const opening = titleSource === 'document' ? openingHeading(doc, kept) : null;
  // the headline: metadata title, unless the body starts with it
  const title = opening ? squash(opening.textContent ?? '') : meta.title;
  const headline = title && countArabic(title) > 0 ? title : undefined;
  let text = '';
  const pieces: TextPiece[] = [];
  const paragraphs: ExtractedArticle['paragraphs'] = [];
  if (headline && !(kept[0] && kept[0].text.includes(headline))) {
    text = headline;
    const h = opening ?? findHeadlineElement(doc, headline);
    paragraphs.push({ start: 0, end: text.length, element: h ?? body });
    if (h) mapElementText(h, 0, pieces, headline);
  }
  let sinceYield = 0;
  for (const p of kept) {
    if (text) text += '\n\n';
    const start = text.length;
    text += appendMapped(p.nodes, start, pieces);
    paragraphs.push({ start, end: text.length, element: p.el });
    // a pause every ~20,000 characters mapped
    sinceYield += text.length - start;
    if (sinceYield > 20000) {
      sinceYield = 0;
      yield;
    }
  }
  return { ...meta, title: headline ?? meta.title, text, paragraphs, pieces, arabicLetters };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The element holding the page's content. Broken markup (a stray <body> in the head, two bodies) can leave
 * document.body empty in some parsers while the text sits in another body element: take the one with the most text.
 */
function pageBody(doc: Document): Element | null {
  const body = doc.body;
  if (body && body.children.length > 0) return body;
  let best: Element | null = body;
  let most = body?.textContent?.length ?? 0;
  for (const b of Array.from(doc.querySelectorAll('body'))) {
    const n = b.textContent?.length ?? 0;
    if (n > most) {
      best = b;
      most = n;
    }
  }
  return best ?? doc.documentElement;
}

/**
 * The heading that opens the article when the page names it nowhere else (no structured data, no h1): the first kept
 * paragraph when it is a heading, else the last h2/h3 before it.
 */
function openingHeading(doc: Document, kept: Para[]): Element | null {
  const first = kept[0];
  if (!first) return null;
  if (first.heading) return first.el;
  let found: Element | null = null;
  for (const h of Array.from(doc.querySelectorAll('h2, h3'))) {
    if (!comesBefore(h, first.el)) break;
    if (countArabic(h.textContent ?? '') >= TUNABLES.minKeptLetters && !h.querySelector('a')) found = h;
  }
  return found;
}

/**
 * Whether `a` comes before `b` in document order and does not contain it. Worked out from the ancestor chains, not
 * with compareDocumentPosition, which linkedom (the CLI's DOM) answers wrongly for some siblings.
 */
function comesBefore(a: Element, b: Element): boolean {
  const chain = (el: Element) => {
    const out: Element[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) out.unshift(e);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  const x = ca[i];
  const y = cb[i];
  if (!x || !y) return false; // one holds the other
  const siblings = Array.from(x.parentElement?.children ?? []);
  return siblings.indexOf(x) < siblings.indexOf(y);
}

function findHeadlineElement(doc: Document, headline: string): Element | null {
  for (const h of Array.from(doc.querySelectorAll('h1, h2'))) {
    if ((h.textContent ?? '').replace(/\s+/g, ' ').trim() === headline) return h;
  }
  return null;
}

/** Appends the visible text of nodes with whitespace collapsed, recording where each run came from. */
function appendMapped(nodes: Node[], offset: number, pieces: TextPiece[]): string {
  let out = '';
  const walk = (children: Node[]) => {
    for (const child of children) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        const re = /\S+|\s+/g;
        for (let m = re.exec(data); m; m = re.exec(data)) {
          if (/^\s/.test(m[0])) {
            if (out && !out.endsWith(' ')) out += ' ';
          } else {
            pieces.push({ start: offset + out.length, end: offset + out.length + m[0].length, node: child as Text, nodeOffset: m.index });
            out += m[0];
          }
        }
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (isSkipped(c)) continue;
        if (c.tagName === 'BR' && out && !out.endsWith(' ')) out += ' ';
        walk(Array.from(c.childNodes));
      }
    }
  };
  walk(nodes);
  // trailing space
  while (out.endsWith(' ')) out = out.slice(0, -1);
  return out;
}

function mapElementText(el: Element, offset: number, pieces: TextPiece[], expected: string): void {
  const mapped: TextPiece[] = [];
  const text = appendMapped(Array.from(el.childNodes), offset, mapped);
  if (text === expected) pieces.push(...mapped);
}
