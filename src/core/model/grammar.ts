/**
 * The grammar of one written form, as structured fields: what its letters show of aspect, mood, voice, person,
 * number, gender, state and case. The analyser and every rule read these fields; the learner's label ("perfect, she",
 * "plural, definite") is written from them by the views only (src/ui/feature-label.ts).
 *
 * A field is set only where the written form tells it. يكتب may be indicative, subjunctive or jussive and has no
 * mood; كتبت may be "I wrote" or "you wrote", so its person is [1, 2]. Every value is interned by `grammar()`: two
 * readings with the same grammar share one frozen object, so `===` compares them and a Map can key on them.
 */

export type Aspect = 'perfect' | 'imperfect' | 'imperative';
/** marked moods of the imperfect; an imperfect without one is read as the indicative where the letters allow */
export type Mood = 'subjunctive' | 'jussive';
export type Voice = 'active' | 'passive';
export type Person = 1 | 2 | 3;
export type GrammaticalNumber = 'singular' | 'dual' | 'plural';
export type Gender = 'masculine' | 'feminine';
/** definite: written with the article; construct: the first noun of a construct (مقاتلو الحركة، طرفي النزاع) */
export type State = 'definite' | 'construct';
/** only the accusative shows in unvowelled letters (the alef of عاماً) */
export type Case = 'accusative';

export interface Grammar {
  readonly aspect?: Aspect;
  readonly mood?: Mood;
  /** verbs only */
  readonly voice?: Voice;
  /** a verb's subject: every person its written ending allows, in ascending order */
  readonly person?: readonly Person[];
  /** a verb's subject, or a noun's or adjective's own number; absent where the form does not mark it */
  readonly number?: GrammaticalNumber;
  readonly gender?: Gender;
  readonly state?: State;
  readonly case?: Case;
}

/** The plain form: a singular noun, an uninflected particle. */
export const NO_GRAMMAR: Grammar = Object.freeze({});

const ASPECTS: readonly Aspect[] = ['perfect', 'imperfect', 'imperative'];
const MOODS: readonly Mood[] = ['subjunctive', 'jussive'];
const VOICES: readonly Voice[] = ['active', 'passive'];
const NUMBERS: readonly GrammaticalNumber[] = ['singular', 'dual', 'plural'];
const GENDERS: readonly Gender[] = ['masculine', 'feminine'];
const STATES: readonly State[] = ['definite', 'construct'];
const CASES: readonly Case[] = ['accusative'];

/**
 * The grammar as one short string, its values in a fixed order separated by spaces, persons joined by "/"
 * ("perfect active 1/2 singular"). The form index stores grammars this way; it is also the interning key.
 */
export function grammarCode(g: Grammar): string {
  const parts: string[] = [];
  if (g.aspect) parts.push(g.aspect);
  if (g.mood) parts.push(g.mood);
  if (g.voice) parts.push(g.voice);
  if (g.person?.length) parts.push([...g.person].sort().join('/'));
  if (g.number) parts.push(g.number);
  if (g.gender) parts.push(g.gender);
  if (g.state) parts.push(g.state);
  if (g.case) parts.push(g.case);
  return parts.join(' ');
}

const INTERNED = new Map<string, Grammar>([['', NO_GRAMMAR]]);

/** The one shared, frozen Grammar with these fields. */
export function grammar(fields: Grammar): Grammar {
  const code = grammarCode(fields);
  let g = INTERNED.get(code);
  if (!g) {
    const own: { -readonly [K in keyof Grammar]: Grammar[K] } = {};
    if (fields.aspect) own.aspect = fields.aspect;
    if (fields.mood) own.mood = fields.mood;
    if (fields.voice) own.voice = fields.voice;
    if (fields.person?.length) own.person = Object.freeze([...fields.person].sort());
    if (fields.number) own.number = fields.number;
    if (fields.gender) own.gender = fields.gender;
    if (fields.state) own.state = fields.state;
    if (fields.case) own.case = fields.case;
    INTERNED.set(code, (g = Object.freeze(own)));
  }
  return g;
}

/** The same grammar with some fields set (or cleared with undefined): the article adds `state: 'definite'`. */
export const withGrammar = (g: Grammar, more: Grammar): Grammar => grammar({ ...g, ...more });

const isPerson = (s: string): boolean => /^[123](\/[123])*$/.test(s);

/** The Grammar a code stands for, or null when the code has a value no field takes (an asset of another version). */
export function grammarFromCode(code: string): Grammar | null {
  const known = INTERNED.get(code);
  if (known) return known;
  const g: { -readonly [K in keyof Grammar]: Grammar[K] } = {};
  for (const v of code.split(' ')) {
    if ((ASPECTS as readonly string[]).includes(v)) g.aspect = v as Aspect;
    else if ((MOODS as readonly string[]).includes(v)) g.mood = v as Mood;
    else if ((VOICES as readonly string[]).includes(v)) g.voice = v as Voice;
    else if (isPerson(v)) g.person = v.split('/').map(Number) as Person[];
    else if ((NUMBERS as readonly string[]).includes(v)) g.number = v as GrammaticalNumber;
    else if ((GENDERS as readonly string[]).includes(v)) g.gender = v as Gender;
    else if ((STATES as readonly string[]).includes(v)) g.state = v as State;
    else if ((CASES as readonly string[]).includes(v)) g.case = v as Case;
    else return null;
  }
  return grammar(g);
}

/** A plural or dual: a noun's own number, or a verb's subject. */
export const isPluralOrDual = (g: Grammar | undefined): boolean => g?.number === 'plural' || g?.number === 'dual';

const DEFINITE = new Map<Grammar, Grammar>();
/** The grammar with the article (state: 'definite'), remembered: morphology asks it of every reading with the article. */
export function definiteOf(g: Grammar): Grammar {
  let d = DEFINITE.get(g);
  if (!d) DEFINITE.set(g, (d = withGrammar(g, { state: 'definite' })));
  return d;
}
