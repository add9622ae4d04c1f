/** The model-endpoint provider in the service worker: settings, the host permission and fetch wired to the client. */
import browser from 'webextension-polyfill';
import type { providerMessages } from '../providers/messages';
import { fallback, type ModelOutcome } from '../providers/outcome';
import { improveWithModel, type ModelInput, type OpenAiDeps } from '../providers/openai';
import type { Handlers } from '../shared/messages';
import { ok } from '../shared/result';
import { loadSettings } from './settings-store';
import { getTabState } from './tab-state';

const deps: OpenAiDeps = {
  fetch: (input, init) => fetch(input, init),
  hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
};

/** The summary of the article in a tab, rewritten by the configured endpoint. */
export async function improveTabSummary(tabId: number): Promise<ModelOutcome> {
  const state = await getTabState(tabId);
  const article = state?.status === 'article' ? state.article : undefined;
  if (!article) return fallback('noArticle');
  return improveWithModel(await loadSettings(), article, deps);
}

// the options page's connection test: two sentences written for it, sent exactly like an article
const SAMPLE_TEXT = 'قال وزير الخارجية إن المحادثات ستستمر الأسبوع المقبل في القاهرة. وأضاف أن الوفدين اتفقا على جدول الأعمال.';

export function sampleInput(): ModelInput {
  const cut = SAMPLE_TEXT.indexOf('.') + 1;
  return {
    text: SAMPLE_TEXT,
    sentences: [
      { start: 0, end: cut },
      { start: cut + 1, end: SAMPLE_TEXT.length },
    ],
  };
}

/** Sends the sample through the same path as an article. */
export async function testEndpoint(): Promise<ModelOutcome> {
  return improveWithModel(await loadSettings(), sampleInput(), deps);
}

export const providerHandlers: Handlers<keyof typeof providerMessages> = {
  improveSummary: async (p) => ok(await improveTabSummary(p.tabId)),
  testEndpoint: async () => ok(await testEndpoint()),
};
