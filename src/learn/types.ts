/** The saved-word model shared by the store, the exports, the messages and the views. Plain JSON: storable as is. */

/** FSRS memory state of one card (ts-fsrs `Card` with dates as ISO strings, so it survives JSON storage). */
export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`) */
  state: 0 | 1 | 2 | 3;
  lastReview?: string;
}

/** The sentence a word was saved from, with the word marked by [start, end) offsets into `text`. */
export interface MarkedSentence {
  text: string;
  start: number;
  end: number;
}

export interface SavedWord {
  /** `lemma|pos`: saving the same lemma and part of speech again updates this record */
  id: string;
  /** the dictionary form as the analyser gives it (the key, with pos) */
  lemma: string;
  /** the fully vowelled dictionary form */
  vowelled: string;
  gloss: string;
  root?: string;
  pos: string;
  translit?: string;
  sentence: MarkedSentence;
  title?: string;
  url: string;
  /** ISO date of the first save */
  savedAt: string;
  /** ISO date of the last change to the word's content (save again, note, known) */
  updatedAt: string;
  note: string;
  /** the learner knows this word: it counts as known and is left out of reviews */
  known: boolean;
  card: CardState;
  /** the reading choice in the sentence the word was saved from (see ReadingChoice) */
  reading?: ReadingChoice;
}

/**
 * Which reading of the word the analyser chose in its sentence when it was saved (`chosen`, `lemma|pos`), and which one
 * the learner saved (`rank` 0: that one; 1, 2 …: one they picked with A). The saved word keeps what it was saved as,
 * so a later change to the analyser's reading shows as a difference instead of changing the word.
 */
export interface ReadingChoice {
  chosen: string;
  rank: number;
  /** the rule that chose the first reading in that sentence, when one did (`ReadingReason.rule`: adjective-after-noun …) */
  rule?: string;
}

/** Grades of a review, as ts-fsrs numbers them. */
export type Grade = 1 | 2 | 3 | 4;

/** What a view or the content script sends to save a word (the context is trimmed to its sentence). */
export interface SaveWordParams {
  /** the analysis' dictionary form (`WordAnalysis.lemma`) */
  lemma: string;
  /** the analysis' part of speech (`WordAnalysis.pos`) */
  pos: string;
  /** the analysis' glosses, learner order (`WordAnalysis.gloss`) */
  gloss: string[];
  root?: string;
  translit?: string;
  /** the vowelled form when it differs from `lemma` */
  vowelled?: string;
  /** the text the word was looked up in (a lookup's `context`) */
  context: string;
  /** the word's offsets in `context` (a LookupResult's `start`/`end`) */
  start: number;
  end: number;
  url: string;
  title?: string;
  note?: string;
  /** the sentence's reading choice (the analyser's first reading, and the rank of the one saved) */
  reading?: ReadingChoice;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ReviewItem {
  word: SavedWord;
  /** due cards left, this one included */
  due: number;
  /** when the card would next be due after each grade (ISO), for the grade buttons */
  next: Record<Grade, string>;
  /** nothing is due now: this card (in its learning steps) is the session's next, due at this time (ISO) */
  at?: string;
}

export type ExportFormat = 'csv' | 'tsv' | 'json';

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
  count: number;
}

export interface AnkiPushResult {
  added: number;
  /** notes Anki refused as duplicates of notes already in the deck */
  duplicates: number;
}

/** `lemma|pos`, the key of a saved word. */
export const wordId = (lemma: string, pos: string): string => `${lemma.normalize('NFC')}|${pos}`;

/** Saved words kept aside because they could not be read (never dropped: the user exports or discards them). */
export interface VocabularyHealth {
  unreadable: number;
  /** why, for the first few */
  reasons: string[];
}
