/**
 * Taps on a touch screen, told apart from the other things a finger does: a drag (scrolling: the browser cancels the
 * pointer, or it moves too far) and a long press (selection: it lasts too long) are not taps. Only the tap is
 * reported; the browser's own handling of every touch (scrolling, selecting, following links) is left as it is.
 */

/** how far a finger may drift during a tap, in CSS pixels */
export const TAP_SLOP_PX = 10;
/** a touch held longer than this is a long press (the browser selects a word), not a tap */
export const LONG_PRESS_MS = 500;

export interface Tap {
  x: number;
  y: number;
  target: EventTarget | null;
  /** the innermost target, inside any open shadow root of the page */
  inner: EventTarget | null;
}

interface Down {
  id: number;
  x: number;
  y: number;
  at: number;
  target: EventTarget | null;
  inner: EventTarget | null;
}

/** Whether an event comes from a finger (not a mouse or a pen, which hover). */
export function isTouch(e: PointerEvent): boolean {
  return e.pointerType === 'touch';
}

/** Decides, from a touch's down and up, whether it was a tap. */
export function isTap(down: { x: number; y: number; at: number }, up: { x: number; y: number; at: number }): boolean {
  return Math.hypot(up.x - down.x, up.y - down.y) <= TAP_SLOP_PX && up.at - down.at < LONG_PRESS_MS;
}

export class TapWatcher {
  private down: Down | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onTap: (tap: Tap) => void,
  ) {}

  start(): void {
    this.doc.addEventListener('pointerdown', this.onDown, { capture: true, passive: true });
    this.doc.addEventListener('pointermove', this.onMove, { capture: true, passive: true });
    this.doc.addEventListener('pointerup', this.onUp, { capture: true, passive: true });
    this.doc.addEventListener('pointercancel', this.onCancel, { capture: true, passive: true });
  }

  stop(): void {
    this.doc.removeEventListener('pointerdown', this.onDown, { capture: true });
    this.doc.removeEventListener('pointermove', this.onMove, { capture: true });
    this.doc.removeEventListener('pointerup', this.onUp, { capture: true });
    this.doc.removeEventListener('pointercancel', this.onCancel, { capture: true });
    this.down = null;
  }

  private readonly onDown = (e: PointerEvent): void => {
    if (!isTouch(e) || !e.isPrimary) {
      this.down = null; // a second finger: a pinch, not a tap
      return;
    }
    // the targets must be read now: after dispatch they are gone for targets in shadow trees
    const inner = e.composedPath()[0] ?? e.target;
    this.down = { id: e.pointerId, x: e.clientX, y: e.clientY, at: e.timeStamp, target: e.target, inner };
  };

  private readonly onMove = (e: PointerEvent): void => {
    const d = this.down;
    if (d && e.pointerId === d.id && !isTap(d, { x: e.clientX, y: e.clientY, at: d.at })) this.down = null;
  };

  private readonly onUp = (e: PointerEvent): void => {
    const d = this.down;
    this.down = null;
    if (!d || e.pointerId !== d.id || !isTap(d, { x: e.clientX, y: e.clientY, at: e.timeStamp })) return;
    this.onTap({ x: d.x, y: d.y, target: d.target, inner: d.inner });
  };

  /** the browser took the touch over (a scroll or a zoom began) */
  private readonly onCancel = (): void => {
    this.down = null;
  };
}
