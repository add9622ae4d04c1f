/**
 * Verbs that take another verb as their complement, which Arabic gives as a verbal noun (قرر الوزير الاستقالة, حاولت
 * الشرطة السيطرة على الوضع) and English as "to" + the verb: "the minister decided to resign", "the police tried to
 * control the situation".
 */
import type { Unit } from './unit';
import { PREPOSITION_EN } from './phrase-units';

/** The English of verbs that take "to" + a verb. */
const TAKES_INFINITIVE: Readonly<Record<string, string>> = {
  decide: 'decide',
  refuse: 'refuse',
  try: 'try',
  attempt: 'attempt',
  want: 'want',
  wish: 'wish',
  hope: 'hope',
  seek: 'seek',
  intend: 'intend',
  plan: 'plan',
  agree: 'agree',
  continue: 'continue',
  fail: 'fail',
  manage: 'manage',
  promise: 'promise',
  prefer: 'prefer',
  'be able': 'be able',
};
/** Verbal nouns that name a thing more than an action (رفض الاقتراح "rejected the proposal"): they stay nouns. */
const THING =
  /^(proposal|decision|request|offer|agreement|plan|project|draft|demand|initiative|invitation|call|bill|law|deal|idea|suggestion|resolution|report|statement|economy)$/;
/** Verbs whose verbal noun right after them is as often their subject (استمر تدفق اللاجئين "the flow continued"). */
const SUBJECT_FIRST = new Set(['continue', 'fail']);
/** How far after the verb its complement may stand (its subject comes first in a verb-first clause). */
const WINDOW = 4;
const CLAUSE_END = new Set<Unit['kind']>(['stop', 'verb', 'that', 'rel', 'done', 'aux', 'prep']);

/** A verbal noun as "to" + its verb (الاستقالة "to resign"), with the preposition its verb takes. */
const toVerb = (noun: Unit, verbal: NonNullable<Unit['verbal']>): Unit => ({
  kind: 'verb',
  en: verbal.en,
  tense: 'present',
  pre: 'to',
  throughBi: verbal.throughBi,
  governs: verbal.governs,
  tokenIndex: noun.tokenIndex,
});

/** Turns the verbal noun after such a verb into "to" + its verb, in place. */
export function applyInfinitives(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const verb = u.kind === 'verb' && !u.obj ? TAKES_INFINITIVE[u.en] : undefined;
    if (!verb) continue;
    for (let j = i + 1; j < Math.min(units.length, i + 1 + WINDOW); j++) {
      const w = units[j]!;
      if (CLAUSE_END.has(w.kind) || w.pre) break;
      // the definite verbal noun, or one joined to its object (تأجيل القضية "to postpone the case"), with no pronoun
      // of its own (الاستقالة, not استقالته "his resignation")
      const next = units[j + 1];
      const construct = !!next && (next.kind === 'noun' || next.kind === 'name') && !!next.definite && !next.pre;
      if (w.kind === 'noun' && w.verbal && (w.definite || construct) && !w.poss && !w.phrase && !w.plural) {
        if (THING.test(w.en) || (SUBJECT_FIRST.has(verb) && j === i + 1)) break;
        u.en = verb;
        units[j] = toVerb(w, w.verbal);
        break;
      }
      // past the subject: a noun or name and its adjectives
      if (w.kind !== 'noun' && w.kind !== 'name' && w.kind !== 'adj') break;
    }
  }
}

/** Units after which a clause starts. */
const CLAUSE_START = new Set<Unit['kind']>(['stop', 'that', 'conj']);

/**
 * من الصعب العثور على عمل "it is difficult to find work", من غير الملائم استخدام الاسم "it is not suitable to use the
 * name": من and a definite adjective opening a clause say "it is …", and a verbal noun after them is "to" + its verb.
 * (A phrase of the list such as من الضروري is read the same way.)
 */
export function applyImpersonal(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (i > 0 && !CLAUSE_START.has(units[i - 1]!.kind)) continue;
    let adjective: string | undefined;
    let end = i + 1;
    if (
      u.kind === 'prep' &&
      u.en === 'from' &&
      !u.pre &&
      !u.obj &&
      units[i + 1]?.kind === 'adj' &&
      (units[i + 1]!.definite || /^(not |un|in)/.test(units[i + 1]!.en)) &&
      !units[i + 1]!.pre
    ) {
      adjective = units[i + 1]!.en;
      end = i + 2;
    } else if (u.kind === 'prep' && u.phrase && !u.pre && /^(not )?[a-z]+$/.test(u.en) && !PREPOSITION_EN.test(u.en)) adjective = u.en;
    if (!adjective) continue;
    const opener: Unit = { kind: 'that', en: `it is ${adjective}`, tokenIndex: u.tokenIndex };
    const w = units[end];
    const verbal = w?.kind === 'noun' && w.verbal && !w.pre && !w.poss && !w.phrase ? w.verbal : undefined;
    if (verbal) units.splice(i, end + 1 - i, opener, toVerb(w!, verbal));
    else if (w?.kind === 'that' || (w?.kind === 'conj' && w.en === 'to')) units.splice(i, end - i, opener);
  }
}

/** Openers that say what is planned or expected of the subject of the verb after them (من المقرر أن، من المتوقع أن). */
const PLANNED: Readonly<Record<string, string>> = {
  'is scheduled to': 'be scheduled',
  'is due to': 'be due',
  'it is expected that': 'be expected',
  'is expected to': 'be expected',
};

/** The end of the subject noun phrase at units[j]: the noun, its adjectives, and the noun it is joined to. */
function subjectEnd(units: readonly Unit[], j: number): number {
  const head = units[j]!;
  let k = j + 1;
  const genitive = units[k];
  if (
    head.kind === 'noun' &&
    !head.definite &&
    !head.poss &&
    genitive &&
    (genitive.kind === 'noun' || genitive.kind === 'name') &&
    !genitive.pre
  )
    k++;
  while (units[k]?.kind === 'adj' && !units[k]!.pre) k++;
  return k;
}

/**
 * من المقرر أن يعقد الوزراء اجتماعهم "the ministers are scheduled to hold their meeting", من المتوقع أن يصل الوزير
 * "the minister is expected to arrive": the verb's subject becomes the subject of "be scheduled / expected", and the
 * verb follows with "to".
 */
export function applyPlanned(units: Unit[]): void {
  for (let i = 0; i + 2 < units.length; i++) {
    const base = PLANNED[units[i]!.en];
    const verb = units[i + 1]!;
    const subject = units[i + 2]!;
    if (!base || verb.kind !== 'verb' || verb.pre || verb.obj || verb.tense !== 'present') continue;
    if ((subject.kind !== 'noun' && subject.kind !== 'name') || subject.pre || subject.type === 'DATE') continue;
    const end = subjectEnd(units, i + 2);
    // a quantity after it is the subject, and the noun before it the object (يحضر المباراة أكثر من 60 ألف مشجع)
    const after = units[end];
    const date = after?.type === 'DATE' || /^(today|tomorrow|yesterday|next|last|this)\b/.test(after?.en ?? '');
    if (after && !after.pre && !date && (after.kind === 'figure' || /^(more|less|fewer) than|^(about|nearly|around|some)$/.test(after.en)))
      continue;
    const be: Unit = { kind: 'verb', en: base, tense: 'present', tokenIndex: units[i]!.tokenIndex };
    const subjectUnits = units.slice(i + 2, end);
    subjectUnits[0] = { ...subjectUnits[0]!, pre: units[i]!.pre };
    units.splice(i, end - i, ...subjectUnits, be, { ...verb, pre: 'to', person: undefined });
  }
}
