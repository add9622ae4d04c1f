/** The popup's bilingual switch: the page's site remembers it (storage.local); the page is told through tabCommand. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { bilingualKey } from '../shared/bilingual-site';
import { request } from '../shared/client';

/** Whether bilingual reading is on for the site of `url`, and a setter that turns it on or off in the tab. */
export function useBilingual(url: string | undefined, tabId: number | null | undefined): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  const key = url ? bilingualKey(url) : null;
  useEffect(() => {
    if (!key) return;
    let live = true;
    browser.storage.local.get(key).then(
      (v) => live && setOn(v[key] === true),
      () => undefined,
    );
    const changed = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[key]) setOn(changes[key].newValue === true);
    };
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, [key]);
  const set = (value: boolean) => {
    setOn(value);
    if (tabId !== null && tabId !== undefined) void request('tabCommand', { tabId, command: 'toggle-bilingual', on: value });
  };
  return [on, set];
}
