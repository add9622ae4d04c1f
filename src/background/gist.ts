/**
 * The offline English gist of every sentence of a tab's article, for the reader view's English column. The cached
 * ArticleAnalysis keeps sentence spans but not tokens, so the text is analysed again (without the summary) and the
 * result kept per text: the reader asks once per article, and a second reader tab costs nothing.
 */
import { sentenceEnglish } from '../core/english';
import type { ArticleAnalysis } from '../shared/messages';
import { fail, ok, type Result } from '../shared/result';
import { runSliced } from '../shared/sliced';
import { getAnalyzer } from './engine';
import { getTabState } from './tab-state';

const CACHE_LIMIT = 4;
const cache = new Map<string, string[]>();

/** One English line per sentence of the article ('' where the rules find nothing to say). */
export async function articleGists(article: Pick<ArticleAnalysis, 'text' | 'title' | 'sentences'>): Promise<string[]> {
  const hit = cache.get(article.text);
  if (hit) return hit;
  const analyzer = await getAnalyzer();
  const a = await runSliced(analyzer.analyzeSteps(article.text, { title: article.title, noSummary: true }), { yieldTo: 'background' });
  const byStart = new Map(a.sentences.map((s) => [s.start, s]));
  const gists = article.sentences.map((span) => {
    const s = byStart.get(span.start);
    return s ? sentenceEnglish(a, s, analyzer.lexicon, analyzer.phrases).english : '';
  });
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(article.text, gists);
  return gists;
}

/** The gists of the article a tab reported, or why there are none. */
export async function tabGists(tabId: number): Promise<Result<string[]>> {
  const state = await getTabState(tabId);
  if (!state?.article) return fail('no analysed article in this tab');
  return ok(await articleGists(state.article));
}
