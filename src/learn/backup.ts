/** Reads a JSON backup (export.ts) from an untrusted file: size, shape, version and every word checked. */
import { fail, ok, type Result } from '../shared/result';
import { learnError } from './errors';
import { BACKUP_FORMAT } from './export';
import { CURRENT_VERSION, upgrade } from './schema';
import type { SavedWord } from './types';
import { parseSavedWord } from './validate';
import { MAX_WORDS } from './vocabulary-store';

export const MAX_BACKUP_CHARS = 20_000_000;
/** A file larger than this (Arabic is two bytes a character) is refused before it is read. */
export const MAX_BACKUP_BYTES = 2 * MAX_BACKUP_CHARS;

const bad = (detail: string) => fail<SavedWord[]>(learnError('importInvalid', detail));

/** The words of a backup file, or why it is refused (the whole file is refused if any word is invalid). */
export function parseBackup(json: string): Result<SavedWord[]> {
  if (json.length > MAX_BACKUP_CHARS) return bad('the file is too large for a Tarjuman backup');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return bad('the file is not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('the file is not a Tarjuman vocabulary backup');
  const d = data as Record<string, unknown>;
  if (d.format !== BACKUP_FORMAT) return bad('the file is not a Tarjuman vocabulary backup');
  if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 1) return bad('the backup has no valid version');
  if (d.version > CURRENT_VERSION) return bad(`the backup is from a newer Tarjuman (version ${String(d.version)})`);
  if (!Array.isArray(d.words)) return bad('the backup has no list of words');
  if (d.words.length > MAX_WORDS) return bad(`the backup holds more than ${MAX_WORDS} words`);
  // an older backup holds words of its version: the storage migrations make current words of them
  const items: unknown[] = d.version < CURRENT_VERSION ? wordsOf(upgrade(d.words, d.version)) : d.words;
  const words: SavedWord[] = [];
  for (const [i, item] of items.entries()) {
    const w = parseSavedWord(item);
    if (!w.ok) return bad(`word ${i + 1}: ${w.error}`);
    words.push(w.value);
  }
  return ok(words);
}

/** The word values of upgraded data (validated by the caller, word by word, so the message can name the bad one). */
function wordsOf(data: unknown): unknown[] {
  const words = (data as { words?: unknown }).words;
  return typeof words === 'object' && words !== null ? Object.values(words) : [];
}
