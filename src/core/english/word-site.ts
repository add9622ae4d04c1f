/** The word a word-unit rule is asked about (word-unit-rules.ts), with what every rule needs of it worked out once. */
import type { Lexicon } from '../lexicon';
import type { Analysis, Token } from '../model';
import { looseKey } from '../text';
import { firstSense } from './english-words';
import { enclitic, preOf, proclitics } from './readings';
import type { Unit, UnitKind } from './unit';
import { POSSESSIVE } from './unit-words';

/** A unit before it is placed: the token index is the word's. */
export type WordUnit = Omit<Unit, 'tokenIndex'>;

/** The word a rule is asked about, with what every rule needs of it worked out once. */
export interface WordSite {
  /** the units of the sentence so far */
  units: readonly Unit[];
  tokens: readonly Token[];
  /** the word's token, and the end of the sentence */
  i: number;
  to: number;
  /** the reading the gist follows (readings.ts, readingOf) */
  top: Analysis;
  lex: Lexicon;
  /** the proclitics, bare (و، ب، ل، س …) */
  pros: string[];
  /** the loose key of the stem (of the word when it has no stem segment) and of the lemma */
  stemKey: string;
  lemmaKey: string;
  /** the pronoun suffix, bare, and its English as [possessive, object] */
  enc: string | undefined;
  pron: [string, string] | undefined;
  /** the English of the proclitics other than the future س (and, with, for) */
  pre: string | undefined;
}

/** What a rule makes: the word's units, and the last token they use when the rule takes the next word too. */
export interface WordUnits {
  units: WordUnit[];
  last?: number;
}

/** What a rule makes of a word that is one unit. */
export const one = (u: WordUnit): WordUnits => ({ units: [u] });

/** Nouns of places, which ب puts "in", and of institutions, which it puts "at". */
const PLACE_NOUN =
  /^(city|town|village|capital|country|province|region|area|district|neighbourhood|governorate|camp|prison|building|palace|stadium|square|street)$/;
const INSTITUTION_NOUN =
  /^(university|school|college|hospital|ministry|airport|court|centre|center|headquarters|embassy|museum|library|institute|faculty|station)$/;

/** Means of transport, which ب travels "by" (بالسيارة "by car"). */
export const VEHICLE_NOUN =
  /^(car|plane|aircraft|airplane|train|bus|boat|ship|taxi|bicycle|bike|helicopter|ferry|truck|lorry|motorcycle|metro)$/;

/** Where ب on a noun puts it: "in" a place, "at" an institution, "by" a vehicle; false for any other word. */
function placeOf(top: Analysis): false | 'in' | 'at' | 'by' {
  if (top.pos !== 'noun') return false;
  const sense = firstSense(top.gloss);
  return PLACE_NOUN.test(sense) ? 'in' : INSTITUTION_NOUN.test(sense) ? 'at' : VEHICLE_NOUN.test(sense) ? 'by' : false;
}

/** What the rules need of the word at token i, read as `top`. */
export function wordSite(units: readonly Unit[], tokens: readonly Token[], i: number, to: number, top: Analysis, lex: Lexicon): WordSite {
  const pros = proclitics(top);
  const stem = top.segments.find((s) => s.role === 'stem');
  const enc = enclitic(top);
  return {
    units,
    tokens,
    i,
    to,
    top,
    lex,
    pros,
    stemKey: looseKey(stem ? stem.text : tokens[i]!.text),
    lemmaKey: looseKey(top.lemma),
    enc,
    pron: enc ? POSSESSIVE[enc] : undefined,
    // بمدينة "in the city", بجامعة "at the university": ب on a place or an institution is where
    pre: preOf(
      pros.filter((x) => x !== 'س'),
      placeOf(top),
    ),
  };
}

export interface WordUnitExample {
  text: string;
  word: string;
  /** the kind and English of the (last) unit the rule makes for the word */
  kind: UnitKind;
  en: string;
}

export interface WordUnitRule {
  id: string;
  description: string;
  examples: readonly WordUnitExample[];
  /** words of a sentence this rule must not decide */
  counterExamples: readonly { text: string; word: string }[];
  apply(w: WordSite): WordUnits | null;
}
