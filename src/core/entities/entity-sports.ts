/**
 * Sports reports name clubs by their cities (برشلونة فاز على ليفربول): in a sentence about a match, a city that
 * plays is the club.
 */
import type { EntityContext } from './entity-context';
import type { EntityCandidate } from './entity-candidates';
import type { Gazetteer, NameEntry } from '../lexicon';
import { looseKey } from '../text';
import { bareKey } from '../lexicon';
import type { EntityKeys } from './entity-keys';
import type { SentenceInfo, TextAnalysis, Token } from '../model';

// Words of sports reports: in their sentences a city name is the club (برشلونة فاز على ليفربول).
const SPORTS_CUES = new Set(
  [
    'فريق',
    'نادي',
    'مباراة',
    'دوري',
    'بطولة',
    'كأس',
    'فوز',
    'فاز',
    'تعادل',
    'هزيمة',
    'هزم',
    'خسر',
    'لاعب',
    'مدرب',
    'هدف',
    'ملعب',
    'موسم',
    'منتخب',
    'سجل',
  ].map((w) => bareKey(looseKey(w))),
);

const MATCH_WORDS = new Set(
  ['فاز', 'تعادل', 'هزم', 'خسر', 'تغلب', 'ضد', 'امام', 'فريق', 'لاعب', 'مدرب', 'نادي', 'مهاجم', 'حارس'].map((w) => bareKey(looseKey(w))),
);
const PLACE_PREPS = new Set(['في', 'الى', 'من', 'قرب', 'شمال', 'جنوب', 'شرق', 'غرب', 'مدينة'].map((w) => looseKey(w)));

/** The lemma key of a token's best reading (cached per shared analyses array). */
const LEMMA_KEYS = new WeakMap<object, string>();
function lemmaKey(t: Token): string {
  const top = t.analyses[0];
  if (!top || top.pos === 'unknown') return '';
  let k = LEMMA_KEYS.get(t.analyses);
  if (k === undefined) LEMMA_KEYS.set(t.analyses, (k = bareKey(looseKey(top.lemma))));
  return k;
}

const CLUB_WORDS = new Set(['نادي', 'فريق'].map((w) => looseKey(w)));
const CLUBS = new WeakMap<Gazetteer, Map<number, NameEntry>>();

/** City entry id → the club named after it (نادي برشلونة، ليفربول الإنجليزي → FC Barcelona, Liverpool FC). */
function clubsByCity(gaz: Gazetteer): Map<number, NameEntry> {
  let clubs = CLUBS.get(gaz);
  if (clubs) return clubs;
  clubs = new Map();
  for (const team of gaz.entries) {
    if (team.attrs.kind !== 'team') continue;
    for (const v of team.variants) {
      const words = v.split(/\s+/).map((w) => looseKey(w));
      if (CLUB_WORDS.has(words[0]!)) words.shift();
      // a nisba after the city says the country: برشلونة الإسباني
      if (words.length === 2 && words[1]!.startsWith('ال') && words[1]!.endsWith('ي')) words.pop();
      if (words.length !== 1) continue;
      for (const c of gaz.single(words[0]!)) if (c.entry.attrs.kind === 'city') clubs.set(c.entry.id, team);
    }
  }
  CLUBS.set(gaz, clubs);
  return clubs;
}

/** A sentence about a match: two words of sports reports or more. */
function sportsSentence(s: SentenceInfo, tokens: Token[]): boolean {
  let cues = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (SPORTS_CUES.has(lemmaKey(tokens[i]!)) && ++cues === 2) return true;
  return false;
}

/** Turns the cities that play in sports sentences into their clubs. */
export function clubsInSportsNews(kept: EntityCandidate[], a: TextAnalysis, keys: EntityKeys[], ctx: EntityContext): void {
  // only place names can turn into clubs: only the sentences that name a city are read
  const places = kept
    .filter((c) => c.type === 'LOCATION' && c.entryId !== undefined && ctx.gazetteer.entries[c.entryId]?.attrs.kind === 'city')
    .sort((x, y) => x.from - y.from);
  let n = 0;
  let readAt = -1;
  let sports = false;
  for (const c of places) {
    while (n < a.sentences.length && a.sentences[n]!.tokenEnd <= c.from) n++;
    const s = a.sentences[n];
    if (!s || c.from < s.tokenStart) continue;
    if (readAt !== n) {
      sports = sportsSentence(s, a.tokens);
      readAt = n;
    }
    if (sports) cityAsClub(c, s, a.tokens, keys, ctx);
  }
}

/** A city in a sports sentence is its club when it plays: a match word near it, or a well-known club. */
function cityAsClub(c: EntityCandidate, s: SentenceInfo, tokens: Token[], keys: EntityKeys[], ctx: EntityContext): void {
  // a club plays: a match word or "against" within two words of the name
  let near = false;
  for (let k = Math.max(s.tokenStart, c.from - 2); k < Math.min(s.tokenEnd, c.to + 2) && !near; k++) {
    if (MATCH_WORDS.has(lemmaKey(tokens[k]!)) || MATCH_WORDS.has(keys[k]!.raw)) near = true;
  }
  // a city with a well-known club plays anywhere in such a sentence (أنقذ ميسي برشلونة من الخسارة)
  const club = clubsByCity(ctx.gazetteer).get(c.entryId!);
  if (!near && !club) return;
  // في برشلونة / إلى ليون is still the city
  const first = tokens[c.from]!.analyses[0];
  const placePrep =
    PLACE_PREPS.has(keys[c.from - 1]?.raw ?? '') || first?.segments.some((x) => x.role === 'proclitic' && looseKey(x.text) === 'ب');
  if (placePrep) return;
  c.type = 'ORGANIZATION';
  if (club) c.english = club.english;
}
