/** The tab a popup shows: ?tab=<id> (tests, "open in a tab"), else the active tab of the current window. */
import browser from 'webextension-polyfill';

export async function targetTabId(search: string): Promise<number | null> {
  const fromUrl = new URLSearchParams(search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}
