/**
 * The message contract between the content script, the extension pages and the background: each request declared
 * once (who may send it, its params' schema, its reply type) in a table of specs. This file declares the page and
 * tab requests; features add theirs to `RequestMap` from their own folders (learn/messages.ts,
 * providers/messages.ts). Replies are Result<T>; what arrives is parsed where it arrives, and errors go back.
 */
import type { Analysis } from '../core/model';
import type { EntityType, Span, Summary } from '../core/model';
import type { VowelSpan } from '../core/analysis';
import type { GlossSpan } from '../core/english';
export type { GlossSpan };
import { MAX_GLOSS_TEXT } from './aids-site';
import { defineMessages, reply, refusal, type Caller, type MessageSpec, type MessagesOf } from './message-spec';
import { fail, ok, type Result } from './result';
import { array, bool, custom, empty, int, object, oneOf, optional, refine, str, type Schema } from './schema';
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
  mentions: Span[];
  /** the surest mention's confidence, 0–1 (see Entity.confidence) */
  confidence: number;
  /** named by a guess (a confidence below GUESS_BELOW): listed after the others and marked */
  guess?: boolean;
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

/** A word of a text as read, with its [start, end) in the sent text. */
export type { VowelSpan };

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

/** The words of one context string to look up, by their offsets in it. */
export interface LookupBatchItem {
  context: string;
  offsets: number[];
}

/** What one lookupBatch may carry: a few paragraphs' worth. */
export const LOOKUP_BATCH = { items: 100, offsets: 400, chars: 40_000 } as const;

const MAX_TEXT = 2_000_000; // about 300,000 words

const batchItem = refine(object({ context: str(5000), offsets: array(int(), LOOKUP_BATCH.offsets) }), (it) =>
  it.offsets.every((o) => o <= it.context.length) ? null : 'an offset lies outside its context',
);
const span = refine(object({ start: int(), end: int() }), (s) => (s.start <= s.end ? null : 'start after end'));
const tabStatus = oneOf('article', 'no-article', 'not-arabic', 'analysing', 'error');
const settingsPatch: Schema<Partial<Settings>> = custom((v) =>
  // every field is checked by sanitizeSettings when the patch is applied
  typeof v === 'object' && v !== null && !Array.isArray(v) ? ok(v as Partial<Settings>) : fail('expected an object'),
);

/** The page and tab requests. */
export const baseMessages = defineMessages({
  lookup: {
    from: 'anyFrame',
    params: refine(object({ context: str(5000), offset: int() }), (p) => (p.offset <= p.context.length ? null : 'offset outside context')),
    reply: reply<LookupResult | null>(),
  },
  /** many words at once, looked up ahead of the pointer (the visible paragraphs): one answer list per context */
  lookupBatch: {
    from: 'anyFrame',
    params: refine(object({ items: array(batchItem, LOOKUP_BATCH.items) }), (p) => {
      const chars = p.items.reduce((n, it) => n + it.context.length, 0);
      const offsets = p.items.reduce((n, it) => n + it.offsets.length, 0);
      return chars <= LOOKUP_BATCH.chars && offsets <= LOOKUP_BATCH.offsets ? null : 'batch too large';
    }),
    reply: reply<Array<Array<LookupResult | null>>>(),
  },
  /** the article of the sender's own tab (its state is kept for the popup) */
  analyzeArticle: {
    from: 'topFrame',
    params: object({ text: str(MAX_TEXT), title: optional(str(2000)), date: optional(str(200)), url: str(5000) }),
    reply: reply<ArticleAnalysis>(),
  },
  /** what the sender's own tab shows */
  reportPage: { from: 'topFrame', params: object({ status: tabStatus, language: optional(str(20)) }), reply: reply<true>() },
  getTabState: { from: 'extension', params: object({ tabId: int() }), reply: reply<TabState | null>() },
  wordsOfRoot: { from: 'anyFrame', params: object({ root: str(20) }), reply: reply<RootWord[]>() },
  getSettings: { from: 'extension', params: empty, reply: reply<Settings>() },
  setSettings: { from: 'extension', params: object({ patch: settingsPatch }), reply: reply<Settings>() },
  /** `on` (toggle-bilingual only): the wanted state; without it the mode flips */
  tabCommand: {
    from: 'extension',
    params: object({
      tabId: int(),
      command: oneOf('toggle-panel', 'scroll-to', 'toggle-bilingual'),
      start: optional(int()),
      end: optional(int()),
      on: optional(bool),
    }),
    reply: reply<boolean>(),
  },
  /** the offline English gist of each sentence of a text, given with its sentence spans (the bilingual mode) */
  gistSentences: {
    from: 'anyFrame',
    params: object({ text: str(MAX_TEXT), title: optional(str(2000)), sentences: array(span, 100_000) }),
    reply: reply<string[]>(),
  },
  /** the same for the article a tab reported (one string per ArticleAnalysis.sentences entry) */
  tabGists: { from: 'extension', params: object({ tabId: int() }), reply: reply<string[]>() },
  /** the top analysis' lemma of every content word of the text (not function words or names), with its [start, end) */
  articleLemmas: {
    from: 'topFrame',
    params: object({ text: str(MAX_TEXT) }),
    reply: reply<Array<{ start: number; end: number; lemma: string }>>(),
  },
  /** short English glosses of a piece of the article (a paragraph or part of one) for the interlinear gloss */
  glossText: { from: 'topFrame', params: object({ text: str(MAX_GLOSS_TEXT) }), reply: reply<GlossSpan[]>() },
  /** every word of the text as read (vowelled), where that adds vowels to what is written: the "Add vowels" aid */
  vowelledText: { from: 'topFrame', params: object({ text: str(MAX_TEXT) }), reply: reply<VowelSpan[]>() },
});

/** Every request: the base ones here, the features' own merged in by their messages.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- extended by interface merging
export interface RequestMap extends MessagesOf<typeof baseMessages> {}

export type RequestType = keyof RequestMap;
export type Params<K extends RequestType> = RequestMap[K]['params'];
export type Reply<K extends RequestType> = Result<RequestMap[K]['result']>;

/** A request as it travels: a union discriminated by `type`, so a handler of one type sees its own params. */
export type Envelope = { [K in RequestType]: { tarjuman: 1; type: K; params: Params<K> } }[RequestType];

/** The spec of every request (the background's table: a missing one is a compile error). */
export type MessageSpecs = { [K in RequestType]: MessageSpec<Params<K>, RequestMap[K]['result']> };

/** One handler per request, given the params as declared and the caller as the browser reported it. */
export type Handler<K extends RequestType> = (params: Params<K>, caller: Caller) => Promise<Reply<K>>;
export type Handlers<K extends RequestType = RequestType> = { [P in K]: Handler<P> };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An incoming message checked against its spec: null when it is not a Tarjuman request at all (another listener may
 * answer), else the typed envelope or why it is refused (unknown type, a sender not allowed, bad params).
 */
export function parseEnvelope(msg: unknown, caller: Caller, specs: MessageSpecs): Result<Envelope> | null {
  if (!isRecord(msg) || msg.tarjuman !== 1 || typeof msg.type !== 'string') return null;
  const type = msg.type;
  if (!Object.hasOwn(specs, type)) return fail(`unknown request ${type.slice(0, 40)}`);
  const spec = specs[type as RequestType];
  const refused = refusal(spec.from, caller);
  if (refused) return fail(`${type}: ${refused}`);
  const params = spec.params.parse(msg.params ?? {}, `${type}.params`);
  if (!params.ok) return params;
  // the params were parsed by the spec of this very type
  return ok({ tarjuman: 1, type, params: params.value } as Envelope);
}

/** Messages the background or popup sends to a content script. */
/** Which saved words changed (`lemma|pos`; known null: deleted), or 'all' after a backup was merged in. */
export type WordsChange = Array<{ id: string; known: boolean | null }> | 'all';
const wordsChange: Schema<WordsChange> = custom((v) =>
  v === 'all' ||
  (Array.isArray(v) &&
    v.length <= 20_000 &&
    v.every((w) => isRecord(w) && typeof w.id === 'string' && w.id.length <= 400 && (w.known === null || typeof w.known === 'boolean')))
    ? ok(v as WordsChange)
    : fail("expected 'all' or a list of {id, known}"),
);

const commandSpecs = {
  /** the learner's words changed (anywhere): the tooltip's saved and known marks follow */
  wordsChanged: object({ words: wordsChange }),
  togglePanel: empty,
  toggleEnabled: empty,
  scrollTo: object({ start: int(), end: int() }),
  /** the in-page bilingual mode: `on` sets it, without it the mode flips */
  toggleBilingual: object({ on: optional(bool) }),
};
type CommandSpecs = typeof commandSpecs;
export type ContentCommand = {
  [K in keyof CommandSpecs]: { tarjuman: 1; type: K } & (CommandSpecs[K] extends Schema<infer P> ? P : never);
}[keyof CommandSpecs];

/** A command to a content script, checked like a request; null when it is not one. */
export function parseCommand(msg: unknown): ContentCommand | null {
  if (!isRecord(msg) || msg.tarjuman !== 1 || typeof msg.type !== 'string' || !Object.hasOwn(commandSpecs, msg.type)) return null;
  const type = msg.type as keyof CommandSpecs;
  const body = commandSpecs[type].parse(msg, type);
  return body.ok ? ({ ...body.value, tarjuman: 1, type } as ContentCommand) : null;
}
