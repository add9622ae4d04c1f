/** The Vocabulary tab's search, filters and sort, as one pure function of the words and the controls. */
import type { SavedWord } from '../learn/types';

export type SortKey = 'newest' | 'oldest' | 'arabic' | 'english' | 'due';
export type Show = 'all' | 'learning' | 'known';

export interface VocabularyQuery {
  search: string;
  sort: SortKey;
  /** '' for every root */
  root: string;
  /** a source URL, '' for every article */
  article: string;
  show: Show;
}

export const EMPTY_QUERY: VocabularyQuery = { search: '', sort: 'newest', root: '', article: '', show: 'all' };

// harakat, superscript alef, tatweel: searching وزير finds وَزِير
const fold = (s: string) => s.replace(/[\u064B-\u065F\u0670\u0640]/g, '').toLowerCase();

export function filterWords(words: readonly SavedWord[], q: VocabularyQuery): SavedWord[] {
  const needle = fold(q.search.trim());
  const out = words.filter(
    (w) =>
      (!q.root || w.root === q.root) &&
      (!q.article || w.url === q.article) &&
      (q.show === 'all' || (q.show === 'known') === w.known) &&
      (!needle || [w.lemma, w.vowelled, w.gloss, w.note, w.translit ?? '', w.sentence.text].some((f) => fold(f).includes(needle))),
  );
  const by: Record<SortKey, (a: SavedWord, b: SavedWord) => number> = {
    newest: (a, b) => b.savedAt.localeCompare(a.savedAt),
    oldest: (a, b) => a.savedAt.localeCompare(b.savedAt),
    arabic: (a, b) => fold(a.lemma).localeCompare(fold(b.lemma), 'ar'),
    english: (a, b) => a.gloss.localeCompare(b.gloss, 'en'),
    due: (a, b) => Number(a.known) - Number(b.known) || a.card.due.localeCompare(b.card.due),
  };
  return out.sort(by[q.sort]);
}

/** The roots and articles the filters offer, each once. */
export function facets(words: readonly SavedWord[]): { roots: string[]; articles: Array<{ url: string; title: string }> } {
  const roots = [...new Set(words.map((w) => w.root).filter((r): r is string => !!r))].sort((a, b) => a.localeCompare(b, 'ar'));
  const articles = new Map<string, string>();
  for (const w of words) if (w.url && !articles.has(w.url)) articles.set(w.url, w.title || w.url);
  return { roots, articles: [...articles].map(([url, title]) => ({ url, title })) };
}
