/**
 * The hover glossary inside the reader: the content script's tooltip (same component, same shadow-root styles) shown
 * for the reader's own word elements, looked up with their sentence as context. Stale replies are dropped by request
 * id. The pointer may move from the word onto the tooltip (to click a root) before it closes.
 */
import type { i18n } from 'i18next';
import { createShadowLayer, type ShadowLayer } from '../content/shadow-host';
import { TooltipView } from '../content/tooltip-view';
import { TOOLTIP_CSS } from '../content/tooltip/styles';
import { request } from '../shared/client';
import type { Theme } from '../shared/settings';

const HIDE_DELAY_MS = 250;

export class ReaderGlossary {
  private readonly layer: ShadowLayer;
  private readonly view: TooltipView;
  private requestId = 0;
  private hideTimer = 0;
  /** the word element shown or being looked up */
  private word: Element | null = null;
  /**
   * the word closed with Esc: it stays closed while the pointer rests on it (the browser repeats mouseover on the
   * element under a still pointer when the page re-renders around it), until the pointer goes to another word
   */
  private dismissed: Element | null = null;

  constructor(
    private readonly doc: Document,
    theme: Theme,
    i18n: i18n,
  ) {
    this.layer = createShadowLayer(doc, TOOLTIP_CSS);
    this.view = new TooltipView(doc, this.layer, theme, i18n);
  }

  get open(): boolean {
    return this.view.open;
  }

  configure(theme: Theme, i18n: i18n): void {
    this.view.configure(theme, i18n);
  }

  /** True when the event target is the tooltip (its host, after shadow retargeting). */
  owns(target: EventTarget | null): boolean {
    return this.view.owns(target);
  }

  /** The article's own page, which a word saved from the reader points back to. */
  setSource(url: string, title: string): void {
    this.view.source = { url, title };
  }

  /**
   * Looks up the word at `offset` of `context` and shows the tooltip under `el`; a word closed with Esc only when
   * `asked` (chosen with the keyboard, not met again by a resting pointer).
   */
  async show(el: Element, context: string, offset: number, asked = false): Promise<void> {
    this.cancelHide();
    if ((el === this.word && this.view.open) || (el === this.dismissed && !asked)) return;
    this.dismissed = null;
    this.word = el;
    this.view.context = context;
    const id = ++this.requestId;
    const r = await request('lookup', { context, offset });
    if (id !== this.requestId) return;
    if (!r.ok || !r.value) {
      this.view.hide();
      return;
    }
    this.view.show(r.value, () => el.getBoundingClientRect());
  }

  /** Closes the tooltip after a short delay, so the pointer can reach it; show() cancels. */
  hideSoon(): void {
    this.dismissed = null;
    if (this.hideTimer) return;
    this.hideTimer = window.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  /** Closes the tooltip on Esc: the word it was for stays closed until the pointer leaves it. */
  dismiss(): void {
    const word = this.word;
    this.hide();
    this.dismissed = word;
  }

  hide(): void {
    this.cancelHide();
    this.requestId++;
    this.word = null;
    this.view.hide();
  }

  nextReading(): boolean {
    return this.view.nextReading();
  }

  copy(): void {
    this.view.copy();
  }

  /** Keeps the tooltip by its word after a scroll; closes it when the word has left the viewport. */
  reposition(): void {
    if (this.view.open && !this.view.reposition()) this.hide();
  }

  destroy(): void {
    this.hide();
    this.layer.host.remove();
  }
}
