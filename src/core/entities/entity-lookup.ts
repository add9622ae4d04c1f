/** What every entity rule shares: the candidate shape, cue-word keys, and lookups of names and nisbas. */
import type { EntityContext } from './entity-context';
import type { EntityKeys } from './entity-keys';
import { DEMONYM_FOR_TITLE, PORTFOLIOS } from './entity-titles';
import type { Gazetteer, NameEntry, NameVariant } from '../lexicon';
import { looseKey } from '../text';
import { bareKey } from '../lexicon';
import type { EntityType } from '../model';

export interface EntityCandidate {
  type: EntityType;
  from: number;
  to: number;
  /** characters of clitics before the name in the first token */
  skip: number;
  english: string;
  role?: string;
  guessed?: boolean;
  rule: 'gazetteer' | 'title' | 'media' | 'given' | 'trigger' | 'descriptor' | 'speaker' | 'nationality' | 'figure';
  entryId?: number;
  /** the role was read in the text (a title before the name), not taken from the gazetteer */
  roleFromText?: boolean;
  /** a gazetteer person met by a part of the name only (a surname), words in that part */
  partialWords?: number;
}

/** The comparison key of a cue word (loose, without the article). */
export const lk = (s: string) => bareKey(looseKey(s));
export const PORTFOLIO_KEYS = new Map(Object.entries(PORTFOLIOS).map(([ar, en]) => [lk(ar), en]));
export const cap = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

type EntryTest = (e: NameEntry, ambiguous: boolean) => boolean;

/** The one-word gazetteer entry of a kind at token j (given names, particles, people). */
export function singleEntry(keys: EntityKeys[], j: number, ctx: EntityContext, pred: EntryTest, useFirst = false): NameEntry | null {
  const k = keys[j];
  if (!k) return null;
  if (!useFirst) return firstPassing(ctx.gazetteer.single(k.restExact), pred);
  for (const f of k.exact) {
    const e = firstPassing(ctx.gazetteer.single(f.key), pred);
    if (e) return e;
  }
  return null;
}

function firstPassing(variants: readonly NameVariant[], pred: EntryTest): NameEntry | null {
  for (const v of variants) if (pred(v.entry, v.ambiguous)) return v.entry;
  return null;
}

const NO_NAMES: readonly NameVariant[] = [];

/** A gazetteer name found at a token: the spelling, and the characters of clitics before it in the token. */
export interface NameMatch {
  variant: NameVariant;
  skip: number;
}

/**
 * The longest gazetteer name starting at token j (clitics allowed before its first word) whose words are the next
 * tokens and that `accept` takes; among names as long, the first found.
 */
export function longestNameAt(keys: EntityKeys[], j: number, gaz: Gazetteer, accept: (v: NameVariant) => boolean): NameMatch | null {
  const k = keys[j];
  if (!k) return null;
  const second = keys[j + 1]?.restExact;
  let best: NameMatch | null = null;
  let bestLength = 0;
  for (const f of k.exact) {
    const from = gaz.startingWith(f.key);
    if (!from) continue;
    for (const v of (second !== undefined && from.longer.get(second)) || NO_NAMES) {
      const n = v.words.length;
      // longest first: nothing after this one is longer than what was found
      if (n <= bestLength) break;
      if (wordsFollow(keys, j, v) && accept(v)) {
        best = { variant: v, skip: f.skip };
        bestLength = n;
      }
    }
    if (bestLength) continue;
    for (const v of from.single) {
      // فوجئ "was surprised" is not فوجي (Fuji): the written hamza seat must be the name's
      if (k.seatedHamza && !v.seatedHamza) continue;
      if (accept(v)) {
        best = { variant: v, skip: f.skip };
        bestLength = 1;
        break;
      }
    }
  }
  return best;
}

/** Whether the third and later words of a name are the tokens after j + 1. */
function wordsFollow(keys: EntityKeys[], j: number, v: NameVariant): boolean {
  for (let w = 2; w < v.words.length; w++) if (keys[j + w]?.restExact !== v.words[w]) return false;
  return true;
}

export const isGiven = (e: NameEntry) => e.attrs.kind === 'given-name';
export const isParticle = (e: NameEntry) => e.attrs.kind === 'name-particle';

/** The demonym of a nisba adjective at token j (الأمريكي → US), or null. */
export function demonymAt(keys: EntityKeys[], j: number, ctx: EntityContext): string | null {
  const k = keys[j];
  if (!k || !k.raw) return null;
  const place = ctx.gazetteer.placeOfNisba(k.raw);
  if (!place) return null;
  const d = place.attrs.demonym ?? place.english;
  return DEMONYM_FOR_TITLE[d] ?? d;
}
