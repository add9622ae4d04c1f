/** Generates the surface forms of a lemma: noun and adjective inflection, verb conjugation by form and root class. */
export { F, nounForms } from './inflect';
export type { FormSink, SurfaceForm } from './inflect';
export { verbForms } from './verb-forms';
/** The vowels of a generated form, from its vowelled lemma, plural, feminine or verb pattern. */
export { nounVowels, withLetters } from './noun-vowels';
export type { NounTemplates } from './noun-vowels';
export { verbVowels } from './verb-vowels';
export type { VerbTemplates } from './verb-vowels';
export {
  cell,
  copyCells,
  DAMMA,
  DAMMATAN,
  FATHA,
  FATHATAN,
  fromCells,
  KASRA,
  KASRATAN,
  lemmaCells,
  setVowel,
  SHADDA,
  SUKUN,
  toCells,
  vowelOf,
} from './vowel-cells';
export type { Cell } from './vowel-cells';
