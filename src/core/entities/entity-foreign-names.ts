/**
 * Foreign names the lexicon does not know: runs of unknown words (واين روني), and people named after their
 * nationality, as sports and world news write them (والبرازيلي كافو، التركي نظمي أفلوكا).
 */
import type { EntityContext } from './entity-context';
import type { EntityKeys } from './entity-keys';
import { isGiven, singleEntry, type EntityCandidate } from './entity-lookup';
import { nameToEnglish } from '../text';
import { familyNameLike, familyNameNext, NAME_ENDERS } from './entity-name-words';
import { TITLE_FIRST } from './person-roles';
import type { Token } from '../model';

/** A definite nisba (البرازيلي، والفرنسية), the shape of a nationality: a cheap test before the gazetteer's. */
export const mayBeNationality = (k: EntityKeys) => /^(و|ف)?(ل|ب)?ال.+(ي|يه)$/.test(k.raw);

/** Whether token i is a definite singular nisba of a place (الفرنسي، والصربية). */
function nationalityAt(keys: EntityKeys[], i: number, ctx: EntityContext): boolean {
  const { exact } = keys[i]!;
  for (let n = 0; n < exact.length; n++) {
    const key = exact[n]!.key;
    if (key.startsWith('ال') && /(ي|يه)$/.test(key) && ctx.gazetteer.placeOfNisba(key)) return true;
  }
  return false;
}

/**
 * والبرازيلي كافو، المدافع الفرنسي ويلي سانيول، التركي نظمي أفلوكا: a nationality and then a foreign name (unknown
 * words) or first names, up to three words. The weakest reading of a name: any other rule's reading wins.
 */
export function personAfterNationality(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  if (!nationalityAt(keys, i, ctx)) return null;
  const english: string[] = [];
  let guessed = false;
  let j = i + 1;
  while (j - i <= 3 && tokens[j]?.kind === 'word') {
    const k = keys[j]!;
    const later = j > i + 1;
    // a first name starts the run only when it is clearly one; inside it any name or rarer noun goes on
    const given = singleEntry(
      keys,
      j,
      ctx,
      (x, amb) => (isGiven(x) || x.type === 'PERSON') && (later || (!amb && x.attrs.ambiguous !== 'yes')),
    );
    // تعوّل على: على is the name علي only inside a name that goes on
    const ends = NAME_ENDERS.has(tokens[j]!.analyses[0]?.pos ?? '') && !familyNameNext(tokens, keys, j + 1, ctx);
    if (given && !ends) english.push(given.english.split(' ').pop()!);
    else if (later && !k.raw.startsWith('ال') && !TITLE_FIRST.has(k.rest) && familyNameLike(tokens[j]!, ctx))
      english.push(nameToEnglish(tokens[j]!.text));
    // ولوكوموتيفو، لبإستعماله: a clitic letter before a foreign word starts a new phrase
    else if (plainUnknown(k) && !CLITIC_START.test(k.raw)) {
      english.push(nameToEnglish(tokens[j]!.text));
      guessed = true;
    } else break;
    j++;
  }
  if (j === i + 1 || cutName(tokens[j], keys[j])) return null;
  return { type: 'PERSON', from: i + 1, to: j, skip: 0, english: english.join(' '), guessed, rule: 'nationality' };
}

const CLITIC_START = /^[وفلب]/;

/**
 * Whether the word after a guessed name is likely its surname misread: a proper noun, or a foreign word the lexicon
 * splits into a proclitic and a stem (سيلفا as س + يلفا، كليمان as ك + ليمان). A part of a name is no entity.
 */
function cutName(t: Token | undefined, k: EntityKeys | undefined): boolean {
  const top = t?.kind === 'word' ? t.analyses[0] : undefined;
  if (!top || !k) return false;
  return top.pos === 'propn' || (top.segments[0]?.role === 'proclitic' && !/^[وف]/.test(k.raw));
}

/** An unknown word of three letters or more without the article. */
export const plainUnknown = (k: EntityKeys) => k.unknown && !k.raw.startsWith('ال') && k.raw.length >= 3;

/**
 * Two or more unknown words in a row, none with the article (واين روني، دان غيلرمان): with the lexicon covering
 * nearly all common words, such a run is most often a foreign person's name.
 */
export function unknownNameRun(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  // a name starts at an unknown word that no unknown word comes before, or at the next name of a pair (وغانلوكا)
  const andPair = keys[i]!.raw.startsWith('و') && !!keys[i + 1]?.unknown;
  const next = i > 1 && keys[i - 1]!.unknown && keys[i - 2]!.unknown && andPair;
  if (!keys[i]!.unknown || (i > 0 && keys[i - 1]!.unknown && !next)) return null;
  // عادل فتحي وفرج شلبي: after a first name, و and two unknown words are "and" and the next name (Faraj, not Wafraj)
  const afterGiven = i > 0 && andPair && !!singleEntry(keys, i - 1, ctx, isGiven);
  const skip = next || afterGiven ? 1 : 0;
  let j = i;
  while (j < tokens.length && j - i < 4 && plainUnknown(keys[j]!)) {
    // بوفون وغانلوكا زامبروتا: after two words, a word with و that another unknown word follows starts the next name
    if (j - i >= 2 && keys[j]!.raw.startsWith('و') && keys[j + 1]?.unknown) break;
    j++;
  }
  if (j - i < 2) return null;
  const text = tokens
    .slice(i, j)
    .map((t) => t.text)
    .join(' ')
    .slice(skip);
  return { type: 'PERSON', from: i, to: j, skip, english: nameToEnglish(text), guessed: true, rule: 'speaker' };
}
