/** What every entity rule shares: the candidate shape, cue-word keys, and lookups of names and nisbas. */
import type { EntityContext } from './entities';
import type { EntityKeys } from './entity-keys';
import { DEMONYM_FOR_TITLE, PORTFOLIOS } from './entity-rules';
import type { NameEntry } from './gazetteer';
import { looseKey } from './normalize';
import { bareKey } from './phrases';
import type { EntityType, Token } from './types';

export interface EntityCandidate {
  type: EntityType;
  from: number;
  to: number;
  /** characters of clitics before the name in the first token */
  skip: number;
  english: string;
  role?: string;
  guessed?: boolean;
  rule: 'gazetteer' | 'title' | 'given' | 'trigger' | 'descriptor' | 'speaker' | 'figure';
  entryId?: number;
  /** the role was read in the text (a title before the name), not taken from the gazetteer */
  roleFromText?: boolean;
}

/** The comparison key of a cue word (loose, without the article). */
export const lk = (s: string) => bareKey(looseKey(s));
export const PORTFOLIO_KEYS = new Map(Object.entries(PORTFOLIOS).map(([ar, en]) => [lk(ar), en]));
export const cap = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** Whether a token is a word the lexicon does not know (a name, usually). */
export function unknown(t: Token | undefined): boolean {
  const top = t?.analyses[0];
  // a one-word gazetteer name (propn) is a known name, not a stranger: people among them are matched as such
  return !!t && t.kind === 'word' && (!top || top.pos === 'unknown');
}

/** The one-word gazetteer entry of a kind at token j (given names, particles, people). */
export function singleEntry(
  keys: EntityKeys[],
  j: number,
  ctx: EntityContext,
  pred: (e: NameEntry, ambiguous: boolean) => boolean,
  useFirst = false,
): NameEntry | null {
  const k = keys[j];
  if (!k) return null;
  const cands = useFirst ? k.exact.map((f) => f.key) : [k.restExact];
  for (const key of cands) {
    for (const v of ctx.gazetteer.candidates(key)) if (v.words.length === 1 && pred(v.entry, v.ambiguous)) return v.entry;
  }
  return null;
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
