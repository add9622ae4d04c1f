/**
 * Topics of an article: sentences that share words and people, places or bodies (not the ones the whole article is
 * about) belong together. Points are chosen topic by topic, so the
 * summary covers each thread of the story.
 */
import { firstSense, plural } from '../english';
import type { Entity, SentenceInfo, TextAnalysis } from '../model';
import { TOPIC_WEIGHTS } from './summary-weights';

export interface Scored {
  s: SentenceInfo;
  index: number;
  score: number;
  /** the sentence's content words outside names, as lemma numbers (one per lemma within an analysis) */
  lemmas: Set<number>;
  groups: Set<number>;
  entities: Entity[];
  /** Arabic words in the sentence */
  words: number;
  /** how the sentence opens: going on with the thread before it (وأضاف، كما), a new one (وفي سياق متصل), or
   * another story (وفي سياق آخر) */
  opener?: 'continues' | 'new' | 'aside';
}

export interface Topic {
  members: Scored[];
  /** the strength of the topic: its two best sentences */
  score: number;
}

const { join: JOIN, name: NAME } = TOPIC_WEIGHTS;

export const jaccard = <T>(a: Set<T>, b: Set<T>): number => {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
};

interface Building extends Topic {
  groups: Set<number>;
}

/** A name mentioned in most sentences (Russia in a Russia story) does not tell topics apart. */
const rareIn = (sentences: number) => Math.max(2, sentences / 3);
const distinctiveName = (groupCount: Map<number, number>, sentences: number) => (g: number) =>
  (groupCount.get(g) ?? 0) <= rareIn(sentences);

/**
 * Whether each sentence carries on the thread of the one before it: the two are in one topic, or `continues` says so.
 * Returns the test for a pair of adjacent sentences.
 */
export function threadLinks(scored: readonly Scored[], topics: readonly Topic[], groupCount: Map<number, number>) {
  const topicOf = new Map<Scored, Topic>();
  for (const t of topics) for (const m of t.members) topicOf.set(m, t);
  const lemmaCount = new Map<number, number>();
  for (const c of scored) for (const l of c.lemmas) lemmaCount.set(l, (lemmaCount.get(l) ?? 0) + 1);
  const rareWord = (l: number) => (lemmaCount.get(l) ?? 0) <= rareIn(scored.length);
  const rareName = distinctiveName(groupCount, scored.length);
  return (prev: Scored, next: Scored): boolean =>
    next.index === prev.index + 1 && (topicOf.get(prev) === topicOf.get(next) || continues(prev, next, rareWord, rareName));
}

/** Groups sentences into topics in reading order: each joins the topic it shares most words and names with. */
export function clusterTopics(scored: Scored[], groupCount: Map<number, number>, sentences: number): Topic[] {
  const distinctive = distinctiveName(groupCount, sentences);
  const topics: Building[] = [];
  // the topics holding each word so far: a sentence is measured only against topics it shares words with, which
  // keeps long pages linear rather than sentences × topics × words
  const topicsOf = new Map<number, number[]>();
  const topicsOfGroup = new Map<number, number[]>();
  const tally = new Tally(scored.length);
  for (const c of scored) {
    let best = nearest(c, topics, topicsOf, topicsOfGroup, distinctive, tally);
    if (best < 0) {
      best = topics.length;
      topics.push({ members: [], score: 0, groups: new Set() });
    }
    const t = topics[best]!;
    t.members.push(c);
    for (const g of c.groups) {
      t.groups.add(g);
      addTopic(topicsOfGroup, g, best);
    }
    for (const l of c.lemmas) addTopic(topicsOf, l, best);
  }
  for (const t of topics) {
    const top = t.members.map((m) => m.score).sort((x, y) => y - x);
    t.score = (top[0] ?? 0) + TOPIC_WEIGHTS.secondBest * (top[1] ?? 0);
  }
  return topics.map(({ members, score }) => ({ members, score }));
}

function addTopic<K>(index: Map<K, number[]>, key: K, topic: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [topic]);
  else if (!list.includes(topic)) list.push(topic);
}

/**
 * Shared words per topic for one sentence, by topic number: a count array and the list of topics touched, reused
 * from sentence to sentence (a page of 500 sentences would otherwise build 500 maps and sets).
 */
class Tally {
  private readonly counts: Int32Array;
  private readonly seen: Uint8Array;
  /** the topics touched, in the order met; the first `size` places are in use */
  private readonly list: Int32Array;
  private size = 0;

  constructor(topics: number) {
    this.counts = new Int32Array(topics);
    this.seen = new Uint8Array(topics);
    this.list = new Int32Array(topics);
  }

  touch(topic: number, words: number): void {
    if (!this.seen[topic]) {
      this.seen[topic] = 1;
      this.list[this.size++] = topic;
    }
    this.counts[topic]! += words;
  }

  count(topic: number): number {
    return this.counts[topic]!;
  }

  /** The topics touched, in topic order (a view, valid until the next reset). */
  touched(): Int32Array {
    return this.list.subarray(0, this.size).sort();
  }

  reset(): void {
    for (let i = 0; i < this.size; i++) {
      const t = this.list[i]!;
      this.counts[t] = 0;
      this.seen[t] = 0;
    }
    this.size = 0;
  }
}

/**
 * The topic a sentence shares most words and names with (at least JOIN), or -1. Only topics that share a word or a
 * distinctive name with it can reach JOIN, so only those are measured.
 */
function nearest(
  c: Scored,
  topics: Building[],
  topicsOf: Map<number, number[]>,
  topicsOfGroup: Map<number, number[]>,
  distinctive: (g: number) => boolean,
  tally: Tally,
): number {
  // share of the sentence's words already in each topic
  for (const l of c.lemmas) {
    const list = topicsOf.get(l);
    if (list) for (const t of list) tally.touch(t, 1);
  }
  for (const g of c.groups) {
    if (!distinctive(g)) continue;
    const list = topicsOfGroup.get(g);
    if (list) for (const t of list) tally.touch(t, 0);
  }
  let best = -1;
  let bestSim: number = JOIN;
  // in topic order, the later of two equals winning
  for (const k of tally.touched()) {
    const t = topics[k]!;
    let names = 0;
    for (const g of c.groups) if (t.groups.has(g) && distinctive(g)) names++;
    // one shared name is not a topic on its own: it counts together with shared words
    const sim = (TOPIC_WEIGHTS.words * tally.count(k)) / Math.max(1, c.lemmas.size) + NAME * names;
    if (sim >= bestSim) {
      bestSim = sim;
      best = k;
    }
  }
  tally.reset();
  return best;
}

/**
 * Whether a sentence goes on with the thread of the one before it: it says so (وأضاف، كما، كذلك); or it brings in no
 * new person and shares two of the rarer words or names with it, or one word and one name. The lead and the sentence
 * after it (what happens, then where and when) need one rarer word only. A sentence that opens a new thread (وفي
 * سياق متصل) never goes on.
 */
export function continues(prev: Scored, c: Scored, rareWord: (l: number) => boolean, rareName: (g: number) => boolean): boolean {
  if (c.opener) return c.opener === 'continues';
  let words = 0;
  for (const l of c.lemmas) if (prev.lemmas.has(l) && rareWord(l)) words++;
  if (prev.index === 0 && words > 0) return true;
  // a new person speaking or acting is a new thread, told as its own point
  if (c.entities.some((e) => e.type === 'PERSON' && !prev.groups.has(e.group!))) return false;
  let names = 0;
  for (const g of c.groups) if (prev.groups.has(g) && rareName(g)) names++;
  return words + names >= 2;
}

/** A short English label: the topic's main names and its most frequent noun (Russia – Taliban: warnings). */
export function topicLabel(topic: Topic, a: TextAnalysis): string {
  const counts = new Map<number, number>();
  for (const m of topic.members) for (const g of m.groups) counts.set(g, (counts.get(g) ?? 0) + 1);
  const names = [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 2)
    .map(([g]) => a.entities.find((e) => e.group === g)!.english);
  const nouns = new Map<string, number>();
  for (const m of topic.members) {
    for (let i = m.s.tokenStart; i < m.s.tokenEnd; i++) {
      const t = a.tokens[i]!;
      // words inside names (the "states" of الولايات المتحدة) do not describe the topic
      if (t.kind !== 'word' || m.entities.some((e) => e.start <= t.start && t.end <= e.end)) continue;
      const top = t.analyses[0];
      if (top?.pos !== 'noun') continue;
      const w = firstSense(top.gloss);
      if (!w || w.length < 4) continue;
      const form = top.grammar.number === 'plural' ? plural(w) : w;
      nouns.set(form, (nouns.get(form) ?? 0) + 1);
    }
  }
  const noun = [...nouns.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
  return [names.join(' – '), noun].filter(Boolean).join(': ');
}
