/**
 * Which sentences become points: greedily the sentence worth most that the points do not tell yet (its score, less
 * what chosen sentences already say; a thread that has a point counts less, so the summary covers each thread).
 * Near-duplicates are never both chosen, and a sentence that carries on the thread of a one-sentence point right
 * before or after it joins that point instead of taking a place of its own.
 */
import type { Scored, Topic } from './summary-topics';
import type { Entity } from '../model';
import { SELECTION_WEIGHTS } from './summary-weights';

export interface Pick {
  /** one or two adjacent sentences, in reading order */
  members: Scored[];
  topic: Topic;
}

const { duplicate: DUPLICATE, sameThread: SAME_THREAD, worthTelling: WORTH_TELLING, mergedWords: MERGED_WORDS } = SELECTION_WEIGHTS;

const isFigure = (e: Entity) => e.type === 'NUMBER' || e.type === 'DATE';

function overlap<T>(a: Set<T>, b: Set<T>): number {
  // the shared members counted from the smaller set (the same count, fewer steps)
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / Math.max(1, small.size);
}

/** The names, places, bodies and figures of a sentence, as keys. */
const nameKey = (e: Entity) => (e.group !== undefined && !isFigure(e) ? `g${e.group}` : e.english);

/**
 * Up to n points, each one sentence or two adjacent sentences of one thread (`linked`), in reading order. Up to n/2
 * sentences join a neighbour's point and take no place of their own.
 */
export function choosePoints(
  scored: readonly Scored[],
  topics: readonly Topic[],
  n: number,
  linked: (prev: Scored, next: Scored) => boolean,
): Pick[] {
  const topicOf = new Map<Scored, Topic>();
  for (const t of topics) for (const m of t.members) topicOf.set(m, t);
  // whether a sentence carries on the thread of the one right before it (only neighbours can), asked once per pair
  const linkCache = new Map<Scored, boolean>();
  const isLinked = (prev: Scored, next: Scored): boolean => {
    if (next.index !== prev.index + 1) return false;
    let l = linkCache.get(next);
    if (l === undefined) linkCache.set(next, (l = linked(prev, next)));
    return l;
  };
  // what the loops below read of each sentence, by its place in `scored` (arrays: the loops run over every sentence
  // once per pick)
  const keysAt = scored.map((m) => m.entities.map(nameKey));
  const topicAt = scored.map((m) => topicOf.get(m)!);
  const picks: Pick[] = [];
  const chosen = new Uint8Array(scored.length);
  // how much of each sentence the chosen ones say already, kept up to date pick by pick
  const said = new Float64Array(scored.length);
  const told = new Set<string>();
  const best = Math.max(0, ...scored.map((m) => m.score));
  // one-sentence points by their sentence's index: only a neighbour can join one
  const single = new Map<number, Pick>();
  let spare = Math.ceil(n / 2);
  const hostOf = (m: Scored) => {
    if (spare <= 0) return undefined;
    const before = single.get(m.index - 1);
    if (before && canJoin(before.members[0]!, m, isLinked)) return before;
    const after = single.get(m.index + 1);
    if (after && canJoin(after.members[0]!, m, isLinked)) return after;
    return undefined;
  };
  // the threads the points tell already
  const toldTopics = new Set<Topic>();
  for (;;) {
    let pick: Scored | undefined;
    let pickAt = -1;
    let pickWorth = 0;
    for (let k = 0; k < scored.length; k++) {
      const m = scored[k]!;
      if (chosen[k]) continue;
      const repeats = said[k]!;
      // a sentence that repeats the words of one told already is a duplicate, unless it brings a new figure
      if (repeats >= DUPLICATE && !m.entities.some((e) => isFigure(e) && !told.has(e.english))) continue;
      const host = hostOf(m);
      if (!host && picks.length >= n) continue;
      const threadTold = toldTopics.has(topicAt[k]!);
      const worth =
        m.score *
        (1 - SELECTION_WEIGHTS.alreadyTold * knownShare(m, keysAt[k]!, told) - SELECTION_WEIGHTS.repeated * repeats) *
        (threadTold && !host ? SAME_THREAD : 1);
      // a sentence joining a point makes it longer: it must be worth telling
      if (worth > pickWorth && (!host || worth >= best * WORTH_TELLING)) {
        pick = m;
        pickAt = k;
        pickWorth = worth;
      }
    }
    if (!pick) break;
    const host = hostOf(pick);
    if (host) {
      host.members = [...host.members, pick].sort((x, y) => x.index - y.index);
      single.delete(host.members[0]!.index);
      single.delete(host.members[1]!.index);
      spare--;
    } else {
      const p = { members: [pick], topic: topicOf.get(pick)! };
      picks.push(p);
      toldTopics.add(p.topic);
      single.set(pick.index, p);
    }
    chosen[pickAt] = 1;
    for (const key of keysAt[pickAt]!) told.add(key);
    for (let k = 0; k < scored.length; k++) if (!chosen[k]) said[k] = Math.max(said[k]!, overlap(scored[k]!.lemmas, pick.lemmas));
  }
  return picks.sort((x, y) => x.members[0]!.index - y.members[0]!.index);
}

/** The share of a sentence's names and figures the points tell already (a new figure is news: it counts twice). */
function knownShare(m: Scored, keys: readonly string[], told: Set<string>): number {
  let known = 0;
  let all = 0;
  for (let k = 0; k < m.entities.length; k++) {
    const key = keys[k]!;
    const weight = isFigure(m.entities[k]!) && !told.has(key) ? 2 : 1;
    all += weight;
    if (told.has(key)) known += weight;
  }
  return all ? known / all : 0;
}

/** Two adjacent sentences of one thread that are not too long together. */
function canJoin(a: Scored, b: Scored, linked: (prev: Scored, next: Scored) => boolean): boolean {
  return (a.index < b.index ? linked(a, b) : linked(b, a)) && a.words + b.words <= MERGED_WORDS;
}
