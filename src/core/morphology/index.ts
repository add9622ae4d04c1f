/** One word at a time: the clitic splits of a surface form, matched against the lexicon and ranked. */
export { analyzeWord } from './morphology';
export type { WordContext } from './reading-score';
/** The word as read: clitics, article and pronoun suffixes vowelled around the stem. */
export { encliticCells } from './vowelled-word';
/** The clitics as data, each with an example word (tests/unit/core/morphology/morphology.test.ts reads each example back). */
export { CONJUNCTIONS, ENCLITICS, PARTICLES } from './clitics';
