/** The popup (also opened as popup.html?tab=<id>): page status, summary, key entities, words, quick toggles. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { useEnglish } from '../providers/use-english';
import { request } from '../shared/client';
import type { TabState } from '../shared/messages';
import { useSettings } from '../ui/use-settings';
import { EntityList } from './EntityList';
import { knownShare } from './known-share';
import { Review } from './Review';
import { SummaryView } from './SummaryView';
import { SiteAccess } from './SiteAccess';
import { targetTabId } from './tab-id';
import { useAids } from './use-aids';
import { useBilingual } from './use-bilingual';
import { useDueCount, useKnownLemmas } from './use-learning';
import { WordList } from './WordList';

type Tab = 'summary' | 'entities' | 'words';
const POLL_MS = 700;

/** One reading-aid checkbox of the popup. */
function AidSwitch(p: { id: string; label: string; on: boolean; set: (on: boolean) => void }) {
  return (
    <label>
      <input type="checkbox" data-testid={p.id} checked={p.on} onChange={(e) => p.set((e.target as HTMLInputElement).checked)} /> {p.label}
    </label>
  );
}

export function App() {
  const { settings, i18n, update } = useSettings();
  const t = i18n.t.bind(i18n);
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [tab, setTab] = useState<Tab>('summary');
  const [view, setView] = useState<'main' | 'review'>(location.search.includes('view=review') ? 'review' : 'main');
  const [due, refreshDue] = useDueCount();

  useEffect(() => {
    void targetTabId(location.search).then(setTabId);
  }, []);

  useEffect(() => {
    if (tabId === undefined || tabId === null) return;
    let stopped = false;
    let timer = 0;
    const poll = async () => {
      const r = await request('getTabState', { tabId });
      if (stopped) return;
      const s = r.ok ? r.value : { status: 'error' as const, error: r.error };
      setState(s);
      if (!s || s.status === 'analysing') timer = window.setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId]);

  const article = state?.status === 'article' ? state.article : undefined;
  const english = useEnglish(article, settings, tabId);
  const [bilingual, setBilingual] = useBilingual(article?.url, tabId);
  const [aids, setAids] = useAids(article?.url);
  const known = useKnownLemmas(!!article);
  const share = article && known ? knownShare(article.contentLemmas ?? [], known) : null;
  let status: string;
  if (state === undefined || tabId === undefined) status = t('popup.status.analysing');
  else if (state === null) status = t('popup.status.unavailable');
  else if (state.status === 'article' && article) status = t('popup.status.article', { count: article.wordCount });
  else if (state.status === 'no-article') status = t('popup.status.noArticle');
  else if (state.status === 'not-arabic') status = t('popup.status.notArabic');
  else if (state.status === 'analysing') status = t('popup.status.analysing');
  else status = t('popup.status.error', { message: state.error ?? '' });

  const scrollTo = (start: number, end: number) => {
    if (tabId !== null && tabId !== undefined) void request('tabCommand', { tabId, command: 'scroll-to', start, end });
  };

  if (view === 'review')
    return (
      <div class="popup">
        <Review
          t={t}
          lang={i18n.language}
          onClose={() => {
            setView('main');
            refreshDue();
          }}
        />
      </div>
    );
  return (
    <div class="popup">
      <header class="bar">
        <h1>{t('popup.title')}</h1>
        <div class="actions">
          <select
            aria-label={t('popup.language')}
            value={settings.uiLanguage}
            onChange={(e) => void update({ uiLanguage: (e.target as HTMLSelectElement).value as never })}
          >
            <option value="auto">{t('options.languageAuto')}</option>
            <option value="en">English</option>
            <option value="ar">العربية</option>
          </select>
          {tabId !== null && tabId !== undefined && !location.search.includes('tab=') && (
            <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}`) })}>
              {t('popup.openInTab')}
            </button>
          )}
          {article && tabId !== null && tabId !== undefined && (
            <button
              type="button"
              data-testid="reader-view"
              onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`reader.html?tab=${tabId}`) })}
            >
              {t('popup.readerView')}
            </button>
          )}
          <button type="button" data-testid="open-review" onClick={() => setView('review')}>
            {t('review.open', { count: due ?? 0 })}
          </button>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup.settings')}
          </button>
        </div>
      </header>
      <p class={`status status-${state?.status ?? 'none'}`} role="status" data-testid="status">
        {status}
      </p>
      {share !== null && (
        <p class="known-share" data-testid="known-share" title={t('popup.knownShareHint')}>
          {t('popup.knownShare', { percent: Math.round(share * 100) })}
        </p>
      )}
      <SiteAccess tabId={tabId} silent={state === null} t={t} />
      <div class="toggles">
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => void update({ enabled: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('popup.glosses')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.highlights}
            onChange={(e) => void update({ highlights: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('popup.highlights')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.summaryPanel}
            onChange={(e) => void update({ summaryPanel: (e.target as HTMLInputElement).checked })}
          />{' '}
          {t('popup.panel')}
        </label>
        {article && (
          <label>
            <input
              type="checkbox"
              data-testid="bilingual"
              checked={bilingual}
              onChange={(e) => setBilingual((e.target as HTMLInputElement).checked)}
            />{' '}
            {t('popup.bilingual')}
          </label>
        )}
        {article && (
          <>
            <AidSwitch id="aid-underline" label={t('aids.underline')} on={aids.underline} set={(on) => setAids({ underline: on })} />
            <AidSwitch
              id="aid-diacritics"
              label={t('aids.diacritics')}
              on={!aids.hideDiacritics}
              set={(on) => setAids({ hideDiacritics: !on })}
            />
            <AidSwitch id="aid-vowels" label={t('aids.vowels')} on={aids.vowels} set={(on) => setAids({ vowels: on })} />
            <AidSwitch id="aid-large-font" label={t('aids.largeFont')} on={aids.largeFont} set={(on) => setAids({ largeFont: on })} />
            <AidSwitch id="aid-gloss" label={t('aids.gloss')} on={aids.gloss} set={(on) => setAids({ gloss: on })} />
          </>
        )}
      </div>
      {article && (
        <>
          <nav class="tabs" role="tablist">
            {(['summary', 'entities', 'words'] as Tab[]).map((k) => (
              <button
                type="button"
                role="tab"
                aria-selected={tab === k}
                class={tab === k ? 'active' : ''}
                onClick={() => setTab(k)}
                key={k}
              >
                {t(`popup.tabs.${k}`)}
              </button>
            ))}
          </nav>
          <section role="tabpanel">
            {tab === 'summary' && <SummaryView article={article} english={english} t={t} onEvidence={scrollTo} />}
            {tab === 'entities' && <EntityList article={article} t={t} onMention={scrollTo} />}
            {tab === 'words' && <WordList article={article} t={t} known={known ?? undefined} />}
          </section>
        </>
      )}
    </div>
  );
}
