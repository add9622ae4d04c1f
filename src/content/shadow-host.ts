/**
 * The extension's single addition to a page: one host element on <html> with a shadow root, where the
 * tooltip and the panel live. Styles go in through adoptedStyleSheets where supported (not blocked by page CSP),
 * else a <style> inside the shadow root.
 */

import { SHADOW_MODE } from './shadow-mode';

export interface ShadowLayer {
  host: HTMLElement;
  root: ShadowRoot;
  /** container the views render into; carries the theme class */
  layer: HTMLElement;
  /** false until the host exists (it is created lazily, on first use) */
  created(): boolean;
}

const HOST_TAG = 'tarjuman-root';

/** Our host element with its shadow root (closed as shipped: shadow-mode.ts); a plain <div> when the page defined our tag name as its own element. */
function hostWithRoot(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  try {
    const host = doc.createElement(HOST_TAG);
    return { host, root: host.attachShadow({ mode: SHADOW_MODE }) };
  } catch {
    // a custom element of the page's, named like ours, that took the shadow root in its constructor
    const host = doc.createElement('div');
    host.setAttribute('data-tarjuman', 'layer');
    return { host, root: host.attachShadow({ mode: SHADOW_MODE }) };
  }
}

export function createShadowLayer(doc: Document, css: string): ShadowLayer {
  const { host, root } = hostWithRoot(doc);
  // inline styles via CSSOM: allowed under strict CSP, and the page's CSS cannot reach inside
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('top', '0', 'important');
  host.style.setProperty('left', '0', 'important');
  host.style.setProperty('width', '0', 'important');
  host.style.setProperty('height', '0', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  let adopted = false;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    adopted = true;
  } catch {
    adopted = false;
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }
  const layer = doc.createElement('div');
  layer.className = 'layer auto';
  root.appendChild(layer);
  doc.documentElement.appendChild(host);
  return { host, root, layer, created: () => true };
}

/** Re-attaches the host if a page script removed it (SPAs that rebuild <html> children). */
export function ensureAttached(l: ShadowLayer): void {
  if (!l.host.isConnected) l.host.ownerDocument.documentElement.appendChild(l.host);
}
