/**
 * What a long gist can lose and still say who did what, where and when: bracketed asides first, then attributions
 * (وفق ما نقلت صحيفة … "according to …") and asides after a comma (بما في ذلك "including …"), appositions between
 * commas (طشقند، عاصمة أوزبكستان،), and relative clauses, the last one first.
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
