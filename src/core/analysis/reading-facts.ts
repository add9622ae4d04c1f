/**
 * What a reading of a word says about its grammar in a phrase: definiteness, gender and number, the clitics it
 * carries. The context rules (reading-rules.ts) compare two neighbours with these.
 */
import type { Analysis, Token } from '../model';

const MARKS = /[\u064B-\u0652\u0670\u0640]/g;
/** A word without its vowel marks and tatweel. */
export const bare = (s: string): string => s.replace(MARKS, '');

// (loops rather than some/find: the rules ask these at every word, and a closure per call adds up)
export function hasRole(a: Analysis, role: string): boolean {
  for (const s of a.segments) if (s.role === role) return true;
  return false;
}
export const hasArticle = (a: Analysis): boolean => hasRole(a, 'article');

/** The proclitics of a reading without their vowels (و، ب، ل …). */
export const procliticsOf = (a: Analysis): string[] => a.segments.filter((s) => s.role === 'proclitic').map((s) => bare(s.text));

/** The stem of a reading without its vowels. */
export function stemOf(a: Analysis): string {
  for (const s of a.segments) if (s.role === 'stem') return bare(s.text);
  return '';
}

/** A name, a word with the article or a word with a possessive suffix is definite. */
export const isDefinite = (a: Analysis): boolean => a.pos === 'propn' || hasArticle(a) || hasRole(a, 'enclitic');

/** A nominal reading's own number and gender (a verb's belong to its subject) */
const numberOf = (a: Analysis) => (a.pos === 'verb' ? undefined : a.grammar.number);
const feminine = (a: Analysis): boolean => a.pos !== 'verb' && a.grammar.gender === 'feminine';

/** A singular noun marked feminine by its ة (قوة، دولة), or a form the lexicon labels feminine. */
function markedFeminine(a: Analysis): boolean {
  if (feminine(a)) return true;
  const s = stemOf(a);
  return s.endsWith('\u0629') || (hasRole(a, 'enclitic') && s.endsWith('\u062A')); // ة ، ت before a suffix
}

/**
 * Whether an adjective reading can describe the noun reading before it: the same definiteness, and gender and
 * number as Arabic agrees them (a plural of things takes a feminine singular: الممرات البحرية). A name's gender
 * is not known, so only its number counts.
 */
export function agrees(noun: Analysis, adj: Analysis): boolean {
  if (isDefinite(noun) !== hasArticle(adj)) return false;
  const adjDual = numberOf(adj) === 'dual';
  const adjPlural = numberOf(adj) === 'plural';
  const adjFem = feminine(adj) && !adjDual && !adjPlural;
  const nounDual = numberOf(noun) === 'dual';
  const nounPlural = numberOf(noun) === 'plural';
  if (adjDual || nounDual) return adjDual && nounDual;
  if (adjPlural) return nounPlural;
  if (nounPlural) return adjFem;
  return noun.pos === 'propn' || adjFem === markedFeminine(noun);
}

/** The word token just before token i, when nothing (no punctuation) stands between them. */
export function wordBefore(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i - 1];
  return t && t.kind === 'word' && t.analyses.length ? t : undefined;
}

/** The word token just after token i, when nothing stands between them. */
export function wordAfter(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i + 1];
  return t && t.kind === 'word' && t.analyses.length ? t : undefined;
}
