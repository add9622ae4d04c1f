/** Runs resumable work (a step generator) in slices of a few milliseconds, giving the page the main thread between them. */
const SLICE_MS = 12;

export async function runSliced<T>(steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
  for (;;) {
    const end = performance.now() + sliceMs;
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() >= end) break;
    }
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}
