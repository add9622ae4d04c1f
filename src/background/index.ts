/** Service worker entry: wires listeners only; the work is in router.ts and the handlers it names. */
import browser from 'webextension-polyfill';
import { callerOf } from '../shared/message-spec';
import { warmUp } from './engine';
import { sendToTab } from './handlers';
import { listSavedWords, updateBadge } from './learn';
import { preloadSavedState } from './saved-state';
import { route } from './router';
import { clearTabState } from './tab-state';

const ours = { id: browser.runtime.id, base: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  const caller = callerOf(sender, ours);
  if (!caller) return undefined; // not from this extension: nothing to answer
  return route(msg, caller);
});

// the due-words badge is not kept by the browser across restarts
browser.runtime.onStartup.addListener(() => void updateBadge());
browser.runtime.onInstalled.addListener(() => void updateBadge());

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabState(tabId);
});

browser.commands?.onCommand.addListener(async (command) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === 'toggle-panel') await sendToTab(tab.id, { tarjuman: 1, type: 'togglePanel' });
  if (command === 'toggle-tarjuman') await sendToTab(tab.id, { tarjuman: 1, type: 'toggleEnabled' });
  if (command === 'toggle-bilingual') await sendToTab(tab.id, { tarjuman: 1, type: 'toggleBilingual' });
});

// Build the lexicon index as soon as the worker starts (browser start, install, or a wake-up for a message), and
// warm it up, so the first hover on a page does not wait for it.
void warmUp().catch(() => undefined);
// the saved words' marks that lookups carry: the database opens while the lexicon loads, not on the first hover
preloadSavedState(listSavedWords);
