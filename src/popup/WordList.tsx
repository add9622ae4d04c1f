/**
 * The article's most frequent words with their glosses, the ones the learner marked known ticked (their lemmas in the
 * saved vocabulary), and how much of the article the dictionary recognises (worded apart from what the learner knows,
 * which the popup's header shows).
 */
import type { TFunction } from 'i18next';
import type { ArticleAnalysis } from '../shared/messages';

export function WordList({ article, t, known }: { article: ArticleAnalysis; t: TFunction; known?: ReadonlySet<string> }) {
  const isKnown = (lemma: string) => known?.has(lemma) ?? false;
  return (
    <div class="words">
      <p class="note" data-testid="coverage">
        {t('popup.coverage', { percent: Math.round(article.coverage * 100) })}
      </p>
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
