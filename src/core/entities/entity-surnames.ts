/** Coreference by surname: later one-word mentions of a person named in full earlier in the text. */
import type { EntityCandidate } from './entity-candidates';
import type { EntityKeys } from './entity-keys';
import type { Lexicon } from '../lexicon';
import type { Token } from '../model';

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
  const isNameWord = (t: Token) => {
    const top = t.analyses[0];
    if (!top || top.pos === 'unknown' || top.pos === 'propn') return true;
    // a rarer noun or adjective standing alone can be a surname (محفوظ), a common word cannot (علي/على)
    const freq = top.entryId !== undefined ? (lexicon.entries[top.entryId]?.freq ?? 3) : 3;
    return (top.pos === 'noun' || top.pos === 'adj') && freq >= 3 && top.segments.length === 1;
  };
  // full names in text order (kept names do not overlap), met by a pointer as the loop walks the tokens
  const fulls = kept
    .filter((c) => c.type === 'PERSON' && c.to - c.from >= 2 && isNameWord(tokens[c.to - 1]!))
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
      if ((taken[i] && !weak) || !isNameWord(tokens[i]!)) break;
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
