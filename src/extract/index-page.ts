/**
 * Tells a section front (a list of headlines with teasers) from an article. Both can hold plenty of Arabic prose;
 * on a section front each prose block sits alone in a small item (a card) next to a headline that links elsewhere.
 */
import { isProse } from './container';
import { linkDensity, type Para } from './paragraphs';
import { TUNABLES } from './scoring';

const isLinkedHeadline = (p: Para) => p.arabic >= TUNABLES.minHeadlineLetters && linkDensity(p) > TUNABLES.maxLinkDensity;

/** Whether the prose of `container` is mostly teasers, each alone in an item with a linked headline. */
export function looksLikeIndex(container: Element, paras: Para[]): boolean {
  const prose = new Map<Element, number>();
  const headlines = new Map<Element, number>();
  const items = (p: Para): Element[] => {
    const out: Element[] = [];
    for (let el = p.el.parentElement; el && out.length < TUNABLES.teaserItemDepth && container.contains(el); el = el.parentElement)
      out.push(el);
    return out;
  };
  const proseParas = paras.filter(isProse);
  for (const p of proseParas) for (const el of items(p)) prose.set(el, (prose.get(el) ?? 0) + 1);
  for (const p of paras.filter(isLinkedHeadline)) for (const el of items(p)) headlines.set(el, (headlines.get(el) ?? 0) + 1);
  const teasers = proseParas.filter((p) => items(p).some((el) => prose.get(el) === 1 && (headlines.get(el) ?? 0) > 0)).length;
  return teasers >= TUNABLES.minIndexTeasers && teasers >= proseParas.length * TUNABLES.indexTeaserShare;
}
