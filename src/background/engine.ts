/**
 * The service worker's one Analyzer: the lexicon asset is loaded lazily on the first request and rebuilt on demand
 * after the worker is restarted (workers are stopped when idle; nothing here survives that but the asset file).
 */
import browser from 'webextension-polyfill';
import { Analyzer } from '../core/analyze';
import type { LexiconData } from '../core/lexicon-data';

let loading: Promise<Analyzer> | null = null;

/** The analyzer, loading the asset the first time. A failed load is retried on the next call. */
export function getAnalyzer(): Promise<Analyzer> {
  if (!loading) {
    loading = (async () => {
      const res = await fetch(browser.runtime.getURL('data/tarjuman-data.json'));
      if (!res.ok) throw new Error(`lexicon asset: HTTP ${res.status}`);
      return new Analyzer((await res.json()) as LexiconData);
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
