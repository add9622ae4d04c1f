/**
 * Tells every tab's content script which of the learner's words changed, so an open page's tooltip marks them right
 * without reading the vocabulary itself (its lookup replies were cached before the change).
 */
import browser from 'webextension-polyfill';
import type { ContentCommand, WordsChange } from '../shared/messages';

/** Sends the change to every tab; tabs without our content script are skipped quietly. */
export async function announceWordsChanged(words: WordsChange): Promise<void> {
  const cmd: ContentCommand = { tarjuman: 1, type: 'wordsChanged', words };
  let tabs: browser.Tabs.Tab[];
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return;
  }
  await Promise.all(
    tabs.map(
      (t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, cmd).catch(() => undefined)), // no content script there
    ),
  );
}
