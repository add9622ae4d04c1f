/**
 * The ways to cut a written word: its lookup keys with a map back to the written characters, and every split into
 * conjunction + particle + article + core + pronoun suffix that the morphological analyser then looks up.
 */
import { CONJUNCTIONS, ENCLITICS, PARTICLES } from './clitics';
import { looseKey, strictKey } from '../text';

export interface KeyMap {
  /** loose key of the word */
  key: string;
  /** strict key of the word */
  strict: string;
  /** original string index of each key character, plus the word length at the end */
  pos: number[];
}

export const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/;

/** Builds the lookup keys of a word with a map back to its original characters. */
export function keyMap(word: string): KeyMap {
  let strict = '';
  const pos: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (MARKS.test(ch)) continue;
    if (ch === '\u0649' && word[i + 1] === '\u0621') {
      // ىء is an older way of writing ئ (الطوارىء، المبادىء): one letter, spanning both characters
      pos.push(i);
      strict += '\u0626';
      i++;
      continue;
    }
    const k = strictKey(ch);
    for (let j = 0; j < k.length; j++) pos.push(i);
    strict += k;
  }
  pos.push(word.length);
  return { key: looseKey(strict), strict, pos };
}

export const ALEF_LAM = '\u0627\u0644'; // ال
const ENCLITIC_KEYS: readonly string[] = ['', ...ENCLITICS.map((e) => e.key)];
export const LAM = '\u0644'; // ل

export interface Split {
  pro: string[]; // loose keys of conjunction + particle
  article: '' | 'full' | 'lam' | 'implied'; // ال, the ل of لل, or the article swallowed in لل+ل…
  coreStart: number;
  coreEnd: number;
  enc: string;
}

/** The proclitic lists a split can have, one shared array per conjunction and particle (most words try several). */
const PROCLITICS = new Map<string, Map<string, string[]>>();
function proclitics(conj: string, part: string): string[] {
  let byPart = PROCLITICS.get(conj);
  if (!byPart) PROCLITICS.set(conj, (byPart = new Map()));
  let list = byPart.get(part);
  if (!list) byPart.set(part, (list = Object.freeze([conj, part].filter(Boolean)) as string[]));
  return list;
}

/** Enumerates the clitic splits of a loose key (the core is at least two letters). */
export function splits(key: string, strict: string): Split[] {
  const out: Split[] = [];
  // the pronoun must be written as such: a final ة is never ه, a final ى never ي
  const encs = ENCLITIC_KEYS.filter((enc) => !enc || strict.endsWith(enc));
  const conjOptions = [''];
  for (const c of CONJUNCTIONS) if (key.startsWith(c.key)) conjOptions.push(c.key);
  for (const conj of conjOptions) {
    const i = conj.length;
    const partOptions = [''];
    for (const p of PARTICLES) if (key.startsWith(p.key, i)) partOptions.push(p.key);
    for (const part of partOptions) {
      const j = i + part.length;
      const pro = proclitics(conj, part);
      addSplits(out, key.length, encs, pro, '', j);
      if (part === LAM) {
        if (key.startsWith(LAM, j)) {
          addSplits(out, key.length, encs, pro, 'lam', j + 1); // لل + حظر
          addSplits(out, key.length, encs, pro, 'implied', j); // ل + لغة (اللغة)
        }
      } else if (key.startsWith(ALEF_LAM, j)) addSplits(out, key.length, encs, pro, 'full', j + 2);
    }
  }
  return out;
}

/** The splits with these proclitics and article, the core from `coreStart`, one per pronoun suffix the word may end in. */
function addSplits(out: Split[], n: number, encs: readonly string[], pro: string[], article: Split['article'], coreStart: number): void {
  for (const enc of encs) {
    const coreEnd = n - enc.length;
    // a one-letter core is a preposition hosting a pronoun (به، لها) or a word of its own (و)
    if (coreEnd - coreStart < 1 || (coreEnd - coreStart < 2 && !enc && coreStart > 0)) continue;
    out.push({ pro, article, coreStart, coreEnd, enc });
  }
}
