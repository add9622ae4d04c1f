/**
 * Reads a Yomitan dictionary zip (fflate) into its index and terms, checking sizes before anything is inflated:
 * the central directory's sizes are summed first, and each entry is inflated into a buffer of its declared size, so
 * a zip that lies about its sizes yields truncated JSON (an error), never more memory than the limit.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { DictionaryError } from './dictionary-error';
import { parseIndex, parseTermBank, type DictionaryIndex, type TermEntry } from './term-bank';

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

/** The entries of the zip's central directory (nothing is inflated). */
function listEntries(bytes: Uint8Array, limits: DictionaryLimits): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > limits.maxBytes) throw new DictionaryError('tooLarge', megabytes(total));
        if (entries.push(f) > MAX_ENTRIES) throw new DictionaryError('notZip', `more than ${MAX_ENTRIES} entries`);
        return false;
      },
    });
  } catch (e) {
    throw e instanceof DictionaryError ? e : new DictionaryError('notZip', e instanceof Error ? e.message : '');
  }
  return entries;
}

/** The dictionary in a zip file's bytes; throws a DictionaryError saying what is wrong. */
export function readDictionaryZip(bytes: Uint8Array, limits: DictionaryLimits = DICTIONARY_LIMITS): ParsedDictionary {
  const entries = listEntries(bytes, limits);
  if (!entries.some((f) => f.name === 'index.json')) throw new DictionaryError('noIndex');
  const banks = entries
    .map((f) => f.name)
    .filter((n) => TERM_BANK.test(n))
    .sort((a, b) => Number(TERM_BANK.exec(a)![1]) - Number(TERM_BANK.exec(b)![1]));
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'index.json' || TERM_BANK.test(f.name) });
  } catch (e) {
    throw new DictionaryError('notZip', e instanceof Error ? e.message : '');
  }
  const index = parseIndex(parseJson(files['index.json'], 'index.json'));
  const terms: TermEntry[] = [];
  let rows = 0;
  for (const name of banks) {
    const json = parseJson(files[name], name);
    delete files[name]; // the bytes are not needed once parsed
    rows += Array.isArray(json) ? json.length : 0;
    if (rows > limits.maxTerms) throw new DictionaryError('tooManyTerms', String(limits.maxTerms));
    for (const entry of parseTermBank(json, name)) terms.push(entry);
  }
  if (!terms.length) throw new DictionaryError('noTerms');
  return { index, terms };
}
