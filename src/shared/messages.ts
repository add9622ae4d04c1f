/**
 * The one message contract between the content script, the popup/options pages and the service worker: a map
 * from request type to {params, result}. Replies are Result<T>; incoming messages are validated where they arrive.
 */
import type { Analysis } from '../core/model';
import type { EntityType, Span, Summary } from '../core/model';
import type { GlossSpan } from '../core/english';
export type { GlossSpan };
import type { AnkiPushResult, ExportFile, ExportFormat, Grade, ImportSummary, ReviewItem, SavedWord, SaveWordParams } from '../learn/types';
import { LIMITS, parseSavedWord, saveParamsError } from '../learn/validate';
import type { EngineEnglish, EngineStatus } from './engine-status';
import type { ModelOutcome } from '../providers/outcome';
import { MAX_GLOSS_TEXT } from './aids-site';
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
  /** entries of the user's imported dictionaries for the same lemma, stem or surface form (plain text) */
  extra?: Array<{ dictionary: string; term: string; reading?: string; glosses: string[] }>;
  /** the readings (`lemma|pos`) the learner saved, and whether each is marked known */
  saved?: Array<{ id: string; known: boolean }>;
}

export interface EntityGroup {
  english: string;
  type: EntityType;
  role?: string;
  /** the Arabic as first written */
  arabic: string;
  guessed?: boolean;
  /** the surest mention's confidence, 0–1 (see Entity.confidence) */
  confidence: number;
  /** named by a guess (a confidence below GUESS_BELOW): listed after the others and marked */
  guess?: boolean;
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
  /** every content word's lemma (no function words, no names) and how often it occurs: what "you know N%" counts */
  contentLemmas?: Array<{ lemma: string; count: number }>;
}

/** What a tab reported about its page. */
export interface TabState {
  status: 'article' | 'no-article' | 'not-arabic' | 'analysing' | 'error';
  language?: string;
  article?: ArticleAnalysis;
  error?: string;
}

/** A word of a text as read, with its [start, end) in the sent text. */
export interface VowelSpan {
  start: number;
  end: number;
  vowelled: string;
}

export interface RootWord {
  lemma: string;
  pos: string;
  gloss: string;
}

/** The words of one context string to look up, by their offsets in it. */
export interface LookupBatchItem {
  context: string;
  offsets: number[];
}

/** What one lookupBatch may carry: a few paragraphs' worth. */
export const LOOKUP_BATCH = { items: 100, offsets: 400, chars: 40_000 } as const;

export interface RequestMap {
  lookup: { params: { context: string; offset: number }; result: LookupResult | null };
  /** many words at once, looked up ahead of the pointer (the visible paragraphs): one answer list per context */
  lookupBatch: { params: { items: LookupBatchItem[] }; result: Array<Array<LookupResult | null>> };
  analyzeArticle: { params: { text: string; title?: string; date?: string; url: string }; result: ArticleAnalysis };
  reportPage: { params: { status: TabState['status']; language?: string }; result: true };
  getTabState: { params: { tabId: number }; result: TabState | null };
  wordsOfRoot: { params: { root: string }; result: RootWord[] };
  getSettings: { params: Record<string, never>; result: Settings };
  setSettings: { params: { patch: Partial<Settings> }; result: Settings };
  /** `on` (toggle-bilingual only): the wanted state; without it the mode flips */
  tabCommand: {
    params: { tabId: number; command: 'toggle-panel' | 'scroll-to' | 'toggle-bilingual'; start?: number; end?: number; on?: boolean };
    result: boolean;
  };
  /** the tab's summary rewritten by the configured model endpoint, or why the offline gist stays */
  improveSummary: { params: { tabId: number }; result: ModelOutcome };
  /** the options page's "Test connection": a two-sentence sample through the same path */
  testEndpoint: { params: Record<string, never>; result: ModelOutcome };
  /** the offline English gist of each sentence of the tab's article (one string per ArticleAnalysis.sentences entry) */
  /** …or of any text, given with its sentence spans (the content script's bilingual mode sends its own article) */
  gistSentences: { params: { tabId: number } | { text: string; title?: string; sentences: Span[] }; result: string[] };
  // learning tools (src/background/learn.ts): saved words, review, export
  /** saves the word under the pointer (the same lemma and pos again updates the saved word) */
  saveWord: { params: SaveWordParams; result: SavedWord };
  listWords: { params: Record<string, never>; result: SavedWord[] };
  updateWord: { params: { id: string; note?: string; known?: boolean }; result: SavedWord };
  /** the deleted word comes back, so the view can offer undo through restoreWord */
  deleteWord: { params: { id: string }; result: SavedWord };
  restoreWord: { params: { word: SavedWord }; result: SavedWord };
  exportWords: { params: { format: ExportFormat }; result: ExportFile };
  /** merges a JSON backup into the saved words */
  importWords: { params: { json: string }; result: ImportSummary };
  reviewNext: { params: Record<string, never>; result: ReviewItem | null };
  gradeCard: { params: { id: string; grade: Grade }; result: { word: SavedWord; due: number } };
  dueCount: { params: Record<string, never>; result: number };
  /** sends the saved words (all, or those listed) to Anki through AnkiConnect */
  pushToAnki: { params: { ids?: string[] }; result: AnkiPushResult };
  // reading aids (src/background/lemmas.ts)
  /** the top analysis' lemma of every content word of the text (not function words or names), with its [start, end) */
  articleLemmas: { params: { text: string }; result: Array<{ start: number; end: number; lemma: string }> };
  /** the lemmas of the saved words marked known */
  knownLemmas: { params: Record<string, never>; result: string[] };
  /** short English glosses of a piece of the article (a paragraph or part of one) for the interlinear gloss */
  glossText: { params: { text: string }; result: GlossSpan[] };
  // the neural engine (src/background/bergamot.ts): the stored model, the engine's start, English by sentence
  engineStatus: { params: Record<string, never>; result: EngineStatus };
  /** starts the engine without a model; how long its WebAssembly took to start, in ms */
  engineBoot: { params: Record<string, never>; result: { ms: number } };
  /** frees the engine (after the model was removed) */
  engineUnload: { params: Record<string, never>; result: true };
  /** English for each sentence span of `text`, from the downloaded model; fails with 'noModel' when there is none */
  engineEnglish: { params: { text: string; title?: string; sentences: Span[] }; result: EngineEnglish };
  /** every word of the text as read (vowelled), where that adds vowels to what is written: the "Add vowels" aid */
  vowelledText: { params: { text: string }; result: VowelSpan[] };
}

/** The requests src/background/learn.ts answers. */
export type LearnRequestType =
  | 'saveWord'
  | 'listWords'
  | 'updateWord'
  | 'deleteWord'
  | 'restoreWord'
  | 'exportWords'
  | 'importWords'
  | 'reviewNext'
  | 'gradeCard'
  | 'dueCount'
  | 'pushToAnki';

export type RequestType = keyof RequestMap;
export type Params<K extends RequestType> = RequestMap[K]['params'];
export type Reply<K extends RequestType> = Result<RequestMap[K]['result']>;

export interface Envelope<K extends RequestType = RequestType> {
  tarjuman: 1;
  type: K;
  params: Params<K>;
}

/** Which saved words changed (`lemma|pos`; known null: deleted), or 'all' after a backup was merged in. */
export type WordsChange = Array<{ id: string; known: boolean | null }> | 'all';

/** Messages the background or popup sends to a content script. */
export type ContentCommand =
  /** the learner's words changed (anywhere): the tooltip's saved and known marks follow */
  | { tarjuman: 1; type: 'wordsChanged'; words: WordsChange }
  | { tarjuman: 1; type: 'settingsChanged'; settings: Settings }
  | { tarjuman: 1; type: 'togglePanel' }
  | { tarjuman: 1; type: 'toggleEnabled' }
  | { tarjuman: 1; type: 'scrollTo'; start: number; end: number }
  /** the in-page bilingual mode: `on` sets it, without it the mode flips */
  | { tarjuman: 1; type: 'toggleBilingual'; on?: boolean };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = Infinity): v is string => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

const MAX_TEXT = 2_000_000; // about 300,000 words
const MAX_BACKUP = 20_000_000;
const isId = (v: unknown): v is string => isStr(v, LIMITS.lemma + LIMITS.pos + 1) && v.includes('|');

function validBatch(items: unknown): boolean {
  if (!Array.isArray(items) || items.length > LOOKUP_BATCH.items) return false;
  let chars = 0;
  let offsets = 0;
  for (const it of items) {
    if (!isObj(it) || !isStr(it.context, 5000) || !Array.isArray(it.offsets)) return false;
    const context = it.context;
    if (!it.offsets.every((o) => isInt(o) && o <= context.length)) return false;
    chars += context.length;
    offsets += it.offsets.length;
  }
  return chars <= LOOKUP_BATCH.chars && offsets <= LOOKUP_BATCH.offsets;
}

/** Checks one request's params; returns an error message or null. */
const validators: { [K in RequestType]: (p: Record<string, unknown>) => string | null } = {
  lookup: (p) =>
    isStr(p.context, 5000) && isInt(p.offset) && p.offset <= p.context.length
      ? null
      : 'lookup needs context ≤ 5000 chars and an offset in it',
  lookupBatch: (p) => (validBatch(p.items) ? null : `lookupBatch needs ≤ ${LOOKUP_BATCH.items} contexts with offsets inside them`),
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
  tabCommand: (p) =>
    isInt(p.tabId) &&
    (p.command === 'toggle-panel' || p.command === 'scroll-to' || p.command === 'toggle-bilingual') &&
    (p.on === undefined || typeof p.on === 'boolean')
      ? null
      : 'bad tabCommand',
  improveSummary: (p) => (isInt(p.tabId) ? null : 'improveSummary needs a tabId'),
  testEndpoint: () => null,
  gistSentences: (p) =>
    isInt(p.tabId) ||
    (isStr(p.text, MAX_TEXT) &&
      (p.title === undefined || isStr(p.title, 2000)) &&
      Array.isArray(p.sentences) &&
      p.sentences.length <= 100_000 &&
      p.sentences.every((s: unknown) => isObj(s) && isInt(s.start) && isInt(s.end) && s.start <= s.end))
      ? null
      : 'gistSentences needs a tabId, or a text with its sentence spans',
  saveWord: (p) => saveParamsError(p),
  listWords: () => null,
  updateWord: (p) =>
    isId(p.id) && (p.note === undefined || isStr(p.note, LIMITS.note)) && (p.known === undefined || typeof p.known === 'boolean')
      ? null
      : 'updateWord needs an id, and a note ≤ 2000 chars or a known flag',
  deleteWord: (p) => (isId(p.id) ? null : 'deleteWord needs an id'),
  restoreWord: (p) => {
    const w = parseSavedWord(p.word);
    return w.ok ? null : `restoreWord: ${w.error}`;
  },
  exportWords: (p) => (['csv', 'tsv', 'json'].includes(p.format as string) ? null : 'exportWords needs format csv, tsv or json'),
  importWords: (p) => (isStr(p.json, MAX_BACKUP) ? null : 'importWords needs the backup as a JSON string'),
  reviewNext: () => null,
  gradeCard: (p) => (isId(p.id) && [1, 2, 3, 4].includes(p.grade as number) ? null : 'gradeCard needs an id and a grade 1–4'),
  dueCount: () => null,
  pushToAnki: (p) =>
    p.ids === undefined || (Array.isArray(p.ids) && p.ids.length <= 20_000 && p.ids.every(isId)) ? null : 'pushToAnki: bad ids',
  articleLemmas: (p) => (isStr(p.text, MAX_TEXT) ? null : 'articleLemmas needs text'),
  knownLemmas: () => null,
  glossText: (p) => (isStr(p.text, MAX_GLOSS_TEXT) ? null : `glossText needs text ≤ ${MAX_GLOSS_TEXT} chars`),
  engineStatus: () => null,
  engineBoot: () => null,
  engineUnload: () => null,
  engineEnglish: (p) =>
    isStr(p.text, MAX_TEXT) &&
    (p.title === undefined || isStr(p.title, 2000)) &&
    Array.isArray(p.sentences) &&
    p.sentences.length <= 2000 &&
    p.sentences.every((s: unknown) => isObj(s) && isInt(s.start) && isInt(s.end) && s.start <= s.end && s.end <= (p.text as string).length)
      ? null
      : 'engineEnglish needs a text and ≤ 2000 sentence spans inside it',
  vowelledText: (p) => (isStr(p.text, MAX_TEXT) ? null : 'vowelledText needs text'),
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
