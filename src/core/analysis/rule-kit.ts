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
  /**
   * A quick test of the words the rule can decide, by their readings alone (the same for every token of a word, so
   * chooseReadings asks it once per word and skips the rule elsewhere); `apply` never decides a word the test rejects.
   * Without it the rule is asked at every word.
   */
  appliesTo?: (list: readonly Analysis[], lex: Lexicon) => boolean;
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

/** The best reading k > 0 of token t that passes `ok` and ranks within `margin` of the top one. */
export const closeReading = (t: Token, ok: (a: Analysis) => boolean, margin: number = MARGIN): number =>
  closeReadingOf(t.analyses, ok, margin);

/** The same in a list of readings. */
export function closeReadingOf(list: readonly Analysis[], ok: (a: Analysis) => boolean, margin: number = MARGIN): number {
  const top = list[0]!;
  for (let k = 1; k < list.length; k++) {
    const a = list[k]!;
    if (top.score - a.score > margin) break;
    if (ok(a)) return k;
  }
  return -1;
}
