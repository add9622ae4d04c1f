/**
 * The surface-form index, prebuilt at build time and shipped in the asset, so that loading the lexicon is a
 * JSON.parse and a scan for line starts instead of generating and hashing 100,000 forms. Keys are sorted; a lookup is
 * a binary search, and a key's hits are decoded on first use.
 *
 * Keys are front-coded in blocks of KEY_BLOCK lines: a block's first key is written whole, each following key as one
 * character giving how many leading characters it shares with the key before it (code 48 + n) and then the rest.
 * Sorted Arabic forms share long prefixes, so this halves the keys' share of the asset.
 *
 * Hits (one line per key, lines aligned with the keys): hits separated by ";", each hit the number
 * entry × 2^14 + grammar × 2^8 + flags in base 64 (DIGITS), then the strict spelling when it differs from the key:
 * ":" and, for each letter that differs, its position (a = 0, b = 1 …) and the strict letter (a hamza seat or ة where
 * the loose key has ا or ه: أسر is "a" + "أ"), or "=" and the whole spelling when the lengths differ; then "~" and
 * the alternative spelling the form was generated from, when there is one. (Version 3: the letters that differ
 * instead of the whole strict spelling, and base 64 instead of base 36, keep the asset under 4 MB. Version 4: the
 * grammars are structured codes, not labels.)
 */
import { grammarCode, grammarFromCode, NO_GRAMMAR, type Grammar } from '../model';
import type { LemmaRow, PrebuiltIndex } from './lexicon-data';

export interface RawHit {
  entry: number;
  grammar: Grammar;
  flags: number;
  strict: string;
  spelling: string | undefined;
}

/** The version of the encoding below; an asset with another is not read (the lexicon then generates its forms). */
export const INDEX_VERSION = 4;
/** The 64 digits of a hit's number. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
const DIGIT_VALUE = new Map([...DIGITS].map((d, i) => [d.charCodeAt(0), i]));
/** the character that writes the position 0 of a differing letter (positions up to 25: a–z) */
const POSITION_BASE = 97;

function toBase64(n: number): string {
  let s = '';
  do {
    s = DIGITS[n % 64]! + s;
    n = Math.floor(n / 64);
  } while (n > 0);
  return s;
}

function fromBase64(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 64 + DIGIT_VALUE.get(s.charCodeAt(i))!;
  return n;
}

/** The strict spelling against its loose key: the letters that differ (":"), or the whole spelling ("="). */
function strictPart(key: string, strict: string): string {
  if (strict === key) return '';
  if (strict.length !== key.length || strict.length > 26) return `=${strict}`;
  let s = ':';
  for (let i = 0; i < strict.length; i++) if (strict[i] !== key[i]) s += String.fromCharCode(POSITION_BASE + i) + strict[i];
  return s;
}

/** Keys per front-coded block: a lookup decodes at most this many after its binary search. */
const KEY_BLOCK = 16;
/** the character that writes a shared-prefix length of 0 */
const PREFIX_BASE = 48;

/** Front-codes sorted keys in blocks of KEY_BLOCK. */
function frontCode(keys: readonly string[]): string[] {
  return keys.map((k, i) => {
    if (i % KEY_BLOCK === 0) return k;
    const prev = keys[i - 1]!;
    let n = 0;
    while (n < k.length && n < prev.length && k[n] === prev[n]) n++;
    return String.fromCharCode(PREFIX_BASE + n) + k.slice(n);
  });
}

/** Encodes an index given as key → hits, with the entries added to the lexicon's own rows. */
export function encodeIndex(forms: Map<string, RawHit[]>, lemmaCount: number, added: LemmaRow[]): PrebuiltIndex {
  const keys = [...forms.keys()].sort();
  const grammars: Grammar[] = [];
  const grammarId = new Map<Grammar, number>();
  const lines = keys.map((k) =>
    forms
      .get(k)!
      .map((h) => {
        let f = grammarId.get(h.grammar);
        if (f === undefined) {
          f = grammars.length;
          if (f > 63) throw new Error('the form index holds at most 64 grammars');
          grammars.push(h.grammar);
          grammarId.set(h.grammar, f);
        }
        let s = toBase64(h.entry * 16384 + f * 256 + h.flags) + strictPart(k, h.strict);
        if (h.spelling) s += `~${h.spelling}`;
        return s;
      })
      .join(';'),
  );
  return {
    version: INDEX_VERSION,
    entries: lemmaCount + added.length,
    added,
    grammars: grammars.map(grammarCode),
    keys: frontCode(keys).join('\n'),
    hits: lines.join('\n'),
  };
}

/**
 * A searchable index over the shipped strings as they are: only the line starts are computed at load (two typed
 * arrays), so loading allocates no per-key strings; a lookup binary-searches the block heads in place, then decodes
 * one block.
 */
export class FormIndex {
  private readonly keyStarts: Uint32Array;
  private readonly hitStarts: Uint32Array;
  private readonly grammars: readonly Grammar[];
  readonly size: number;

  constructor(private readonly data: PrebuiltIndex) {
    this.grammars = data.grammars.map((code) => grammarFromCode(code) ?? NO_GRAMMAR);
    this.keyStarts = lineStarts(data.keys);
    this.hitStarts = lineStarts(data.hits);
    this.size = this.keyStarts.length - 1;
  }

  /** The hits of a key, decoded (empty when the key is absent). */
  find(key: string): RawHit[] {
    const i = this.indexOf(key);
    return i < 0 ? [] : this.decode(key, this.data.hits.slice(this.hitStarts[i]!, this.hitStarts[i + 1]! - 1));
  }

  /** The line number of a key, or -1. */
  private indexOf(key: string): number {
    const { keys } = this.data;
    const starts = this.keyStarts;
    // the last block whose head is ≤ key
    let lo = 0;
    let hi = Math.ceil(this.size / KEY_BLOCK) - 1;
    let block = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = mid * KEY_BLOCK;
      const c = compareSlice(keys, starts[line]!, starts[line + 1]! - 1, key);
      if (c === 0) return line;
      if (c < 0) {
        block = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (block < 0) return -1;
    const first = block * KEY_BLOCK;
    let prev = keys.slice(starts[first]!, starts[first + 1]! - 1);
    for (let line = first + 1; line < Math.min(first + KEY_BLOCK, this.size); line++) {
      const at = starts[line]!;
      const cur = prev.slice(0, keys.charCodeAt(at) - PREFIX_BASE) + keys.slice(at + 1, starts[line + 1]! - 1);
      if (cur === key) return line;
      if (cur > key) return -1;
      prev = cur;
    }
    return -1;
  }

  private decode(key: string, line: string): RawHit[] {
    return line.split(';').map((part) => {
      const tilde = part.indexOf('~');
      const spelling = tilde >= 0 ? part.slice(tilde + 1) : undefined;
      const end = tilde >= 0 ? tilde : part.length;
      let mark = 0;
      while (mark < end && part[mark] !== ':' && part[mark] !== '=') mark++;
      const code = fromBase64(part, 0, mark);
      let strict = key;
      if (part[mark] === '=') strict = part.slice(mark + 1, end);
      else if (part[mark] === ':') {
        const letters = [...key];
        for (let i = mark + 1; i + 1 < end; i += 2) letters[part.charCodeAt(i) - POSITION_BASE] = part[i + 1]!;
        strict = letters.join('');
      }
      return {
        entry: Math.floor(code / 16384),
        grammar: this.grammars[(code >> 8) & 63] ?? NO_GRAMMAR,
        flags: code & 255,
        strict,
        spelling,
      };
    });
  }
}

/** Start offsets of the "\n"-separated lines of s, plus one past the end (so line i is [starts[i], starts[i+1] - 1)). */
function lineStarts(s: string): Uint32Array {
  let n = 1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  const starts = new Uint32Array(n + 1);
  let line = 1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts[line++] = i + 1;
  starts[n] = s.length + 1;
  return starts;
}

/** Compares s[start, end) with key in UTF-16 code unit order (the order of the build's sort()): <0, 0 or >0. */
function compareSlice(s: string, start: number, end: number, key: string): number {
  const len = Math.min(end - start, key.length);
  for (let i = 0; i < len; i++) {
    const d = s.charCodeAt(start + i) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - key.length;
}
