/** The article's most frequent words with their glosses, and the dictionary's coverage of the article. */
import type { TFunction } from 'i18next';
import type { ArticleAnalysis } from '../shared/messages';

export function WordList({ article, t }: { article: ArticleAnalysis; t: TFunction }) {
  return (
    <div class="words">
      <p>{t('popup.coverage', { percent: Math.round(article.coverage * 100) })}</p>
      <table>
        <tbody>
          {article.words.map((w, i) => (
            <tr key={i}>
              <td lang="ar" dir="rtl" class="ar">
                {w.lemma}
              </td>
              <td lang="en" dir="ltr">
                {w.gloss}
              </td>
              <td class="count">{w.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
