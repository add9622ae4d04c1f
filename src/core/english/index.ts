/** The offline English: the gist of a sentence by rules, and the short glosses shown under words. */
export { firstSense, plural, sentenceCase } from './english-words';
export { gistOf } from './gist';
export { GLOSS_RULES } from './gloss-rules';
export { objectThroughBi } from './readings';
export { glossView, shortGloss } from './short-gloss';
export type { GlossSpan } from './short-gloss';
export { sentenceUnits } from './units';
export { englishSentences, sentenceEnglish } from './sentence-english';
export type { SentenceEnglish } from './sentence-english';
export { tooDoubtful } from './keywords';
export { explainWord, WORD_UNIT_RULES } from './word-unit-rules';
export type { WordUnitRule } from './word-unit-rules';
