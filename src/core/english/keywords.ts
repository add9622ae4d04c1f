/**
 * Honest doubt: when the rules cannot read enough of a sentence (too many words the lexicon does not know), its English
 * is a marked keyword rendering — who, what, where, when and the key nouns — instead of word salad.
 */
import { firstEntityEndingAfter } from '../entities';
import type { Entity, SentenceInfo, Token } from '../model';
import type { Unit } from './unit';

/** A sentence with at least this share of unread words is given as keywords … */
const DOUBT_SHARE = 0.3;
/** … if it has at least this many words (a short line of names reads well enough as it is). */
const MIN_WORDS = 5;
/** The mark that opens a keyword rendering, so a reader never takes it for a translation. */
export const KEYWORDS_MARK = 'Keywords —';

/**
 * The share of the words of tokens [from, to) that the rules cannot read: words with no known analysis, outside the
 * names the entity finder recognised.
 */
export function doubtOf(tokens: readonly Token[], from: number, to: number, entities: readonly Entity[]): number {
  let words = 0;
  let unread = 0;
  let e = from < to ? firstEntityEndingAfter(entities, tokens[from]!.start) : 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    const top = t.analyses[0];
    if (top && top.pos !== 'unknown') continue;
    while (e < entities.length && entities[e]!.end <= t.start) e++;
    if (!(e < entities.length && entities[e]!.start <= t.start)) unread++;
  }
  return words >= MIN_WORDS ? unread / words : 0;
}

/** Whether a sentence's English should be a keyword rendering (entities in text order). */
export const tooDoubtful = (tokens: readonly Token[], s: SentenceInfo, entities: readonly Entity[]): boolean =>
  doubtOf(tokens, s.tokenStart, s.tokenEnd, entities) >= DOUBT_SHARE;

const unique = (xs: string[], max: number) => [...new Set(xs.filter(Boolean))].slice(0, max);

/** who / what / where / when and the key nouns of a sentence, marked as keywords; '' when there are none. */
export function keywordsOf(units: readonly Unit[]): string {
  const names = (types: string[]) =>
    unique(
      units.filter((u) => u.type && types.includes(u.type)).map((u) => u.en),
      3,
    );
  const parts: [string, string[]][] = [
    ['who', names(['PERSON', 'ORGANIZATION'])],
    // words the lexicon does not know, written out: often the names the sentence is about
    [
      'names',
      unique(
        units.filter((u) => u.guessed).map((u) => u.en),
        3,
      ),
    ],
    [
      'what',
      unique(
        units.filter((u) => u.kind === 'verb').map((u) => u.en.split(/[;(,]/)[0]!.trim()),
        2,
      ),
    ],
    ['where', names(['LOCATION'])],
    ['when', names(['DATE'])],
    [
      'about',
      unique(
        units.filter((u) => u.kind === 'noun' && !u.type).map((u) => u.en.split(/[;(,]/)[0]!.trim()),
        5,
      ),
    ],
  ];
  const said = parts.filter(([, xs]) => xs.length).map(([label, xs]) => `${label}: ${xs.join(', ')}`);
  return said.length ? `${KEYWORDS_MARK} ${said.join('; ')}.` : '';
}
