/** The analysis of a text: the shape of the CLI's JSON (../shared/eval/CONTRACT.md) and of what the views show. */
import type { Language } from '../text';
import type { Analysis } from './analysis';
import type { TokenKind } from '../text';

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  analyses: Analysis[];
}

export interface Phrase extends Span {
  text: string;
  gloss: string[];
  /** the phrase's first word as the list writes it (its loose key): a clitic written there (بشكل) is the phrase's own */
  firstWord?: string;
  /** index of the first and one past the last token */
  tokenStart: number;
  tokenEnd: number;
}

export type EntityType = 'PERSON' | 'LOCATION' | 'ORGANIZATION' | 'DATE' | 'NUMBER' | 'MISC';

export interface Entity extends Span {
  text: string;
  type: EntityType;
  english: string;
  role?: string;
  /** true when the English name is a transliteration guess, not a gazetteer entry */
  guessed?: boolean;
  /**
   * How sure the recognition is, 0–1: a name from the gazetteer or after a title is sure; a name guessed from its
   * context (after "said", an unknown word after a nationality) or a surname with no full name in the text is not.
   */
  confidence: number;
  /** id shared by all mentions of one real thing */
  group?: number;
  /** the role was read in this text rather than taken from the gazetteer */
  roleFromText?: boolean;
}

export interface SummaryPoint {
  text: string;
  evidence: Span[];
  topic?: string;
  /** who / what / where / when */
  fiveW?: { who?: string; what?: string; where?: string; when?: string };
}

export interface Summary {
  headline: string;
  points: SummaryPoint[];
  /** "offline gist" or the provider that wrote the English */
  provider?: string;
}

export interface SentenceInfo extends Span {
  tokenStart: number;
  tokenEnd: number;
}

export interface TextAnalysis {
  text: string;
  language: Language;
  title?: string;
  tokens: Token[];
  phrases: Phrase[];
  entities: Entity[];
  summary: Summary;
  sentences: SentenceInfo[];
}
