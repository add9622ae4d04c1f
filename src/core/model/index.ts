/** The shapes every package and view shares: tokens, readings (Analysis), phrases, entities, summary, the analysis of a text. */
export { LEXICON_POS } from './analysis';
export type { Analysis, LexiconPos, Pos, ReadingReason, Segment } from './analysis';
export type { Entity, EntityType, Phrase, SentenceInfo, Span, Summary, SummaryPoint, TextAnalysis, Token } from './types';
export { definiteOf, grammar, grammarCode, grammarFromCode, isPluralOrDual, NO_GRAMMAR, withGrammar } from './grammar';
export type { Aspect, Case, Gender, Grammar, GrammaticalNumber, Mood, Person, State, Voice } from './grammar';
