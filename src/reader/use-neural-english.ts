/**
 * The reader's English column from the engine english-engine.ts chooses: the offline gists first (they come at once),
 * then, line by line, the on-device Translator's or the downloaded model's English in their place. Which engine
 * wrote the column comes back with it, to be named above it.
 */
import { useEffect, useState } from 'preact/hooks';
import { chooseEngine, type EngineId } from '../providers/english-engine';
import { withFacts } from '../providers/keep-facts';
import { translatorApi, type TranslatorLike } from '../providers/translator';
import { popupProbe } from '../providers/use-english';
import { request } from '../shared/client';
import type { ArticleAnalysis } from '../shared/messages';
import type { ProviderId } from '../shared/settings';

export interface NeuralEnglish {
  /** one line per sentence (the gist where the engine has not written yet); null while the gists are computed */
  lines: string[] | null;
  by: EngineId;
  /** no neural engine writes here (the model is not downloaded): the reader offers the download */
  offerModel: boolean;
}

const BATCH = 6;
const MAX_SENTENCE = 1200;

export function useNeuralEnglish(article: ArticleAnalysis | null, gists: string[] | null, provider: ProviderId): NeuralEnglish {
  const [state, setState] = useState<NeuralEnglish>({ lines: gists, by: 'offline', offerModel: false });
  useEffect(() => {
    setState({ lines: gists, by: 'offline', offerModel: false });
    if (!article || !gists) return;
    let stopped = false;
    const lines = [...gists];
    const put = (i: number, english: string, by: EngineId) => {
      lines[i] = english;
      if (!stopped) setState({ lines: [...lines], by, offerModel: false });
    };
    const spans = article.sentences;
    void (async () => {
      const choice = await chooseEngine(provider, 'sentences', popupProbe());
      if (stopped) return;
      if (choice.engine === 'translator') {
        let tr: TranslatorLike | null = null;
        try {
          tr = (await translatorApi(self)?.create({ sourceLanguage: 'ar', targetLanguage: 'en' })) ?? null;
          for (let i = 0; tr && i < spans.length && !stopped; i++) {
            const s = spans[i]!;
            const english = await tr.translate(article.text.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE)));
            if (typeof english === 'string') put(i, withFacts(english, article.entities, s), 'translator');
          }
        } catch {
          // the gists stay where the translator did not write
        } finally {
          tr?.destroy?.();
        }
      } else if (choice.engine === 'bergamot') {
        for (let i = 0; i < spans.length && !stopped; i += BATCH) {
          const batch = spans.slice(i, i + BATCH).map((s) => ({ start: s.start, end: s.end }));
          const r = await request('engineEnglish', {
            text: article.text,
            ...(article.title ? { title: article.title } : {}),
            sentences: batch,
          });
          if (!r.ok) break;
          r.value.english.forEach((e, k) => put(i + k, e, 'bergamot'));
        }
      } else if (!stopped) setState((s) => ({ ...s, offerModel: provider !== 'offline' && provider !== 'openai' }));
    })();
    return () => {
      stopped = true;
    };
  }, [article, gists, provider]);
  return state;
}
