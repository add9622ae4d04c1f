/** The data the core is given (lemmas, phrases, gazetteer) and the indexes over it. */
export { Gazetteer, NameVariant } from './gazetteer';
export type { NameEntry } from './gazetteer';
export { packData, splitList, unpackData } from './lexicon-data';
export type { GazetteerRow, LexiconData, PackedLexiconData, PrebuiltIndex } from './lexicon-data';
export { Lexicon, entryRow } from './lexicon';
export { encodeIndex, FormIndex } from './form-index';
export type { RawHit } from './form-index';

export type { FormHit, LexEntry } from './lexicon';
export { PhraseIndex, bareKey, phraseWordsOf, type PhraseWord } from './phrases';
export { entrySurfaceForms } from './entry-forms';
