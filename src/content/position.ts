/** Places the tooltip below the word (above when there is no room), always inside the viewport. */
const MARGIN = 8;
const GAP = 6;

export function placeTooltip(el: HTMLElement, word: DOMRect, win: Window): void {
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  const { width, height } = el.getBoundingClientRect();
  let top = word.bottom + GAP;
  if (top + height > vh - MARGIN && word.top - GAP - height >= MARGIN) top = word.top - GAP - height;
  top = Math.max(MARGIN, Math.min(top, vh - height - MARGIN));
  // align the tooltip's right edge with the word's right edge (Arabic reads from the right)
  let left = word.right - width;
  left = Math.max(MARGIN, Math.min(left, vw - width - MARGIN));
  el.style.top = `${Math.round(top)}px`;
  el.style.left = `${Math.round(left)}px`;
}
