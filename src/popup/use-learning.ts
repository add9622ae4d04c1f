/** The popup's view of the learning tools: how many words are due, and which lemmas the learner marked known. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { VOCABULARY_CHANGED_KEY } from '../learn/schema';
import { request } from '../shared/client';

/** The due count (null until known) and a function to ask again (after a review). */
export function useDueCount(): [number | null, () => void] {
  const [due, setDue] = useState<number | null>(null);
  const refresh = () => void request('dueCount', {}).then((r) => setDue(r.ok ? r.value : null));
  useEffect(refresh, []);
  return [due, refresh];
}

/**
 * Lemmas of the saved words marked known (null until loaded), loaded once the popup shows an article and again
 * whenever the vocabulary changes (a word marked known with K on the page while the popup is open in a tab).
 */
export function useKnownLemmas(active: boolean): ReadonlySet<string> | null {
  const [known, setKnown] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const load = () =>
      void request('listWords', {}).then((r) => !stopped && r.ok && setKnown(new Set(r.value.filter((w) => w.known).map((w) => w.lemma))));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && changes[VOCABULARY_CHANGED_KEY]) load();
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      stopped = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [active]);
  return known;
}
