/**
 * What a word refers back to, which Arabic leaves to the reader: the pronoun suffix ه after a person subject is
 * "his" (قال الوزير إن بلاده "the minister said his country"), and a verb right after an indefinite noun opens a
 * relative clause without a relative word (مصادر تحدثت "sources who spoke", تعاونا يحفظ "cooperation that preserves"),
 * and the pronoun on a preposition inside a relative clause is its noun (التي يعيش فيها "where … lives").
 */
import { plural } from './english-words';
import { MONTHS } from './time-units';
import type { Unit } from './unit';

/** Nouns of people by office or trade: a subject that is one of them is a person. */
export const PERSON_NOUN =
  /^(minister|president|prime minister|spokesman|spokeswoman|ambassador|official|secretary|director|king|queen|prince|emir|leader|chairman|head|governor|mayor|commander|general|envoy|judge|lawyer|doctor|player|coach|writer|author|researcher|expert|activist|journalist|man|woman|boy|girl|father|mother|son|daughter)$/;
/** Plural nouns of people, whose relative clause takes "who". */
const PEOPLE_NOUN =
  /^(sources|officials|people|witnesses|residents|experts|soldiers|citizens|students|workers|ministers|leaders|activists|journalists|members|fighters|civilians|men|women|children|doctors|players|researchers|observers|analysts|diplomats)$/;

/** The sentence's subject: its first noun or name not governed by a preposition. */
function subjectOf(units: readonly Unit[]): Unit | undefined {
  return units.find((u) => (u.kind === 'noun' || u.kind === 'name') && !u.pre && u.type !== 'DATE');
}

const isPerson = (u: Unit | undefined): boolean =>
  !!u && (u.type === 'PERSON' || (u.kind === 'noun' && !u.plural && PERSON_NOUN.test(u.en)));

/** ه on a noun after a person subject is "his", except in a relative clause, where it is the antecedent's. */
function personPossessives(units: Unit[]): void {
  if (!isPerson(subjectOf(units))) return;
  let inRelative = false;
  for (const u of units) {
    if (u.kind === 'rel' || u.kind === 'stop' || u.kind === 'that') inRelative = u.kind === 'rel';
    else if (!inRelative && u.kind === 'noun' && u.pronoun === 'ه' && u.poss === 'its') u.poss = 'his';
  }
}

/** Units after which a noun opens a clause of its own. */
const CLAUSE_OPENER = new Set<Unit['kind']>(['that', 'stop', 'conj', 'rel', 'neg', 'aux']);

/** Whether units[i] is an indefinite noun that a verb right after it may describe. */
const indefiniteNoun = (u: Unit): boolean => u.kind === 'noun' && !u.definite && !u.poss && !u.phrase && !isDate(u);

const MONTH_OR_DATE = new RegExp(`^(\\d{1,2} )?(${MONTHS})\\b`);
/** A month or a date (في يناير بدأت الأزمة "in January the crisis began"): a name of time, not an indefinite noun. */
const isDate = (u: Unit): boolean => u.type === 'DATE' || MONTH_OR_DATE.test(u.en);

/** A verb right after an indefinite noun (or its adjective), in a clause that has begun, opens a relative clause. */
function implicitRelatives(units: Unit[]): void {
  for (let i = units.length - 1; i > 0; i--) {
    const verb = units[i]!;
    if (verb.kind !== 'verb' || verb.pre) continue;
    let k = i - 1;
    while (k > 0 && units[k]!.kind === 'adj' && !units[k]!.definite) k--;
    const noun = units[k]!;
    // a noun opening a clause is its subject (أن تقارير تحدثت "that reports spoke"), not a relative's antecedent
    if (k === 0 || CLAUSE_OPENER.has(units[k - 1]!.kind) || !indefiniteNoun(noun)) continue;
    const en = noun.plural && PEOPLE_NOUN.test(plural(noun.en)) ? 'who' : 'that';
    units.splice(i, 0, { kind: 'rel', en, tokenIndex: verb.tokenIndex });
  }
}

/** Object pronouns that can stand for the noun a relative clause describes. */
const RESUMPTIVE = new Set(['it', 'them', 'him', 'her']);

/**
 * The pronoun on a preposition inside a relative clause stands for its noun (المدينة التي يعيش فيها الرئيس "the city
 * the president lives in it"): English moves the preposition to the relative word and drops the pronoun ("the city
 * where the president lives", "the agreement on which …").
 */
function resumptivePrepositions(units: Unit[]): void {
  for (let r = 0; r < units.length; r++) {
    const rel = units[r]!;
    if (rel.kind !== 'rel' || !/^(which|who|that)$/.test(rel.en)) continue;
    for (let k = r + 1; k < Math.min(units.length, r + 5); k++) {
      const u = units[k]!;
      if (u.kind === 'stop' || u.kind === 'that' || u.kind === 'rel') break;
      if (u.kind !== 'prep' || u.pre || !u.obj || !RESUMPTIVE.has(u.obj)) continue;
      // المسيرات التي يقوم بها البدو "the marches the Bedouins carry out": the preposition the verb takes its object
      // through makes the pronoun its object
      const verb = units.slice(r + 1, k).find((x) => x.kind === 'verb');
      if (verb && ((verb.throughBi && u.en === 'with') || verb.governs === u.en)) verb.obj = u.obj;
      else rel.en = u.en === 'in' ? 'where' : `${u.en} ${rel.en === 'who' ? 'whom' : 'which'}`;
      units.splice(k, 1);
      break;
    }
  }
}

/** Settles what pronouns and bare relative clauses refer to. */
export function resolveReferences(units: Unit[]): void {
  personPossessives(units);
  implicitRelatives(units);
  resumptivePrepositions(units);
}
