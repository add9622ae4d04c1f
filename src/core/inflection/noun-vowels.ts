/**
 * The vowels of a noun or adjective form, from the vowelled lemma, broken plural or feminine it was generated from
 * and the ending it adds: duals (ـَانِ، ـَيْنِ), sound plurals (ـُونَ، ـِينَ، ـَات), feminines (ـَة), nisbas
 * (ـِيَّة، ـِيُّونَ) and the accusative alef (ـًا). The case vowel of the last letter is left to the sentence.
 */
import type { Grammar } from '../model';
import { cell, commonPrefix, copyCells, DAMMA, FATHA, FATHATAN, KASRA, setVowel, SUKUN, lemmaCells, type Cell } from './vowel-cells';

/** The templates a noun form can come from: lemma, broken plurals, irregular feminine (all vowelled). */
export interface NounTemplates {
  lemma: string;
  plurals: string[];
  fem?: string;
}

const TEH_MARBUTA = '\u0629';
const ALEF_MAQSURA = '\u0649';

/** [vowel on the stem's last letter, the suffix letters with their marks] of each ending a form adds. */
type Ending = [string, Cell[]];
const e = (before: string, ...cells: Array<[string, string?]>): Ending => [before, cells.map(([l, m]) => cell(l, m ?? ''))];

/** Endings after a stem that ended in ة (ة itself is replaced). */
const AFTER_TEH_MARBUTA: Record<string, Ending> = {
  '\u062A': e(FATHA, ['\u062A']), // ـَت + pronoun
  '\u062A\u0627\u0646': e(FATHA, ['\u062A', FATHA], ['\u0627'], ['\u0646', KASRA]), // ـَتَانِ
  '\u062A\u064A\u0646': e(FATHA, ['\u062A', FATHA], ['\u064A', SUKUN], ['\u0646', KASRA]), // ـَتَيْنِ
  '\u062A\u0627': e(FATHA, ['\u062A', FATHA], ['\u0627']), // ـَتَا + pronoun
  '\u062A\u064A': e(FATHA, ['\u062A', FATHA], ['\u064A', SUKUN]), // ـَتَيْ + pronoun
  '\u0627\u062A': e(FATHA, ['\u0627'], ['\u062A']), // ـَات
};

/** Endings after a stem that ended in ى (ى itself is replaced). */
const AFTER_ALEF_MAQSURA: Record<string, Ending> = {
  '\u0627': e(FATHA, ['\u0627']), // مستواه
  '\u064A\u0627\u0646': e(FATHA, ['\u064A', FATHA], ['\u0627'], ['\u0646', KASRA]),
  '\u064A\u064A\u0646': e(FATHA, ['\u064A', FATHA], ['\u064A', SUKUN], ['\u0646', KASRA]),
  '\u064A\u0627\u062A': e(FATHA, ['\u064A', FATHA], ['\u0627'], ['\u062A']),
};

/** Endings after any other stem, by the letters added and (where the letters are ambiguous) the grammar. */
function plainEnding(rest: string, g: Grammar): Ending | null {
  const dual = g.number === 'dual';
  switch (rest) {
    case '':
      return e('');
    case '\u0627\u0646': // ـَانِ
      return e(FATHA, ['\u0627'], ['\u0646', KASRA]);
    case '\u064A\u0646': // dual ـَيْنِ, plural ـِينَ
      return dual ? e(FATHA, ['\u064A', SUKUN], ['\u0646', KASRA]) : e(KASRA, ['\u064A'], ['\u0646', FATHA]);
    case '\u0627': // accusative ـًا, dual before a pronoun ـَا, construct أبا
      return g.case === 'accusative' ? e(FATHATAN, ['\u0627']) : e(FATHA, ['\u0627']);
    case '\u064A': // dual before a pronoun ـَيْ; plural, construct (أبي) and the defective noun (القاضي) ـِي
      return dual ? e(FATHA, ['\u064A', SUKUN]) : e(KASRA, ['\u064A']);
    case '\u064A\u0627': // قاضياً
      return e(KASRA, ['\u064A', FATHATAN], ['\u0627']);
    case '\u0648\u0646':
      return e(DAMMA, ['\u0648'], ['\u0646', FATHA]);
    case '\u0648':
      return e(DAMMA, ['\u0648']);
    case '\u0629':
      return e(FATHA, [TEH_MARBUTA]);
    case '\u062A':
      return e(FATHA, ['\u062A']);
    default:
      return AFTER_TEH_MARBUTA[rest] ?? null; // feminine endings of an adjective: كبيرتان، كبيرات
  }
}

/** A template's cells without a tanwin on its last letter (the lemma of a defective noun is written قاضٍ). */
function templateCells(t: string): Cell[] {
  const cs = lemmaCells(t);
  const lastCell = cs[cs.length - 1];
  if (lastCell && /[\u064B-\u064D]/.test(lastCell.marks)) lastCell.marks = lastCell.marks.replace(/[\u064B-\u064D]/g, '');
  return cs;
}

/** Fits one template to the form: its cells with the ending's vowels, or null when the form is not built on it. */
function fit(t: string, form: string, g: Grammar): Cell[] | null {
  const cs = templateCells(t);
  if (!cs.length) return null;
  if (cs.length === form.length && commonPrefix(cs, form) === cs.length) return cs;
  const lastLetter = cs[cs.length - 1]!.letter;
  const table = lastLetter === TEH_MARBUTA ? AFTER_TEH_MARBUTA : lastLetter === ALEF_MAQSURA ? AFTER_ALEF_MAQSURA : null;
  const base = table ? cs.slice(0, -1) : cs;
  if (commonPrefix(base, form) !== base.length || !base.length) return null;
  const rest = form.slice(base.length);
  const ending = table ? table[rest] : plainEnding(rest, g);
  if (!ending) return null;
  const [before, suffix] = ending;
  if (before) setVowel(base[base.length - 1]!, before);
  return [...base, ...copyCells(suffix)];
}

/** The vowelled cells of a noun form (strict letters `form`, grammar `g`), or null when no template fits. */
export function nounVowels(t: NounTemplates, form: string, g: Grammar): Cell[] | null {
  const feminine = g.gender === 'feminine';
  const order = g.number === 'plural' && !feminine ? [...t.plurals, t.lemma] : [t.lemma, ...t.plurals];
  if (feminine && t.fem) order.unshift(t.fem);
  else if (t.fem) order.push(t.fem);
  for (const tpl of order) {
    const cs = fit(tpl, form, g);
    if (cs) return withLetters(cs, form);
  }
  return null;
}

/** The cells with the form's own letters (its hamza seat or ت where the template had another). */
export function withLetters(cs: Cell[], form: string): Cell[] {
  if (cs.length !== form.length) return cs;
  return cs.map((c, i) => ({ letter: form[i]!, marks: c.marks }));
}
