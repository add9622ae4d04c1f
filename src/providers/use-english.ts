/**
 * The popup's English for the summary: the offline gist, the on-device translator (run here, in the document), the
 * Firefox Translations model (run by the background's engine), or the model endpoint (run by the service worker),
 * chosen as english-engine.ts says. Whatever fails leaves the offline gist with a note saying why.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Summary } from '../core/model';
import { request } from '../shared/client';
import type { ArticleAnalysis } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { fallback, type Fallback } from './outcome';
import { chooseEngine, type EngineId, type EngineProbe } from './english-engine';
import { withFacts } from './keep-facts';
import { evidenceTexts, translateTexts, translatorApi, translatorAvailability } from './translator';

/** What this document can use: its own Translator API, and the model the background has stored. */
export const popupProbe = (): EngineProbe => ({
  async translator() {
    const a = await translatorAvailability(translatorApi(self));
    return typeof a === 'string' ? a : null;
  },
  async bergamot() {
    const r = await request('engineStatus', {});
    return r.ok && r.value.model !== null;
  },
});

export interface EnglishView {
  /** the summary to show */
  summary: Summary;
  /** who wrote its English */
  by: EngineId;
  model?: string;
  /** the provider still working; the offline gist shows meanwhile */
  pending?: 'translator' | 'openai' | 'bergamot';
  fallback?: Fallback;
  /** the translator's English of each point's evidence sentence */
  translations?: string[];
  /** the translator must download its model first, which needs a click; progress is null until the browser reports */
  download?: { started: boolean; progress: number | null; start: () => void };
}

type State = Omit<EnglishView, 'summary' | 'download'> & { summary?: Summary; downloading?: number | null; needsDownload?: boolean };

const OFFLINE: State = { by: 'offline' };

export function useEnglish(article: ArticleAnalysis | undefined, settings: Settings, tabId: number | null | undefined): EnglishView {
  const [state, setState] = useState<State>(OFFLINE);
  // the run in progress; a newer run or an unmount aborts it and its late results are dropped
  const run = useRef<AbortController | null>(null);
  const { provider } = settings;
  const endpointKey = JSON.stringify([settings.openai.baseUrl, settings.openai.model, settings.openai.timeoutSeconds]);

  const translate = (a: ArticleAnalysis, allowDownload: boolean) => {
    run.current?.abort();
    const ctl = (run.current = new AbortController());
    setState({ by: 'offline', pending: 'translator', downloading: allowDownload ? null : undefined });
    const onProgress = (p: number) => !ctl.signal.aborted && setState((s) => ({ ...s, downloading: p }));
    const texts = evidenceTexts(a.text, a.summary.points);
    void translateTexts(translatorApi(self), texts, { allowDownload, onProgress, signal: ctl.signal }).then((o) => {
      if (ctl.signal.aborted) return;
      if (o.kind === 'translated')
        setState({
          by: 'translator',
          translations: o.translations.map((e, i) => withFacts(e, a.entities, a.summary.points[i]?.evidence[0])),
        });
      else if (o.kind === 'needsDownload') setState({ by: 'offline', needsDownload: true });
      // the chosen translator cannot run: the downloaded model writes next, the note says why
      else
        void popupProbe()
          .bergamot()
          .then((has) => !ctl.signal.aborted && (has ? neural(a, o) : setState({ by: 'offline', fallback: o })));
    });
  };

  /** the Firefox Translations model's English of each point's evidence sentence (run by the background) */
  const neural = (a: ArticleAnalysis, note?: Fallback) => {
    run.current?.abort();
    const ctl = (run.current = new AbortController());
    setState({ by: 'offline', pending: 'bergamot' });
    const sentences = a.summary.points.map((p) => p.evidence[0] ?? { start: 0, end: 0 });
    void request('engineEnglish', { text: a.text, sentences }).then((r) => {
      if (ctl.signal.aborted) return;
      if (r.ok) setState({ by: 'bergamot', translations: r.value.english, ...(note ? { fallback: note } : {}) });
      else setState({ by: 'offline', fallback: note ?? fallback(r.error === 'noModel' ? 'bergamotMissing' : 'bergamotError') });
    });
  };

  useEffect(() => {
    if (!article || provider === 'offline') {
      setState(OFFLINE);
      return;
    }
    if (provider === 'translator') translate(article, false);
    else if (provider === 'openai') {
      if (tabId === null || tabId === undefined) return;
      run.current?.abort();
      const ctl = (run.current = new AbortController());
      setState({ by: 'offline', pending: 'openai' });
      void request('improveSummary', { tabId }).then((r) => {
        if (ctl.signal.aborted) return;
        if (!r.ok) setState({ by: 'offline', fallback: fallback('network') });
        else if (r.value.kind === 'improved') setState({ by: 'openai', summary: r.value.summary, model: r.value.model });
        else setState({ by: 'offline', fallback: r.value });
      });
    } else {
      // 'auto' or 'bergamot': the engine order of english-engine.ts
      run.current?.abort();
      const ctl = (run.current = new AbortController());
      void chooseEngine(provider, 'summary', popupProbe()).then((choice) => {
        if (ctl.signal.aborted) return;
        if (choice.engine === 'translator') translate(article, false);
        else if (choice.engine === 'bergamot') neural(article);
        else
          setState({
            by: 'offline',
            ...(choice.translatorDownloadable ? { needsDownload: true } : {}),
            ...(choice.chosenUnavailable === 'bergamot' ? { fallback: fallback('bergamotMissing') } : {}),
          });
      });
    }
    return () => run.current?.abort();
  }, [article, provider, tabId, endpointKey]);

  const { summary, downloading, needsDownload, ...rest } = state;
  const view: EnglishView = { ...rest, summary: summary ?? article?.summary ?? { headline: '', points: [] } };
  if (article && (needsDownload || downloading !== undefined))
    // called from the button's click: creating a translator that has to download its model needs that gesture
    view.download = { started: downloading !== undefined, progress: downloading ?? null, start: () => translate(article, true) };
  return view;
}
