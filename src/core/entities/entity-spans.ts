/**
 * Finding a text's entities by position. Entities come in text order and never overlap, so their ends are in order
 * too: a binary search finds where a span's entities begin (a sentence of a long article never scans them all).
 */
import type { Entity } from '../model';

/** The index of the first entity that ends after `pos` (entities.length when none does). */
export function firstEntityEndingAfter(entities: readonly Entity[], pos: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entities inside [start, end), in order. */
export function entitiesIn(entities: readonly Entity[], start: number, end: number): Entity[] {
  const out: Entity[] = [];
  for (let k = firstEntityEndingAfter(entities, start); k < entities.length && entities[k]!.start < end; k++) {
    const e = entities[k]!;
    if (e.start >= start && e.end <= end) out.push(e);
  }
  return out;
}
