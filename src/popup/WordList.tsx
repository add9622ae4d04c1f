/**
 * The article's most frequent words with their glosses, the dictionary's coverage of the article, and how many of
 * those words the learner marked known (their lemmas in the saved vocabulary).
 */
import type { TFunction } from 'i18next';
import type { ArticleAnalysis } from '../shared/messages';

export function WordList({ article, t, known }: { article: ArticleAnalysis; t: TFunction; known?: ReadonlySet<string> }) {
  const isKnown = (lemma: string) => known?.has(lemma) ?? false;
  const uses = article.words.reduce((n, w) => n + w.count, 0);
  const knownWords = article.words.filter((w) => isKnown(w.lemma));
  const knownUses = knownWords.reduce((n, w) => n + w.count, 0);
  return (
    <div class="words">
      <p>{t('popup.coverage', { percent: Math.round(article.coverage * 100) })}</p>
      {known && known.size > 0 && article.words.length > 0 && (
        <p data-testid="known-coverage">
          {t('popup.knownCoverage', {
            known: knownWords.length,
            total: article.words.length,
            percent: uses ? Math.round((knownUses / uses) * 100) : 0,
          })}
        </p>
      )}
      <table>
        <tbody>
          {article.words.map((w, i) => (
            <tr key={i} class={isKnown(w.lemma) ? 'known' : ''}>
              <td lang="ar" dir="rtl" class="ar">
                {w.lemma}
              </td>
              <td lang="en" dir="ltr">
                {w.gloss}
              </td>
              <td class="count">
                {w.count}
                {isKnown(w.lemma) && <span class="known-mark"> ✓ {t('popup.known')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
