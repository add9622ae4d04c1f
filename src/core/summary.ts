/**
 * The structured English summary: sentences scored by position, entity salience, lemma weight, reporting verbs and
 * figures; redundancy removed; 3–7 points by length, grouped into topics; each point carries its evidence span,
 * an offline English gist and a who/what/where/when line.
 */
import { gistOf } from './gist/gist';
import { firstSense } from './gist/english-words';
import { sentenceUnits } from './gist/units';
import type { Lexicon } from './lexicon';
import { looseKey } from './normalize';
import { clusterTopics, jaccard, topicLabel, type Scored, type Topic } from './summary-topics';
import type { Entity, Summary, SummaryPoint, TextAnalysis } from './types';

const CONTENT_POS = new Set(['noun', 'verb', 'adj', 'propn']);
const REPORTING = new Set(
  ['قال', 'اكد', 'اعلن', 'اوضح', 'اضاف', 'اشار', 'صرح', 'ذكر', 'افاد', 'كشف', 'نفي', 'دعا', 'حذر', 'طالب', 'اقترح', 'عرض', 'قدم'].map(
    looseKey,
  ),
);

/** Entities inside [start, end) (entities are sorted by start). */
function entitiesIn(entities: readonly Entity[], start: number, end: number): Entity[] {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Entity[] = [];
  for (let k = lo; k < entities.length && entities[k]!.start < end; k++) if (entities[k]!.end <= end) out.push(entities[k]!);
  return out;
}

/** How many points an article of this many words gets. */
export function pointCount(words: number): number {
  if (words < 80) return Math.min(3, Math.max(1, Math.ceil(words / 30)));
  if (words < 150) return 3;
  if (words < 220) return 4;
  if (words < 300) return 5;
  if (words < 350) return 6;
  return 7;
}

/** Summarises an analysed text (the headline is the title's gist when there is a title line). */
export function summarize(a: TextAnalysis, lex: Lexicon): Summary {
  const { tokens, sentences } = a;
  if (!sentences.length) return { headline: '', points: [], provider: 'offline gist' };
  // a first line without final punctuation is the headline, not a point
  const firstTok = tokens[sentences[0]!.tokenEnd - 1];
  const firstText = a.text.slice(sentences[0]!.start, sentences[0]!.end).trim();
  // the extracted article starts with its title (given, or a first line without final punctuation): the headline
  const titleGiven = !!a.title && firstText === a.title.trim();
  const hasTitleLine =
    titleGiven ||
    (!a.title &&
      sentences.length > 2 &&
      firstTok?.kind !== 'punct' &&
      a.text.slice(sentences[0]!.end, sentences[0]!.end + 2).includes('\n'));
  const titleSentence = hasTitleLine ? sentences[0] : undefined;
  const body = hasTitleLine ? sentences.slice(1) : sentences;
  // lemma weights across the article
  const tf = new Map<string, number>();
  for (const t of tokens) {
    const top = t.analyses[0];
    if (top && CONTENT_POS.has(top.pos)) tf.set(top.lemma, (tf.get(top.lemma) ?? 0) + 1);
  }
  const groupCount = new Map<number, number>();
  for (const e of a.entities)
    if (e.group !== undefined && e.type !== 'NUMBER' && e.type !== 'DATE') groupCount.set(e.group, (groupCount.get(e.group) ?? 0) + 1);
  const scored: Scored[] = body.map((s, index) => {
    const lemmas = new Set<string>();
    let weight = 0;
    let reporting = 0;
    let words = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') words++;
      const top = t.analyses[0];
      if (!top) continue;
      if (CONTENT_POS.has(top.pos)) {
        lemmas.add(top.lemma);
        weight += Math.log(1 + (tf.get(top.lemma) ?? 0));
      }
      if (top.pos === 'verb' && REPORTING.has(looseKey(top.lemma))) reporting = 1;
    }
    const entities = entitiesIn(a.entities, s.start, s.end);
    const groups = new Set(entities.filter((e) => e.type !== 'NUMBER' && e.type !== 'DATE').map((e) => e.group!));
    let salience = 0;
    for (const g of groups) salience += Math.log(1 + (groupCount.get(g) ?? 0));
    const figures = entities.filter((e) => e.type === 'NUMBER' || e.type === 'DATE').length;
    const position = index === 0 ? 2.5 : index === 1 ? 1.2 : 1 / Math.sqrt(index + 1);
    const lengthFit = words < 6 ? 0.3 : words > 60 ? 0.7 : 1;
    const score = (position * 2 + weight / Math.max(4, words) + salience * 0.6 + reporting * 0.8 + Math.min(figures, 2) * 0.9) * lengthFit;
    return { s, index, score, lemmas, groups, entities };
  });
  // points topic by topic, best topics first, with redundancy removal inside the round robin
  const n = Math.min(pointCount(tokens.filter((t) => t.kind === 'word').length), scored.length);
  const topics = clusterTopics(scored, groupCount, scored.length).sort((x, y) => y.score - x.score);
  const chosen: Scored[] = [];
  const topicOf = new Map<Scored, Topic>();
  for (let round = 0; chosen.length < n && round < n; round++) {
    for (const t of topics) {
      if (chosen.length >= n) break;
      const candidates = t.members.filter((m) => !chosen.includes(m)).sort((x, y) => y.score - x.score);
      const pick = candidates.find((m) => chosen.every((x) => jaccard(m.lemmas, x.lemmas) < 0.5));
      // a weak topic gets one point; a second one only when it is still strong
      if (pick && (round === 0 || pick.score >= (topics[0]?.score ?? 0) * 0.35)) {
        chosen.push(pick);
        topicOf.set(pick, t);
      }
    }
  }
  chosen.sort((x, y) => x.index - y.index);
  const labels = new Map([...new Set(topicOf.values())].map((t) => [t, topicLabel(t, a)]));
  const points: SummaryPoint[] = chosen.map((c) => {
    const text = gistOf(sentenceUnits(tokens, c.s.tokenStart, c.s.tokenEnd, a.entities, a.phrases, lex)) || '(no gist)';
    return { text, evidence: [{ start: c.s.start, end: c.s.end }], topic: labels.get(topicOf.get(c)!), fiveW: fiveW(c, tokens) };
  });
  const headline = titleSentence
    ? gistOf(sentenceUnits(tokens, titleSentence.tokenStart, titleSentence.tokenEnd, a.entities, a.phrases, lex)).replace(/\.$/, '')
    : a.title
      ? (points[0]?.text.replace(/\.$/, '') ?? '')
      : (points[0]?.text.replace(/\.$/, '') ?? '');
  return { headline, points, provider: 'offline gist' };
}

/** who / what / where / when of a point, from its entities and main verb. */
function fiveW(c: Scored, tokens: TextAnalysis['tokens']): SummaryPoint['fiveW'] {
  const names = (types: Entity['type'][]) =>
    [...new Set(c.entities.filter((e) => types.includes(e.type)).map((e) => e.english))].slice(0, 3).join(', ') || undefined;
  let what: string | undefined;
  for (let i = c.s.tokenStart; i < c.s.tokenEnd && !what; i++) {
    const top = tokens[i]!.analyses[0];
    if (top?.pos === 'verb') what = firstSense(top.gloss) || undefined;
  }
  return { who: names(['PERSON', 'ORGANIZATION']), what, where: names(['LOCATION']), when: names(['DATE']) };
}
