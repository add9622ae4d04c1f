/**
 * The structured English summary: sentences scored by position, entity salience, lemma weight, reporting verbs and
 * figures; redundancy removed; 3–7 points by length, grouped into topics; each point carries its evidence span,
 * an offline English gist and a who/what/where/when line.
 */
import { gistOf } from '../english';
import { firstSense, sentenceCase } from '../english';
import { sentenceUnits, tooDoubtful } from '../english';
import type { Lexicon } from '../lexicon';
import type { PhraseIndex } from '../lexicon';
import { groupCounts, scoreSentences } from './summary-scores';
import { choosePoints } from './summary-select';
import { clusterTopics, threadLinks, topicLabel, type Scored } from './summary-topics';
import type { Entity, Summary, SummaryPoint, TextAnalysis } from '../model';
import { SELECTION_WEIGHTS } from './summary-weights';

const DOUBT_PENALTY = SELECTION_WEIGHTS.doubtful;

/** How many points an article of this many words gets. */
export function pointCount(words: number): number {
  if (words < 80) return Math.min(3, Math.max(1, Math.ceil(words / 30)));
  if (words < 150) return 3;
  if (words < 220) return 4;
  if (words < 300) return 5;
  if (words < 350) return 6;
  return 7;
}

/**
 * Summarises an analysed text (the headline is the title's gist when there is a title line). With the phrase index,
 * the gist also pairs a verb with its object across the subject (تجري X محادثات → X will hold talks).
 */
export function summarize(a: TextAnalysis, lex: Lexicon, index?: PhraseIndex): Summary {
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
  const lines = hasTitleLine ? sentences.slice(1) : sentences;
  const worthy = lines.filter((x) => pointWorthy(a, x));
  const body = worthy.length ? worthy : lines;
  const groupCount = groupCounts(a.entities);
  const scored = scoreSentences(a, body, groupCount, lex, titleSentence);
  // a point should be English a reader can trust: a sentence the rules can barely read ranks lower
  for (const x of scored) if (tooDoubtful(tokens, x.s, a.entities)) x.score *= DOUBT_PENALTY;
  // an index loop: summarize() runs once per text, before the engine optimises it, and an unoptimised for-of
  // allocates a result object per token
  let words = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === 'word') words++;
  const n = Math.min(pointCount(words), scored.length);
  const topics = clusterTopics(scored, groupCount, scored.length).sort((x, y) => y.score - x.score);
  const picks = choosePoints(scored, topics, n, threadLinks(scored, topics, groupCount));
  const labels = new Map(picks.map((p) => [p.topic, topicLabel(p.topic, a)]));
  const gistOfSentence = (s: { tokenStart: number; tokenEnd: number }) =>
    gistOf(sentenceUnits(tokens, s.tokenStart, s.tokenEnd, a.entities, a.phrases, lex, index));
  const points: SummaryPoint[] = picks.map((p) => {
    const gists = p.members.map((m) => gistOfSentence(m.s));
    return {
      text: gists.filter(Boolean).join(' ') || '(no gist)',
      evidence: p.members.map((m) => ({ start: m.s.start, end: m.s.end })),
      topic: labels.get(p.topic),
      fiveW: fiveW(p.members, tokens),
    };
  });
  // a headline drops a leading "a" as English headlines do ("Theft of a house …")
  const headline = titleSentence
    ? sentenceCase(gistOfSentence(titleSentence).replace(/\.$/, '').replace(/^an? /i, ''))
    : a.title
      ? (points[0]?.text.replace(/\.$/, '') ?? '')
      : (points[0]?.text.replace(/\.$/, '') ?? '');
  return { headline, points, provider: 'offline gist' };
}

/** Below this many words a line is a dateline, a byline or a caption, not a statement a point could give. */
const MIN_POINT_WORDS = 4;

/** Whether a sentence can be a point: a few words or a line wholly in brackets ((أبوظبي - البيان)) cannot. */
function pointWorthy(a: TextAnalysis, s: TextAnalysis['sentences'][number]): boolean {
  let words = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (a.tokens[i]!.kind === 'word') words++;
  const text = a.text.slice(s.start, s.end).trim();
  return words >= MIN_POINT_WORDS && !/^[(\[].*[)\]][.。]?$/s.test(text);
}

/** who / what / where / when of a point, from its entities and main verb. */
function fiveW(members: readonly Scored[], tokens: TextAnalysis['tokens']): SummaryPoint['fiveW'] {
  const entities = members.flatMap((m) => m.entities);
  const names = (types: Entity['type'][]) =>
    [...new Set(entities.filter((e) => types.includes(e.type)).map((e) => e.english))].slice(0, 3).join(', ') || undefined;
  let what: string | undefined;
  const first = members[0]!.s;
  for (let i = first.tokenStart; i < first.tokenEnd && !what; i++) {
    const top = tokens[i]!.analyses[0];
    if (top?.pos === 'verb') what = firstSense(top.gloss) || undefined;
  }
  return { who: names(['PERSON', 'ORGANIZATION']), what, where: names(['LOCATION']), when: names(['DATE']) };
}
