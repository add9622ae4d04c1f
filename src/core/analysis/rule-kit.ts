/** What every reading rule is made of: its descriptor, its worked examples, and how close a reading must rank to win. */
import type { Lexicon } from '../lexicon';
import type { Analysis, Grammar, Phrase, ReadingReason, Token } from '../model';

/** One worked example: in `text`, the word `word` is read with this lemma (vowels ignored) and this first sense. */
export interface RuleExample {
  text: string;
  word: string;
  lemma?: string;
  gloss?: string;
  /** fields the chosen reading's grammar has ({ aspect: 'imperative' }), where the lemma alone does not tell the readings apart */
  grammar?: Grammar;
}

/** What a rule decides for a word: which of its readings, why, and maybe the senses in context. */
export interface ReadingChoice {
  index: number;
  reason: ReadingReason;
  /** the senses in their order in this context */
  senses?: string[];
  /** the English of the last proclitic in this context (لـ "to" before a verbal noun of purpose) */
  proclitic?: string;
}

export interface ReadingRule {
  id: string;
  description: string;
  examples: readonly RuleExample[];
  counterExamples: readonly RuleExample[];
  /** 'phrase' rules run once the phrases are found, on the words of each phrase (`phrase` is then set) */
  phase: 'word' | 'phrase';
  /** `topic` is what the text is about, when its words say (see text-topic.ts) */
  apply(tokens: readonly Token[], i: number, lex: Lexicon, phrase?: Phrase, topic?: string): ReadingChoice | null;
}

/** The reading rules' weights, each with why. */
export const RULE_WEIGHTS = {
  /** how much worse (in the analyser's score) a reading may rank alone and still win on context */
  margin: 2,
  /** in direct speech, a second-person or imperative reading may rank this much lower still: the analyser's rare-cell
   *  penalty (READING_WEIGHTS.rareForm) on top of the usual margin */
  speechMargin: 3.2,
  /** how many words after يا (and أيها) still address the same person */
  vocativeReach: 5,
} as const;
export const MARGIN = RULE_WEIGHTS.margin;

/** The best reading k > 0 that passes `ok` and ranks within `margin` of the top one. */
export function closeReading(t: Token, ok: (a: Analysis) => boolean, margin: number = MARGIN): number {
  const top = t.analyses[0]!;
  for (let k = 1; k < t.analyses.length; k++) {
    const a = t.analyses[k]!;
    if (top.score - a.score > margin) break;
    if (ok(a)) return k;
  }
  return -1;
}
