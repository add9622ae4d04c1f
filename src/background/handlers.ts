/** One handler per request type; the switch is exhaustive, so a new request type is a compile error until handled. */
import browser from 'webextension-polyfill';
import type { TextAnalysis } from '../core/model';
import type { ContentCommand, Envelope, LookupResult, Reply, RequestType } from '../shared/messages';
import { errorMessage, fail, ok } from '../shared/result';
import { runSliced } from '../shared/sliced';
import { engineCall, engineEnglish, engineStatus } from './bergamot';
import { withDictionaryEntries } from './dictionaries';
import { getAnalyzer } from './engine';
import { articleGists, tabGists } from './gist';
import { handleLearn, listSavedWords } from './learn';
import { handleLemmas } from './lemmas';
import { glossView } from '../core/english';
import { withSavedState } from './saved-state';
import { improveTabSummary, testEndpoint } from './providers';
import { loadSettings, saveSettings } from './settings-store';
import { getTabState, setTabState } from './tab-state';
import { articleView, lookupView } from './views';

export interface Sender {
  tabId?: number;
}

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

export async function handle(env: Envelope, sender: Sender): Promise<Reply<RequestType>> {
  try {
    const type = env.type;
    switch (type) {
      case 'lookup': {
        const p = env.params as Envelope<'lookup'>['params'];
        return ok(await withSavedState(await withDictionaryEntries(lookupView(await analyseContext(p.context), p.offset)), listSavedWords));
      }
      case 'lookupBatch': {
        const p = env.params as Envelope<'lookupBatch'>['params'];
        const out: Array<Array<LookupResult | null>> = [];
        for (const it of p.items) {
          const a = await analyseContext(it.context);
          out.push(
            await Promise.all(it.offsets.map(async (o) => withSavedState(await withDictionaryEntries(lookupView(a, o)), listSavedWords))),
          );
        }
        return ok(out);
      }
      case 'analyzeArticle': {
        const p = env.params as Envelope<'analyzeArticle'>['params'];
        const analyzer = await getAnalyzer();
        // in slices, so that hovers asked meanwhile are answered between them
        const view = articleView(
          await runSliced(analyzer.analyzeSteps(p.text, { title: p.title }), { yieldTo: 'background' }),
          p.url,
          p.date,
        );
        if (sender.tabId !== undefined)
          await setTabState(sender.tabId, {
            status: view.language === 'ar' ? 'article' : 'not-arabic',
            language: view.language,
            article: view,
          });
        return ok(view);
      }
      case 'reportPage': {
        const p = env.params as Envelope<'reportPage'>['params'];
        if (sender.tabId !== undefined) await setTabState(sender.tabId, { status: p.status, language: p.language });
        return ok(true);
      }
      case 'getTabState': {
        const p = env.params as Envelope<'getTabState'>['params'];
        return ok(await getTabState(p.tabId));
      }
      case 'wordsOfRoot': {
        const p = env.params as Envelope<'wordsOfRoot'>['params'];
        const analyzer = await getAnalyzer();
        return ok(
          analyzer.lexicon
            .wordsOfRoot(p.root)
            .slice(0, 40)
            .map((e) => ({ lemma: e.lemma, pos: e.pos, gloss: e.glosses.slice(0, 2).join('; ') })),
        );
      }
      case 'getSettings':
        return ok(await loadSettings());
      case 'setSettings': {
        const p = env.params as Envelope<'setSettings'>['params'];
        return ok(await saveSettings(p.patch));
      }
      case 'tabCommand': {
        const p = env.params as Envelope<'tabCommand'>['params'];
        const cmd: ContentCommand =
          p.command === 'toggle-panel'
            ? { tarjuman: 1, type: 'togglePanel' }
            : p.command === 'toggle-bilingual'
              ? { tarjuman: 1, type: 'toggleBilingual', on: p.on }
              : { tarjuman: 1, type: 'scrollTo', start: p.start ?? 0, end: p.end ?? 0 };
        return ok(await sendToTab(p.tabId, cmd));
      }
      case 'improveSummary': {
        const p = env.params as Envelope<'improveSummary'>['params'];
        return ok(await improveTabSummary(p.tabId));
      }
      case 'testEndpoint':
        return ok(await testEndpoint());
      case 'gistSentences': {
        const p = env.params as Envelope<'gistSentences'>['params'];
        return 'tabId' in p ? await tabGists(p.tabId) : ok(await articleGists(p));
      }
      case 'saveWord':
      case 'listWords':
      case 'updateWord':
      case 'deleteWord':
      case 'restoreWord':
      case 'exportWords':
      case 'importWords':
      case 'reviewNext':
      case 'gradeCard':
      case 'dueCount':
      case 'pushToAnki':
        return await handleLearn(env as Envelope<typeof type>);
      case 'articleLemmas':
      case 'knownLemmas':
      case 'vowelledText':
        return await handleLemmas(env as Envelope<typeof type>);
      case 'glossText': {
        const p = env.params as Envelope<'glossText'>['params'];
        // the tooltip's analyser and options (entities, no summary), so a word's gloss agrees with its tooltip
        const analyzer = await getAnalyzer();
        return ok(glossView(analyzer.analyze(p.text, { noSummary: true })));
      }
      case 'engineStatus':
        return ok(await engineStatus());
      case 'engineBoot': {
        const a = await engineCall({ op: 'boot' });
        return a.ok ? ok({ ms: a.ms ?? 0 }) : fail(a.message ?? a.error);
      }
      case 'engineUnload': {
        const a = await engineCall({ op: 'unload' });
        return a.ok ? ok(true as const) : fail(a.message ?? a.error);
      }
      case 'engineEnglish':
        return ok(await engineEnglish(env.params as Envelope<'engineEnglish'>['params']));
      default: {
        const never: never = type;
        return fail(`unhandled request ${String(never)}`);
      }
    }
  } catch (e) {
    return fail(errorMessage(e));
  }
}

export { sendToTab };
