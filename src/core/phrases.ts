/**
 * Multi-word expressions: a phrase word matches a token when it equals the token without its proclitics and
 * article, or the token's lemma, so "أجرى محادثات" also matches "وأجرت محادثات".
 */
import type { PhraseRow } from './lexicon-data';
import { parseAttrs } from './lexicon-data';
import { looseKey } from './normalize';
import type { Token } from './types';

const EMPTY_KEYS: ReadonlySet<string> = new Set();

export interface PhraseEntry {
  text: string;
  words: string[];
  /** which words are written with the article */
  definite: boolean[];
  gloss: string[];
  attrs: Record<string, string>;
}

const ARTICLE = '\u0627\u0644'; // ال
/** A comparison key without a leading article. */
export const bareKey = (k: string): string => (k.length > 3 && k.startsWith(ARTICLE) ? k.slice(2) : k);

/**
 * The keys a word token may be matched by. A token with a pronoun suffix only matches by its own stem, never as the
 * definite word of a phrase (على إطلاقه is not على الإطلاق), so its keys are marked with a leading "+".
 */
const TOKEN_KEYS = new WeakMap<object, Set<string>>();

export function tokenKeys(t: Token): Set<string> {
  // the analyses array is shared by every occurrence of the same word in the same context: compute once
  const cached = t.analyses.length ? TOKEN_KEYS.get(t.analyses) : undefined;
  if (cached) return cached;
  const keys = computeTokenKeys(t);
  if (t.analyses.length) TOKEN_KEYS.set(t.analyses, keys);
  return keys;
}

function computeTokenKeys(t: Token): Set<string> {
  const keys = new Set<string>();
  const raw = looseKey(t.text);
  keys.add(bareKey(raw));
  if (raw.length > 3 && (raw[0] === '\u0648' || raw[0] === '\u0641')) keys.add(bareKey(raw.slice(1)));
  for (const a of t.analyses.slice(0, 3)) {
    const stem = a.segments.find((s) => s.role === 'stem');
    const hasEnclitic = a.segments.some((s) => s.role === 'enclitic');
    if (stem) keys.add((hasEnclitic ? '+' : '') + bareKey(looseKey(stem.text)));
    if (a.pos !== 'unknown') keys.add((hasEnclitic ? '+' : '') + bareKey(looseKey(a.lemma)));
  }
  return keys;
}

export class PhraseIndex {
  private readonly byFirst = new Map<string, PhraseEntry[]>();
  readonly size: number;

  constructor(rows: readonly PhraseRow[]) {
    for (const [text, gloss, attrs] of rows) {
      const words = text.split(/\s+/).map((w) => bareKey(looseKey(w)));
      if (words.length < 2) continue;
      const definite = text.split(/\s+/).map((w) => looseKey(w).startsWith(ARTICLE) && w.length > 3);
      const e: PhraseEntry = { text, words, definite, gloss: gloss.split('|').filter(Boolean), attrs: parseAttrs(attrs) };
      const list = this.byFirst.get(words[0]!);
      if (list) list.push(e);
      else this.byFirst.set(words[0]!, [e]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.size = [...this.byFirst.values()].reduce((n, l) => n + l.length, 0);
  }

  /**
   * The longest phrase starting at token i, as [entry, index one past its last token], or null. Only word tokens
   * take part; anything else between two words breaks the phrase.
   */
  matchAt(tokens: readonly Token[], keysOf: (i: number) => Set<string>, i: number): [PhraseEntry, number] | null {
    const first = tokens[i];
    if (!first || first.kind !== 'word') return null;
    const candidates: PhraseEntry[] = [];
    for (const k of keysOf(i)) candidates.push(...(this.byFirst.get(k) ?? []));
    if (!candidates.length) return null;
    candidates.sort((a, b) => b.words.length - a.words.length);
    for (const p of candidates) {
      let ok = true;
      for (let w = 1; w < p.words.length; w++) {
        const t = tokens[i + w];
        const k = t ? keysOf(i + w) : EMPTY_KEYS;
        const last = w === p.words.length - 1;
        // a word with a pronoun suffix can end a phrase whose last word is indefinite (من جهته ← من جهة)
        const matches = t && t.kind === 'word' && (k.has(p.words[w]!) || (last && !p.definite[w] && k.has(`+${p.words[w]!}`)));
        if (!matches) {
          ok = false;
          break;
        }
      }
      if (ok) return [p, i + p.words.length];
    }
    return null;
  }
}
