/**
 * Site access asked for at run time. Firefox for Android grants an add-on no access to websites at install, and on
 * desktop a user may take it back; without it the content script never runs and the page stays unglossed. The
 * request must come straight from the click (browsers require a user gesture); once granted, the tab is reloaded so the
 * content script runs in it.
 */
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

/** the manifest's optional_host_permissions, which the content scripts' matches need */
export const SITES = ['http://*/*', 'https://*/*'];

export function SiteAccess({ tabId, t }: { tabId: number | null | undefined; t: TFunction }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions.contains({ origins: SITES }).then(setGranted, () => setGranted(null));
  }, []);
  if (granted !== false) return null;
  const ask = () => {
    browser.permissions.request({ origins: SITES }).then(
      (g) => {
        setGranted(g);
        if (g && typeof tabId === 'number') void browser.tabs.reload(tabId).catch(() => undefined);
      },
      () => undefined,
    );
  };
  return (
    <p class="access" role="status" data-testid="site-access">
      {t('popup.access.needed')}{' '}
      <button type="button" data-testid="grant-sites" onClick={ask}>
        {t('popup.access.grant')}
      </button>
    </p>
  );
}
