/**
 * An OpenAI-compatible chat-completions client (OpenAI, a local Ollama or LM Studio) that rewrites the summary in
 * better English. It sends nothing unless the user chose this provider and granted the endpoint's host permission,
 * which is checked before every request. The API key goes only into the Authorization header, never into a message.
 */
import type { Span } from '../core/model';
import type { Settings } from '../shared/settings';
import { endpointOf } from './endpoint';
import { ANSWER_SCHEMA, SYSTEM_PROMPT, numberedSentences, parseAnswer, toSummary, userPrompt } from './model-summary';
import { fallback, type ModelOutcome } from './outcome';

/** What the client needs from its context; tests pass fakes. */
export interface OpenAiDeps {
  fetch: typeof fetch;
  /** permissions.contains for one origin pattern */
  hasPermission: (pattern: string) => Promise<boolean>;
  sleep?: (ms: number) => Promise<void>;
  /** first retry delay; doubles on each retry */
  backoffMs?: number;
}

/** The part of an article analysis the provider reads. */
export interface ModelInput {
  text: string;
  sentences: readonly Span[];
  title?: string;
}

export const MAX_TRIES = 3;
const BACKOFF_MS = 1000;
const MAX_RETRY_AFTER_MS = 10_000;

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The chat-completions request body. */
export function chatBody(model: string, lines: readonly string[], title?: string) {
  return {
    model,
    temperature: 0.2,
    stream: false,
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: userPrompt(lines, title) },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'tarjuman_summary', strict: true, schema: ANSWER_SCHEMA } },
  };
}

type Attempt = { kind: 'response'; status: number; body: string; retryAfter: string | null } | { kind: 'timeout' } | { kind: 'network' };

/** One POST with a deadline that covers reading the body too. */
async function post(deps: OpenAiDeps, url: string, apiKey: string, body: string, timeoutMs: number): Promise<Attempt> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (apiKey) headers.authorization = `Bearer ${apiKey}`;
    const res = await deps.fetch(url, {
      method: 'POST',
      headers,
      body,
      signal: ctl.signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      // a redirect could lead to an origin the user never granted
      redirect: 'error',
    });
    const text = await res.text();
    return { kind: 'response', status: res.status, body: text, retryAfter: res.headers.get('retry-after') };
  } catch {
    return ctl.signal.aborted ? { kind: 'timeout' } : { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** The delay before retry `n` (1-based): Retry-After when the server gives seconds, else exponential. */
function retryDelay(n: number, retryAfter: string | null, base: number): number {
  const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : NaN;
  if (Number.isFinite(seconds)) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  return base * 2 ** (n - 1);
}

/** The message content of a chat-completions reply body, or null when the body is not one. */
function contentOf(body: string): string | null {
  let reply: unknown;
  try {
    reply = JSON.parse(body);
  } catch {
    return null;
  }
  const choice = (reply as { choices?: Array<{ message?: { content?: unknown } }> } | null)?.choices?.[0];
  const content = choice?.message?.content;
  return typeof content === 'string' ? content : null;
}

/** Asks the configured endpoint for the article's summary; any failure is a fallback to the offline gist. */
export async function improveWithModel(settings: Settings, input: ModelInput, deps: OpenAiDeps): Promise<ModelOutcome> {
  if (settings.provider !== 'openai') return fallback('disabled');
  const { model, apiKey, timeoutSeconds } = settings.openai;
  const endpoint = endpointOf(settings.openai.baseUrl);
  if (!endpoint || !model.trim()) return fallback('config');
  const lines = numberedSentences(input.sentences.map((s) => input.text.slice(s.start, s.end)));
  if (!lines.length) return fallback('noArticle');
  const body = JSON.stringify(chatBody(model.trim(), lines, input.title));
  const sleep = deps.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    // checked before every request: the user may revoke access at any time
    if (!(await deps.hasPermission(endpoint.pattern).catch(() => false))) return fallback('permission');
    const r = await post(deps, endpoint.chatUrl, apiKey, body, timeoutSeconds * 1000);
    if (r.kind !== 'response') return fallback(r.kind);
    const retryable = r.status === 429 || r.status >= 500;
    if (retryable && attempt < MAX_TRIES) {
      await sleep(retryDelay(attempt, r.retryAfter, deps.backoffMs ?? BACKOFF_MS));
      continue;
    }
    if (r.status < 200 || r.status > 299) return fallback('http', r.status);
    const content = contentOf(r.body);
    if (content === null) return fallback('malformed');
    const parsed = parseAnswer(content, lines.length);
    if (!parsed.ok) return fallback(parsed.reason);
    return { kind: 'improved', summary: toSummary(parsed.value, input.sentences, model.trim()), model: model.trim() };
  }
}
