/**
 * The summary's weights, each with why: a sentence's score (SCORE_WEIGHTS), topics (TOPIC_WEIGHTS) and the choice of
 * points (SELECTION_WEIGHTS). A sentence's score is the weighted sum of its features, times its length fit; asides
 * count for ASIDE_WORTH of that.
 */
export const SCORE_WEIGHTS = {
  /** News puts its point first: the lead sentence (2.5) and the next (1.2) weigh most, then 1/√(n+1). */
  position: 2,
  /** How much the sentence's words recur across the article (log term frequency, per word, at least four words). */
  lemmaWeight: 1,
  /** The people, places and bodies the article keeps naming (log of each group's mentions). */
  salience: 0.6,
  /** A verb of saying (lexicon `class=reporting`) or of offering (`class=proposal`): a statement or a proposal. */
  reporting: 0.8,
  /** …said by a named person: news a reader wants attributed. */
  speaker: 0.6,
  /** People named with their office in the text (نائبة وزير الخارجية ويندي شيرمان), at most two: the story's actors. */
  actors: 0.5,
  /** Share of the headline's content words in the sentence: the headline names what the article is about. */
  onTitle: 1.5,
  /** Numbers and dates, at most two: figures a reader wants to keep. */
  figures: 0.9,
} as const;

/** Sentence position → its position feature: the lead and the second sentence, then a slow decay. */
export const positionOf = (index: number): number => (index === 0 ? 2.5 : index === 1 ? 1.2 : 1 / Math.sqrt(index + 1));

/** Very short sentences (< 6 words) are captions or fragments; very long ones (> 60) are hard to render in a point. */
export const lengthFitOf = (words: number): number => (words < 6 ? 0.3 : words > 60 ? 0.7 : 1);

/** An aside (another story told at the end of an article: في سياق آخر) is worth less to this article's summary. */
export const ASIDE_WORTH = 0.4;

/** How sentences group into topics (summary-topics.ts). */
export const TOPIC_WEIGHTS = {
  /** a sentence joins the topic it shares most with, from this similarity up */
  join: 0.25,
  /** one shared distinctive name, in the similarity: a name alone is not a topic, it counts with shared words */
  name: 0.12,
  /** the similarity of shared words: half the share of the sentence's lemmas the topic has */
  words: 0.5,
  /** a topic's strength is its best sentence plus this much of its second best */
  secondBest: 0.5,
} as const;

/** How points are chosen and joined (summary-select.ts, summary.ts). */
export const SELECTION_WEIGHTS = {
  /** sentences sharing this much of the shorter one's words say the same thing twice */
  duplicate: 0.5,
  /** the worth of a sentence from a thread that already has a point */
  sameThread: 0.6,
  /** a sentence worth less than this share of the best one does not join a point */
  worthTelling: 0.2,
  /** what a sentence loses for the share of its names and figures told already, and for its repeated words */
  alreadyTold: 0.5,
  repeated: 0.5,
  /** two sentences longer than this together (Arabic words) make too long a point to merge */
  mergedWords: 70,
  /** what the score of a sentence the rules can barely read is multiplied by (its English would not be trusted) */
  doubtful: 0.5,
} as const;
