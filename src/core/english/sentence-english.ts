/**
 * The English of every sentence of an analysed text, as the bilingual view shows it beside the Arabic: one line per
 * sentence, in order, with its span and kind ('sentence', or 'keywords' for a marked keyword rendering).
 */
import type { Lexicon } from '../lexicon';
import type { PhraseIndex } from '../lexicon';
import type { SentenceInfo, TextAnalysis } from '../model';
import { gistOf } from './gist';
import { keywordsOf, tooDoubtful } from './keywords';
import { sentenceUnits } from './units';

export interface SentenceEnglish {
  start: number;
  end: number;
  /** the English beside the sentence ('' when the rules find nothing to say) */
  english: string;
  kind: 'sentence' | 'keywords';
}

/** The English of one sentence of an analysed text. */
export function sentenceEnglish(
  a: TextAnalysis,
  s: SentenceInfo,
  lex: Lexicon,
  index?: PhraseIndex,
): Pick<SentenceEnglish, 'english' | 'kind'> {
  const units = sentenceUnits(a.tokens, s.tokenStart, s.tokenEnd, a.entities, a.phrases, lex, index);
  if (tooDoubtful(a.tokens, s, a.entities)) {
    const keywords = keywordsOf(units);
    if (keywords) return { english: keywords, kind: 'keywords' };
  }
  return { english: gistOf(units, true), kind: 'sentence' };
}

/** The English of every sentence of an analysed text, in order. */
export function englishSentences(a: TextAnalysis, lex: Lexicon, index?: PhraseIndex): SentenceEnglish[] {
  return a.sentences.map((s) => ({ start: s.start, end: s.end, ...sentenceEnglish(a, s, lex, index) }));
}
