/**
 * A vowelled word as cells: one cell per letter with the marks written on it (vowel, shadda, sukun, tanwin). The
 * vowelling modules build words cell by cell and write them back as text.
 */

export interface Cell {
  letter: string;
  /** marks on the letter, shadda first */
  marks: string;
}

export const FATHA = '\u064E';
export const DAMMA = '\u064F';
export const KASRA = '\u0650';
export const SUKUN = '\u0652';
export const SHADDA = '\u0651';
export const FATHATAN = '\u064B';
export const DAMMATAN = '\u064C';
export const KASRATAN = '\u064D';

/** the short vowels and tanwin (what a case ending or a stem vowel writes), without shadda and sukun */
const VOWEL = /[\u064B-\u0650]/;

/** The cells of a vowelled word (the dagger alef of هٰذا is a mark); tatweel is dropped, hamzat al-wasl ٱ is written ا. */
export function toCells(s: string): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      out.push({ letter: s.slice(i, i + 2), marks: '' }); // a character outside the BMP is one letter, as it is one code point
      i++;
      continue;
    }
    if (code === 0x0640) continue; // tatweel
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0670) {
      const c = out[out.length - 1];
      if (c) c.marks = code === 0x0651 ? SHADDA + c.marks : c.marks + s[i]!;
    } else if (code < 0x0653 || code > 0x065f) out.push({ letter: code === 0x0671 ? '\u0627' : s[i]!, marks: '' });
  }
  return out;
}

export const fromCells = (cs: readonly Cell[]): string => cs.map((c) => c.letter + c.marks).join('');
export const letters = (cs: readonly Cell[]): string => cs.map((c) => c.letter).join('');
export const cell = (letter: string, marks = ''): Cell => ({ letter, marks });
/** Cells of a suffix written with its marks (e.g. "َانِ" after the stem's last letter is given by `before`). */
export const copyCells = (cs: readonly Cell[]): Cell[] => cs.map((c) => ({ ...c }));

/** The short vowel (or tanwin) on a cell, '' when none. */
export const vowelOf = (c: Cell | undefined): string => (c ? (c.marks.match(VOWEL)?.[0] ?? '') : '');

/** Writes the vowel of a cell (keeping its shadda), or clears it with ''. */
export function setVowel(c: Cell, v: string): void {
  const shadda = c.marks.includes(SHADDA) ? SHADDA : '';
  c.marks = shadda + v;
}

const HAMZA_SEATS = /[\u0621\u0623\u0625\u0622\u0624\u0626]/;
/** Two letters that the spelling lets stand for each other: alef and hamza seats, ى/ي/ا, ة/ت/ه. */
export function sameLetter(a: string, b: string): boolean {
  if (a === b) return true;
  const group = (x: string) =>
    HAMZA_SEATS.test(x) ? 'ء' : x === '\u0627' || x === '\u0671' ? 'ا' : x === '\u0649' ? 'ى' : x === '\u0629' || x === '\u062A' ? 'ت' : x;
  const ga = group(a);
  const gb = group(b);
  if (ga === gb) return true;
  // an alef seat and a bare alef (أ/ا), and ى written ي
  const alefish = (x: string) => x === 'ا' || x === '\u0623' || x === '\u0625' || x === '\u0622';
  if (alefish(a) && alefish(b)) return true;
  return (ga === 'ى' && b === '\u064A') || (gb === 'ى' && a === '\u064A');
}

/** How many leading letters of `cs` match the letters of `s`. */
export function commonPrefix(cs: readonly Cell[], s: string): number {
  let i = 0;
  while (i < cs.length && i < s.length && sameLetter(cs[i]!.letter, s[i]!)) i++;
  return i;
}

const LONG_A = new Set(['\u0627', '\u0649', '\u0629']); // ا ى ة
/**
 * Writes the fatha that a lemma leaves unwritten because nothing else can stand there: on a consonant before a long ا,
 * a final ى or ة (عام → عَام، حالة → حَالَة، ما → مَا). A word-initial ا is not a long vowel.
 */
export function supplyFatha(cs: Cell[]): Cell[] {
  for (let i = 0; i < cs.length - 1; i++) {
    const c = cs[i]!;
    if (!LONG_A.has(cs[i + 1]!.letter) || cs[i + 1]!.marks) continue;
    if (LONG_A.has(c.letter) || c.letter === '\u0622' || /[\u064B-\u0650\u0652\u0670]/.test(c.marks)) continue;
    if (c.letter === '\u0627' && i === 0) continue;
    c.marks += FATHA;
  }
  return cs;
}

/** The cells of a vowelled lemma or form from the lexicon, with the fatha it leaves unwritten supplied. */
export const lemmaCells = (s: string): Cell[] => supplyFatha(toCells(s));
