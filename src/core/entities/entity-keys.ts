/**
 * Surface keys of a token for name matching: the word as written, and without the clitics a name can carry
 * (وروسيا، لطالبان، بالعراق، للولايات). Lemmas are never used: a name is matched by what is written.
 */
import type { Gazetteer } from '../lexicon';
import { looseKey } from '../text';
import { bareKey } from '../lexicon';
import type { Analysis } from '../model';
import type { Token } from '../model';

/** A key of a word for the first word of a name, with how many characters of clitics precede the name. */
export interface FirstKey {
  key: string;
  skip: number;
}

export interface EntityKeys {
  /** keys for the first word of a name (article kept) */
  exact: FirstKey[];
  /** the same without the article, for cue words (titles, triggers) that may or may not carry it */
  first: FirstKey[];
  /** key for a later word of a name: the word as written, article kept */
  restExact: string;
  /** the same without the article */
  rest: string;
  /** the loose key as written */
  raw: string;
  /**
   * a word the lexicon does not know (a name, usually); a one-word gazetteer name (propn) is a known name, not a
   * stranger: people among them are matched as such
   */
  unknown: boolean;
  /** the word is written with a hamza on a yeh or waw seat (ئ ؤ), which the loose keys fold away */
  seatedHamza: boolean;
  /** what can start at this word (a memo of the recogniser, see entities.ts), valid for the gazetteer `startsFor` */
  starts: number;
  startsFor: Gazetteer | null;
}

const CONJ = new Set(['و', 'ف']);
/** ئ or ؤ: a hamza written on its seat */
export const SEATED_HAMZA = /[\u0626\u0624]/;
const PREP = new Set(['ب', 'ل', 'ك']);

/** Whether a UTF-16 unit is a diacritic or tatweel (not a letter of the key). */
const isMark = (c: number) => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;

/** Original characters covering the first n key letters (diacritics are not letters). */
function originalLength(text: string, n: number): number {
  let letters = 0;
  let i = 0;
  while (i < text.length && letters < n) {
    if (!isMark(text.charCodeAt(i))) letters++;
    i++;
  }
  while (i < text.length && isMark(text.charCodeAt(i))) i++;
  return i;
}

/** The first of a word's article-free keys that a cue list holds (a title, a trigger, a place word), or undefined. */
export function cueOf(k: EntityKeys | undefined, cues: { has(key: string): boolean }): FirstKey | undefined {
  if (!k) return undefined;
  // an index loop, no closure: this runs for every word, often before the code is optimised
  for (let n = 0; n < k.first.length; n++) if (cues.has(k.first[n]!.key)) return k.first[n];
  return undefined;
}

const NONE: EntityKeys = {
  exact: [],
  first: [],
  restExact: '',
  rest: '',
  raw: '',
  unknown: false,
  seatedHamza: false,
  starts: 0,
  startsFor: null,
};
/**
 * The keys of every token of a text, worked out once per word: tokens that share their analyses array (the same word
 * in the same context) share their keys. The memo is a plain map that lives as long as the call (a module-wide weak map
 * cost more to fill than it saved, as a text's analyses are new objects unless the analyser's word cache is warm).
 */
export function entityKeysOf(tokens: readonly Token[]): EntityKeys[] {
  const byWord = new Map<readonly Analysis[], EntityKeys>();
  // an index loop into a preallocated array, not Array.prototype.map, whose arrays came in more than one shape and
  // threw the rules out of optimised code
  const keys = new Array<EntityKeys>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      keys[i] = NONE;
      continue;
    }
    let k = t.analyses.length ? byWord.get(t.analyses) : undefined;
    if (!k) {
      k = computeEntityKeys(t);
      if (t.analyses.length) byWord.set(t.analyses, k);
    }
    keys[i] = k;
  }
  return keys;
}

/** The proclitics of an analysis, as one loose key. */
function procliticsOf(a: Analysis): string {
  let out = '';
  for (const s of a.segments) if (s.role === 'proclitic') out += looseKey(s.text);
  return out;
}

/**
 * A word read at best as an imperative with an object pronoun (زيداني "increase me, you two!"): in news outside quotes
 * it is a name the lexicon lacks (a surname in ـاني), as good as unknown.
 */
function onlyAnImperative(a: Analysis): boolean {
  return a.pos === 'verb' && a.grammar.aspect === 'imperative' && a.segments.some((s) => s.role === 'enclitic');
}

function computeEntityKeys(t: Token): EntityKeys {
  const raw = looseKey(t.text);
  const top = t.analyses[0];
  const unknown = !top || top.pos === 'unknown' || onlyAnImperative(top);
  const rest = bareKey(raw);
  // most words carry no clitic: their one key makes arrays of one. Both arrays are built alike (a literal, then push)
  // so the code reading them sees the same array shapes and stays optimised.
  const exact: FirstKey[] = raw.length < 2 ? [] : [{ key: raw, skip: 0 }];
  const first: FirstKey[] = raw.length < 2 ? [] : [{ key: rest, skip: 0 }];
  // strip clitics only as the word's analysis splits them: ورقة is a word, وروسيا is و + روسيا
  const mayCarryClitic = raw.length > 3 && (CONJ.has(raw[0]!) || PREP.has(raw[0]!));
  const proclitics = unknown || !mayCarryClitic ? null : procliticsOf(top);
  let key = raw;
  let n = 0;
  if (key.length > 3 && CONJ.has(key[0]!) && (proclitics === null || proclitics.startsWith(key[0]!))) {
    key = key.slice(1);
    n = 1;
    addFirstKey(exact, first, key, originalLength(t.text, n));
  }
  if (key.length > 3 && PREP.has(key[0]!) && (proclitics === null || proclitics.length > n)) {
    const noun = key.slice(1);
    // للولايات = ل + الولايات
    addFirstKey(exact, first, key[0] === 'ل' && noun.startsWith('ل') ? `ا${noun}` : noun, originalLength(t.text, n + 1));
  }
  return { exact, first, restExact: raw, rest, raw, unknown, seatedHamza: SEATED_HAMZA.test(t.text), starts: 0, startsFor: null };
}

/** Adds a key for the first word of a name, after `skip` characters of clitics. */
function addFirstKey(exact: FirstKey[], first: FirstKey[], key: string, skip: number): void {
  if (key.length < 2) return;
  exact.push({ key, skip });
  first.push({ key: bareKey(key), skip });
}
