/**
 * Reads a Yomitan dictionary zip into its index and terms, checking sizes before anything is inflated: the central
 * directory's sizes are summed first, entries may not overlap, and each entry is inflated under a hard cap of its
 * declared size (zip-entries.ts), so a zip that lies about its sizes is refused, never given more memory.
 */
import { DictionaryError } from './dictionary-error';
import { parseIndex, parseTermBank, type DictionaryIndex, type TermEntry } from './term-bank';
import { entryBytes, zipEntries } from './zip-entries';

export interface DictionaryLimits {
  /** uncompressed bytes of all entries together */
  maxBytes: number;
  /** term bank rows of all banks together */
  maxTerms: number;
}

export const DICTIONARY_LIMITS: DictionaryLimits = { maxBytes: 50 * 1024 * 1024, maxTerms: 500_000 };

export interface ParsedDictionary {
  index: DictionaryIndex;
  terms: TermEntry[];
}

const TERM_BANK = /^term_bank_(\d+)\.json$/;
// far more entries than any dictionary has: a central directory claiming more is corrupt
const MAX_ENTRIES = 100_000;

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function parseJson(bytes: Uint8Array | undefined, name: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new DictionaryError('badJson', name);
  }
}

/** The dictionary in a zip file's bytes; throws a DictionaryError saying what is wrong. */
export function readDictionaryZip(bytes: Uint8Array, limits: DictionaryLimits = DICTIONARY_LIMITS): ParsedDictionary {
  const entries = zipEntries(bytes, MAX_ENTRIES);
  // the declared sizes are a hard cap: each entry is inflated into exactly its declared size, or refused
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > limits.maxBytes) throw new DictionaryError('tooLarge', megabytes(total));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const indexEntry = byName.get('index.json');
  if (!indexEntry) throw new DictionaryError('noIndex');
  const banks = entries
    .map((f) => f.name)
    .filter((n) => TERM_BANK.test(n))
    .sort((a, b) => Number(TERM_BANK.exec(a)![1]) - Number(TERM_BANK.exec(b)![1]));
  const index = parseIndex(parseJson(entryBytes(bytes, indexEntry), 'index.json'));
  const terms: TermEntry[] = [];
  let rows = 0;
  for (const name of banks) {
    const json = parseJson(entryBytes(bytes, byName.get(name)!), name);
    rows += Array.isArray(json) ? json.length : 0;
    if (rows > limits.maxTerms) throw new DictionaryError('tooManyTerms', String(limits.maxTerms));
    for (const entry of parseTermBank(json, name)) terms.push(entry);
  }
  if (!terms.length) throw new DictionaryError('noTerms');
  return { index, terms };
}
