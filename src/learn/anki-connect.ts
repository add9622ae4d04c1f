/**
 * A client for AnkiConnect (the Anki add-on that answers JSON on http://127.0.0.1:8765, API version 6): makes sure
 * the deck exists, fills the note type's fields, skips notes Anki already has and adds the rest with addNotes.
 * The body is sent as text/plain, so no CORS preflight is needed; AnkiConnect reads JSON whatever the content type.
 */
import { hostPattern } from '../shared/host-pattern';
import { fail, ok, type Result } from '../shared/result';
import { ANKI_FIELDS, ankiFields, ankiTags, type AnkiField } from './anki-fields';
import { learnError } from './errors';
import type { AnkiPushResult, SavedWord } from './types';

export const ANKI_CONNECT_VERSION = 6;
export const DEFAULT_ANKI_URL = 'http://127.0.0.1:8765';

export interface AnkiTarget {
  url: string;
  deck: string;
  /** the note type ("model" in AnkiConnect) */
  model: string;
}

export interface AnkiDeps {
  fetch: typeof fetch;
  /** permissions.contains for one origin pattern: the words go only where the user allowed the extension to go */
  hasPermission: (pattern: string) => Promise<boolean>;
  timeoutMs?: number;
}

export interface AnkiNote {
  deckName: string;
  modelName: string;
  fields: Record<string, string>;
  tags: string[];
  options: { allowDuplicate: boolean; duplicateScope: 'deck' };
}

const TIMEOUT_MS = 20_000;
// requestPermission may wait for the learner to answer Anki's dialog
const PERMISSION_TIMEOUT_MS = 120_000;

/** One AnkiConnect action; every failure becomes an error Result with a message a learner can act on. */
export async function invoke<T>(
  deps: AnkiDeps,
  url: string,
  action: string,
  params: object = {},
  timeoutMs = deps.timeoutMs ?? TIMEOUT_MS,
): Promise<Result<T>> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  let status: number;
  let text: string;
  try {
    const res = await deps.fetch(url, {
      method: 'POST',
      body: JSON.stringify({ action, version: ANKI_CONNECT_VERSION, params }),
      signal: ctl.signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
    status = res.status;
    text = await res.text();
  } catch {
    return fail(
      ctl.signal.aborted
        ? learnError('ankiNotRunning', `Anki did not answer at ${url} in time`)
        : learnError('ankiNotRunning', `nothing answered at ${url}: start Anki with the AnkiConnect add-on installed`),
    );
  } finally {
    clearTimeout(timer);
  }
  if (status === 403) return fail(learnError('ankiDenied', 'AnkiConnect refused this extension (allow it in Anki, see docs/anki.md)'));
  if (status !== 200) return fail(learnError('ankiError', `AnkiConnect answered HTTP ${status}`));
  let reply: unknown;
  try {
    reply = JSON.parse(text);
  } catch {
    return fail(learnError('ankiError', `the server at ${url} is not AnkiConnect (its answer is not JSON)`));
  }
  if (typeof reply !== 'object' || reply === null || !('result' in reply) || !('error' in reply))
    return fail(learnError('ankiError', `the server at ${url} does not speak AnkiConnect version ${ANKI_CONNECT_VERSION}`));
  const { result, error } = reply as { result: unknown; error: unknown };
  if (error !== null) return fail(learnError('ankiError', `Anki: ${String(error).slice(0, 300)}`));
  return ok(result as T);
}

const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The note's fields for the note type's field names: same-named fields get our fields, else Front/Back get a card. */
export function noteFields(word: SavedWord, modelFields: readonly string[]): Record<string, string> {
  const f = ankiFields(word);
  const ours = new Map<string, AnkiField>(ANKI_FIELDS.filter((k) => k !== 'Tags').map((k) => [squash(k), k]));
  const front = `<div lang="ar" dir="rtl" style="font-size:1.5em">${f.Vowelled}</div><div lang="ar" dir="rtl">${f.Sentence}</div>`;
  const back = [f.English, [f.Transliteration, f.Root].filter(Boolean).join(' · '), f['Source URL']].filter(Boolean).join('<br>');
  const out: Record<string, string> = {};
  for (const name of modelFields) {
    const k = ours.get(squash(name));
    if (k) out[name] = f[k];
  }
  if (Object.keys(out).length === 0 && modelFields.length > 0) {
    out[modelFields[0]!] = front;
    if (modelFields[1] !== undefined) out[modelFields[1]] = back;
  }
  return out;
}

/** Sends words to Anki: the deck is created if needed, notes Anki already has are counted as duplicates. */
export async function pushToAnki(words: readonly SavedWord[], target: AnkiTarget, deps: AnkiDeps): Promise<Result<AnkiPushResult>> {
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    return fail(learnError('ankiError', 'the AnkiConnect address is not a URL'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail(learnError('ankiError', 'the AnkiConnect address must be http://'));
  if (!(await deps.hasPermission(hostPattern(url)).catch(() => false)))
    return fail(learnError('ankiNoAccess', `Tarjuman has no access to ${url.host} (allow it on the options page)`));
  const at = url.href;
  const permission = await invoke<{ permission?: string; requireApikey?: boolean }>(
    deps,
    at,
    'requestPermission',
    {},
    PERMISSION_TIMEOUT_MS,
  );
  if (!permission.ok) return permission;
  if (permission.value?.permission !== 'granted') return fail(learnError('ankiDenied', 'Anki did not give Tarjuman access'));
  if (permission.value.requireApikey)
    return fail(learnError('ankiDenied', 'AnkiConnect is set to require an API key; Tarjuman sends none'));
  if (words.length === 0) return ok({ added: 0, duplicates: 0 });
  const deck = await invoke<number>(deps, at, 'createDeck', { deck: target.deck });
  if (!deck.ok) return deck;
  const fieldNames = await invoke<string[]>(deps, at, 'modelFieldNames', { modelName: target.model });
  if (!fieldNames.ok) return fieldNames;
  if (!Array.isArray(fieldNames.value) || fieldNames.value.length === 0)
    return fail(learnError('ankiError', `Anki has no note type named “${target.model}”`));
  const notes: AnkiNote[] = words.map((w) => ({
    deckName: target.deck,
    modelName: target.model,
    fields: noteFields(w, fieldNames.value),
    tags: ankiTags(w),
    options: { allowDuplicate: false, duplicateScope: 'deck' },
  }));
  const can = await invoke<boolean[]>(deps, at, 'canAddNotes', { notes });
  if (!can.ok) return can;
  const addable = notes.filter((_, i) => can.value?.[i] === true);
  if (addable.length === 0) return ok({ added: 0, duplicates: notes.length });
  const added = await invoke<Array<number | null>>(deps, at, 'addNotes', { notes: addable });
  if (!added.ok) return added;
  const count = Array.isArray(added.value) ? added.value.filter((id) => id !== null).length : 0;
  return ok({ added: count, duplicates: notes.length - addable.length });
}
