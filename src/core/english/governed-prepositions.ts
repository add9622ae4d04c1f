/**
 * Prepositions a word chooses for itself, which the proclitic's own English gets wrong: a verb that takes its object
 * through بـ has no "with" (للإضرار بأمن "to harm the security"), the من of a verbal noun before who does it is "by"
 * (محاولة من حركة طالبان "an attempt by the Taliban"), the من after a noun of a part or a batch is "of" (جولة جديدة من
 * المفاوضات "a new round of negotiations"), and the ل after a verb of speaking is "to" (تحدثت لصحيفة
 * "spoke to a newspaper").
 */
import type { Unit } from './unit';

/** How far after a verb its object may stand (its subject comes first in a verb-first clause). */
const OBJECT_WINDOW = 5;
/** Verbs of speaking, whose ل is the listener. */
const SPEECH_VERB = /^(speak|talk|say|tell|explain|declare|state|confirm|announce|add|stress|reveal|disclose|affirm)$/;
/** Nouns of a part, a batch or a series, whose من is "of". */
const PARTITIVE_NOUN = /^(round|number|series|part|group|set|wave|batch|package|range|variety|share|portion|majority|minority)$/;
/**
 * Words of quantity or kind and words of a share (كثير من "many of", نوع من "a type of", واحد من "one of", 80% من
 * "80% of"), verbs of what a thing is made of (يتكون من "consists of") and adjectives of knowing or fearing (متأكد من
 * "sure of"): their من is "of" too.
 */
const OF_AFTER =
  /(^|\s)(many|much|some|most|several|few|each|all|any|none|one|type|kind|sort|form|half|third|quarter|dozens|hundreds|thousands|millions|plenty|lots|consist|sure|certain|afraid|wary|\d+%|percent)$/;
/** Verbs of arriving, whose إلى is "in" a place's name and "at" anything else. */
const ARRIVE = /^arrive$/;
/** The kinds of unit whose من may be "of" (OF_AFTER). */
const OF_WORD = new Set<Unit['kind']>(['noun', 'adj', 'figure', 'verb', 'pron']);
/** Units that end the stretch a verb's object can be in. */
const CLAUSE_END = new Set<Unit['kind']>(['stop', 'verb', 'that', 'rel', 'done', 'aux']);

/** The first unit after units[i], in its clause and within the window, whose proclitic reads `pre`. */
function objectWith(units: readonly Unit[], i: number, pre: string, window: number): Unit | undefined {
  for (let j = i + 1; j < Math.min(units.length, i + 1 + window); j++) {
    const u = units[j]!;
    if (CLAUSE_END.has(u.kind)) return undefined;
    if (u.pre === pre) return u;
  }
  return undefined;
}

/** The first preposition word after units[i], in its clause and within the window, that reads `en`, with its object (a pronoun on it, or a noun after it). */
function prepositionWord(units: readonly Unit[], i: number, en: string, window: number): Unit | undefined {
  for (let j = i + 1; j < Math.min(units.length, i + 1 + window); j++) {
    const u = units[j]!;
    if (CLAUSE_END.has(u.kind)) return undefined;
    if (u.kind === 'prep' && u.en === en && !u.pre && (u.obj || units[j + 1]?.kind === 'noun' || units[j + 1]?.kind === 'name')) return u;
  }
  return undefined;
}

/** The preposition word إلى ("to") after units[i], in its clause and within the object window. */
function toAfter(units: readonly Unit[], i: number): Unit | undefined {
  for (let j = i + 1; j < Math.min(units.length, i + 1 + OBJECT_WINDOW); j++) {
    const u = units[j]!;
    if (CLAUSE_END.has(u.kind)) return undefined;
    if (u.kind === 'prep' && u.en === 'to' && !u.pre && !u.obj) return u;
  }
  return undefined;
}

/** Whether a unit names who does something (a person or a body), not a place or a time. */
const agent = (u: Unit | undefined): boolean => u?.kind === 'name' && u.type !== 'LOCATION' && u.type !== 'DATE';

/** Settles the prepositions that the words before them govern. */
export function governPrepositions(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const verbal = u.kind === 'noun' ? u.verbal : undefined;
    if ((u.kind === 'verb' && u.throughBi) || verbal?.throughBi) {
      // a verbal noun's object follows it at once; a verb's may follow its subject
      const object = objectWith(units, i, 'with', verbal ? 1 : OBJECT_WINDOW);
      if (object) object.pre = undefined;
    }
    // (after تمّ the verbal noun is a passive, whose object through its preposition becomes its subject: chunks.ts)
    const governs = u.kind === 'verb' ? u.governs : units[i - 1]?.kind === 'done' ? undefined : verbal?.governs;
    if (governs) {
      // سيطر على المدينة "controlled the city", الإفراج عن الأسرى "the release of the prisoners": the preposition word
      // of the object goes (a verbal noun's object follows it at once; a verb's may follow its subject)
      const word = prepositionWord(units, i, governs, verbal ? 1 : OBJECT_WINDOW);
      // a verbal noun's object is its "of" (the release of the prisoners); a verb's is its direct object
      // (after لـ of purpose it reads as a verb, "to obtain a visa", and takes it directly)
      const asVerb = !verbal || u.pre === 'to' || u.pre === 'for';
      if (word && !asVerb) word.en = 'of';
      else if (word && word.obj) {
        word.kind = 'pron';
        word.en = word.obj; // حصل عليها "obtained it"
        word.obj = undefined;
      } else if (word) {
        word.kind = 'skip';
        word.en = '';
        // حصلت على لقب "she obtained a title": the noun after it is the verb's object, never its subject
        const object = units[units.indexOf(word) + 1];
        if (!verbal && (object?.kind === 'noun' || object?.kind === 'name')) object.accusative = true;
      }
    }
    const next = units[i + 1];
    if ((u.kind === 'noun' && PARTITIVE_NOUN.test(u.en)) || (OF_WORD.has(u.kind) && OF_AFTER.test(u.en))) {
      let k = i + 1;
      while (units[k]?.kind === 'adj') k++;
      const from = units[k];
      if (from?.kind === 'prep' && from.en === 'from' && !from.obj) from.en = 'of';
    }
    // مناطق مثل الصين "areas such as China": مثل after a plural or a comma gives examples
    if (
      u.kind === 'prep' &&
      u.en === 'like' &&
      !u.pre &&
      !u.obj &&
      (units[i - 1]?.kind === 'stop' || (units[i - 1]?.kind === 'noun' && units[i - 1]!.plural))
    )
      u.en = 'such as';
    // يتكون الفريق من عشرة لاعبين "the team consists of ten players"
    if (u.kind === 'verb' && /^consist$/.test(u.en)) {
      const from = prepositionWord(units, i, 'from', OBJECT_WINDOW);
      if (from) from.en = 'of';
    }
    if (verbal && next?.kind === 'prep' && next.en === 'from' && !next.obj && agent(units[i + 2])) next.en = 'by';
    // وصل إلى القاهرة "arrived in Cairo", وصل إلى المطار "arrived at the airport"; to a figure, "reached 50"
    if (u.kind === 'verb' && ARRIVE.test(u.en)) {
      const to = toAfter(units, i);
      const where = to && units[units.indexOf(to) + 1];
      if (where?.kind === 'figure') {
        u.en = 'reach';
        to!.kind = 'skip';
        to!.en = '';
      } else if (where?.kind === 'noun' || where?.kind === 'name')
        to!.en = where.kind === 'name' && where.type === 'LOCATION' ? 'in' : 'at';
    }
    if (u.kind === 'verb' && SPEECH_VERB.test(u.en)) {
      const listener = objectWith(units, i, 'for', OBJECT_WINDOW);
      if (listener) listener.pre = 'to';
    }
  }
}
