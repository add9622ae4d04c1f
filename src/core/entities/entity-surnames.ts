/** Coreference by surname: later one-word mentions of a person named in full earlier in the text. */
import type { EntityCandidate } from './entity-candidates';
import type { EntityKeys } from './entity-keys';
import type { Lexicon } from '../lexicon';
import type { Token } from '../model';
import { looseKey } from '../text';
import { REGNAL } from './entity-name-words';

const TEEN = looseKey('عشر');

/** how far (in tokens) a surname still refers back to the last mention of its person */
const COREF_WINDOW = 1500;

/**
 * Later one-word mentions of a person's surname (محفوظ after نجيب محفوظ) are that person too, within an article's
 * reach of the last mention; a weaker reading of the same token (a guessed speaker) gives way to it.
 */
export function surnameMentions(
  kept: EntityCandidate[],
  keys: EntityKeys[],
  taken: Uint8Array,
  tokens: Token[],
  lexicon: Lexicon,
): EntityCandidate[] {
  // a surname that is also a word (علي/على، الثاني) would turn every later use of the word into a person
  const isNameWord = (t: Token, prev?: Token) => {
    const top = t.analyses[0];
    if (!top || top.pos === 'unknown' || top.pos === 'propn') return true;
    if (top.pos !== 'noun' && top.pos !== 'adj') return false;
    // a rarer noun or adjective standing alone can be a surname (محفوظ), a common word cannot (علي/على)
    const freq = top.entryId !== undefined ? (lexicon.entries[top.entryId]?.freq ?? 3) : 3;
    if (freq >= 3 && top.segments.length === 1) return true;
    // a surname with the article (ويتابع الحكيم after توفيق الحكيم), unless a noun before it makes it its adjective or
    // its genitive (القرار الحكيم "the wise decision", برقيات التهاني "messages of congratulation")
    const article = top.segments.length === 2 && top.segments[0]!.role === 'article';
    const before = prev?.kind === 'word' ? prev.analyses[0] : undefined;
    return article && !(before && (before.pos === 'noun' || before.pos === 'adj'));
  };
  // full names in text order (kept names do not overlap), met by a pointer as the loop walks the tokens
  // a regnal number (خوان كارلوس الأول) is no surname: a later الأول is "the first"
  const fulls = kept
    .filter(
      (c) =>
        c.type === 'PERSON' &&
        c.to - c.from >= 2 &&
        !REGNAL.has(keys[c.to - 1]!.restExact) &&
        keys[c.to - 1]!.restExact !== TEEN &&
        isNameWord(tokens[c.to - 1]!),
    )
    .sort((x, y) => x.from - y.from);
  const weakAt = new Map<number, EntityCandidate>();
  for (const c of kept)
    if (c.to - c.from === 1 && (c.rule === 'speaker' || c.rule === 'nationality' || c.rule === 'given' || c.rule === 'descriptor'))
      weakAt.set(c.from, c);
  const out: EntityCandidate[] = [];
  const recent = new Map<string, { person: EntityCandidate; at: number }>();
  let nextFull = 0;
  for (let i = 0; i < keys.length; i++) {
    const full = fulls[nextFull];
    if (full?.from === i) {
      nextFull++;
      recent.set(keys[full.to - 1]!.restExact, { person: full, at: i });
      i = full.to - 1;
      continue;
    }
    // before the first full name there is nothing to refer back to
    if (!recent.size) continue;
    const { exact } = keys[i]!;
    for (let n = 0; n < exact.length; n++) {
      const f = exact[n]!;
      const r = recent.get(f.key);
      if (!r || i - r.at >= COREF_WINDOW) continue;
      // a word read as part of another name keeps it unless that was a weak guess; the word test (which reads the
      // lexicon) runs last, on the few words that match a surname
      const weak = weakAt.get(i);
      if ((taken[i] && !weak) || !isNameWord(tokens[i]!, tokens[i - 1])) break;
      const mention = { ...r.person, from: i, to: i + 1, skip: f.skip, rule: 'speaker' as const };
      if (weak) Object.assign(weak, { english: mention.english, role: mention.role, guessed: false, skip: f.skip });
      else {
        out.push(mention);
        taken[i] = 1;
      }
      r.at = i;
      break;
    }
  }
  return out;
}

/**
 * A gazetteer person met by surname alone is that person only when the same text names them in full: عبد العاطي in a
 * story that never writes بدر عبد العاطي may be any of the many who bear the name. Without the full name the mention
 * stays a person, named by the surname only, without the gazetteer's role, and marked as a guess.
 */
export function surnamesWithoutFullName(kept: EntityCandidate[]): void {
  joinGivenNames(kept);
  const named = new Set<number>();
  for (const c of kept) if (c.type === 'PERSON' && c.entryId !== undefined && c.partialWords === undefined) named.add(c.entryId);
  for (const c of kept) {
    if (c.partialWords === undefined || c.entryId === undefined || named.has(c.entryId)) continue;
    const words = c.english.split(' ');
    // بوتين → Putin; عبد العاطي → Abdelatty, أبو الغيط → Aboul Gheit (the English without its given name)
    const english = c.partialWords === 1 ? words[words.length - 1]! : words.slice(1).join(' ') || c.english;
    Object.assign(c, { english, role: undefined, guessed: true, entryId: undefined });
  }
}

/**
 * A one-word first name right before a gazetteer surname is one name with it (ألكسندر لوكاشنكو, spelt otherwise than
 * the gazetteer's full name): the gazetteer person when the first names agree, else a person of that name — never
 * the gazetteer's (محمد عبد العاطي is not Badr Abdelatty).
 */
function joinGivenNames(kept: EntityCandidate[]): void {
  const endingAt = new Map<number, EntityCandidate>();
  for (const c of kept) if (c.type === 'PERSON' && c.to - c.from === 1 && (c.rule === 'given' || c.rule === 'title')) endingAt.set(c.to, c);
  const joined = new Set<EntityCandidate>();
  for (const c of kept) {
    const first = c.partialWords !== undefined && c.skip === 0 ? endingAt.get(c.from) : undefined;
    if (!first || joined.has(first)) continue;
    joined.add(first);
    const same = c.english.split(' ')[0]!.toLowerCase() === first.english.split(' ')[0]!.toLowerCase();
    const words = c.english.split(' ');
    const surname = c.partialWords === 1 ? words[words.length - 1]! : words.slice(1).join(' ');
    Object.assign(
      c,
      same
        ? { from: first.from, skip: first.skip, partialWords: undefined }
        : {
            from: first.from,
            skip: first.skip,
            english: `${first.english} ${surname}`,
            role: first.role,
            guessed: true,
            entryId: undefined,
            partialWords: undefined,
          },
    );
  }
  for (let i = kept.length - 1; i >= 0; i--) if (joined.has(kept[i]!)) kept.splice(i, 1);
}
