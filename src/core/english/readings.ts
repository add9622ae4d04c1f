/**
 * Which reading of a word the gist follows. The analyser ranks a word's readings from the word and its neighbour;
 * the gist can see the clause around it, which settles two ambiguities the neighbour cannot: a verbal noun
 * coordinated with another one (للحد من التسلح وخفض المخاطر: خَفْض "reduction", not the verb خَفَّضَ), and a second
 * verb inside a clause that already has one (قدمت الحكومة عرضا: the noun عَرْض "offer", not the verb عَرَضا). Also
 * what a reading says that the units need: its clitics in English, tense, number, and the verb of a verbal noun.
 */
import type { LexEntry, Lexicon } from '../lexicon';
import { isPluralOrDual, type Analysis } from '../model';
import { looseKey } from '../text';
import type { Token } from '../model';
import { firstSense } from './english-words';
import { PROCLITIC_EN } from './unit-words';
import type { Unit } from './unit';

/** Units after which a new clause (with a verb of its own) may start. */
const CLAUSE_START = new Set<Unit['kind']>(['stop', 'that', 'rel', 'conj', 'neg', 'future', 'aux', 'done']);

const hasProclitic = (a: Analysis, letters: string) =>
  a.segments.some((s) => s.role === 'proclitic' && letters.includes(s.text.replace(/[\u064B-\u0652]/g, '')));

/** The first noun or adjective reading of a word read as a verb, with the same proclitics. */
function nominalReading(t: Token, top: Analysis): Analysis | undefined {
  const conj = hasProclitic(top, '\u0648\u0641'); // و ف
  return t.analyses.find((a) => (a.pos === 'noun' || a.pos === 'adj') && hasProclitic(a, '\u0648\u0641') === conj);
}

/** Whether the units since the clause began hold a verb. */
function clauseHasVerb(units: readonly Unit[]): boolean {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind === 'verb') return true;
    if (CLAUSE_START.has(u.kind) || u.pre === 'and') return false;
  }
  return false;
}

/** Whether the last conjunct before an "and" is a verbal noun governed by a preposition (للحد من التسلح، إلى إرساء …). */
function afterGovernedVerbalNoun(units: readonly Unit[]): boolean {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.kind === 'verb' || CLAUSE_START.has(u.kind)) return false;
    if (u.kind === 'noun' && u.verbal && (u.pre || units[k - 1]?.kind === 'prep')) return true;
  }
  return false;
}

/** The reading of token t that the gist follows, given the units of the sentence so far. */
export function readingOf(t: Token, units: readonly Unit[], lex: Lexicon): Analysis | undefined {
  const top = t.analyses[0];
  // the gist builds its own English for لـ + a verbal noun from the noun (talks on the settlement of …): it takes the
  // noun's senses, without the verb's sense that the purpose rule put first for the tooltip and the gloss
  if (top?.reason?.rule === 'purpose-lam') return { ...top, gloss: top.gloss.slice(1) };
  if (!top || top.pos !== 'verb') return top;
  const nominal = nominalReading(t, top);
  if (!nominal) return top;
  const coordinated = hasProclitic(top, '\u0648') && afterGovernedVerbalNoun(units); // و
  if (coordinated && verbalOf(nominal, lex)) return nominal;
  // a clause has one finite verb: a second one with no conjunction or particle between them is a noun (its object)
  if (!hasProclitic(top, '\u0648\u0641') && clauseHasVerb(units)) return nominal;
  return top;
}

/** The loose keys of a reading's proclitics (و، ب، ل، س …). */
export function proclitics(a: Analysis): string[] {
  // a proclitic glossed '' belongs to its stem (the ب of بسبب "because of")
  return a.segments.filter((s) => s.role === 'proclitic' && s.gloss !== '').map((s) => looseKey(s.text));
}

/** The loose key of a reading's pronoun suffix, if any. */
export function enclitic(a: Analysis): string | undefined {
  const e = a.segments.find((s) => s.role === 'enclitic');
  return e ? looseKey(e.text) : undefined;
}

/** The English of proclitics: و "and", ب "with" ("in" before a place), ل "for". */
export function preOf(pros: string[], isPlace: boolean | 'in' | 'at' | 'by'): string | undefined {
  const place = isPlace === true ? 'in' : isPlace;
  const en = pros.map((p) => (p === 'ب' && place ? place : (PROCLITIC_EN[p] ?? ''))).filter(Boolean);
  return en.length ? en.join(' ') : undefined;
}

/**
 * The subject pronoun a verb form carries (لعبوا "they", نلعب "we", تلعب "she"); "he" for the bare 3ms form. A ت-
 * prefix is read as "she", the more common reading in news (أنت "you" is rare outside quotations).
 */
/** A verb in the third person masculine singular (زار، يزور). */
export const masculineSingular = (a: Analysis): boolean =>
  a.grammar.gender === 'masculine' && a.grammar.number === 'singular' && !!a.grammar.person?.includes(3);

export function personOf(a: Analysis): string {
  const { person, number, gender, aspect } = a.grammar;
  if (person?.includes(1)) return number === 'singular' ? 'I' : 'we';
  if (person?.includes(3) && (number === 'plural' || number === 'dual')) return 'they';
  if (person?.includes(3) && gender === 'feminine') return 'she';
  if (aspect !== 'imperfect') return 'he';
  const stem = a.segments.find((x) => x.role === 'stem')?.text ?? '';
  const prefix = stem.replace(/^[\u064B-\u065F]+/, '')[0];
  return prefix === '\u062A' ? 'she' : prefix === '\u0646' ? 'we' : prefix === '\u0623' ? 'I' : 'he'; // ت ن أ
}

export const tenseOf = (a: Analysis): 'past' | 'present' => (a.grammar.aspect === 'imperfect' ? 'present' : 'past');
/** A noun or adjective in the plural or dual (a verb's number is its subject's). */
export const isPlural = (a: Analysis): boolean => a.pos !== 'verb' && isPluralOrDual(a.grammar);

/** Whether a word takes its object through بـ (أضر بـ "harm", أطاح بـ "topple"): the lexicon's `gov=ب`. */
export function objectThroughBi(entry: LexEntry | undefined): boolean {
  return entry?.attrs.gov === '\u0628'; // ب (beh)
}

/** The English of the prepositions written as words that a word may govern (`gov=على`: سيطر على "control"). */
const GOVERNED_WORD_EN: Record<string, string> = { على: 'on', عن: 'about', إلى: 'to' };

/** The preposition word (its English) a word takes its object through, when the English verb takes it directly. */
export function governedWord(entry: LexEntry | undefined): string | undefined {
  return entry?.attrs.gov ? GOVERNED_WORD_EN[entry.attrs.gov] : undefined;
}

/** The verbal-noun facts of a noun reading: its verb's lemma and English. */
export function verbalOf(a: Analysis, lex: Lexicon): Unit['verbal'] {
  const entry = a.entryId !== undefined ? lex.entries[a.entryId] : undefined;
  const verb = entry ? lex.verbOfMasdar(entry) : undefined;
  return verb
    ? {
        lemma: verb.lemma,
        en: firstSense(verb.glosses),
        throughBi: objectThroughBi(verb),
        governs: governedWord(entry) ?? governedWord(verb),
      }
    : undefined;
}
