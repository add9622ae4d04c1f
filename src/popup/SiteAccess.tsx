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

/**
 * Shown for a tab the content script never reported (`silent`) while the extension lacks access to websites.
 * permissions.getAll, not contains: Chrome lists the content scripts' hosts there, but its contains() says false.
 */
export function SiteAccess({ tabId, silent, t }: { tabId: number | null | undefined; silent: boolean; t: TFunction }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions.getAll().then(
      (p) => setGranted(SITES.every((s) => p.origins?.includes(s))),
      () => setGranted(null),
    );
  }, []);
  if (!silent || granted !== false) return null;
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
