import { runSliced } from '../../../src/shared/sliced';

function* counter(n: number): Generator<void, number> {
  let i = 0;
  for (; i < n; i++) yield;
  return i;
}

test('runSliced drains the steps and returns their result, giving the thread back between slices', async () => {
  let other = 0;
  const ticker = setInterval(() => other++, 0);
  // slices of 0 ms: every step is its own slice, so timers get to run in between
  const n = await runSliced(counter(50), { sliceMs: 0 });
  clearInterval(ticker);
  expect(n).toBe(50);
  expect(other).toBeGreaterThan(0);
});

test("runSliced with yieldTo 'background' uses the task scheduler where there is one, a timer where there is none", async () => {
  const g = globalThis as { scheduler?: unknown };
  const posted: string[] = [];
  g.scheduler = {
    postTask: (cb: () => void, opts: { priority: string }) => {
      posted.push(opts.priority);
      return new Promise<void>((resolve) => setTimeout(() => resolve(cb()), 0));
    },
  };
  try {
    expect(await runSliced(counter(3), { sliceMs: 0, yieldTo: 'background' })).toBe(3);
    expect(posted).toEqual(['background', 'background', 'background']);
  } finally {
    delete g.scheduler;
  }
  expect(await runSliced(counter(3), { sliceMs: 0, yieldTo: 'background' })).toBe(3);
});
