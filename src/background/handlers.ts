/** The handlers of the page and tab requests (shared/messages.ts): word lookups, articles, tab state, settings. */
import browser from 'webextension-polyfill';
import type { TextAnalysis } from '../core/model';
import type { baseMessages, ContentCommand, Handlers, LookupResult } from '../shared/messages';
import { ok } from '../shared/result';
import { runSliced } from '../shared/sliced';
import { withDictionaryEntries } from './dictionaries';
import { getAnalyzer } from './engine';
import { articleGists, tabGists } from './gist';
import { glossView } from '../core/english';
import { articleLemmas, vowelledText } from './lemmas';
import { listSavedWords } from './learn';
import { withSavedState } from './saved-state';
import { loadSettings, saveSettings } from './settings-store';
import { getTabState, setTabState } from './tab-state';
import { articleView, lookupView } from './views';

const LOOKUP_CACHE_LIMIT = 300;
const lookupCache = new Map<string, TextAnalysis>();

async function analyseContext(context: string): Promise<TextAnalysis> {
  const cached = lookupCache.get(context);
  if (cached) {
    // refresh its place in the LRU order
    lookupCache.delete(context);
    lookupCache.set(context, cached);
    return cached;
  }
  const analyzer = await getAnalyzer();
  const a = analyzer.analyze(context, { noSummary: true });
  if (lookupCache.size >= LOOKUP_CACHE_LIMIT) lookupCache.delete(lookupCache.keys().next().value as string);
  lookupCache.set(context, a);
  return a;
}

async function sendToTab(tabId: number, cmd: ContentCommand): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, cmd);
    return true;
  } catch {
    return false; // no content script there (extension page, PDF viewer, store)
  }
}

export const baseHandlers: Handlers<keyof typeof baseMessages> = {
  lookup: async (p) =>
    ok(await withSavedState(await withDictionaryEntries(lookupView(await analyseContext(p.context), p.offset)), listSavedWords)),
  lookupBatch: async (p) => {
    const out: Array<Array<LookupResult | null>> = [];
    for (const it of p.items) {
      const a = await analyseContext(it.context);
      out.push(
        await Promise.all(it.offsets.map(async (o) => withSavedState(await withDictionaryEntries(lookupView(a, o)), listSavedWords))),
      );
    }
    return ok(out);
  },
  analyzeArticle: async (p, caller) => {
    const analyzer = await getAnalyzer();
    // in slices, so that hovers asked meanwhile are answered between them
    const view = articleView(await runSliced(analyzer.analyzeSteps(p.text, { title: p.title }), { yieldTo: 'background' }), p.url, p.date);
    // a content script speaks for its own tab only (the tab the browser says it is in)
    if (caller.kind === 'content')
      await setTabState(caller.tabId, {
        status: view.language === 'ar' ? 'article' : 'not-arabic',
        language: view.language,
        article: view,
      });
    return ok(view);
  },
  reportPage: async (p, caller) => {
    if (caller.kind === 'content') await setTabState(caller.tabId, { status: p.status, language: p.language });
    return ok(true);
  },
  getTabState: async (p) => ok(await getTabState(p.tabId)),
  wordsOfRoot: async (p) => {
    const analyzer = await getAnalyzer();
    return ok(
      analyzer.lexicon
        .wordsOfRoot(p.root)
        .slice(0, 40)
        .map((e) => ({ lemma: e.lemma, pos: e.pos, gloss: e.glosses.slice(0, 2).join('; ') })),
    );
  },
  getSettings: async () => ok(await loadSettings()),
  setSettings: async (p) => ok(await saveSettings(p.patch)),
  tabCommand: async (p) => {
    const cmd: ContentCommand =
      p.command === 'toggle-panel'
        ? { tarjuman: 1, type: 'togglePanel' }
        : p.command === 'toggle-bilingual'
          ? { tarjuman: 1, type: 'toggleBilingual', on: p.on }
          : { tarjuman: 1, type: 'scrollTo', start: p.start ?? 0, end: p.end ?? 0 };
    return ok(await sendToTab(p.tabId, cmd));
  },
  gistSentences: async (p) => ok(await articleGists(p)),
  tabGists: (p) => tabGists(p.tabId),
  articleLemmas: (p) => articleLemmas(p.text),
  vowelledText: (p) => vowelledText(p.text),
  glossText: async (p) => {
    // the tooltip's analyser and options (entities, no summary), so a word's gloss agrees with its tooltip
    const analyzer = await getAnalyzer();
    return ok(glossView(analyzer.analyze(p.text, { noSummary: true })));
  },
};

export { sendToTab };
