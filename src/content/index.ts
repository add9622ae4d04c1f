/** Content script entry: starts Tarjuman on the page, once per frame; nothing thrown reaches the page console. */
import { Page } from './page';

const FLAG = '__tarjumanStarted';

function boot(): void {
  const w = window as unknown as Record<string, unknown>;
  if (w[FLAG]) return;
  w[FLAG] = true;
  // only HTML documents (not SVG/XML viewers)
  if (!(document.documentElement instanceof HTMLElement)) return;
  new Page(document).start().catch(() => undefined);
}

try {
  boot();
} catch {
  // never break the page
}
