/**
 * Lookups of a word in its context, asked of the service worker once: answers are remembered (least recently used
 * dropped first) and a lookup still in flight is shared, so hovering back and forth costs no messages.
 */
import { request } from '../shared/client';
import type { LookupResult } from '../shared/messages';

/** about the words of a few screens of text (lookups of the visible paragraphs are made ahead of the pointer) */
const LIMIT = 3000;

/** null: the analyser found no word there; undefined: the lookup failed (not remembered, so it is retried). */
export type LookupAnswer = LookupResult | null | undefined;

export class LookupCache {
  private readonly done = new Map<string, LookupResult | null>();
  private readonly pending = new Map<string, Promise<LookupAnswer>>();

  /** Whether the word is answered already or being looked up. */
  has(context: string, offset: number): boolean {
    const key = `${offset}|${context}`;
    return this.done.has(key) || this.pending.has(key);
  }

  /** Forgets every answer (they carry marks that changed); lookups in flight still land. */
  clear(): void {
    this.done.clear();
  }

  /** Remembers an answer got by a batch lookup. */
  prime(context: string, offset: number, result: LookupResult | null): void {
    this.remember(`${offset}|${context}`, result);
  }

  private remember(key: string, result: LookupResult | null): void {
    if (this.done.size >= LIMIT) this.done.delete(this.done.keys().next().value as string);
    this.done.set(key, result);
  }

  async get(context: string, offset: number): Promise<LookupAnswer> {
    const key = `${offset}|${context}`;
    const hit = this.done.get(key);
    if (hit !== undefined) {
      this.done.delete(key); // refresh its place in the LRU order
      this.done.set(key, hit);
      return hit;
    }
    let p = this.pending.get(key);
    if (!p) {
      p = request('lookup', { context, offset }).then((reply) => {
        this.pending.delete(key);
        if (!reply.ok) return undefined;
        this.remember(key, reply.value);
        return reply.value;
      });
      this.pending.set(key, p);
    }
    return p;
  }
}
