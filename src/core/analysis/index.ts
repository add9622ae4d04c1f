/** The whole analysis of a text (tokens, readings, phrases, entities, summary), and the build-time index. */
export { Analyzer } from './analyze';
export { READING_RULES } from './reading-rules';
export type { ReadingRule, RuleExample } from './reading-rules';
export { vowelSpans } from './vowel-spans';
export type { VowelSpan } from './vowel-spans';
