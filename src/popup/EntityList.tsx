/** Key entities: English name, Arabic, type, role and mentions; clicking one scrolls the page to it. */
import type { TFunction } from 'i18next';
import type { ArticleAnalysis } from '../shared/messages';

export function EntityList({
  article,
  t,
  onMention,
}: {
  article: ArticleAnalysis;
  t: TFunction;
  onMention: (s: number, e: number) => void;
}) {
  const groups = article.entities;
  if (!groups.length) return <p>{t('popup.noEntities')}</p>;
  return (
    <ul class="entities">
      {groups.map((g, i) => (
        <li key={i} data-testid="entity" class={g.guess ? 'guess' : undefined}>
          <button type="button" class="entity" onClick={() => g.mentions[0] && onMention(g.mentions[0].start, g.mentions[0].end)}>
            <span class={`badge badge-${g.type.toLowerCase()}`}>{t(`entityType.${g.type}`)}</span>
            <span class="en" lang="en" dir="ltr">
              {g.english}
              {g.guessed ? ' *' : ''}
            </span>
            {g.guess && (
              <span class="guess-mark" title={t('popup.guessTitle')}>
                {t('popup.guess')}
              </span>
            )}
            <bdi class="ar" lang="ar" dir="rtl">
              {g.arabic}
            </bdi>
          </button>
          {g.role && (
            <div class="role" lang="en" dir="ltr">
              {g.role}
            </div>
          )}
          <div class="count">{t('popup.mentions', { count: g.mentions.length })}</div>
        </li>
      ))}
    </ul>
  );
}
