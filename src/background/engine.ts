/**
 * The service worker's one Analyzer: the lexicon asset is loaded lazily on the first request and rebuilt on demand
 * after the worker is restarted (workers are stopped when idle; nothing here survives that but the asset file).
 */
import browser from 'webextension-polyfill';
import { Analyzer } from '../core/analysis';
import type { PackedLexiconData } from '../core/lexicon';
import { pause } from '../shared/sliced';

let loading: Promise<Analyzer> | null = null;

/** The analyzer, loading the asset the first time. A failed load is retried on the next call. */
export function getAnalyzer(): Promise<Analyzer> {
  if (!loading) {
    loading = (async () => {
      // the asset ships gzipped: reading it from the package is most of a cold start, inflating it is quick
      const res = await fetch(browser.runtime.getURL('data/tarjuman-data.json.gz'));
      if (!res.ok || !res.body) throw new Error(`lexicon asset: HTTP ${res.status}`);
      const json = await new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).text();
      return new Analyzer(JSON.parse(json) as PackedLexiconData);
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** A sentence with a title, a name, a place, a phrase and a date: analysing it builds what is made on first use. */
const WARM_UP_TEXT = 'وقال الرئيس الأمريكي جو بايدن في بيان إن المحادثات مع روسيا ستعقد في جنيف الأسبوع المقبل.';

/**
 * Loads the analyser, then (in a background-priority task, after anything already waiting) analyses one sentence, so
 * the name index and the compiled code are ready before the first hover asks.
 */
export async function warmUp(): Promise<void> {
  const analyzer = await getAnalyzer();
  await pause('background');
  analyzer.analyze(WARM_UP_TEXT, { noSummary: true });
}
