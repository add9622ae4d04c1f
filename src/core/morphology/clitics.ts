/** Clitics of written Arabic as data: what attaches, where, and what it means to a learner. */

export interface Clitic {
  /** loose-key spelling */
  key: string;
  gloss: string;
  example: string;
}

// Conjunctions come first in the word, then a preposition or the future particle, then the article.
export const CONJUNCTIONS: readonly Clitic[] = [
  { key: '\u0648', gloss: 'and', example: 'وقال' }, // و
  { key: '\u0641', gloss: 'so; then', example: 'فقال' }, // ف
];

export const PARTICLES: readonly (Clitic & { verbOnly?: boolean; nounOnly?: boolean })[] = [
  { key: '\u0628', gloss: 'with; by; in', example: 'بالقرب', nounOnly: true }, // ب
  { key: '\u0643', gloss: 'like; as', example: 'كرئيس', nounOnly: true }, // ك
  { key: '\u0644', gloss: 'for; to', example: 'للرئيس' }, // ل (also "in order to" before a verb)
  { key: '\u0633', gloss: 'will', example: 'سيزور', verbOnly: true }, // س
];

export const ARTICLE_GLOSS = 'the';

/**
 * Pronoun suffixes, longest first so that هما is tried before ها. `gloss` is the pronoun after a verb or a preposition
 * (him, with him), `possessive` after a noun (his: بلاده "his country").
 */
export const ENCLITICS: readonly (Clitic & { verbOnly?: boolean; possessive: string })[] = [
  { key: '\u0647\u0645\u0627', gloss: 'them (two)', possessive: 'their (two)', example: 'بينهما' }, // هما
  { key: '\u0643\u0645\u0627', gloss: 'you (two)', possessive: 'your (two)', example: 'بلادكما' }, // كما
  { key: '\u0647\u0645', gloss: 'them', possessive: 'their', example: 'قادتهم' }, // هم
  { key: '\u0647\u0646', gloss: 'them (f)', possessive: 'their (f)', example: 'حقوقهن' }, // هن
  { key: '\u0643\u0645', gloss: 'you (pl)', possessive: 'your (pl)', example: 'بلادكم' }, // كم
  { key: '\u0643\u0646', gloss: 'you (f pl)', possessive: 'your (f pl)', example: 'حقوقكن' }, // كن
  { key: '\u0647\u0627', gloss: 'her; it', possessive: 'her; its', example: 'رئيسها' }, // ها
  { key: '\u0646\u064A', gloss: 'me', possessive: 'my', example: 'أبلغني', verbOnly: true }, // ني
  { key: '\u0646\u0627', gloss: 'us', possessive: 'our', example: 'بلادنا' }, // نا
  { key: '\u0647', gloss: 'him; it', possessive: 'his; its', example: 'رئيسه' }, // ه
  { key: '\u0643', gloss: 'you', possessive: 'your', example: 'كتابك' }, // ك
  { key: '\u064A', gloss: 'me', possessive: 'my', example: 'بلادي' }, // ي
];
