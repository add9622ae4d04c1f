/**
 * Pages with more than one article: infinite scroll appends the next story below the one the page is about, each in
 * its own `<article>`. The container is then narrowed to one of them: the one headed by the page's title, else the
 * first (the page's own story comes before what is appended to it).
 */
import { isProse } from './container';
import type { Para } from './paragraphs';
import { TUNABLES } from './scoring';

const UNIT_SELECTOR = 'article, [itemprop="articleBody"]';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The one article among several that `container` holds or lies in, or `container` itself. */
export function articleUnit(
  container: Element,
  paras: Para[],
  body: Element,
  title: string | undefined,
  inFurniture?: (el: Element) => boolean,
): Element {
  const letters = new Map<Element, number>();
  for (const p of paras) {
    if (!isProse(p) || inFurniture?.(p.el)) continue;
    const unit = p.el.closest(UNIT_SELECTOR);
    // only outermost units: an articleBody inside an <article> is the same story
    let outer = unit;
    for (let u = unit?.parentElement?.closest(UNIT_SELECTOR) ?? null; u; u = u.parentElement?.closest(UNIT_SELECTOR) ?? null) outer = u;
    if (outer && body.contains(outer)) letters.set(outer, (letters.get(outer) ?? 0) + p.arabic);
  }
  const units = [...letters].filter(([, n]) => n >= TUNABLES.minArticleLetters).map(([u]) => u);
  if (units.length < 2) return container;
  const related = units.filter((u) => u.contains(container) || container.contains(u));
  if (related.length === 0) return container;
  const wanted = title ? squash(title) : '';
  const headed = units.find((u) =>
    Array.from(u.querySelectorAll('h1, h2')).some((h) => {
      const text = squash(h.textContent ?? '');
      return text.length > 0 && wanted.length > 0 && (wanted.includes(text) || text.includes(wanted));
    }),
  );
  const unit = headed ?? units[0]!;
  // the container inside the chosen story stays; one inside another story, or around several, gives way to it
  return unit.contains(container) ? container : unit;
}
