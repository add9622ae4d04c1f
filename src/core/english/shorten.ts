/**
 * What a long gist can lose and still say who did what, where and when: bracketed asides first, then attributions
 * (وفق ما نقلت صحيفة … "according to …") and asides after a comma (بما في ذلك "including …"), appositions between
 * commas (طشقند، عاصمة أوزبكستان،), and relative clauses, the last one first; then the titles before people's names.
 * A place lost with a clause moves to where the kept text refers back to it ("in the same city" → "in Geneva").
 */
import type { Chunk } from './chunks';

/** A span [start, end) of chunks that may be dropped. */
export type Span = readonly [number, number];

/** Words that open an aside after a comma. */
const ASIDE_OPENER = /^(according to|including|citing|quoting|in exchange for)\b/;

/** Chunks inside brackets, one span per bracketed run. */
function bracketed(cs: readonly Chunk[]): Span[] {
  const spans: Span[] = [];
  for (let k = 0; k < cs.length; k++) {
    if (!cs[k]!.aside) continue;
    let end = k;
    while (end < cs.length && cs[end]!.aside) end++;
    spans.push([k, end]);
    k = end;
  }
  return spans;
}

/** A comma then "according to …" or "including …", up to the next comma or the end. */
function commaAsides(cs: readonly Chunk[]): Span[] {
  const spans: Span[] = [];
  for (let k = 1; k + 1 < cs.length; k++) {
    if (cs[k]!.kind !== 'stop' || !ASIDE_OPENER.test(cs[k + 1]!.text)) continue;
    let end = k + 1;
    while (end < cs.length && cs[end]!.kind !== 'stop') end++;
    spans.push([k, end]);
  }
  return spans;
}

/** A noun phrase between two commas right after a name: the comma before it and the phrase. */
function appositions(cs: readonly Chunk[]): Span[] {
  const spans: Span[] = [];
  for (let k = 1; k + 2 < cs.length; k++) {
    const [before, comma, np, after] = [cs[k - 1]!, cs[k]!, cs[k + 1]!, cs[k + 2]!];
    const afterName = (before.kind === 'np' || before.kind === 'pp') && /\b[A-Z][a-z]+$/.test(before.text);
    if (afterName && comma.kind === 'stop' && np.kind === 'np' && after.kind === 'stop') spans.push([k, k + 2]);
  }
  return spans;
}

/** Relative clauses: from the relative word to the next comma (taken along) or to the main clause's verb. */
function relatives(cs: readonly Chunk[]): Span[] {
  const spans: Span[] = [];
  for (let k = 1; k < cs.length; k++) {
    if (cs[k]!.kind !== 'rel') continue;
    let end = k + 1;
    let ownVerb = false;
    for (; end < cs.length; end++) {
      const c = cs[end]!;
      if (c.kind === 'stop') {
        end++;
        break;
      }
      if (c.kind === 'that' || (c.kind === 'vp' && ownVerb && cs[end - 1]!.kind !== 'conj')) break;
      if (c.kind === 'vp') ownVerb = true;
    }
    spans.push([k, end]);
  }
  return spans.reverse();
}

/** Spans a long gist may drop, in the order it should drop them. */
export function droppable(cs: readonly Chunk[]): Span[] {
  return [...bracketed(cs), ...commaAsides(cs), ...appositions(cs), ...relatives(cs)];
}

/** A reference back to a place named before: في المدينة نفسها "in the same city". */
const SAME_PLACE = /^(in|at|to|from) the same (city|town|capital|country|place|venue|location)$/;

/**
 * The chunks with a kept "in the same city" replaced by the place it refers to, when that place was named only in the
 * dropped chunks (the relative clause that said "in Geneva"): the gist keeps where, not a reference to nothing.
 */
export function keepDroppedPlace(cs: readonly Chunk[], dropped: ReadonlySet<number>): readonly Chunk[] {
  let place: Chunk | undefined;
  for (let k = 0; k < cs.length; k++) {
    if (!cs[k]!.place) continue;
    if (!dropped.has(k)) return cs;
    place = cs[k];
  }
  const same = cs.findIndex((c, k) => !dropped.has(k) && SAME_PLACE.test(c.text));
  if (!place || same < 0) return cs;
  const name = place.text.replace(/^\S+ /, '');
  return cs.map((c, k) => (k === same ? { ...c, text: `${SAME_PLACE.exec(c.text)![1]} ${name}`, place: true } : c));
}

/** The chunks with people's names without their titles (Zamir Kabulov, not the director of … Zamir Kabulov). */
export const withoutTitles = (cs: readonly Chunk[]): Chunk[] => cs.map((c) => (c.short ? { ...c, text: c.short } : c));
