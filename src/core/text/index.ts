/** Text before words have meanings: normalisation, tokens and sentences, language detection, transliteration. */
export { detectLanguage, passageLanguage } from './language';
export type { Language } from './language';
export { nameToEnglish } from './name-translit';
export { LOOSE_RULES, STRICT_RULES, looseKey, strictKey, stripDiacritics } from './normalize';
export { AR_CHAR, AR_MARK, isArabicLetter, isArabicMark, splitSentences, tokenize } from './tokenize';
export type { TokenKind } from './tokenize';
export { transliterate, transliterateBare } from './translit';
export { readingTranslit, vowelledSegments } from './reading-translit';
