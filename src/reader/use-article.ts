/**
 * The article the reader shows: the analysis a tab reported (polled while the tab is still analysing) and the offline
 * gist of each of its sentences. A missing gist is not fatal: the English column then shows the summary points only.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/client';
import type { ArticleAnalysis, TabState } from '../shared/messages';

export type ArticleLoad =
  | { kind: 'loading' }
  | { kind: 'missing'; status?: TabState['status'] }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; article: ArticleAnalysis; gists: string[] | null };

const POLL_MS = 700;

export function useArticle(tabId: number | null): ArticleLoad {
  const [load, setLoad] = useState<ArticleLoad>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === null) {
      setLoad({ kind: 'missing' });
      return;
    }
    let stopped = false;
    let timer = 0;
    const poll = async () => {
      const r = await request('getTabState', { tabId });
      if (stopped) return;
      if (!r.ok) return setLoad({ kind: 'error', message: r.error });
      const s = r.value;
      if (!s || s.status === 'analysing') {
        timer = window.setTimeout(() => void poll(), POLL_MS);
        return;
      }
      if (s.status !== 'article' || !s.article) return setLoad({ kind: 'missing', status: s.status });
      const article = s.article;
      setLoad({ kind: 'ready', article, gists: null });
      const g = await request('tabGists', { tabId });
      if (!stopped) setLoad({ kind: 'ready', article, gists: g.ok ? g.value : [] });
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId]);
  return load;
}
