import type { Grammar } from './grammar';

/** One reading of a word: its segments, lemma and glosses, as the analyser gives it and every view shows it. */
export type SegmentRole = 'proclitic' | 'article' | 'stem' | 'suffix' | 'enclitic';

export interface Segment {
  text: string;
  role: SegmentRole;
  gloss?: string;
}

/**
 * The parts of speech the lexicon writes (docs/data-format.md). The data compiler (scripts/data-compiler.mjs) checks
 * every line against the same list; tests/unit/core/lexicon/data.test.ts keeps the two equal.
 */
export const LEXICON_POS = ['noun', 'verb', 'adj', 'adv', 'prep', 'conj', 'part', 'pron', 'num', 'interj', 'abbrev'] as const;
export type LexiconPos = (typeof LEXICON_POS)[number];
/** A reading's part of speech: the lexicon's, a name from the gazetteer (propn), or a guess for an unknown word. */
export type Pos = LexiconPos | 'propn' | 'unknown';

export interface Analysis {
  lemma: string;
  pos: Pos;
  root?: string;
  gloss: string[];
  segments: Segment[];
  translit?: string;
  /** the word as read in this analysis (clitics included), with the case ending only where the sentence shows it */
  vowelled?: string;
  /** what the form shows: aspect, mood, voice, person, number, gender, state, case (the views write its label) */
  grammar: Grammar;
  /** an unknown word: lexicon words of the root guessed for it (at most three lemmas) */
  related?: string[];
  /** verb form (I–X) when known */
  verbForm?: string;
  /** lexicon entry id; absent for guesses */
  entryId?: number;
  /** a usage note that is not a sense (+ jussive, feminine, after قال), from the entry's `note=` */
  note?: string;
  /** why the context chose this reading over a close other one (see analysis/reading-rules.ts) */
  reason?: ReadingReason;
  score: number;
}

/** The rule that chose a reading in context, and the neighbour word it names ("as an adjective after قوة"). */
export interface ReadingReason {
  rule: string;
  word?: string;
}
