/** What each tab reported, kept in memory and in storage.session so a restarted service worker still knows it. */
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';

const memory = new Map<number, TabState>();
const key = (tabId: number) => `tab:${tabId}`;

// storage.session exists in Chrome 102+ and Firefox 115+; without it the state lives in memory only
const session = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  memory.set(tabId, state);
  try {
    await session?.set({ [key(tabId)]: state });
  } catch {
    // session storage full (large articles): memory still has it
  }
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  const m = memory.get(tabId);
  if (m) return m;
  try {
    const stored = await session?.get(key(tabId));
    const s = stored?.[key(tabId)] as TabState | undefined;
    if (s) memory.set(tabId, s);
    return s ?? null;
  } catch {
    return null;
  }
}

export async function clearTabState(tabId: number): Promise<void> {
  memory.delete(tabId);
  try {
    await session?.remove(key(tabId));
  } catch {
    // nothing to clear
  }
}
