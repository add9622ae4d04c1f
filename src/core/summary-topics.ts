/**
 * Topics of an article: sentences that share people, places or bodies (not the ones the whole article is about) or
 * many words belong together. Points are chosen topic by topic, so the summary covers each thread of the story.
 */
import { firstSense, plural } from './gist/english-words';
import type { Entity, SentenceInfo, TextAnalysis } from './types';

export interface Scored {
  s: SentenceInfo;
  index: number;
  score: number;
  lemmas: Set<string>;
  groups: Set<number>;
  entities: Entity[];
}

export interface Topic {
  members: Scored[];
  /** the strength of the topic: its two best sentences */
  score: number;
}

export const jaccard = <T>(a: Set<T>, b: Set<T>): number => {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
};

/** Groups sentences into topics in reading order. */
export function clusterTopics(scored: Scored[], groupCount: Map<number, number>, sentences: number): Topic[] {
  // a name mentioned in most sentences (Russia in a Russia story) does not tell topics apart
  const distinctive = (g: number) => (groupCount.get(g) ?? 0) <= Math.max(2, sentences / 3);
  const topics: Array<Topic & { lemmas: Set<string>; groups: Set<number> }> = [];
  for (const c of scored) {
    let best: (typeof topics)[number] | null = null;
    let bestSim = 0;
    // compare with each topic as a whole (its words and names so far), not with every member
    for (const t of topics) {
      let shared = 0;
      for (const g of c.groups) if (t.groups.has(g) && distinctive(g)) shared++;
      // one shared name is not a topic on its own: it counts together with shared words
      const sim = containment(c.lemmas, t.lemmas) + 0.12 * shared;
      if (sim > bestSim) {
        bestSim = sim;
        best = t;
      }
    }
    if (best && bestSim >= 0.25) {
      best.members.push(c);
      for (const l of c.lemmas) best.lemmas.add(l);
      for (const g of c.groups) best.groups.add(g);
    } else topics.push({ members: [c], score: 0, lemmas: new Set(c.lemmas), groups: new Set(c.groups) });
  }
  for (const t of topics) {
    const top = t.members.map((m) => m.score).sort((x, y) => y - x);
    t.score = (top[0] ?? 0) + 0.5 * (top[1] ?? 0);
  }
  return topics.map(({ members, score }) => ({ members, score }));
}

/** Share of a sentence's words already in a topic. */
function containment(a: Set<string>, topic: Set<string>): number {
  let inter = 0;
  for (const x of a) if (topic.has(x)) inter++;
  return (inter / Math.max(1, a.size)) * 0.5;
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
      const form = /plural/.test(top.features ?? '') ? plural(w) : w;
      nouns.set(form, (nouns.get(form) ?? 0) + 1);
    }
  }
  const noun = [...nouns.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
  return [names.join(' – '), noun].filter(Boolean).join(': ');
}
