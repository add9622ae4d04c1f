/** Paced DOM work for the content script: slices that wait for a frame, so the page lays out one slice at a time. */
import { SLICE_MS } from '../shared/sliced';

/** how long a paced slice waits for a frame before going on anyway (a hidden tab draws none) */
const FRAME_WAIT_MS = 100;

/** Resolves after the page's next frame (or FRAME_WAIT_MS without one), in a task of its own. */
function afterFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, FRAME_WAIT_MS);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      win.setTimeout(resolve, 0);
    });
  });
}

/**
 * Like runSliced, for work that changes the page: each step yields the number of nodes it added or removed, and a
 * slice also ends at `nodesPerFrame` of them; the next slice waits for a frame. The browser then lays out one slice's
 * changes at a time: laying out a thousand new inline boxes at once is itself a long task, whatever the script cost.
 */
export async function runPaced(steps: Generator<number, void>, win: Window, nodesPerFrame: number, sliceMs = SLICE_MS): Promise<void> {
  for (;;) {
    const end = performance.now() + sliceMs;
    let nodes = 0;
    for (;;) {
      const r = steps.next();
      if (r.done) return;
      nodes += r.value;
      if (nodes >= nodesPerFrame || performance.now() >= end) break;
    }
    await afterFrame(win);
  }
}
