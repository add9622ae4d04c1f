/**
 * Elements coming near the screen: an aid that changes the page works only where the reader is, since every change
 * to a long article's text costs the browser a layout, and a whole 25,000-word article laid out again frame after
 * frame is seconds of a frozen page.
 */

/** how far around the screen counts as near: one screen height above and below, so a scroll finds its text ready */
const MARGIN = '100% 0px';

/**
 * Calls `onNear` with the elements (of `elements`) that are near the screen now, then with more as scrolling brings
 * them near; each element once. Returns the function that stops watching. Without IntersectionObserver every element
 * is near at once.
 */
export function watchNearScreen(win: Window, elements: readonly Element[], onNear: (near: Element[]) => void): () => void {
  const Observer = (win as unknown as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  if (!Observer) {
    onNear([...elements]);
    return () => undefined;
  }
  const observer = new Observer(
    (entries) => {
      const near = entries.filter((e) => e.isIntersecting).map((e) => e.target);
      for (const el of near) observer.unobserve(el);
      if (near.length) onNear(near);
    },
    { rootMargin: MARGIN },
  );
  for (const el of new Set(elements)) observer.observe(el);
  return () => observer.disconnect();
}
