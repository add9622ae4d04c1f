/**
 * Sentence scores for the summary: position, lemma weight across the article, entity salience, reporting verbs with
 * a named speaker, and figures (numbers and dates a reader wants to keep).
 */
import { entitiesIn } from '../entities';
import { looseKey } from '../text';
import type { Scored } from './summary-topics';
import type { Entity, SentenceInfo, TextAnalysis } from '../model';
import type { LexEntry, Lexicon } from '../lexicon';
import { ASIDE_WORTH, lengthFitOf, positionOf, SCORE_WEIGHTS } from './summary-weights';

/** Verb classes that mark a statement or a proposal worth a point (lexicon attribute `class`). */
const STATEMENT_CLASSES = ['reporting', 'proposal'];
const isFigure = (e: Entity) => e.type === 'NUMBER' || e.type === 'DATE';
const OPENING_WORDS = 4;
const keys = (words: string[]) => new Set(words.map(looseKey));
/** First words that carry on the thread before: وأضاف، وتابع (the same speaker goes on), كما، كذلك، أيضا. */
const GOES_ON = keys(['اضاف', 'تابع', 'استطرد', 'كما', 'كذلك', 'ايضا']);
/** Words among the first few that turn to another thread: وفي سياق متصل، على صعيد … */
const TURNS = keys(['سياق', 'صعيد']);
/** …or to another story altogether: في سياق آخر، من جهة أخرى. */
const ASIDE = keys(['اخري', 'اخر']);
/** …unless the context is the same one: وفي السياق نفسه / ذاته. */
const SAME = keys(['نفس', 'ذات']);

/** How a sentence opens, from the stems and lemmas of its first words (two keys per word, in order). */
export interface OpenerRule {
  id: string;
  opener: NonNullable<Scored['opener']>;
  description: string;
  /** sentences that open this way */
  examples: readonly string[];
  /** sentences that do not (they open another way, or plainly) */
  counterExamples: readonly string[];
  applies(first: readonly string[]): boolean;
}

/** The summary's opening cues, tried in order; a sentence none applies to opens plainly. */
export const OPENER_RULES: readonly OpenerRule[] = [
  {
    id: 'carries-on',
    opener: 'continues',
    description: 'a first word of going on (وأضاف، وتابع، كما، كذلك، أيضا): the same speaker or thread carries on',
    examples: ['وأضاف الوزير أن المحادثات ستستمر الأسبوع المقبل', 'كما أعلنت الحكومة خطة جديدة للنقل'],
    counterExamples: ['أعلنت الحكومة خطة جديدة للنقل'],
    applies: (first) => GOES_ON.has(first[0] ?? '') || GOES_ON.has(first[1] ?? ''),
  },
  {
    id: 'aside',
    opener: 'aside',
    description: 'another story altogether among the first words (في سياق آخر، من جهة أخرى): an aside, worth less',
    examples: ['وفي سياق آخر، افتتح المحافظ مستشفى جديدا', 'ومن جهة أخرى، ارتفعت أسعار الذهب'],
    counterExamples: ['وفي سياق متصل، قالت الوزارة إن الحوار مستمر'],
    applies: (first) => first.some((w) => ASIDE.has(w)),
  },
  {
    id: 'same-context',
    opener: 'continues',
    description: 'a turn that names the same context (وفي السياق نفسه، في السياق ذاته) carries on the thread',
    examples: ['وفي السياق نفسه، قالت الوزارة إن الحوار مستمر'],
    counterExamples: ['وفي سياق متصل، قالت الوزارة إن الحوار مستمر'],
    applies: (first) => first.some((w) => TURNS.has(w)) && first.some((w) => SAME.has(w)),
  },
  {
    id: 'turns',
    opener: 'new',
    description: 'a turn to another thread of the same story (وفي سياق متصل، على صعيد آخر… ) opens a new point',
    examples: ['وفي سياق متصل، قالت الوزارة إن الحوار مستمر', 'وعلى صعيد الاقتصاد، تراجع التضخم'],
    counterExamples: ['وقالت الوزارة إن الحوار مستمر'],
    applies: (first) => first.some((w) => TURNS.has(w)),
  },
];

/** A content word (noun, verb, adjective or name): what the summary weighs and compares sentences by. */
const isContent = (t: TextAnalysis['tokens'][number]): boolean => {
  const pos = t.analyses[0]?.pos;
  return pos === 'noun' || pos === 'verb' || pos === 'adj' || pos === 'propn';
};

/** How often each entity group (a person, place or body, not a figure) is mentioned. */
export function groupCounts(entities: readonly Entity[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const e of entities) if (e.group !== undefined && !isFigure(e)) counts.set(e.group, (counts.get(e.group) ?? 0) + 1);
  return counts;
}

/** Whether a verb reports a statement or a proposal (class=reporting|proposal in the lexicon). */
function states(e: LexEntry): boolean {
  for (const c of e.classes) if ((STATEMENT_CLASSES as readonly string[]).includes(c)) return true;
  return false;
}

/** The summary score of each body sentence, with the lemmas and names used to group and compare them. */
export function scoreSentences(
  a: TextAnalysis,
  body: readonly SentenceInfo[],
  groupCount: Map<number, number>,
  lex: Lexicon,
  title?: SentenceInfo,
): Scored[] {
  const { tokens } = a;
  // each content word's lemma as a number (in order of first use), as the summary compares sentences by their lemmas
  // many times over; -1 for the other tokens
  const lemmaOf = new Int32Array(tokens.length).fill(-1);
  const ids = new Map<string, number>();
  const tf: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isContent(t)) continue;
    const lemma = t.analyses[0]!.lemma;
    let id = ids.get(lemma);
    if (id === undefined) {
      id = tf.length;
      ids.set(lemma, id);
      tf.push(0);
    }
    lemmaOf[i] = id;
    tf[id]!++;
  }
  const titleWords = new Set<number>();
  if (title) for (let i = title.tokenStart; i < title.tokenEnd; i++) if (lemmaOf[i]! >= 0) titleWords.add(lemmaOf[i]!);
  // what a lemma weighs in a sentence, once per lemma rather than once per word
  const weightOf = new Float64Array(tf.length);
  for (let id = 0; id < tf.length; id++) weightOf[id] = Math.log(1 + tf[id]!);
  // whether an entry's verb reports a statement, once per entry
  const reports = new Map<number, boolean>();
  const reportsAt = (entryId: number): boolean => {
    let r = reports.get(entryId);
    if (r === undefined) reports.set(entryId, (r = states(lex.entries[entryId]!)));
    return r;
  };
  return body.map((s, index) => {
    const lemmas = new Set<number>();
    let weight = 0;
    let reporting = 0;
    let words = 0;
    const entities = entitiesIn(a.entities, s.start, s.end);
    let e = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') words++;
      const top = t.analyses[0];
      if (!top) continue;
      while (e < entities.length && entities[e]!.end <= t.start) e++;
      // the words of a name (the "states" of الولايات المتحدة) are compared as the name, not as words
      const inName = e < entities.length && entities[e]!.start < t.end;
      const lemma = lemmaOf[i]!;
      if (lemma >= 0) {
        if (!inName) lemmas.add(lemma);
        weight += weightOf[lemma]!;
      }
      if (top.pos === 'verb' && top.entryId !== undefined && reportsAt(top.entryId)) reporting = 1;
    }
    const groups = new Set<number>();
    let figures = 0;
    let people = 0;
    let actors = 0;
    for (const e of entities) {
      if (isFigure(e)) figures++;
      else groups.add(e.group!);
      if (e.type === 'PERSON') {
        people++;
        // people named with their office (نائبة وزير الخارجية ويندي شيرمان) are the actors of the story
        if (e.roleFromText) actors = Math.min(2, actors + 1);
      }
    }
    let salience = 0;
    for (const g of groups) salience += Math.log(1 + (groupCount.get(g) ?? 0));
    // a statement by a named person is news a reader wants attributed
    const speaker = reporting && people ? 1 : 0;
    // the headline names what the article is about
    let onTitle = 0;
    for (const l of lemmas) if (titleWords.has(l)) onTitle++;
    const W = SCORE_WEIGHTS;
    const score =
      (positionOf(index) * W.position +
        (weight / Math.max(4, words)) * W.lemmaWeight +
        salience * W.salience +
        reporting * W.reporting +
        speaker * W.speaker +
        actors * W.actors +
        (onTitle / Math.max(3, titleWords.size)) * W.onTitle +
        Math.min(figures, 2) * W.figures) *
      lengthFitOf(words);
    const opens = opener(tokens, s);
    return { s, index, score: opens === 'aside' ? score * ASIDE_WORTH : score, lemmas, groups, entities, words, opener: opens };
  });
}

/** The stem and the lemma of each of a sentence's first words, as loose keys. */
function openingKeys(tokens: TextAnalysis['tokens'], s: SentenceInfo): string[] {
  const first: string[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd && first.length < 2 * OPENING_WORDS; i++) {
    const top = tokens[i]!.analyses[0];
    if (tokens[i]!.kind !== 'word' || !top) continue;
    const stem = top.segments.find((x) => x.role === 'stem');
    first.push(looseKey(stem?.text ?? tokens[i]!.text), looseKey(top.lemma));
  }
  return first;
}

/** How a sentence opens: carrying on the thread before it, turning to another, or neither (undefined). */
function opener(tokens: TextAnalysis['tokens'], s: SentenceInfo): Scored['opener'] {
  const first = openingKeys(tokens, s);
  for (const rule of OPENER_RULES) if (rule.applies(first)) return rule.opener;
  return undefined;
}

/** The opening-cue rule that decides how sentence s opens (for tests and tools). */
export function openerRuleOf(tokens: TextAnalysis['tokens'], s: SentenceInfo): OpenerRule | undefined {
  const first = openingKeys(tokens, s);
  return OPENER_RULES.find((r) => r.applies(first));
}
