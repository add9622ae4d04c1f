/** Summary tab: headline, points with their 5W line, and the Arabic evidence sentence on demand. */
import type { TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import type { ArticleAnalysis } from '../shared/messages';

export function SummaryView({
  article,
  t,
  onEvidence,
}: {
  article: ArticleAnalysis;
  t: TFunction;
  onEvidence: (s: number, e: number) => void;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const { summary } = article;
  return (
    <div class="summary">
      {summary.headline && (
        <h2 lang="en" dir="ltr" data-testid="headline">
          {summary.headline}
        </h2>
      )}
      <p class="note">
        {t('popup.gist')} {summary.provider && summary.provider !== 'offline gist' ? `(${summary.provider})` : ''}
      </p>
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
