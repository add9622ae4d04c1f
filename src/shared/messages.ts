/**
 * The one message contract between the content script, the popup/options pages and the service worker: a map
 * from request type to {params, result}. Replies are Result<T>; incoming messages are validated where they arrive.
 */
import type { Analysis } from '../core/morphology';
import type { EntityType, Span, Summary } from '../core/types';
import type { ModelOutcome } from '../providers/outcome';
import type { Result } from './result';
import type { Settings } from './settings';

export type WordAnalysis = Omit<Analysis, 'score'>;

export interface LookupResult {
  /** the token as written on the page */
  word: string;
  /** offsets of the token in the context string that was sent */
  start: number;
  end: number;
  analyses: WordAnalysis[];
  phrase?: { text: string; gloss: string[] };
  entity?: { english: string; type: EntityType; role?: string; guessed?: boolean };
}

export interface EntityGroup {
  english: string;
  type: EntityType;
  role?: string;
  /** the Arabic as first written */
  arabic: string;
  guessed?: boolean;
  mentions: Span[];
}

export interface ArticleAnalysis {
  url: string;
  title?: string;
  date?: string;
  language: string;
  wordCount: number;
  /** share of word tokens the lexicon knows */
  coverage: number;
  summary: Summary;
  entities: EntityGroup[];
  sentences: Span[];
  /** the analysed text, so views can show evidence sentences */
  text: string;
  /** the article's most frequent content words */
  words: Array<{ lemma: string; gloss: string; pos: string; count: number }>;
}

/** What a tab reported about its page. */
export interface TabState {
  status: 'article' | 'no-article' | 'not-arabic' | 'analysing' | 'error';
  language?: string;
  article?: ArticleAnalysis;
  error?: string;
}

export interface RootWord {
  lemma: string;
  pos: string;
  gloss: string;
}

export interface RequestMap {
  lookup: { params: { context: string; offset: number }; result: LookupResult | null };
  analyzeArticle: { params: { text: string; title?: string; date?: string; url: string }; result: ArticleAnalysis };
  reportPage: { params: { status: TabState['status']; language?: string }; result: true };
  getTabState: { params: { tabId: number }; result: TabState | null };
  wordsOfRoot: { params: { root: string }; result: RootWord[] };
  getSettings: { params: Record<string, never>; result: Settings };
  setSettings: { params: { patch: Partial<Settings> }; result: Settings };
  tabCommand: { params: { tabId: number; command: 'toggle-panel' | 'scroll-to'; start?: number; end?: number }; result: boolean };
  /** the tab's summary rewritten by the configured model endpoint, or why the offline gist stays */
  improveSummary: { params: { tabId: number }; result: ModelOutcome };
  /** the options page's "Test connection": a two-sentence sample through the same path */
  testEndpoint: { params: Record<string, never>; result: ModelOutcome };
}

export type RequestType = keyof RequestMap;
export type Params<K extends RequestType> = RequestMap[K]['params'];
export type Reply<K extends RequestType> = Result<RequestMap[K]['result']>;

export interface Envelope<K extends RequestType = RequestType> {
  tarjuman: 1;
  type: K;
  params: Params<K>;
}

/** Messages the background or popup sends to a content script. */
export type ContentCommand =
  | { tarjuman: 1; type: 'settingsChanged'; settings: Settings }
  | { tarjuman: 1; type: 'togglePanel' }
  | { tarjuman: 1; type: 'toggleEnabled' }
  | { tarjuman: 1; type: 'scrollTo'; start: number; end: number };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = Infinity): v is string => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

const MAX_TEXT = 2_000_000; // about 300,000 words

/** Checks one request's params; returns an error message or null. */
const validators: { [K in RequestType]: (p: Record<string, unknown>) => string | null } = {
  lookup: (p) =>
    isStr(p.context, 5000) && isInt(p.offset) && p.offset <= p.context.length
      ? null
      : 'lookup needs context ≤ 5000 chars and an offset in it',
  analyzeArticle: (p) =>
    isStr(p.text, MAX_TEXT) &&
    isStr(p.url, 5000) &&
    (p.title === undefined || isStr(p.title, 2000)) &&
    (p.date === undefined || isStr(p.date, 200))
      ? null
      : 'analyzeArticle needs text and url',
  reportPage: (p) => (['article', 'no-article', 'not-arabic', 'analysing', 'error'].includes(p.status as string) ? null : 'bad status'),
  getTabState: (p) => (isInt(p.tabId) ? null : 'getTabState needs a tabId'),
  wordsOfRoot: (p) => (isStr(p.root, 20) ? null : 'wordsOfRoot needs a root'),
  getSettings: () => null,
  setSettings: (p) => (isObj(p.patch) ? null : 'setSettings needs a patch'),
  tabCommand: (p) => (isInt(p.tabId) && (p.command === 'toggle-panel' || p.command === 'scroll-to') ? null : 'bad tabCommand'),
  improveSummary: (p) => (isInt(p.tabId) ? null : 'improveSummary needs a tabId'),
  testEndpoint: () => null,
};

/** Validates an incoming message; returns the typed envelope or an error. */
export function parseEnvelope(msg: unknown): Result<Envelope> {
  if (!isObj(msg) || msg.tarjuman !== 1 || typeof msg.type !== 'string') return { ok: false, error: 'not a Tarjuman message' };
  const validate = validators[msg.type as RequestType];
  if (!validate) return { ok: false, error: `unknown request ${msg.type}` };
  const params = isObj(msg.params) ? msg.params : {};
  const err = validate(params);
  return err ? { ok: false, error: err } : { ok: true, value: { tarjuman: 1, type: msg.type as RequestType, params: params as never } };
}
