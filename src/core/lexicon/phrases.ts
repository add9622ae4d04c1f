/**
 * Multi-word expressions: a phrase word matches a token when it equals the token without its proclitics and
 * article, or the token's lemma, so "أجرى محادثات" also matches "وأجرت محادثات".
 */
import type { PhraseRow } from './lexicon-data';
import { parseAttrs } from './lexicon-data';
import { looseKey } from '../text';
import type { Analysis, Token } from '../model';

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
function tokenKeys(t: Token): Set<string> {
  const keys = new Set<string>();
  const raw = looseKey(t.text);
  keys.add(bareKey(raw));
  if (raw.length > 3 && (raw[0] === '\u0648' || raw[0] === '\u0641')) keys.add(bareKey(raw.slice(1)));
  for (let n = 0; n < t.analyses.length && n < 3; n++) {
    const a = t.analyses[n]!;
    let stem: string | undefined;
    let hasEnclitic = false;
    for (const s of a.segments) {
      if (s.role === 'stem') stem ??= s.text;
      else if (s.role === 'enclitic') hasEnclitic = true;
    }
    if (stem !== undefined) keys.add((hasEnclitic ? '+' : '') + bareKey(looseKey(stem)));
    if (a.pos !== 'unknown') keys.add((hasEnclitic ? '+' : '') + lemmaKey(a.lemma));
  }
  return keys;
}

/**
 * The key of a lexicon lemma, worked out once per lemma: lemmas are vowelled, and normalising one takes a step per
 * mark (the lemmas of known readings only, so the memo holds no more than the lexicon's lemmas).
 */
const LEMMA_KEYS = new Map<string, string>();
function lemmaKey(lemma: string): string {
  let k = LEMMA_KEYS.get(lemma);
  if (k === undefined) LEMMA_KEYS.set(lemma, (k = bareKey(looseKey(lemma))));
  return k;
}

/** Whether a token is read with the article (its best reading). */
const withArticle = (t: Token): boolean => !!t.analyses[0]?.segments.some((s) => s.role === 'article');

/** What phrase matching reads of a word token (PhraseIndex.phraseWord). */
export interface PhraseWord {
  /** the keys the token may be matched by (see tokenKeys) */
  keys: Set<string>;
  /** the same keys as the word after another is looked up by: a key's "+" (a stem with a pronoun suffix) left out */
  lookups: readonly string[];
  /** the second-word indexes of the phrases the token can start, in the order of its keys */
  starts: readonly SecondWordIndex[];
}

/**
 * The phrase words of one text's tokens, each worked out once per word: tokens that share their analyses array (the
 * same word in the same context) share it. A plain map that lives as long as the text: module-wide weak maps cost more
 * to fill than they saved, as a text's analyses are new objects unless the analyser's word cache is warm.
 */
export function phraseWordsOf(index: PhraseIndex, tokens: readonly Token[]): (i: number) => PhraseWord {
  const byWord = new Map<readonly Analysis[], PhraseWord>();
  return (i) => {
    const t = tokens[i]!;
    if (!t.analyses.length) return index.phraseWord(t);
    let w = byWord.get(t.analyses);
    if (!w) byWord.set(t.analyses, (w = index.phraseWord(t)));
    return w;
  };
}

/** Demonstratives, as phrase words (a phrase may end in one: إلى ذلك، بعد ذلك). */
const DEMONSTRATIVES = new Set(['ذلك', 'هذا', 'هذه', 'تلك', 'ذاك'].map(looseKey));
/** Phrases whose English takes the noun after them (بما في ذلك الأطفال "including children"). */
const TAKES_NOUN = /^including\b/;

/**
 * Whether the demonstrative that ends phrase p points at the definite word after it instead (إلى ذلك الإنجاز "to that
 * achievement", not "meanwhile the achievement"; بعد ذلك اليوم "after that day").
 */
function pointsOn(p: PhraseEntry, next: Token | undefined): boolean {
  if (!next || next.kind !== 'word' || !DEMONSTRATIVES.has(p.words[p.words.length - 1]!)) return false;
  if (TAKES_NOUN.test(p.gloss[0] ?? '')) return false;
  const key = looseKey(next.text);
  return key.length > 3 && key.startsWith(ARTICLE);
}

/** Phrases by their first two words (each list longest first), so a token costs two map lookups, not a scan. */
type SecondWordIndex = Map<string, PhraseEntry[]>;

const NO_STARTS: readonly SecondWordIndex[] = [];

export class PhraseIndex {
  private readonly byFirstTwo = new Map<string, SecondWordIndex>();
  readonly size: number;

  constructor(rows: readonly PhraseRow[]) {
    let size = 0;
    for (const [text, gloss, attrs] of rows) {
      const written = text.split(/\s+/);
      const words = written.map((w) => bareKey(looseKey(w)));
      if (words.length < 2) continue;
      const definite = written.map((w) => looseKey(w).startsWith(ARTICLE) && w.length > 3);
      const e: PhraseEntry = { text, words, definite, gloss: gloss.split('|').filter(Boolean), attrs: parseAttrs(attrs) };
      let second = this.byFirstTwo.get(words[0]!);
      if (!second) this.byFirstTwo.set(words[0]!, (second = new Map()));
      const list = second.get(words[1]!);
      if (list) list.push(e);
      else second.set(words[1]!, [e]);
      size++;
    }
    for (const second of this.byFirstTwo.values()) for (const list of second.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.size = size;
  }

  /**
   * The longest phrase starting at token i, as [entry, index one past its last token], or null. Only word tokens
   * take part; anything else between two words breaks the phrase.
   */
  matchAt(tokens: readonly Token[], wordAt: (i: number) => PhraseWord, i: number): [PhraseEntry, number] | null {
    const first = tokens[i];
    const next = tokens[i + 1];
    if (!first || first.kind !== 'word' || !next || next.kind !== 'word') return null;
    let best: PhraseEntry | null = null;
    // most words start no phrase: the word after them is not read
    const starts = wordAt(i).starts;
    for (let s = 0; s < starts.length; s++) {
      const lookups = wordAt(i + 1).lookups;
      for (let k = 0; k < lookups.length; k++) {
        const list = starts[s]!.get(lookups[k]!);
        if (!list) continue;
        for (const p of list) {
          if (best && best.words.length >= p.words.length) break;
          if (this.matchesFrom(tokens, wordAt, i, p) && !pointsOn(p, tokens[i + p.words.length])) {
            best = p;
            break;
          }
        }
      }
    }
    return best ? [best, i + best.words.length] : null;
  }

  /** What phrase matching reads of a word token: its keys, and the phrases it can start. */
  phraseWord(t: Token): PhraseWord {
    const keys = tokenKeys(t);
    const lookups: string[] = [];
    const starts: SecondWordIndex[] = [];
    for (const k of keys) {
      // a key with a leading "+" is a stem with a pronoun suffix: the list under the bare key, checked word by word
      lookups.push(k.startsWith('+') ? k.slice(1) : k);
      const second = this.byFirstTwo.get(k);
      if (second) starts.push(second);
    }
    return { keys, lookups, starts: starts.length ? starts : NO_STARTS };
  }

  /** Whether phrase p's second and later words match the tokens after i. */
  private matchesFrom(tokens: readonly Token[], wordAt: (i: number) => PhraseWord, i: number, p: PhraseEntry): boolean {
    const firstDefinite = p.definite[0] ? withArticle(tokens[i]!) : undefined;
    for (let w = 1; w < p.words.length; w++) {
      const t = tokens[i + w];
      if (!t || t.kind !== 'word') return false;
      const k = wordAt(i + w).keys;
      const last = w === p.words.length - 1;
      // a word with a pronoun suffix can end a phrase whose last word is indefinite (من جهته ← من جهة)
      if (!(k.has(p.words[w]!) || (last && !p.definite[w] && k.has(`+${p.words[w]!}`)))) return false;
      // a noun and its adjective agree: الحل السياسي matches حل سياسي, but not الحل سياسي ("the solution is political")
      if (firstDefinite !== undefined && p.definite[w] && withArticle(t) !== firstDefinite) return false;
    }
    return true;
  }
}
