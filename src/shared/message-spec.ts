/**
 * How a message is declared: who may send it, the schema of its params (type and runtime check from one
 * declaration) and the type of its reply. Features declare their messages with `defineMessages` and add them to
 * `RequestMap` (shared/messages.ts) by interface merging, so this layer depends on no feature.
 */
import type { Result } from './result';
import type { Schema } from './schema';

/**
 * Who may send a request:
 * - `extension`: extension pages only (popup, options, reader): the vocabulary, settings, other tabs, the model;
 * - `topFrame`: also the content script of a tab's top frame, speaking for its own tab (what it reports is the page);
 * - `anyFrame`: also content scripts in any frame (word lookups, saving the word under the pointer).
 */
export type Audience = 'extension' | 'topFrame' | 'anyFrame';

/** The reply type of a message, carried as a type only. */
export interface ReplyType<R> {
  readonly reply?: R;
}
export const reply = <R>(): ReplyType<R> => ({});

export interface MessageSpec<P, R> {
  from: Audience;
  params: Schema<P>;
  reply: ReplyType<R>;
}

/** Keeps each declaration's own types (a table of specs, checked as such). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any spec: each keeps its own P and R
export const defineMessages = <M extends Record<string, MessageSpec<any, any>>>(specs: M): M => specs;

/** `{params, result}` of each message of a table of specs. */
export type MessagesOf<M> = {
  [K in keyof M]: M[K] extends MessageSpec<infer P, infer R> ? { params: P; result: R } : never;
};

/** Who sent a message, as the receiver established it from the browser's sender (never from the message). */
export type Caller = { kind: 'extension'; tabId?: undefined } | { kind: 'content'; tabId: number; frameId: number };

/** The parts of the browser's MessageSender this reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * The caller behind a browser sender, or null when it is not ours: an extension page has our id and a URL under
 * our base (`runtime.getURL('')`); a content script has our id and a tab.
 */
export function callerOf(sender: SenderInfo, ours: { id: string; base: string }): Caller | null {
  if (sender.id !== ours.id) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(ours.base)) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  if (!Number.isInteger(tabId) || (tabId as number) < 0) return null;
  return { kind: 'content', tabId: tabId as number, frameId: sender.frameId ?? -1 };
}

/** Whether `caller` may send a message declared for `from`; a reason when not. */
export function refusal(from: Audience, caller: Caller): string | null {
  if (caller.kind === 'extension' || from === 'anyFrame') return null;
  if (from === 'topFrame') return caller.frameId === 0 ? null : 'only the top frame of a page may send this';
  return 'only extension pages may send this';
}

export type { Result };
