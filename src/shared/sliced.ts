/**
 * Runs resumable work (a step generator) in slices of a few milliseconds, giving the thread back between them: to the
 * page in the content script, to waiting messages (hovers) in the service worker.
 */
export const SLICE_MS = 12;

interface PostTaskScheduler {
  postTask(cb: () => void, opts: { priority: 'background' }): Promise<void>;
}

/**
 * How to pause between slices. 'timer' is a zero-delay timeout. 'background' asks for the lowest task priority where
 * the browser has a task scheduler (Chromium): a worker's message events then run before the next slice, where a
 * timeout would compete with them as an equal.
 */
export type SliceYield = 'timer' | 'background';

/** Resolves in a later task: a zero-delay timer, or a background-priority task where the browser schedules those. */
export function pause(how: SliceYield): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (how === 'background' && typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => undefined, { priority: 'background' });
  // the timer calls a function of ours, not the native resolve: a trace then attributes the next slice to this script
  // (the bench counts a content script's tasks by the script a task runs)
  return new Promise<void>((resolve) => setTimeout(() => resolve(), 0));
}

export async function runSliced<T>(steps: Generator<void, T>, opts: { sliceMs?: number; yieldTo?: SliceYield } = {}): Promise<T> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  for (;;) {
    const end = performance.now() + sliceMs;
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() >= end) break;
    }
    await pause(opts.yieldTo ?? 'timer');
  }
}
