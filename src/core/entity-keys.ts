/**
 * Surface keys of a token for name matching: the word as written, and without the clitics a name can carry
 * (وروسيا، لطالبان، بالعراق، للولايات). Lemmas are never used: a name is matched by what is written.
 */
import { looseKey } from './normalize';
import { bareKey } from './phrases';
import type { Token } from './types';

export interface EntityKeys {
  /** keys for the first word of a name (article kept), with how many characters of clitics precede the name */
  exact: Array<{ key: string; skip: number }>;
  /** the same without the article, for cue words (titles, triggers) that may or may not carry it */
  first: Array<{ key: string; skip: number }>;
  /** key for a later word of a name: the word as written, article kept */
  restExact: string;
  /** the same without the article */
  rest: Set<string>;
  /** the loose key as written */
  raw: string;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);
const MARK = /[\u064B-\u065F\u0670\u0640]/;

/** Original characters covering the first n key letters (diacritics are not letters). */
function originalLength(text: string, n: number): number {
  let letters = 0;
  let i = 0;
  while (i < text.length && letters < n) {
    if (!MARK.test(text[i]!)) letters++;
    i++;
  }
  while (i < text.length && MARK.test(text[i]!)) i++;
  return i;
}

const NONE: EntityKeys = { exact: [], first: [], restExact: '', rest: new Set(), raw: '' };
const CACHE = new WeakMap<object, EntityKeys>();

/** The keys of a token (cached by its shared analyses array: the same word in the same context). */
export function entityKeys(t: Token): EntityKeys {
  if (t.kind !== 'word') return NONE;
  const cached = t.analyses.length ? CACHE.get(t.analyses) : undefined;
  if (cached) return cached;
  const k = computeEntityKeys(t);
  if (t.analyses.length) CACHE.set(t.analyses, k);
  return k;
}

function computeEntityKeys(t: Token): EntityKeys {
  const raw = looseKey(t.text);
  const first: EntityKeys['first'] = [];
  const exact: EntityKeys['exact'] = [];
  const add = (key: string, letters: number) => {
    if (key.length < 2) return;
    const skip = letters ? originalLength(t.text, letters) : 0;
    exact.push({ key, skip });
    first.push({ key: bareKey(key), skip });
  };
  add(raw, 0);
  // strip clitics only as the word's analysis splits them: ورقة is a word, وروسيا is و + روسيا
  const top = t.analyses[0];
  const known = top && top.pos !== 'unknown';
  const proclitics = known
    ? top.segments
        .filter((s) => s.role === 'proclitic')
        .map((s) => looseKey(s.text))
        .join('')
    : null;
  let k = raw;
  let n = 0;
  if (k.length > 3 && CONJ.has(k[0]!) && (proclitics === null || proclitics.startsWith(k[0]!))) {
    k = k.slice(1);
    n = 1;
    add(k, n);
  }
  if (k.length > 3 && PREP.has(k[0]!) && (proclitics === null || proclitics.length > n)) {
    const rest = k.slice(1);
    // للولايات = ل + الولايات
    add(k[0] === 'ل' && rest.startsWith('ل') ? `ا${rest}` : rest, n + 1);
  }
  return { exact, first, restExact: raw, rest: new Set([bareKey(raw)]), raw };
}
