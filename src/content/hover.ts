/**
 * The hover glossary: pointer → word under it → lookup in the service worker → tooltip in the shadow root. On a touch
 * screen a tap does what hovering does (a finger's moves are scrolls or presses, never a hover); a tap off a word closes.
 * A pointer move only records where the pointer is; one caret lookup per animation frame does the rest, and staying
 * on the same word costs nothing more. Stale replies are dropped by request id; lookups are cached.
 */
import type { i18n } from 'i18next';
import { passageLanguage } from '../core/text';
import type { WordsChange } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { caretAt, openShadowRoots, type Caret } from './caret';
import { wordInField } from './field-hit';
import { guarded, quiet } from './guard';
import { setHighlight } from './highlights';
import { wordInText } from './hit-test';
import { isEditable, isModifierKey, keyAction, modifierHeld, type ModifierState } from './hover-keys';
import { LookupCache } from './lookup-cache';
import { LookupPrefetcher } from './prefetch';
import type { ShadowLayer } from './shadow-host';
import { TooltipView } from './tooltip-view';
import { isTouch, TapWatcher, type Tap } from './touch-taps';
import type { WordHit } from './word-hit';

const HIDE_DELAY_MS = 250;

interface PointerState extends ModifierState {
  x: number;
  y: number;
  target: EventTarget | null;
  /** the innermost target, inside any open shadow root of the page */
  inner: EventTarget | null;
}

const FRAME_MS = 16;

/**
 * pointerrawupdate is usable in the top document where the browser has it (Chromium, secure pages). Inside a frame,
 * Chromium 156 reports its clientX/clientY in the top window's coordinates, so frames keep pointermove.
 */
function rawMovesUsable(doc: Document): boolean {
  const win = doc.defaultView;
  try {
    return !!win && win === win.top && 'onpointerrawupdate' in win;
  } catch {
    return false;
  }
}

export class HoverController {
  /** null until the stored settings are known: nothing is shown before, whatever they say */
  private settings: Settings | null = null;
  private pointer: PointerState | null = null;
  private frame = 0;
  private scrollFrame = 0;
  /** the word under the pointer: shown, being looked up, rejected, or dismissed with Esc */
  private hit: WordHit | null = null;
  private requestId = 0;
  private hideTimer = 0;
  private readonly cache = new LookupCache();
  private readonly view: TooltipView;
  private readonly prefetcher: LookupPrefetcher;
  private readonly taps: TapWatcher;
  /** the detected article's paragraphs, whose words are looked up ahead of the pointer while the glossary is on */
  private articleBlocks: readonly Element[] = [];

  constructor(
    private readonly doc: Document,
    layer: ShadowLayer,
    i18n: i18n,
  ) {
    this.view = new TooltipView(doc, layer, 'auto', i18n);
    this.prefetcher = new LookupPrefetcher(doc, this.cache);
    this.moveEvent = rawMovesUsable(doc) ? 'pointerrawupdate' : 'pointermove';
    this.taps = new TapWatcher(doc, guarded(this.onTap));
  }

  /**
   * Pointer moves as the browser receives them where that is usable (pointerrawupdate), not held back to the next frame
   * like pointermove; the handler only records the position, so the extra events are cheap.
   */
  private readonly moveEvent: 'pointerrawupdate' | 'pointermove';

  start(): void {
    this.doc.addEventListener(this.moveEvent, this.onPointerMove as EventListener, { capture: true, passive: true });
    this.doc.addEventListener('pointerout', this.onPointerOut, { capture: true, passive: true });
    this.doc.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.doc.addEventListener('keyup', this.onKeyUp, { capture: true, passive: true });
    this.doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.doc.defaultView?.addEventListener('resize', this.onScroll, { passive: true });
    this.taps.start();
  }

  stop(): void {
    this.doc.removeEventListener(this.moveEvent, this.onPointerMove as EventListener, { capture: true });
    this.doc.removeEventListener('pointerout', this.onPointerOut, { capture: true });
    this.doc.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.doc.removeEventListener('keyup', this.onKeyUp, { capture: true });
    this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onScroll);
    this.taps.stop();
    this.prefetcher.stop();
    this.hide();
  }

  /** The learner's words changed somewhere: the tooltip's marks follow; after a merged backup, lookups are asked again. */
  wordsChanged(words: WordsChange): void {
    if (words === 'all') this.cache.clear();
    this.view.wordsChanged(words);
  }

  /** The article's paragraphs (none when the page has no article). */
  setArticleBlocks(blocks: readonly Element[]): void {
    this.articleBlocks = blocks;
    this.updatePrefetch();
  }

  private updatePrefetch(): void {
    if (this.settings?.enabled && this.articleBlocks.length) this.prefetcher.watch(this.articleBlocks);
    else this.prefetcher.stop();
  }

  /** New settings (at start, or changed in another view): applied to an open tooltip at once. */
  configure(s: Settings, i18n: i18n): void {
    const first = this.settings === null;
    this.settings = s;
    this.view.configure(s.theme, i18n);
    this.updatePrefetch();
    if (!s.enabled) this.hide();
    else if (first && this.pointer) this.schedule(); // the pointer was already resting on the page
  }

  private readonly onPointerMove = guarded((e: PointerEvent): void => {
    if (!e.isTrusted) return; // a page's synthetic moves do not drive the tooltip
    if (isTouch(e)) return; // a finger moving scrolls or presses: taps are handled on their own
    // the event's targets must be read now: after dispatch they are gone for targets in shadow trees
    const inner = e.composedPath()[0] ?? e.target;
    this.pointer = { x: e.clientX, y: e.clientY, target: e.target, inner, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey };
    this.schedule();
  });

  private readonly onPointerOut = guarded((e: PointerEvent): void => {
    if (isTouch(e)) return; // a lifted finger leaves the page: the tooltip it opened stays
    // left the window or went into a frame: no more moves will tell us the pointer left the word
    const to = e.relatedTarget as Element | null;
    if (!to || to.tagName === 'IFRAME' || to.tagName === 'FRAME') this.scheduleHide();
  });

  private schedule(): void {
    if (this.frame) return;
    // leading edge: a move after a quiet frame is handled at once (no wait for the next frame); moves that follow
    // within the same frame are gathered into one tick
    if (performance.now() - this.lastTick >= FRAME_MS) this.tick();
    else this.frame = requestAnimationFrame(this.tick);
  }

  private lastTick = -Infinity;

  private readonly tick = guarded((): void => {
    this.frame = 0;
    this.lastTick = performance.now();
    const p = this.pointer;
    if (p && this.settings?.enabled) this.process(p, this.settings);
  });

  private readonly onScroll = guarded((): void => {
    if (!this.view.open || this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(
      guarded(() => {
        this.scrollFrame = 0;
        if (!this.view.reposition()) this.hide();
      }),
    );
  });

  /** A tap looks up the word under the finger (no key to hold: a tap is deliberate); off a word it closes the tooltip. */
  private readonly onTap = (tap: Tap): void => {
    const s = this.settings;
    if (!s?.enabled || this.view.owns(tap.target)) return;
    if (!this.view.open) this.hit = null; // tapping a word again reopens it
    this.pointer = { ...tap, shiftKey: false, altKey: false, ctrlKey: false };
    this.process(this.pointer, s, true);
  };

  private process(p: PointerState, s: Settings, tap = false): void {
    if (this.view.owns(p.target)) {
      this.cancelHide(); // over our own tooltip: keep it
      return;
    }
    if ((!tap && !modifierHeld(s.modifier, p)) || (!s.hoverInInputs && isEditable(p.target))) {
      this.scheduleHide();
      return;
    }
    let caret: Caret | null = null;
    try {
      caret = caretAt(this.doc, p.x, p.y, p.inner === p.target ? [] : openShadowRoots(p.inner));
    } catch {
      caret = null; // exotic documents (SVG, XML): no word
    }
    if (!caret) {
      this.scheduleHide();
      return;
    }
    const node = caret.kind === 'text' ? caret.node : caret.field;
    if (this.hit?.contains(node, caret.offset)) {
      this.cancelHide(); // still on the same word
      return;
    }
    const hit = caret.kind === 'text' ? wordInText(caret.node, caret.offset) : wordInField(caret.field, caret.offset);
    if (!hit || (!s.otherArabicScript && passageLanguage(hit.context) !== 'ar')) {
      this.scheduleHide();
      return;
    }
    this.cancelHide();
    this.hit = hit;
    this.view.context = hit.context;
    quiet(this.lookup(hit));
    if (hit.block) this.prefetcher.add(hit.block); // the words around it are likely next
  }

  private async lookup(hit: WordHit): Promise<void> {
    const id = ++this.requestId;
    const result = await this.cache.get(hit.context, hit.offset);
    if (id !== this.requestId) return; // a newer hover won
    if (!result) {
      this.hideView(); // no word there: do not leave the previous word's tooltip beside this one
      return;
    }
    setHighlight(this.doc, 'hover', hit.range ? [hit.range] : []);
    this.view.show(result, hit.rect);
  }

  private scheduleHide(): void {
    if (!this.view.open && !this.hit) return;
    if (this.hideTimer) return;
    this.hideTimer = window.setTimeout(
      guarded(() => {
        this.hideTimer = 0;
        this.hide();
      }),
      HIDE_DELAY_MS,
    );
  }

  private cancelHide(): void {
    if (this.hideTimer) {
      clearTimeout(this.hideTimer);
      this.hideTimer = 0;
    }
  }

  /** Closes the tooltip and forgets the word, so hovering it again shows it again. */
  hide(): void {
    this.hideView();
    this.hit = null;
  }

  /** Closes the tooltip but remembers the word, so it stays closed until the pointer moves to another word. */
  private hideView(): void {
    this.cancelHide();
    this.requestId++;
    this.view.hide();
    setHighlight(this.doc, 'hover', []);
  }

  private readonly onKeyDown = guarded((e: KeyboardEvent): void => {
    // a page's synthetic keys could save words or mark them known
    if (!e.isTrusted) return;
    const s = this.settings;
    if (!s?.enabled) return;
    if (isModifierKey(s.modifier, e)) {
      // pressing the scan key with the pointer resting on a word looks it up
      if (this.pointer) {
        this.pointer = { ...this.pointer, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey };
        this.schedule();
      }
      return;
    }
    if (!this.view.open) return;
    const action = keyAction(e);
    if (action === 'close') this.hideView();
    else if (action === 'next') {
      if (this.view.nextReading()) e.preventDefault();
    } else if (action === 'copy') {
      this.view.copy();
      e.preventDefault();
    } else if ((action === 'save' || action === 'known') && this.hit) {
      quiet(this.view.save(this.hit.context, action === 'known'));
      e.preventDefault();
    }
  });

  private readonly onKeyUp = guarded((e: KeyboardEvent): void => {
    if (!e.isTrusted) return;
    if (this.pointer && this.settings && isModifierKey(this.settings.modifier, e))
      this.pointer = { ...this.pointer, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey };
  });
}
