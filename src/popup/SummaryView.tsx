/**
 * Summary tab: who wrote the English, headline, points with their 5W line (and the on-device translator's English of
 * the evidence), and the Arabic evidence sentence on demand. Provider output is shown as text nodes only.
 */
import type { TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import type { EnglishView } from '../providers/use-english';
import type { ArticleAnalysis } from '../shared/messages';

function ProviderLine({ english, t }: { english: EnglishView; t: TFunction }) {
  const name =
    english.by === 'openai'
      ? t('popup.english.model', { model: english.model ?? '' })
      : t(english.by === 'offline' ? 'popup.english.offline' : `engine.${english.by}`);
  const note =
    english.by === 'openai'
      ? 'popup.english.modelNote'
      : english.by === 'translator'
        ? 'popup.english.translatorNote'
        : english.by === 'bergamot'
          ? 'popup.english.bergamotNote'
          : 'popup.gist';
  const { download } = english;
  return (
    <div class="provider">
      <p class="note">
        <span data-testid="provider">{t('popup.english.by', { name })}</span> · {t(note)}
      </p>
      {english.pending && (
        <p class="note" role="status" data-testid="provider-pending">
          {t(english.pending === 'openai' ? 'popup.english.askingModel' : 'popup.english.translating')}
        </p>
      )}
      {english.fallback && (
        <p class="note fallback" role="status" data-testid="provider-note">
          {t('popup.fallback', { reason: t(`providerNote.${english.fallback.reason}`, { status: english.fallback.status ?? '' }) })}
        </p>
      )}
      {download && (
        <p class="download">
          <button type="button" data-testid="download-translator" disabled={download.started} onClick={download.start}>
            {t('popup.english.download')}
          </button>{' '}
          {download.started && (
            // without a value the bar is indeterminate: the download has started, the browser has not said how far
            <progress
              max={1}
              value={download.progress ?? undefined}
              aria-label={t('popup.english.downloadProgress')}
              data-testid="download-progress"
            >
              {download.progress === null ? '' : `${Math.round(download.progress * 100)}%`}
            </progress>
          )}
        </p>
      )}
    </div>
  );
}

export function SummaryView({
  article,
  english,
  t,
  onEvidence,
}: {
  article: ArticleAnalysis;
  english: EnglishView;
  t: TFunction;
  onEvidence: (s: number, e: number) => void;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const { summary, translations } = english;
  return (
    <div class="summary">
      {summary.headline && (
        <h2 lang="en" dir="ltr" data-testid="headline">
          {summary.headline}
        </h2>
      )}
      <ProviderLine english={english} t={t} />
      {summary.points.length === 0 && <p>{t('popup.noPoints')}</p>}
      <ol class="points">
        {summary.points.map((p, i) => (
          <li key={i} data-testid="point">
            {p.topic && <div class="topic">{p.topic}</div>}
            <button
              type="button"
              class="point-text"
              lang="en"
              dir="ltr"
              onClick={() => p.evidence[0] && onEvidence(p.evidence[0].start, p.evidence[0].end)}
            >
              {p.text}
            </button>
            {translations?.[i] && (
              <div class="translation" lang="en" dir="ltr" data-testid="translation">
                {translations[i]}
              </div>
            )}
            {p.fiveW && (
              <div class="fivew" lang="en" dir="ltr">
                {(['who', 'what', 'where', 'when'] as const)
                  .filter((k) => p.fiveW?.[k])
                  .map((k) => (
                    <span key={k}>
                      <b>{t(`popup.fiveW.${k}`)}:</b> {p.fiveW![k]}{' '}
                    </span>
                  ))}
              </div>
            )}
            <button type="button" class="link" onClick={() => setOpen(open === i ? null : i)} aria-expanded={open === i}>
              {open === i ? t('popup.hideEvidence') : t('popup.evidence')}
            </button>
            {open === i && (
              <blockquote lang="ar" dir="rtl">
                {p.evidence.map((e) => article.text.slice(e.start, e.end)).join(' … ')}
              </blockquote>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
