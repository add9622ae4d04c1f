/**
 * The first step of the offline gist: a sentence's tokens become units with an English rendering and a grammatical
 * role (name, noun, adjective, verb, preposition, particle …); entities and phrases become one unit each.
 */
import { possessionWithOwn } from './possession';
import { entitiesIn } from '../entities';
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../model';
import type { PhraseIndex } from '../lexicon';
import type { Entity, Phrase, Token } from '../model';
import { entitiesByToken, entityUnit } from './named-units';
import { applyCollocations } from './collocations';
import { resolveReferences } from './clause-references';
import { governPrepositions } from './governed-prepositions';
import { applyImpersonal, applyInfinitives, applyPlanned } from './infinitives';
import { applyModals } from './modals';
import { passivesWithoutObject } from './voice';
import { joinYears, timeUnit, westernDigits } from './time-units';
import { phraseFits, phraseUnits } from './phrase-units';
import type { Unit } from './unit';
import { readingOf } from './readings';
import { presentSense } from './unit-words';
import { wordSite } from './word-site';
import { decideWord, unknownWordUnit } from './word-unit-rules';

const DASH = /^[-–—]$/;

const OPEN_QUOTE = /^[«“]$/;
const CLOSE_QUOTE = /^[»”]$/;

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
  let quoted = false;
  let dashAfterAdjective = false;
  for (let i = afterDateline(tokens, start, to, entities); i < to; i++) {
    const t = tokens[i]!;
    const before = units.length;
    if (t.kind === 'punct') {
      if (/[,،;؛:]/.test(t.text)) units.push({ kind: 'stop', en: ',', tokenIndex: i });
      if (t.text === '(') depth++;
      if (t.text === ')') depth = Math.max(0, depth - 1);
      // « » and “ ” open and close; a straight quote opens or closes by turns
      if (OPEN_QUOTE.test(t.text)) quoted = true;
      else if (CLOSE_QUOTE.test(t.text)) quoted = false;
      else if (t.text === '"') quoted = !quoted;
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
    } else if (p && p.tokenEnd <= to && top && !(top.pos === 'verb' && presentSense(top)) && phraseFits(p, top)) {
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
    if (quoted) for (let k = before; k < units.length; k++) units[k]!.quoted = true;
  }
  joinYears(units);
  if (index) applyCollocations(units, tokens, index);
  // a modal first makes its verbal noun a verb (يمكنك الحصول على "you can obtain"), whose prepositions are then a verb's
  applyModals(units);
  applyInfinitives(units);
  applyImpersonal(units);
  applyPlanned(units);
  passivesWithoutObject(units, tokens, lex);
  governPrepositions(units);
  possessionWithOwn(units, tokens);
  resolveReferences(units);
  return units;
}

/** Adds the units of an ordinary word at token i (reading top), by the word-unit rules; returns the last token used. */
function wordUnit(units: Unit[], tokens: readonly Token[], i: number, to: number, top: Analysis | undefined, lex: Lexicon): number {
  if (!top) {
    units.push({ ...unknownWordUnit(tokens[i]!.text), tokenIndex: i });
    return i;
  }
  const { made } = decideWord(wordSite(units, tokens, i, to, top, lex));
  for (const u of made.units) units.push({ ...u, tokenIndex: i });
  return made.last ?? i;
}
