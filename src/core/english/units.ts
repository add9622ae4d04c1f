/**
 * The first step of the offline gist: a sentence's tokens become units with an English rendering and a grammatical
 * role (name, noun, adjective, verb, preposition, particle …); entities and phrases become one unit each.
 */
import { entitiesIn } from '../entities';
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../model';
import { looseKey } from '../text';
import type { PhraseIndex } from '../lexicon';
import type { Entity, Phrase, Token } from '../model';
import { nameToEnglish } from '../text';
import { entitiesByToken, entityUnit } from './named-units';
import { applyCollocations } from './collocations';
import { resolveReferences } from './clause-references';
import { governPrepositions } from './governed-prepositions';
import { applyModals } from './modals';
import { comparedQuality, COMPARATIVE, negatedAdjective, superlativeOf } from './adjective-forms';
import { firstSense } from './english-words';
import { timeUnit, westernDigits } from './time-units';
import { phraseUnits } from './phrase-units';
import type { Unit, UnitKind } from './unit';
import { enclitic, governedWord, isPlural, objectThroughBi, personOf, preOf, readingOf, proclitics, tenseOf, verbalOf } from './readings';
import { IDIOM_EN, PLURAL_EN, POSSESSIVE, PREP_EN, presentSense, THAT_SUBJECT, WORD_EN } from './unit-words';

const DASH = /^[-–—]$/;
/** A nisba adjective (اقتصادي، إقليمي) classifies its noun: it goes next to it in English. */
const NISBA = /\u064A\u0651?$/; // ي (yeh) + shadda

/** Where the sentence proper starts: after a dateline (القاهرة (وكالات) - / واشنطن - …). */
function afterDateline(tokens: readonly Token[], from: number, to: number, entities: readonly Entity[]): number {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const t = tokens[k]!;
    const before = tokens[k - 1];
    if (t.kind !== 'punct' || !DASH.test(t.text) || k === from || !before) continue;
    // a place or an agency in brackets, then a dash
    if (
      before.text === ')' ||
      entitiesIn(entities, tokens[from]!.start, before.end).some((e) => e.type === 'LOCATION' && e.end === before.end)
    )
      return k + 1;
  }
  return from;
}

/** The index of the first phrase starting at token `start` or later (phrases come in text order). */
function firstPhraseFrom(phrases: readonly Phrase[], start: number): number {
  let lo = 0;
  let hi = phrases.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (phrases[mid]!.tokenStart < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The units of tokens [from, to). */
export function sentenceUnits(
  tokens: readonly Token[],
  start: number,
  to: number,
  entities: readonly Entity[],
  phrases: readonly Phrase[],
  lex: Lexicon,
  index?: PhraseIndex,
): Unit[] {
  const units: Unit[] = [];
  const entityAt = entitiesByToken(tokens, start, to, entities);
  const phraseAt = new Map<number, Phrase>();
  for (let k = firstPhraseFrom(phrases, start); k < phrases.length && phrases[k]!.tokenStart < to; k++)
    phraseAt.set(phrases[k]!.tokenStart, phrases[k]!);
  let depth = 0;
  let dashAfterAdjective = false;
  for (let i = afterDateline(tokens, start, to, entities); i < to; i++) {
    const t = tokens[i]!;
    const before = units.length;
    if (t.kind === 'punct') {
      if (/[,،;؛:]/.test(t.text)) units.push({ kind: 'stop', en: ',', tokenIndex: i });
      if (t.text === '(') depth++;
      if (t.text === ')') depth = Math.max(0, depth - 1);
      // روسية - أمريكية: two nisbas joined by a dash are one adjective, "Russian–American"
      if (DASH.test(t.text)) dashAfterAdjective = units[units.length - 1]?.kind === 'adj';
      continue;
    }
    const e = entityAt.get(i);
    const p = phraseAt.get(i);
    const top = readingOf(t, units, lex);
    const last = units[units.length - 1];
    // "Le Monde": a name in Latin letters is one unit however many words it has
    if (t.kind === 'latin' && last?.kind === 'name' && tokens[i - 1]?.kind === 'latin') last.en += ` ${t.text}`;
    else if (t.kind === 'latin') units.push({ kind: 'name', en: t.text, tokenIndex: i });
    else if (e) {
      units.push(entityUnit(units, t, i, e));
      while (i + 1 < to && tokens[i + 1]!.start < e.end) i++;
    } else if (p && p.tokenEnd <= to && top && !(top.pos === 'verb' && presentSense(top))) {
      units.push(...phraseUnits(p, top, tokens, i, lex));
      i = p.tokenEnd - 1;
    } else if (t.kind === 'number') units.push({ kind: 'figure', en: westernDigits(t.text), tokenIndex: i });
    else {
      const used = timeUnit(units, tokens, i);
      i = used ?? wordUnit(units, tokens, i, to, top, lex);
    }
    const added = units[units.length - 1];
    if (dashAfterAdjective && added?.kind === 'adj' && units.length === before + 1 && units[before - 1]?.kind === 'adj') {
      units[before - 1]!.en += `–${added.en}`;
      units.pop();
    }
    dashAfterAdjective = false;
    if (depth) for (let k = before; k < units.length; k++) units[k]!.aside = true;
  }
  if (index) applyCollocations(units, tokens, index);
  // a modal first makes its verbal noun a verb (يمكنك الحصول على "you can obtain"), whose prepositions are then a verb's
  applyModals(units);
  governPrepositions(units);
  resolveReferences(units);
  return units;
}

/** Adds the unit of an ordinary word at token i (reading top) and returns the index of the last token it used. */
function wordUnit(units: Unit[], tokens: readonly Token[], i: number, to: number, top: Analysis | undefined, lex: Lexicon): number {
  const t = tokens[i]!;
  const push = (u: Omit<Unit, 'tokenIndex'>) => units.push({ ...u, tokenIndex: i });
  if (!top || top.pos === 'unknown') {
    // a word the lexicon does not know is most often a name: it is written out, not dropped (فيدال "Fidal")
    const en = /[\u0621-\u064A]/.test(t.text) ? nameToEnglish(t.text) : '';
    push(en ? { kind: 'name', en, guessed: true } : { kind: 'skip', en: '' });
    return i;
  }
  const pros = proclitics(top);
  const stem = top.segments.find((s) => s.role === 'stem');
  const stemKey = stem ? looseKey(stem.text) : looseKey(t.text);
  const enc = enclitic(top);
  // كله، كلها after a noun: "all of it" adds nothing a gist needs
  if (stemKey === looseKey('كل') && enc) {
    push({ kind: 'skip', en: '' });
    return i;
  }
  // المدينة نفسها: نفس with a pronoun after a definite noun is "the same city"
  if (stemKey === looseKey('نفس') && enc && units[units.length - 1]?.definite) {
    push({ kind: 'adj', en: 'same', definite: true });
    return i;
  }
  // نفس اليوم: نفس before a definite noun is "the same day"
  const after = tokens[i + 1]?.analyses[0];
  if (stemKey === looseKey('نفس') && !enc && after?.segments.some((g) => g.role === 'article') && after.pos === 'noun') {
    push({ kind: 'adj', en: 'same', definite: true, pre: preOf(pros, false) });
    return i;
  }
  const idiom = IDIOM_EN[looseKey(t.text)];
  // ، ما أدى إلى: ما after a comma, before a verb, is "which"
  const which = stemKey === 'ما' && !pros.length && units[units.length - 1]?.kind === 'stop' && tokens[i + 1]?.analyses[0]?.pos === 'verb';
  if (idiom || which) {
    push(idiom ? { kind: idiom[0], en: idiom[1] } : { kind: 'rel', en: 'which' });
    return i;
  }
  const fixed = WORD_EN[stemKey];
  const pron = enc ? POSSESSIVE[enc] : undefined;
  const pre = preOf(
    pros.filter((x) => x !== 'س'),
    false,
  );
  if (fixed) {
    const [kind, en] = Array.isArray(fixed) ? fixed : [fixed, ''];
    const tail = kind === 'that' && enc ? ` ${THAT_SUBJECT[enc] ?? 'it'}` : '';
    // ولكن "but", not "and but": a conjunction takes no "and" from its و
    push({ kind, en: kind === 'that' ? `that${tail}` : en, pre: kind === 'conj' && pre === 'and' ? undefined : pre });
    return i;
  }
  const lemmaKey = looseKey(top.lemma);
  if (top.pos === 'prep' || PREP_EN[stemKey]) {
    push({ kind: 'prep', en: PREP_EN[stemKey] ?? PREP_EN[lemmaKey] ?? firstSense(top.gloss), pre, obj: pron?.[1] });
    return i;
  }
  if (top.pos === 'verb') {
    if (lemmaKey === 'تم') push({ kind: 'done', en: '', pre, tense: tenseOf(top) });
    else {
      if (pros.includes('س')) push({ kind: 'future', en: 'will' });
      if (lemmaKey === 'كان' || lemmaKey === 'اصبح' || lemmaKey === 'بات' || lemmaKey === 'ظل')
        push({ kind: 'aux', en: lemmaKey === 'كان' ? 'be' : 'become', pre, tense: tenseOf(top) });
      else
        push({
          kind: 'verb',
          en: presentSense(top) ?? firstSense(top.gloss),
          pre: pre === 'for' ? 'to' : pre,
          obj: pron?.[1],
          tense: tenseOf(top),
          person: personOf(top),
          passive: top.grammar.voice === 'passive',
          throughBi: objectThroughBi(top.entryId !== undefined ? lex.entries[top.entryId] : undefined),
          governs: governedWord(top.entryId !== undefined ? lex.entries[top.entryId] : undefined),
        });
    }
    return i;
  }
  // غير + adjective: "not expected"
  if (lemmaKey === looseKey('غير') && tokens[i + 1]?.analyses[0]?.pos === 'adj' && i + 1 < to) {
    push({ kind: 'adj', en: negatedAdjective(firstSense(tokens[i + 1]!.analyses[0]!.gloss)), pre });
    return i + 1;
  }
  if (top.pos === 'adj' && COMPARATIVE.test(top.gloss[0] ?? '')) {
    const quality = comparedQuality(tokens[i + 1], lex);
    if (quality) {
      // after a definite noun it is said of it (جعل الوضع أكثر غموضا "made the situation more vague")
      push({ kind: units[units.length - 1]?.definite ? 'adv' : 'adj', en: `${top.gloss[0]} ${quality}`, pre });
      return i + 1;
    }
  }
  if (top.pos === 'adj') {
    const definite = top.segments.some((s) => s.role === 'article');
    push({
      kind: 'adj',
      en: firstSense(top.gloss),
      pre,
      definite,
      plural: top.grammar.number === 'plural',
      superlative: superlativeOf(top),
      classifier: NISBA.test(top.lemma),
    });
    return i;
  }
  if (top.pos === 'noun' || top.pos === 'propn' || top.pos === 'num') {
    const own = PLURAL_EN[stemKey];
    push({
      kind: 'noun',
      en: own ? own[0] : firstSense(top.gloss),
      pre,
      poss: pron?.[0],
      pronoun: pron ? enc : undefined,
      plural: own ? own[1] : isPlural(top),
      definite: top.segments.some((s) => s.role === 'article'),
      // a plural verbal noun is a thing (إجراءات "measures"), not an action
      verbal: isPlural(top) ? undefined : verbalOf(top, lex),
    });
    return i;
  }
  const kind: UnitKind = top.pos === 'adv' || top.pos === 'pron' || top.pos === 'conj' ? top.pos : 'skip';
  push({ kind, en: kind === 'skip' ? '' : firstSense(top.gloss), pre });
  return i;
}
