/**
 * The hover glossary: pointer → word under it → lookup in the service worker → tooltip in the shadow root.
 * Stale replies are dropped by request id; the same word hovered again is served from a small cache.
 */
import type { i18n } from 'i18next';
import { h, render } from 'preact';
import { passageLanguage } from '../core/language';
import { request } from '../shared/client';
import type { LookupResult, RootWord } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { setHighlight } from './highlights';
import { wordAtPoint, type WordHit } from './hit-test';
import { placeTooltip } from './position';
import { ensureAttached, type ShadowLayer } from './shadow-host';
import { Tooltip } from './tooltip/Tooltip';

const CACHE_LIMIT = 500;
const HIDE_DELAY_MS = 250;
const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

export class HoverController {
  private requestId = 0;
  private hit: WordHit | null = null;
  private result: LookupResult | null = null;
  private active = 0;
  private rootWords: { root: string; words: RootWord[] } | null = null;
  private note: string | undefined;
  private readonly cache = new Map<string, LookupResult | null>();
  private frame = 0;
  private hideTimer = 0;
  private lastEvent: PointerEvent | null = null;
  private readonly container: HTMLElement;

  constructor(
    private readonly doc: Document,
    private readonly layer: ShadowLayer,
    private settings: Settings,
    private i18n: i18n,
  ) {
    this.container = doc.createElement('div');
  }

  start(): void {
    this.doc.addEventListener('pointermove', this.onPointerMove, { capture: true, passive: true });
    this.doc.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  stop(): void {
    this.doc.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    this.doc.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
    this.hide();
  }

  updateSettings(s: Settings, i18n: i18n): void {
    this.settings = s;
    this.i18n = i18n;
    this.applyTheme();
    if (!s.enabled) this.hide();
    else if (this.result) this.paint();
  }

  private applyTheme(): void {
    if (this.layer.created()) this.layer.layer.className = `layer ${this.settings.theme}`;
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    this.lastEvent = e;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const ev = this.lastEvent;
      if (ev) this.process(ev);
    });
  };

  private readonly onScroll = (): void => {
    if (this.result) this.hide();
  };

  private modifierHeld(e: PointerEvent): boolean {
    switch (this.settings.modifier) {
      case 'none':
        return true;
      case 'shift':
        return e.shiftKey;
      case 'alt':
        return e.altKey;
      case 'ctrl':
        return e.ctrlKey;
    }
  }

  private process(e: PointerEvent): void {
    if (!this.settings.enabled) return;
    // over our own tooltip: keep it
    if (this.layer.created() && e.composedPath().includes(this.layer.host)) {
      this.cancelHide();
      return;
    }
    if (!this.modifierHeld(e)) {
      this.scheduleHide();
      return;
    }
    const target = e.target as Element | null;
    if (!this.settings.hoverInInputs && target && typeof target.closest === 'function' && target.closest(EDITABLE)) return;
    let hit: WordHit | null = null;
    try {
      hit = wordAtPoint(this.doc, e.clientX, e.clientY);
    } catch {
      hit = null; // exotic documents (SVG, XML): no word
    }
    if (!hit) {
      this.scheduleHide();
      return;
    }
    if (this.hit && this.hit.context === hit.context && this.hit.offset === hit.offset) {
      this.cancelHide();
      return;
    }
    if (!this.settings.otherArabicScript && passageLanguage(hit.context) !== 'ar') {
      this.scheduleHide();
      return;
    }
    this.cancelHide();
    this.hit = hit;
    void this.lookup(hit);
  }

  private async lookup(hit: WordHit): Promise<void> {
    const id = ++this.requestId;
    const key = `${hit.offset}|${hit.context}`;
    let result = this.cache.get(key);
    if (result === undefined) {
      const reply = await request('lookup', { context: hit.context, offset: hit.offset });
      if (id !== this.requestId) return; // a newer hover won
      result = reply.ok ? reply.value : null;
      if (reply.ok) {
        if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
        this.cache.set(key, result);
      }
    }
    if (id !== this.requestId || !result) return;
    this.result = result;
    this.active = 0;
    this.rootWords = null;
    this.note = undefined;
    setHighlight(this.doc, 'hover', [hit.range]);
    this.paint();
  }

  private paint(): void {
    if (!this.result || !this.hit) return;
    if (!this.container.isConnected) this.layer.layer.appendChild(this.container);
    this.applyTheme();
    ensureAttached(this.layer);
    const lang = this.i18n.language === 'ar' ? 'ar' : 'en';
    this.container.setAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    this.container.setAttribute('lang', lang);
    render(
      h(Tooltip, {
        result: this.result,
        active: this.active,
        t: this.i18n.t.bind(this.i18n),
        rootWords: this.rootWords,
        note: this.note,
        onRoot: (root: string) => void this.showRoot(root),
      }),
      this.container,
    );
    const el = this.container.firstElementChild as HTMLElement | null;
    if (el) placeTooltip(el, this.hit.range.getBoundingClientRect(), this.doc.defaultView!);
  }

  private async showRoot(root: string): Promise<void> {
    const reply = await request('wordsOfRoot', { root });
    if (reply.ok) {
      this.rootWords = { root, words: reply.value };
      this.paint();
    }
  }

  private scheduleHide(): void {
    if (!this.result || this.hideTimer) return;
    this.hideTimer = window.setTimeout(() => {
      this.hideTimer = 0;
      this.hide();
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer) {
      clearTimeout(this.hideTimer);
      this.hideTimer = 0;
    }
  }

  hide(): void {
    this.cancelHide();
    this.requestId++;
    this.hit = null;
    this.result = null;
    render(null, this.container);
    setHighlight(this.doc, 'hover', []);
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (!this.result) return;
    if (e.key === 'Escape') {
      this.hide();
      return;
    }
    const target = e.target as Element | null;
    if (target && typeof target.closest === 'function' && target.closest(EDITABLE)) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'a' && this.result.analyses.length > 1) {
      this.active = (this.active + 1) % this.result.analyses.length;
      this.paint();
      e.preventDefault();
    } else if (key === 'c') {
      const a = this.result.analyses[this.active];
      const text = `${this.result.word}\t${a?.lemma ?? ''}\t${(this.result.phrase?.gloss ?? a?.gloss ?? []).join('; ')}`;
      navigator.clipboard?.writeText(text).then(
        () => {
          this.note = this.i18n.t('tooltip.copied');
          this.paint();
        },
        () => undefined,
      );
      e.preventDefault();
    }
  };
}
