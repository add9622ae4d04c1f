/**
 * The first step of the offline gist: a sentence's tokens become units with an English rendering and a grammatical
 * role (name, noun, adjective, verb, preposition, particle …); entities and phrases become one unit each.
 */
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../morphology';
import { looseKey } from '../normalize';
import type { Entity, Phrase, Token } from '../types';
import { firstSense, plural } from './english-words';
import { POSSESSIVE, PREP_EN, PROCLITIC_EN, WORD_EN } from './unit-words';

export type UnitKind =
  | 'name'
  | 'figure'
  | 'noun'
  | 'adj'
  | 'verb'
  | 'prep'
  | 'that'
  | 'rel'
  | 'conj'
  | 'neg'
  | 'future'
  | 'aux'
  | 'done'
  | 'skip'
  | 'pron'
  | 'adv'
  | 'stop';

export interface Unit {
  kind: UnitKind;
  /** English of the unit (base form for verbs, singular for nouns) */
  en: string;
  /** English of the proclitic preposition or conjunction attached to it (and, in, to, as) */
  pre?: string;
  /** possessive or object pronoun from an enclitic (its, their / it, them) */
  poss?: string;
  obj?: string;
  plural?: boolean;
  definite?: boolean;
  passive?: boolean;
  tense?: 'past' | 'present';
  type?: Entity['type'];
  /** the verb whose masdar this noun is (for تم + masdar) */
  verbOfMasdar?: string;
  tokenIndex: number;
}

function proclitics(a: Analysis): string[] {
  return a.segments.filter((s) => s.role === 'proclitic').map((s) => looseKey(s.text));
}

function enclitic(a: Analysis): string | undefined {
  const e = a.segments.find((s) => s.role === 'enclitic');
  return e ? looseKey(e.text) : undefined;
}

function preOf(pros: string[], isPlace: boolean): string | undefined {
  const en = pros.map((p) => (p === 'ب' && isPlace ? 'in' : (PROCLITIC_EN[p] ?? ''))).filter(Boolean);
  return en.length ? en.join(' ') : undefined;
}

const UN =
  /^(expected|known|official|clear|likely|usual|precedented|limited|stable|able|fair|necessary|acceptable|natural|successful|specified|identified|armed|paid|announced|conventional|certain|safe|popular|lawful|employed|fortunate|real)$/;
const IN = /^(direct|formal|valid|complete|active|dependent|effective|visible|accurate|appropriate|sufficient|adequate|human|credible)$/;

/** غير + adjective in English: unexpected, indirect, otherwise "not …". */
function negatedAdjective(adj: string): string {
  if (UN.test(adj)) return `un${adj}`;
  if (IN.test(adj)) return `in${adj}`;
  return `not ${adj}`;
}

/** The units of tokens [from, to). */
export function sentenceUnits(
  tokens: readonly Token[],
  start: number,
  to: number,
  entities: readonly Entity[],
  phrases: readonly Phrase[],
  lex: Lexicon,
): Unit[] {
  let from = start;
  const units: Unit[] = [];
  const entityAt = new Map<number, Entity>();
  const first = tokens[from];
  const last = tokens[to - 1];
  if (first && last) {
    for (const e of entities) {
      if (e.start < first.start || e.start >= last.end) continue;
      for (let i = from; i < to; i++) {
        const t = tokens[i]!;
        if (t.start <= e.start && e.start < t.end) {
          entityAt.set(i, e);
          break;
        }
      }
    }
  }
  const phraseAt = new Map<number, Phrase>();
  for (const p of phrases) if (p.tokenStart >= from && p.tokenStart < to) phraseAt.set(p.tokenStart, p);
  // a dateline (القاهرة (وكالات) - …) is not part of the sentence
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const t = tokens[k]!;
    const before = tokens[k - 1];
    // القاهرة (وكالات) - / واشنطن - : a place or an agency in brackets, then a dash
    const datelineEnd =
      before &&
      (before.text === ')' || entities.some((e) => e.type === 'LOCATION' && e.end === before.end && e.start >= tokens[from]!.start));
    if (t.kind === 'punct' && /^[-–—]$/.test(t.text) && k > from && datelineEnd) {
      from = k + 1;
      break;
    }
  }
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (/[,،;؛:]/.test(t.text)) units.push({ kind: 'stop', en: ',', tokenIndex: i });
      continue;
    }
    if (t.kind === 'latin') {
      units.push({ kind: 'name', en: t.text, tokenIndex: i });
      continue;
    }
    const e = entityAt.get(i);
    if (e) {
      let end = i;
      while (end < to && tokens[end]!.start < e.end) end++;
      const top = t.analyses[0];
      // a figure's entity may take in the token's و (وألفي جندي): it is still "and"
      const andFigure =
        e.type === 'NUMBER' && top && /^[\u0648\u0641]/.test(e.text) ? proclitics(top).filter((p) => p === 'و' || p === 'ف') : [];
      const pros = top && e.start > t.start ? proclitics(top) : andFigure;
      let en = e.english;
      if (e.type === 'PERSON' && e.role && e.roleFromText) {
        // the title words before the name (نائبة وزير الخارجية) become the English role in front of it
        while (
          units.length &&
          (units[units.length - 1]!.kind === 'noun' || units[units.length - 1]!.kind === 'adj') &&
          units[units.length - 1]!.tokenIndex >= i - 5
        )
          units.pop();
        en = `${e.role} ${e.english}`;
      }
      units.push({
        kind: e.type === 'NUMBER' || e.type === 'DATE' ? 'figure' : 'name',
        en,
        type: e.type,
        pre: preOf(pros, e.type === 'LOCATION'),
        tokenIndex: i,
      });
      i = end - 1;
      continue;
    }
    const top = t.analyses[0];
    const p = phraseAt.get(i);
    if (p && p.tokenEnd <= to && top) {
      // a phrase is glossed as a unit; its first word says what it does in the sentence (أجرى محادثات is a verb)
      const en = firstSense(p.gloss);
      const kind: UnitKind = top.pos === 'verb' ? 'verb' : top.pos === 'adj' ? 'adj' : top.pos === 'prep' ? 'prep' : 'noun';
      units.push({
        kind,
        en: kind === 'noun' && /plural/.test(top.features ?? '') && !/s$/.test(en) ? plural(en) : en,
        plural: /plural/.test(top.features ?? ''),
        pre: preOf(proclitics(top), false),
        tense: kind === 'verb' ? (top.features?.startsWith('imperfect') ? 'present' : 'past') : undefined,
        tokenIndex: i,
      });
      i = p.tokenEnd - 1;
      continue;
    }
    if (t.kind === 'number') {
      units.push({ kind: 'figure', en: t.text, tokenIndex: i });
      continue;
    }
    if (!top || top.pos === 'unknown') {
      units.push({ kind: 'skip', en: '', tokenIndex: i });
      continue;
    }
    const pros = proclitics(top);
    const stem = top.segments.find((s) => s.role === 'stem');
    const stemKey = stem ? looseKey(stem.text) : looseKey(t.text);
    // كله، كلها after a noun: "all of it" adds nothing a gist needs
    if (stemKey === looseKey('كل') && top.segments.some((x) => x.role === 'enclitic')) {
      units.push({ kind: 'skip', en: '', tokenIndex: i });
      continue;
    }
    const fixed = WORD_EN[stemKey];
    const enc = enclitic(top);
    const pron = enc ? POSSESSIVE[enc] : undefined;
    const pre = preOf(
      pros.filter((x) => x !== 'س'),
      false,
    );
    if (fixed) {
      const [kind, en] = Array.isArray(fixed) ? fixed : [fixed, ''];
      const subject: Record<string, string> = {
        ه: 'he',
        ها: 'it',
        هم: 'they',
        هما: 'they',
        هن: 'they',
        نا: 'we',
        ي: 'I',
        ني: 'I',
        ك: 'you',
        كم: 'you',
      };
      const tail = kind === 'that' && enc ? ` ${subject[enc] ?? 'it'}` : '';
      units.push({ kind, en: kind === 'that' ? `that${tail}` : en, pre, tokenIndex: i });
      continue;
    }
    const lemmaKey = looseKey(top.lemma);
    if (top.pos === 'prep' || PREP_EN[stemKey]) {
      units.push({ kind: 'prep', en: PREP_EN[stemKey] ?? PREP_EN[lemmaKey] ?? firstSense(top.gloss), pre, obj: pron?.[1], tokenIndex: i });
      continue;
    }
    if (top.pos === 'verb') {
      if (lemmaKey === 'تم') {
        units.push({ kind: 'done', en: '', pre, tense: top.features?.startsWith('imperfect') ? 'present' : 'past', tokenIndex: i });
        continue;
      }
      if (lemmaKey === 'كان' || lemmaKey === 'اصبح' || lemmaKey === 'بات' || lemmaKey === 'ظل') {
        units.push({
          kind: 'aux',
          en: lemmaKey === 'كان' ? 'be' : 'become',
          pre,
          tense: top.features?.startsWith('imperfect') ? 'present' : 'past',
          tokenIndex: i,
        });
        continue;
      }
      units.push({
        kind: 'verb',
        en: firstSense(top.gloss),
        pre: pre === 'for' ? 'to' : pre,
        obj: pron?.[1],
        tense: top.features?.startsWith('imperfect') ? 'present' : 'past',
        passive: top.features?.includes('passive'),
        tokenIndex: i,
      });
      if (pros.includes('س')) units[units.length - 1]!.kind = 'verb';
      if (pros.includes('س')) units.splice(units.length - 1, 0, { kind: 'future', en: 'will', tokenIndex: i });
      continue;
    }
    // غير + adjective: "not expected"
    if (looseKey(top.lemma) === looseKey('غير') && tokens[i + 1]?.analyses[0]?.pos === 'adj' && i + 1 < to) {
      const next = tokens[i + 1]!.analyses[0]!;
      units.push({ kind: 'adj', en: negatedAdjective(firstSense(next.gloss)), pre, tokenIndex: i });
      i++;
      continue;
    }
    if (top.pos === 'adj') {
      units.push({
        kind: 'adj',
        en: firstSense(top.gloss),
        pre,
        definite: top.segments.some((s) => s.role === 'article'),
        plural: /plural/.test(top.features ?? ''),
        tokenIndex: i,
      });
      continue;
    }
    if (top.pos === 'noun' || top.pos === 'propn' || top.pos === 'num') {
      const entry = top.entryId !== undefined ? lex.entries[top.entryId] : undefined;
      units.push({
        kind: 'noun',
        en: firstSense(top.gloss),
        pre,
        poss: pron?.[0],
        plural: /plural|dual/.test(top.features ?? ''),
        definite: top.segments.some((s) => s.role === 'article'),
        verbOfMasdar: entry ? lex.verbOfMasdar(entry)?.glosses[0] : undefined,
        tokenIndex: i,
      });
      continue;
    }
    if (top.pos === 'adv') {
      units.push({ kind: 'adv', en: firstSense(top.gloss), pre, tokenIndex: i });
      continue;
    }
    if (top.pos === 'pron') {
      units.push({ kind: 'pron', en: firstSense(top.gloss), pre, tokenIndex: i });
      continue;
    }
    if (top.pos === 'conj') {
      units.push({ kind: 'conj', en: firstSense(top.gloss), pre, tokenIndex: i });
      continue;
    }
    units.push({ kind: 'skip', en: '', pre, tokenIndex: i });
  }
  return units;
}
