/**
 * English of Arabic adjective forms: غير + adjective (غير متوقع "unexpected"), an elative's superlative (أكبر قاعدة
 * "the biggest base"), أكثر / أقل + an accusative noun (أكثر غموضا "more vague"), and the adverb of an adjective after
 * بشكل (بشكل قانوني "legally").
 */
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../model';
import type { Token } from '../model';
import { firstSense } from './english-words';
import { IN_ADJECTIVE, UN_ADJECTIVE } from './unit-words';

/** غير + adjective in English: unexpected, indirect, otherwise "not …". */
export function negatedAdjective(adj: string): string {
  if (UN_ADJECTIVE.test(adj)) return `un${adj}`;
  if (IN_ADJECTIVE.test(adj)) return `in${adj}`;
  return `not ${adj}`;
}

/** The first sense of أكثر and أقل, which compare by a noun after them. */
export const COMPARATIVE = /^(more|less)$/;

/**
 * The quality an indefinite accusative noun names after أكثر / أقل (أكثر غموضا "more vague", أقل تعقيدا "less
 * complicated"): an adjective of its root, else the noun itself.
 */
export function comparedQuality(t: Token | undefined, lex: Lexicon): string | undefined {
  const noun = t?.analyses[0];
  if (!noun || noun.pos !== 'noun' || noun.grammar.case !== 'accusative') return undefined;
  const adj = noun.root ? lex.wordsOfRoot(noun.root).find((e) => e.pos === 'adj') : undefined;
  return firstSense(adj ? adj.glosses : noun.gloss) || undefined;
}

/** Ordinals are superlatives already (أول لاعب "the first player", not "the earliest"). */
const ORDINAL = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)$/;
/** The superlative among an elative adjective's senses (bigger; biggest → biggest). */
export const superlativeOf = (a: Analysis): string | undefined =>
  ORDINAL.test(a.gloss[0]?.trim() ?? '') ? a.gloss[0]!.trim() : a.gloss.find((g) => /^(\w+est|most \w+|worst|least)$/.test(g.trim()));

const IRREGULAR_ADVERBS: Readonly<Record<string, string>> = {
  good: 'well',
  better: 'better',
  best: 'best',
  fast: 'quickly',
  quick: 'quickly',
  many: 'a lot',
  much: 'a lot',
  few: 'little',
  little: 'little',
  hard: 'hard',
  early: 'early',
  late: 'late',
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
  public: 'publicly',
  true: 'truly',
  whole: 'wholly',
  continuing: 'continuously',
  ongoing: 'continuously',
};

/** The English adverb of a one-word adjective (legal → legally, possible → possibly, basic → basically, good → well). */
export function adverbOf(adj: string): string | undefined {
  if (!/^[a-z]+$/.test(adj)) return undefined;
  const irregular = IRREGULAR_ADVERBS[adj];
  if (irregular) return irregular;
  if (/ly$/.test(adj)) return undefined; // friendly, elderly: no adverb of their own
  if (/ic$/.test(adj)) return `${adj}ally`;
  if (/[^aeiou]le$/.test(adj)) return `${adj.slice(0, -1)}y`;
  if (/[^aeiou]y$/.test(adj)) return `${adj.slice(0, -1)}ily`;
  if (/ll$/.test(adj)) return `${adj}y`;
  return `${adj}ly`;
}
