/**
 * Chooses the element that holds the article: paragraphs of Arabic prose score their ancestors (Readability-style
 * propagation), class and id names scale the scores, and the winner may give way to a parent that scores higher, which
 * is how a live blog's list of updates beats its single longest update.
 */
import { linkDensity, type Para } from './paragraphs';
import { BLOCK_TAGS, TUNABLES, classWeight, isFurniture } from './scoring';

// A wrapper named like furniture ("site has-sidebar") that holds the headline or the main landmark is the page's frame.
const FRAME_MARKERS = 'h1, main, [role="main"], [itemprop="articleBody"]';

/**
 * Whether an element lies inside furniture (comments, sidebar, related list…) below `body`; memoised per call. It climbs
 * in a loop, not by recursion: pages nest elements thousands of levels deep.
 */
export function furnitureTest(body: Element): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (start: Element | null): boolean => {
    const unknown: Element[] = [];
    let inside = false;
    for (let el = start; el && el !== body; el = el.parentElement) {
      const known = memo.get(el);
      if (known !== undefined) {
        inside = known;
        break;
      }
      unknown.push(el);
    }
    // from the outermost down: an element is inside furniture when its parent is, or it is furniture itself
    for (let i = unknown.length - 1; i >= 0; i--) {
      const el = unknown[i]!;
      inside = inside || (isFurniture(el) && !el.querySelector(FRAME_MARKERS));
      memo.set(el, inside);
    }
    return inside;
  };
}

/** Prose worth scoring: enough Arabic, mostly not link text. */
export const isProse = (p: Para) => p.arabic >= TUNABLES.minParagraphLetters && linkDensity(p) <= TUNABLES.maxLinkDensity;

/** Readability's share for an ancestor `depth` levels above the paragraph's first scored element. */
const depthShare = (depth: number) => (depth === 0 ? 1 : depth === 1 ? 0.5 : 1 / (depth * 3));

/** The best container for the article among `paras`, skipping paragraphs inside furniture when `inFurniture` is given. */
export function bestContainer(paras: Para[], body: Element, inFurniture?: (el: Element) => boolean): Element | null {
  const raw = new Map<Element, number>();
  for (const p of paras) {
    if (!isProse(p) || inFurniture?.(p.el)) continue;
    const base = Math.min(p.arabic / 100, 3) + 1 + (p.text.match(/[،,.]/g)?.length ?? 0) * 0.3;
    let el = p.scoreFrom;
    for (let depth = 0; el && depth < 4; depth++) {
      raw.set(el, (raw.get(el) ?? 0) + base * depthShare(depth));
      if (el === body) break;
      el = el.parentElement;
    }
  }
  const score = (el: Element) => (raw.get(el) ?? 0) * Math.max(0, 1 + classWeight(el) / 25);
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of raw.keys()) {
    const s = score(el);
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;
  // Climb while parents keep a fair share of the score; a parent scoring above its child gathers more of the article.
  let last = bestScore;
  for (let parent = best.parentElement; parent && best !== body; parent = parent.parentElement) {
    if (!raw.has(parent)) continue;
    const s = score(parent);
    if (s < last * TUNABLES.parentScoreFloor) break;
    if (s > last) return blockAround(parent, body);
    last = s;
    if (parent === body) break;
  }
  return blockAround(best, body);
}

/**
 * A paragraph or an inline element (`<font>`, `<b>`) holds blocks only in broken markup, where unclosed elements nest
 * the later paragraphs inside the earlier ones: the article is the block around it.
 */
function blockAround(el: Element, body: Element): Element {
  let out = el;
  while (out !== body && (out.tagName === 'P' || !BLOCK_TAGS.has(out.tagName)) && out.parentElement) out = out.parentElement;
  return out;
}
