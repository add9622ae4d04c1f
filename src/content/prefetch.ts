/**
 * Looks up the words of the paragraphs near the viewport ahead of the pointer, in idle time and in small batches, so a
 * hover is answered from the lookup cache in the frame it happens instead of after a round trip to the service worker.
 * A failed batch is dropped quietly: the hover then asks for its word itself.
 */
import { request } from '../shared/client';
import type { LookupBatchItem } from '../shared/messages';
import { watchNearScreen } from './aids/near-screen';
import { guarded, quiet } from './guard';
import { blockWordContexts } from './hit-test';
import type { LookupCache } from './lookup-cache';

/** small batches: a hover's own lookup never waits long behind one in the service worker */
const BATCH = { offsets: 120, chars: 6000 };

export class LookupPrefetcher {
  private readonly seen = new WeakSet<Element>();
  private readonly items: LookupBatchItem[] = [];
  private unwatch: () => void = () => undefined;
  private running = false;

  constructor(
    private readonly doc: Document,
    private readonly cache: LookupCache,
  ) {}

  /** Watches these blocks (the article's paragraphs) and looks up each one's words as it comes near the viewport. */
  watch(blocks: readonly Element[]): void {
    this.unwatch();
    const win = this.doc.defaultView;
    if (!win) return;
    this.unwatch = watchNearScreen(
      win,
      blocks.filter((b) => !this.seen.has(b)),
      guarded((near: Element[]) => near.forEach((b) => this.add(b))),
    );
  }

  stop(): void {
    this.unwatch();
    this.unwatch = () => undefined;
    this.items.length = 0;
  }

  /** Looks up the words of one block (the paragraph under the pointer, on pages without a detected article). */
  add(block: Element): void {
    if (this.seen.has(block)) return;
    this.seen.add(block);
    for (const [context, offsets] of blockWordContexts(block)) this.items.push({ context, offsets });
    if (!this.running) quiet(this.drain());
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.items.length) {
        await idle(this.doc.defaultView);
        const batch = this.nextBatch();
        if (batch.length) await this.fetch(batch);
      }
    } finally {
      this.running = false;
    }
  }

  /** The next contexts in the queue up to a batch's size, without the words that are cached or asked for already. */
  private nextBatch(): LookupBatchItem[] {
    const batch: LookupBatchItem[] = [];
    let chars = 0;
    let offsets = 0;
    while (this.items.length) {
      const it = this.items[0]!;
      if (batch.length && (chars + it.context.length > BATCH.chars || offsets + it.offsets.length > BATCH.offsets)) break;
      this.items.shift();
      const missing = it.offsets.filter((o) => !this.cache.has(it.context, o));
      if (!missing.length) continue;
      batch.push({ context: it.context, offsets: missing });
      chars += it.context.length;
      offsets += missing.length;
    }
    return batch;
  }

  private async fetch(batch: LookupBatchItem[]): Promise<void> {
    const reply = await request('lookupBatch', { items: batch });
    if (!reply.ok) return;
    reply.value.forEach((answers, i) => {
      const it = batch[i];
      if (it) answers.forEach((a, j) => this.cache.prime(it.context, it.offsets[j]!, a));
    });
  }
}

/** Resolves when the page is idle (or soon, where requestIdleCallback is missing). */
function idle(win: Window | null): Promise<void> {
  return new Promise((resolve) => {
    if (win && typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });
}
