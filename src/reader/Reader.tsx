/** The reader view (reader.html?tab=<id>): the tab's analysed article, Arabic beside English, with display controls. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useSettings } from '../ui/use-settings';
import { ArticleView } from './ArticleView';
import { Controls } from './Controls';
import { loadPrefs, savePrefs, type ReaderPrefs } from './prefs';
import { tabFromSearch } from './tab-param';
import { useArticle } from './use-article';
import { useNeuralEnglish } from './use-neural-english';
import { ModelPanel } from '../ui/ModelPanel';

export function Reader() {
  const { settings, i18n } = useSettings();
  const t = i18n.t.bind(i18n);
  const tabId = useMemo(() => tabFromSearch(location.search), []);
  const load = useArticle(tabId);
  const english = useNeuralEnglish(
    load.kind === 'ready' ? load.article : null,
    load.kind === 'ready' ? load.gists : null,
    settings.provider,
  );
  const [prefs, setPrefs] = useState<ReaderPrefs>(loadPrefs);
  const change = (patch: Partial<ReaderPrefs>) =>
    setPrefs((p) => {
      const next = { ...p, ...patch };
      savePrefs(next);
      return next;
    });

  const title = load.kind === 'ready' ? load.article.title : undefined;
  useEffect(() => {
    document.title = title ? `${title} — ${i18n.t('appName')}` : `${i18n.t('reader.title')} — ${i18n.t('appName')}`;
  }, [title, i18n]);

  let status: string | null = null;
  if (load.kind === 'loading') status = t('reader.loading');
  else if (load.kind === 'missing') status = t('reader.noArticle');
  else if (load.kind === 'error') status = t('reader.error', { message: load.message });

  const cls = ['reader', `theme-${settings.theme}`, prefs.entities ? '' : 'no-ent', prefs.english ? '' : 'no-en'].filter(Boolean).join(' ');
  return (
    <div class={cls} data-size={prefs.size} data-spacing={prefs.spacing}>
      <header class="top">
        <p class="brand">
          {t('appName')} · {t('reader.title')}
        </p>
        <Controls prefs={prefs} t={t} onChange={change} />
      </header>
      <main>
        <p class="status" role="status" data-testid="reader-status">
          {status}
        </p>
        {load.kind === 'ready' && english.lines !== null && (
          <p class="note" data-testid="reader-engine">
            {t('engine.by', { name: t(`engine.${english.by}`) })}
          </p>
        )}
        {load.kind === 'ready' && english.offerModel && (
          <details class="note" data-testid="reader-offer-model">
            <summary>{t('model.offer')}</summary>
            <ModelPanel t={t} compact />
          </details>
        )}
        {load.kind === 'ready' && (
          <ArticleView
            article={load.article}
            gists={english.lines}
            translated={english.by !== 'offline'}
            prefs={prefs}
            theme={settings.theme}
            i18n={i18n}
          />
        )}
      </main>
    </div>
  );
}
