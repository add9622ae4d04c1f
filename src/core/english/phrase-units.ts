/**
 * Units of the phrases of the phrase list: a phrase is glossed as a whole, and does in the sentence what its first
 * word does, or what its English says it does (إلا أن "however" links clauses, بما في ذلك "including" is a
 * preposition, حركة طالبان "the Taliban" is a name, يذكر أن "it is worth noting that" opens a clause).
 */
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../model';
import type { Phrase, Token } from '../model';
import { splitCollocation, verbalSense } from './collocations';
import { looseKey } from '../text';
import { firstSense, plural } from './english-words';
import { MANY } from './noun-phrase';
import { isPlural, masculineSingular, personOf, preOf, proclitics, tenseOf, verbalOf } from './readings';
import type { Unit, UnitKind } from './unit';

/** A phrase whose English links clauses (إلا أن "however", في حين "while") works as a conjunction. */
const CONNECTIVE_EN =
  /^(however|but|also|moreover|meanwhile|therefore|yet|although|though|while|whereas|because|since|in addition|on the other hand|by contrast|in return|nevertheless|furthermore|thus|hence|otherwise|instead)$/;
/** A phrase whose English is a preposition (بما في ذلك "including", وفق ما "according to") works as one. */
export const PREPOSITION_EN =
  /^(including|regarding|concerning|despite|during|amid|following|against|towards|through|via|for|as for|near|around|behind|under|above|below|beside|among|within|without|outside|inside|across|along|beyond|throughout|unlike|by|until)$|^(?!(a|an|the) ).*\b(to|of|from|with)$/;

/** A phrase whose first sense is a bare preposition (من قبل "by"), which needs a noun after it to govern. */
const BARE_PREPOSITION = /^(by|with|for|of|to|from|about|at|on|in|upon)$/;
/** A phrase whose English is an adverb of manner or degree (greatly, directly, in general, to a large extent). */
const ADVERB_EN =
  /^[a-z]+ly$|^(in|to|at|by|on) (general|part|full|particular|a large extent|large part|detail|depth|public|secret|person|advance|time|turn)$/;

/** A noun with neither the article nor a pronoun nor tanwin: it heads a construct when a noun follows. */
const constructState = (a: Analysis): boolean =>
  a.pos === 'noun' &&
  !a.segments.some((g) => g.role === 'article' || g.role === 'enclitic') &&
  !/[\u064B-\u064D]/.test(a.segments.find((g) => g.role === 'stem')?.text ?? '');

/**
 * Whether a phrase fits a verb token: one of its senses starts with one of the verb's (خفض الإنتاج "cut production"
 * on خفضت الإنتاج). A phrase the list means as a noun (رفع الدعم "lifting subsidies") does not fit the verb رفعت.
 */
export function phraseFits(p: Phrase, top: Analysis): boolean {
  return top.pos !== 'verb' || !!verbalSense(p.gloss, top.gloss);
}

/** The proclitics of the first word that the phrase list writes as part of the phrase (the ب of بشكل كبير). */
function ownClitics(p: Phrase, top: Analysis): string {
  const stem = top.segments.find((g) => g.role === 'stem');
  const lead = p.firstWord ?? '';
  const key = stem ? looseKey(stem.text) : '';
  return key && lead.length > key.length && lead.endsWith(key) ? lead.slice(0, lead.length - key.length) : '';
}

/** The unit(s) of a phrase of the list starting at token i, read as its first word reads. */
export function phraseUnits(p: Phrase, top: Analysis, tokens: readonly Token[], i: number, lex: Lexicon): Unit[] {
  const en = firstSense(p.gloss);
  // بشكل كبير "greatly": a clitic the list writes as part of the phrase says nothing of its own (not "with greatly")
  const own = ownClitics(p, top);
  const pre = preOf(
    proclitics(top).filter((x) => x !== 'س' && !own.includes(x)),
    false,
  );
  // a sentence opener (يذكر أن "it is worth noting that", ما إذا كان "whether") introduces the clause after it
  if (/ that$|^whether$/.test(en)) return [{ kind: 'that', en, pre, phrase: true, tokenIndex: i }];
  // a name-like phrase (حركة طالبان "the Taliban") is a name: no construct chain after it
  if (/^(the )?[A-Z]/.test(en)) return [{ kind: 'name', en, pre, phrase: true, tokenIndex: i }];
  if (top.pos === 'verb') {
    const future: Unit[] = proclitics(top).includes('س') ? [{ kind: 'future', en: 'will', tokenIndex: i }] : [];
    const verb: Unit = {
      kind: 'verb',
      en,
      pre,
      tense: tenseOf(top),
      person: personOf(top) || undefined,
      masculine: masculineSingular(top) || undefined,
      phrase: true,
      tokenIndex: i,
    };
    // a light verb and its noun (ستقدم مساعدات إنسانية): the noun stays a noun so its adjectives follow it
    const parts = p.tokenEnd - p.tokenStart === 2 ? splitCollocation(en) : null;
    const object = tokens[i + 1]?.analyses[0];
    if (!parts || object?.pos !== 'noun') return [...future, verb];
    const noun: Unit = {
      kind: 'noun',
      en: parts.noun,
      plural: isPlural(object) || /s$/.test(parts.noun),
      accusative: object.grammar.case === 'accusative' || undefined,
      tokenIndex: i + 1,
    };
    if (parts.article === 'the') noun.definite = true;
    return [...future, { ...verb, en: parts.verb }, noun];
  }
  if (CONNECTIVE_EN.test(en)) return [{ kind: 'conj', en, pre, phrase: true, tokenIndex: i }];
  // بشكل كبير "greatly", بصورة مباشرة "directly", على نحو واسع "widely": a manner phrase is an adverb
  if (ADVERB_EN.test(en) && !PREPOSITION_EN.test(en))
    return [{ kind: 'adv', en: pre === 'and' ? `and ${en}` : en, phrase: true, tokenIndex: i }];
  const last = tokens[p.tokenEnd - 1]?.analyses[0];
  // a phrase ending in a noun in the construct state governs the noun after it: a participle heading it is a noun too
  // (القائم بأعمال السفارة "the chargé d'affaires of the embassy")
  const openConstruct = p.tokenEnd - p.tokenStart > 1 && !!last && constructState(last);
  // a phrase of quantity (العديد من "many") heads the noun phrase it counts, whatever its first word is
  const kind: UnitKind =
    top.pos === 'adj' && !openConstruct && !MANY.test(en) ? 'adj' : top.pos === 'prep' || PREPOSITION_EN.test(en) ? 'prep' : 'noun';
  // من قبل with nothing after it to govern is its other sense (لم يحدث من قبل "never happened before"), an adverb
  const after = tokens[p.tokenEnd];
  if (BARE_PREPOSITION.test(en) && p.gloss.length > 1 && (!after || after.kind === 'punct' || after.analyses[0]?.pos === 'verb')) {
    const other = firstSense(p.gloss.slice(1));
    if (other) return [{ kind: 'adv', en: other, pre, phrase: true, tokenIndex: i }];
  }
  const pl = top.grammar.number === 'plural';
  const unit: Unit = { kind, en: kind === 'noun' && pl && !/s$/.test(en) ? plural(en) : en, plural: pl, pre, phrase: true, tokenIndex: i };
  // محادثات السلام is definite (a noun before it is "the … of peace talks"), but English puts "the" before the phrase
  // only when its first word has the article (الاجتماع الطارئ "the emergency meeting", خفض المخاطر "risk reduction")
  const article = tokens.slice(p.tokenStart, p.tokenEnd).map((x) => !!x.analyses[0]?.segments.some((g) => g.role === 'article'));
  unit.definite = article.includes(true);
  unit.bareDefinite = unit.definite && !article[0];
  // الحد من التسلح is still a verbal noun: وخفض after it is one too
  if (kind === 'noun') unit.verbal = verbalOf(top, lex);
  if (kind === 'noun' && openConstruct) unit.openConstruct = true;
  return [unit];
}
