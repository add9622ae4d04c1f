/** The summary above the article: the English headline and points; a point takes the reader to its sentence. */
import type { TFunction } from 'i18next';
import type { ArticleAnalysis } from '../shared/messages';

export function SummaryBox({ article, t, onPoint }: { article: ArticleAnalysis; t: TFunction; onPoint: (k: number) => void }) {
  const { summary } = article;
  return (
    <section class="summary" aria-labelledby="summary-heading" data-testid="summary">
      <h2 id="summary-heading">{t('reader.summary')}</h2>
      {summary.headline && (
        <p class="sum-headline" lang="en" dir="ltr">
          {summary.headline}
        </p>
      )}
      {summary.points.length === 0 ? (
        <p>{t('popup.noPoints')}</p>
      ) : (
        <ol class="points">
          {summary.points.map((p, k) => (
            <li key={k}>
              {p.topic && (
                <span class="topic" lang="en" dir="ltr">
                  {p.topic}
                </span>
              )}
              <button type="button" class="point" lang="en" dir="ltr" onClick={() => onPoint(k)} aria-describedby="point-hint">
                {p.text}
              </button>
            </li>
          ))}
        </ol>
      )}
      <p class="note" id="point-hint">
        {t('reader.gistNote')}
      </p>
    </section>
  );
}
