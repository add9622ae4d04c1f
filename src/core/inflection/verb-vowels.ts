/**
 * The vowels of a verb form from the vowelled perfect (the lemma) and imperfect (impf=) of its entry: the person
 * suffixes of the perfect (ـَتْ، ـُوا، ـْتُ، ـْنا), the prefix and suffixes of the imperfect (يَـ/يُـ، ـُونَ، ـَانِ، ـْنَ)
 * for sound, hollow, defective and doubled verbs, and the passive (كُتِبَ، يُكْتَبُ). The mood vowel of a singular
 * imperfect is the sentence's to give (case-endings.ts), so it is left bare here.
 */
import type { Grammar } from '../model';
import { cell, commonPrefix, copyCells, DAMMA, FATHA, KASRA, setVowel, SHADDA, SUKUN, lemmaCells, vowelOf, type Cell } from './vowel-cells';

export interface VerbTemplates {
  perfect: string;
  imperfect: string;
  form: string;
}

const LONG = new Set(['\u0627', '\u0648', '\u064A', '\u0649']);
const SHORT_OF: Record<string, string> = { '\u0627': FATHA, '\u0648': DAMMA, '\u064A': KASRA, '\u0649': FATHA };
const isLongAt = (cs: readonly Cell[], i: number) => LONG.has(cs[i]?.letter ?? '') && !cs[i]!.marks && i > 0;
const lastOf = (cs: Cell[]) => cs[cs.length - 1]!;

/** Suffix cells: each [letter, marks]. */
const suf = (...xs: Array<[string, string?]>): Cell[] => xs.map(([l, m]) => cell(l, m ?? ''));

/** The perfect: the lemma's cells and the person suffix after it. */
function perfect(P: Cell[], form: string, impfMiddle: string, S: string, g: Grammar): Cell[] | null {
  const n = commonPrefix(P, S);
  if (n === P.length && S.length === P.length) return P;
  const end = lastOf(P).letter;
  const defective = end === '\u0649' || (end === '\u0627' && P.length >= 3);
  if (defective && n >= P.length - 1) {
    // رمى/دعا/أعطى: she رَمَتْ، they رَمَوْا، I رَمَيْتُ، they two رَمَيَا، + pronoun أعطاه
    const base = copyCells(P.slice(0, -1));
    const rest = S.slice(base.length);
    if (rest === '\u0627') return [...base, cell('\u0627')];
    if (rest === '\u062A') return [...base, cell('\u062A', SUKUN)]; // رَمَتْ
    if (rest.startsWith('\u062A') || rest.startsWith('\u0648')) {
      const w = rest.startsWith('\u0648') ? [cell('\u0648', SUKUN), ...restCells(rest.slice(1))] : restCells(rest);
      return [...base, ...w];
    }
    if (rest[0] === '\u064A' || rest[0] === '\u0648')
      return [...base, cell(rest[0], rest.length > 1 && rest[1] === '\u0627' ? FATHA : SUKUN), ...consSuffix(rest.slice(1))];
    return null;
  }
  if (n === P.length) {
    const base = copyCells(P);
    const rest = S.slice(P.length);
    const lastC = lastOf(base);
    if (lastC.marks.includes(SHADDA) && rest[0] === lastC.letter && consonantSuffix(g)) {
      // رَدَّ → رَدَدْتُ
      lastC.marks = FATHA;
      return [...base, cell(rest[0], SUKUN), ...consSuffix(rest.slice(1))];
    }
    return vowelSuffix(base, rest, g);
  }
  // hollow: the long ا of قال is gone before a consonant suffix (قُلْتُ، أَقَمْنا، اِخْتَرْتُ)
  const alef = P.findIndex((c, i) => i > 0 && c.letter === '\u0627' && i === P.length - 2);
  if (alef > 0 && n === alef) {
    const base = copyCells([...P.slice(0, alef), P[P.length - 1]!]);
    if (form === 'I') setVowel(base[alef - 1]!, impfMiddle === DAMMA ? DAMMA : KASRA);
    const rest = S.slice(base.length);
    if (commonPrefix(base, S) !== base.length) return null;
    setVowel(lastOf(base), SUKUN);
    return [...base, ...consSuffix(rest)];
  }
  // بَقِيَ → بَقُوا
  if (end === '\u064A' && n === P.length - 1 && S.slice(n).startsWith('\u0648')) {
    const base = copyCells(P.slice(0, -1));
    setVowel(lastOf(base), DAMMA);
    return [...base, cell('\u0648'), ...restCells(S.slice(n + 1))];
  }
  return null;
}

const restCells = (rest: string): Cell[] => [...rest].map((l) => cell(l));

/** A subject whose perfect ending begins with a consonant (ـتُ ـنا ـتم ـتن ـنَ): I, you, we, and they (f). */
const consonantSuffix = (g: Grammar): boolean => !!g.person && (g.person[0] !== 3 || (g.number === 'plural' && g.gender === 'feminine'));

/** Suffixes that begin with a vowel or follow the stem's vowel: ـَتْ ـَا ـَتَا ـُوا ـُو. */
function vowelSuffix(base: Cell[], rest: string, g: Grammar): Cell[] | null {
  const lastC = lastOf(base);
  switch (rest) {
    case '\u062A':
      if (g.number === 'singular' && g.gender === 'feminine') {
        setVowel(lastC, FATHA);
        return [...base, cell('\u062A', SUKUN)];
      }
      setVowel(lastC, SUKUN);
      return [...base, cell('\u062A')]; // I/you: تُ تَ تِ
    case '\u0627':
      setVowel(lastC, FATHA);
      return [...base, cell('\u0627')];
    case '\u062A\u0627':
      setVowel(lastC, FATHA);
      return [...base, cell('\u062A', FATHA), cell('\u0627')];
    case '\u0648\u0627':
    case '\u0648':
      setVowel(lastC, DAMMA);
      return [...base, ...restCells(rest)];
    default:
      setVowel(lastC, SUKUN);
      return [...base, ...consSuffix(rest)];
  }
}

/** Suffixes after a stem ending in sukun: ـتُ ـنَا ـتُمْ ـتُمَا ـتُنَّ ـنَ. */
function consSuffix(rest: string): Cell[] {
  switch (rest) {
    case '\u0646\u0627':
      return suf(['\u0646', FATHA], ['\u0627']);
    case '\u062A\u0645':
      return suf(['\u062A', DAMMA], ['\u0645', SUKUN]);
    case '\u062A\u0645\u0648':
      return suf(['\u062A', DAMMA], ['\u0645', DAMMA], ['\u0648']);
    case '\u062A\u0645\u0627':
      return suf(['\u062A', DAMMA], ['\u0645', FATHA], ['\u0627']);
    case '\u062A\u0646':
      return suf(['\u062A', DAMMA], ['\u0646', SHADDA + FATHA]);
    case '\u0646':
      return suf(['\u0646', FATHA]);
    default:
      return restCells(rest);
  }
}

/** The passive perfect: earlier vowels become damma, the vowel before the last radical kasra (كُتِبَ، اُسْتُخْدِمَ). */
function passivePerfect(active: Cell[], stemLength: number): Cell[] {
  const cs = copyCells(active);
  let last = -1;
  for (let i = stemLength - 2; i >= 0; i--) {
    if (vowelOf(cs[i]) && !isLongAt(cs, i)) {
      last = i;
      break;
    }
  }
  if (last < 0) return cs;
  setVowel(cs[last]!, KASRA);
  for (let i = 0; i < last; i++) if (vowelOf(cs[i]) || (i === 0 && cs[i]!.letter === '\u0627')) setVowel(cs[i]!, DAMMA);
  return cs;
}

/** The imperfect: the prefix with its vowel, the imperfect stem and the person suffix. */
function imperfect(I: Cell[], S: string, g: Grammar, passive: boolean): Cell[] | null {
  const stem = copyCells(I.slice(1));
  if (!stem.length) return null;
  const end = lastOf(stem);
  if (vowelOf(end) && !LONG.has(end.letter)) setVowel(end, ''); // the mood vowel is the sentence's
  const prefix = cell(S[0]!, passive ? DAMMA : vowelOf(I[0]) || FATHA);
  const body = S.slice(1);
  const n = commonPrefix(stem, body);
  const defective = LONG.has(end.letter) && !end.marks;
  let out: Cell[] | null = null;
  if (n === stem.length) out = [...stem, ...imperfectSuffix(stem, body.slice(n), g, defective)];
  else if (defective && n === stem.length - 1) {
    // يرمي/يدعو/يلقى: the long vowel gives way to the suffix (يَرْمُونَ، يَلْقَوْنَ، يَرْمِيَانِ) or is dropped (يَرْمِ)
    const base = stem.slice(0, -1);
    const rest = body.slice(n);
    const aType = end.letter === '\u0649';
    if (rest === '' || rest === '\u0627') out = rest ? [...base, cell('\u0627')] : base;
    else if (rest[0] === '\u0648') {
      if (!aType) setVowel(lastOf(base), DAMMA);
      out = [
        ...base,
        cell('\u0648', aType ? SUKUN : ''),
        ...restCells(rest.slice(1)).map((c) => (c.letter === '\u0646' ? cell('\u0646', FATHA) : c)),
      ];
    } else if (rest[0] === '\u064A') {
      const yv = rest[1] === '\u0627' ? FATHA : aType ? SUKUN : '';
      out = [...base, cell('\u064A', yv), ...imperfectTail(rest.slice(1))];
    }
  } else {
    // hollow jussive and feminine plural: يَقُلْ، يَقُلْنَ (the long vowel's short vowel stays on the radical before it)
    const long = stem.findIndex((c, i) => i === n && isLongAt(stem, i));
    if (long > 0 && commonPrefix(stem.slice(long + 1), body.slice(long)) === stem.length - long - 1) {
      const base = [...stem.slice(0, long), ...stem.slice(long + 1)];
      setVowel(base[long - 1]!, SHORT_OF[stem[long]!.letter]!);
      const rest = body.slice(base.length);
      if (rest === '\u0646') setVowel(lastOf(base), SUKUN);
      out = [...base, ...restCells(rest).map((c) => (c.letter === '\u0646' ? cell('\u0646', FATHA) : c))];
    }
  }
  if (!out) return null;
  if (passive) passiveImperfect(out, stem.length);
  return [prefix, ...out];
}

/** Suffix cells of the imperfect after the whole stem. */
function imperfectSuffix(stem: Cell[], rest: string, g: Grammar, defective: boolean): Cell[] {
  const lastC = lastOf(stem);
  if (!rest) return [];
  if (rest === '\u0627' && defective) return [cell('\u0627')]; // يراه
  if (defective) return restCells(rest).map((c) => (c.letter === '\u0646' ? cell('\u0646', FATHA) : c)); // يَدْعُونَ
  const first = rest[0]!;
  if (first === '\u0648')
    setVowel(lastC, DAMMA); // ـُونَ ـُوا
  else if (first === '\u0627')
    setVowel(lastC, FATHA); // ـَانِ ـَا
  else if (first === '\u064A')
    setVowel(lastC, KASRA); // ـِينَ
  else if (first === '\u0646' && g.number === 'plural' && g.gender === 'feminine') setVowel(lastC, SUKUN); // ـْنَ
  return imperfectTail(rest.slice(first === '\u0646' ? 0 : 1), first);
}

/** The letters after the suffix's long vowel: ن with its vowel (ـونَ ـينَ ـانِ ـنَ), ا of the subjunctive plural. */
function imperfectTail(rest: string, first = ''): Cell[] {
  const head = first && first !== '\u0646' ? [cell(first)] : [];
  const nunVowel = first === '\u0627' ? KASRA : FATHA;
  return [...head, ...[...rest].map((l) => (l === '\u0646' ? cell('\u0646', nunVowel) : cell(l)))];
}

/** The passive imperfect: the vowel before the last radical becomes fatha (يُكْتَبُ، يُسْتَخْدَمُ); ا/ى take it too. */
function passiveImperfect(cs: Cell[], stemLength: number): void {
  for (let i = Math.min(stemLength, cs.length) - 2; i >= 0; i--) {
    if (cs[i + 1] && (cs[i + 1]!.letter === '\u0627' || cs[i + 1]!.letter === '\u0649') && !cs[i + 1]!.marks) {
      setVowel(cs[i]!, FATHA);
      return;
    }
    if (vowelOf(cs[i]) && !isLongAt(cs, i)) {
      setVowel(cs[i]!, FATHA);
      return;
    }
  }
}

/** The vowelled cells of a verb form (strict letters `S`, grammar `g`), or null when it cannot tell. */
export function verbVowels(t: VerbTemplates, S: string, g: Grammar): Cell[] | null {
  const passive = g.voice === 'passive';
  if (g.aspect === 'imperfect') {
    const I = lemmaCells(t.imperfect);
    return I.length > 1 ? imperfect(I, S, g, passive) : null;
  }
  if (g.aspect !== 'perfect') return null;
  const P = lemmaCells(t.perfect);
  const I = lemmaCells(t.imperfect);
  const impfMiddle = vowelOf(I[I.length - 3]) || (I[I.length - 2]?.letter ? SHORT_OF[I[I.length - 2]!.letter] : '') || '';
  if (!passive) return perfect(P, t.form, impfMiddle, S, g);
  const active = perfect(P, t.form, impfMiddle, S, g);
  return active ? passivePerfect(active, P.length) : null;
}
