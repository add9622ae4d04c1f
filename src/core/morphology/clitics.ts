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

/** Pronoun suffixes, longest first so that هما is tried before ها. */
export const ENCLITICS: readonly (Clitic & { verbOnly?: boolean })[] = [
  { key: '\u0647\u0645\u0627', gloss: 'them two; their', example: 'بينهما' }, // هما
  { key: '\u0643\u0645\u0627', gloss: 'you two; your', example: 'لكما' }, // كما
  { key: '\u0647\u0645', gloss: 'them; their', example: 'قادتهم' }, // هم
  { key: '\u0647\u0646', gloss: 'them (f); their', example: 'حقوقهن' }, // هن
  { key: '\u0643\u0645', gloss: 'you; your (pl)', example: 'بلادكم' }, // كم
  { key: '\u0643\u0646', gloss: 'you; your (f pl)', example: 'لكن' }, // كن
  { key: '\u0647\u0627', gloss: 'her; its; it', example: 'رئيسها' }, // ها
  { key: '\u0646\u064A', gloss: 'me', example: 'أبلغني', verbOnly: true }, // ني
  { key: '\u0646\u0627', gloss: 'us; our', example: 'بلادنا' }, // نا
  { key: '\u0647', gloss: 'him; his; it; its', example: 'رئيسه' }, // ه
  { key: '\u0643', gloss: 'you; your', example: 'كتابك' }, // ك
  { key: '\u064A', gloss: 'me; my', example: 'بلادي' }, // ي
];
