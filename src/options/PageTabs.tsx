/** The options page's two pages, Settings and Vocabulary; the page is kept in the URL (#vocabulary) so links can open it. */
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';

export type OptionsPage = 'settings' | 'vocabulary';

const fromHash = (): OptionsPage => (location.hash === '#vocabulary' ? 'vocabulary' : 'settings');

export function useOptionsPage(): [OptionsPage, (p: OptionsPage) => void] {
  const [page, setPage] = useState<OptionsPage>(fromHash);
  useEffect(() => {
    const onHash = () => setPage(fromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const go = (p: OptionsPage) => {
    history.replaceState(null, '', p === 'vocabulary' ? '#vocabulary' : location.pathname + location.search);
    setPage(p);
  };
  return [page, go];
}

export function PageTabs({ page, onPage, t }: { page: OptionsPage; onPage: (p: OptionsPage) => void; t: TFunction }) {
  return (
    <nav class="tabs" role="tablist">
      {(
        [
          ['settings', 'vocab.settingsTab'],
          ['vocabulary', 'vocab.tab'],
        ] as const
      ).map(([p, label]) => (
        <button
          type="button"
          role="tab"
          key={p}
          data-testid={`tab-${p}`}
          aria-selected={page === p}
          class={page === p ? 'active' : ''}
          onClick={() => onPage(p)}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  );
}
