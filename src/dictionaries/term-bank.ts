/**
 * The JSON files of a Yomitan dictionary (format 3): index.json and term_bank_N.json. Each term bank row is
 * [term, reading, definitionTags, rules, score, definitions[], sequence, termTags]; only the term, reading, score and
 * definitions are kept, the definitions as plain text.
 */
import { looseKey } from '../core/text';
import { DictionaryError } from './dictionary-error';
import { definitionText } from './structured-content';

export interface DictionaryIndex {
  title: string;
  revision: string;
  author?: string;
  attribution?: string;
  url?: string;
  description?: string;
}

/** One term as stored: `key` is the term's lookup key (see termKey). */
export interface TermEntry {
  key: string;
  term: string;
  reading?: string;
  glosses: string[];
  score: number;
}

// a stored term stays small whatever the file holds
const MAX_GLOSSES = 30;
const MAX_GLOSS_CHARS = 1000;
const MAX_FIELD_CHARS = 2000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max = MAX_FIELD_CHARS): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;

/** The lookup key of a dictionary term, the same key the analyser's lemmas and stems are looked up by. */
export function termKey(term: string): string {
  return looseKey(term).replace(/\s+/g, ' ').trim();
}

/** index.json: a title, a revision and format (or the older name, version) 3. */
export function parseIndex(json: unknown): DictionaryIndex {
  if (!isObj(json)) throw new DictionaryError('badIndex', 'index.json');
  const title = text(json.title, 200);
  if (!title) throw new DictionaryError('badIndex', 'title');
  const format = json.format ?? json.version;
  if (format !== 3) throw new DictionaryError('unsupportedFormat', String(format));
  const revision = typeof json.revision === 'number' ? String(json.revision) : text(json.revision, 200);
  if (!revision) throw new DictionaryError('badIndex', 'revision');
  const index: DictionaryIndex = { title, revision };
  for (const k of ['author', 'attribution', 'url', 'description'] as const) {
    const v = text(json[k]);
    if (v) index[k] = v;
  }
  return index;
}

/** One term bank: its rows as entries (rows whose definitions hold no text are left out). */
export function parseTermBank(json: unknown, file: string): TermEntry[] {
  if (!Array.isArray(json)) throw new DictionaryError('badTerms', file);
  const entries: TermEntry[] = [];
  json.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || !Array.isArray(row[5]))
      throw new DictionaryError('badTerms', `${file} #${i + 1}`);
    const term = row[0].trim();
    const key = termKey(term);
    if (!key) throw new DictionaryError('badTerms', `${file} #${i + 1}`);
    const glosses: string[] = [];
    for (const def of row[5] as unknown[]) {
      if (glosses.length >= MAX_GLOSSES) break;
      const g = definitionText(def);
      if (g) glosses.push(g.length > MAX_GLOSS_CHARS ? `${g.slice(0, MAX_GLOSS_CHARS - 1)}…` : g);
    }
    if (!glosses.length) return;
    const reading = text(row[1], 200);
    const score = typeof row[4] === 'number' && Number.isFinite(row[4]) ? row[4] : 0;
    entries.push({ key, term: term.slice(0, 200), ...(reading && reading !== term ? { reading } : {}), glosses, score });
  });
  return entries;
}
