/** The popup's reading-aid switches: remembered per site in storage.local, which the page follows. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { aidsKey, NO_AIDS, sanitizeAids, type ReadingAids } from '../shared/aids-site';

/** The reading aids of the site of `url`, and a setter of one of them. */
export function useAids(url: string | undefined): [ReadingAids, (patch: Partial<ReadingAids>) => void] {
  const [aids, setAids] = useState<ReadingAids>(NO_AIDS);
  const key = url ? aidsKey(url) : null;
  useEffect(() => {
    if (!key) return;
    let live = true;
    browser.storage.local.get(key).then(
      (v) => live && setAids(sanitizeAids(v[key])),
      () => undefined,
    );
    const changed = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[key]) setAids(sanitizeAids(changes[key].newValue));
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, [key]);
  const set = (patch: Partial<ReadingAids>) => {
    if (!key) return;
    const next = { ...aids, ...patch };
    setAids(next);
    const store = browser.storage.local;
    const off = !Object.values(next).some(Boolean);
    (off ? store.remove(key) : store.set({ [key]: next })).catch(() => undefined);
  };
  return [aids, set];
}
