/** The popup's view of the learning tools: how many words are due, and which lemmas the learner marked known. */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/client';

/** The due count (null until known) and a function to ask again (after a review). */
export function useDueCount(): [number | null, () => void] {
  const [due, setDue] = useState<number | null>(null);
  const refresh = () => void request('dueCount', {}).then((r) => setDue(r.ok ? r.value : null));
  useEffect(refresh, []);
  return [due, refresh];
}

/** Lemmas of the saved words marked known, loaded once the popup shows an article. */
export function useKnownLemmas(active: boolean): ReadonlySet<string> {
  const [known, setKnown] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!active) return;
    void request('listWords', {}).then((r) => r.ok && setKnown(new Set(r.value.filter((w) => w.known).map((w) => w.lemma))));
  }, [active]);
  return known;
}
