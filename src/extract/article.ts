/**
 * Finds the Arabic article on a news page and extracts its headline, date and body paragraphs, with a map from
 * every character of the extracted text back to the DOM text node it came from. Uses only standard DOM interfaces,
 * so the same code runs on the live page (content script) and on linkedom in Node (the CLI).
 */
import { articleMetadata, type ArticleMetadata } from './metadata';
import { BLOCK_TAGS, SKIP_TAGS, TUNABLES, classWeight, isHidden } from './scoring';

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

const ARABIC = /[\u0621-\u064A\u0671-\u06D3]/g;
const countArabic = (s: string) => s.match(ARABIC)?.length ?? 0;

interface Para {
  el: Element;
  text: string;
  arabic: number;
  linkChars: number;
}

/** Text of an element for scoring (no scripts, styles or hidden parts). */
function visibleText(el: Element, acc: { text: string; link: number }, inLink = false): void {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      const t = child.nodeValue ?? '';
      acc.text += t;
      if (inLink) acc.link += t.trim().length;
    } else if (child.nodeType === 1) {
      const c = child as Element;
      if (SKIP_TAGS.has(c.tagName) || isHidden(c)) continue;
      visibleText(c, acc, inLink || c.tagName === 'A');
    }
  }
}

/** Candidate paragraphs: text blocks with no block children of their own. */
function collectParagraphs(root: Element, out: Para[]): void {
  for (const child of Array.from(root.children)) {
    if (SKIP_TAGS.has(child.tagName) || isHidden(child)) continue;
    const hasBlockChild = Array.from(child.children).some((c) => BLOCK_TAGS.has(c.tagName));
    if (!hasBlockChild && BLOCK_TAGS.has(child.tagName)) {
      const acc = { text: '', link: 0 };
      visibleText(child, acc);
      const text = acc.text.replace(/\s+/g, ' ').trim();
      if (text) out.push({ el: child, text, arabic: countArabic(text), linkChars: acc.link });
    } else {
      collectParagraphs(child, out);
      // loose text directly inside a div/td between block children counts as a paragraph too
      if (hasBlockChild && /^(DIV|TD|SECTION|ARTICLE)$/.test(child.tagName)) {
        const direct = Array.from(child.childNodes)
          .filter((n) => n.nodeType === 3)
          .map((n) => n.nodeValue ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (countArabic(direct) >= TUNABLES.minParagraphLetters) out.push({ el: child, text: direct, arabic: countArabic(direct), linkChars: 0 });
      }
    }
  }
}

/** Scores containers by the Arabic prose their paragraphs hold (Readability-style propagation to ancestors). */
function bestContainer(paras: Para[], body: Element): Element | null {
  const scores = new Map<Element, number>();
  for (const p of paras) {
    if (p.arabic < TUNABLES.minParagraphLetters) continue;
    const linkDensity = p.linkChars / Math.max(1, p.text.length);
    if (linkDensity > TUNABLES.maxLinkDensity) continue;
    const base = Math.min(p.arabic / 100, 3) + 1 + (p.text.match(/[،,.]/g)?.length ?? 0) * 0.3;
    let el: Element | null = p.el.parentElement;
    let depth = 0;
    while (el && depth < 4) {
      const w = depth === 0 ? 1 : depth === 1 ? 0.5 : 1 / (depth * 3);
      scores.set(el, (scores.get(el) ?? 0) + base * w);
      if (el === body) break;
      el = el.parentElement;
      depth++;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const adjusted = s * (1 + classWeight(el) / 25);
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  return best;
}

function isBoilerplate(p: Para, container: Element): boolean {
  if (p.arabic < TUNABLES.minKeptLetters) return true;
  if (p.linkChars / Math.max(1, p.text.length) > TUNABLES.maxLinkDensity) return true;
  for (let el: Element | null = p.el; el && el !== container; el = el.parentElement) {
    if (classWeight(el) <= -25) return true;
  }
  return TUNABLES.boilerplateText.test(p.text);
}

/** Extracts the article, or null when the page has no Arabic article. */
export function extractArticle(doc: Document): ExtractedArticle | null {
  const body = doc.body;
  if (!body) return null;
  const meta = articleMetadata(doc);
  const paras: Para[] = [];
  collectParagraphs(body, paras);
  const container = bestContainer(paras, body);
  if (!container) return null;
  const kept = paras.filter((p) => container.contains(p.el) && !isBoilerplate(p, container));
  const arabicLetters = kept.reduce((n, p) => n + p.arabic, 0);
  if (arabicLetters < TUNABLES.minArticleLetters) return null;
  // the headline: metadata title, unless the body starts with it
  const headline = meta.title && countArabic(meta.title) > 0 ? meta.title : undefined;
  let text = '';
  const pieces: TextPiece[] = [];
  const paragraphs: ExtractedArticle['paragraphs'] = [];
  if (headline && !(kept[0] && kept[0].text.includes(headline))) {
    text = headline;
    const h = findHeadlineElement(doc, headline);
    paragraphs.push({ start: 0, end: text.length, element: h ?? body });
    if (h) mapElementText(h, 0, pieces, headline);
  }
  for (const p of kept) {
    if (text) text += '\n\n';
    const start = text.length;
    text += appendMapped(p.el, start, pieces);
    paragraphs.push({ start, end: text.length, element: p.el });
  }
  return { ...meta, title: headline ?? meta.title, text, paragraphs, pieces, arabicLetters };
}

function findHeadlineElement(doc: Document, headline: string): Element | null {
  for (const h of Array.from(doc.querySelectorAll('h1, h2'))) {
    if ((h.textContent ?? '').replace(/\s+/g, ' ').trim() === headline) return h;
  }
  return null;
}

/** Appends an element's visible text with whitespace collapsed, recording where each run came from. */
function appendMapped(el: Element, offset: number, pieces: TextPiece[]): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
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
        if (SKIP_TAGS.has(c.tagName) || isHidden(c)) continue;
        if (c.tagName === 'BR' && out && !out.endsWith(' ')) out += ' ';
        walk(c);
      }
    }
  };
  walk(el);
  // trailing space
  while (out.endsWith(' ')) out = out.slice(0, -1);
  return out;
}

function mapElementText(el: Element, offset: number, pieces: TextPiece[], expected: string): void {
  const mapped: TextPiece[] = [];
  const text = appendMapped(el, offset, mapped);
  if (text === expected) pieces.push(...mapped);
}
