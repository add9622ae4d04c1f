/**
 * The words a learner can know or not know: dictionary nouns, verbs, adjectives and adverbs outside names. Function
 * words (particles, pronouns, quantifiers such as كل and بعض, the auxiliary كان) and names are never counted as
 * unknown, so the share of an article you know, and the underline of the words you do not, speak of the same words.
 */
import type { Entity, TextAnalysis } from '../core/model';

const CONTENT_POS = new Set(['noun', 'verb', 'adj', 'adv']);

// harakat, shadda, sukun and the dagger alif: the lemmas below are compared unvowelled
const HARAKA = /[\u064B-\u0652\u0670]/g;

/** Nouns and verbs that work as function words: quantifiers, "non-", "self", the copulas. */
export const FUNCTION_LEMMAS: ReadonlySet<string> = new Set(
  ['كُلّ', 'بَعْض', 'غَيْر', 'جَمِيع', 'عِدّة', 'مُعْظَم', 'كافّة', 'سائِر', 'ذات', 'ذُو', 'نَفْس', 'كِلا', 'أَجْل', 'لَيْسَ', 'كانَ'].map((l) =>
    l.replace(HARAKA, ''),
  ),
);

// names of people and places: their words are not vocabulary (organisations' names are made of ordinary words)
const NAME_TYPES = new Set<Entity['type']>(['PERSON', 'LOCATION']);

export interface ContentWord {
  start: number;
  end: number;
  lemma: string;
}

/** Whether a reading is a content word by its part of speech and lemma. */
export const isContentReading = (a: { pos: string; lemma: string }): boolean =>
  CONTENT_POS.has(a.pos) && !FUNCTION_LEMMAS.has(a.lemma.replace(HARAKA, ''));

/** The content words of an analysed text (with entities found), each with its top reading's lemma. */
export function contentWords(a: TextAnalysis): ContentWord[] {
  const names = a.entities.filter((e) => NAME_TYPES.has(e.type));
  const out: ContentWord[] = [];
  for (const t of a.tokens) {
    const top = t.analyses[0];
    if (t.kind !== 'word' || !top || !isContentReading(top)) continue;
    if (names.some((e) => e.start <= t.start && t.end <= e.end)) continue;
    out.push({ start: t.start, end: t.end, lemma: top.lemma });
  }
  return out;
}

/** How many times each content lemma occurs (what the popup's "you know N%" is counted over). */
export function contentLemmaCounts(words: readonly ContentWord[]): Array<{ lemma: string; count: number }> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w.lemma, (counts.get(w.lemma) ?? 0) + 1);
  return [...counts].map(([lemma, count]) => ({ lemma, count }));
}
