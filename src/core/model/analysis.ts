/** One reading of a word: its segments, lemma and glosses, as the analyser gives it and every view shows it. */
export type SegmentRole = 'proclitic' | 'article' | 'stem' | 'suffix' | 'enclitic';

export interface Segment {
  text: string;
  role: SegmentRole;
  gloss?: string;
}

export interface Analysis {
  lemma: string;
  pos: string;
  root?: string;
  gloss: string[];
  segments: Segment[];
  translit?: string;
  /** feature label of the form (plural, perfect she, passive …) */
  features?: string;
  /** verb form (I–X) when known */
  verbForm?: string;
  /** lexicon entry id; absent for guesses */
  entryId?: number;
  score: number;
}
