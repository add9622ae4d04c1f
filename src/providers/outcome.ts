/** What an English provider gave the views: a better summary, or why the offline gist stays. */
import type { Summary } from '../core/model';

/** Why a provider fell back to the offline gist; each reason has a note in the locales (`popup.fallback.<reason>`). */
export type FallbackReason =
  | 'disabled'
  | 'config'
  | 'permission'
  | 'timeout'
  | 'http'
  | 'network'
  | 'malformed'
  | 'schema'
  | 'noArticle'
  | 'translatorUnsupported'
  | 'translatorUnavailable'
  | 'translatorError'
  | 'bergamotMissing'
  | 'bergamotError';

export interface Fallback {
  kind: 'fallback';
  reason: FallbackReason;
  /** the HTTP status, for reason 'http' */
  status?: number;
}

export type ModelOutcome = { kind: 'improved'; summary: Summary; model: string } | Fallback;

export const fallback = (reason: FallbackReason, status?: number): Fallback =>
  status === undefined ? { kind: 'fallback', reason } : { kind: 'fallback', reason, status };
