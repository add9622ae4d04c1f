/**
 * The compiled data the core is given (built by build.mjs from the source files in assets/). The core never imports
 * it: callers load it and pass it in, so a test can build a ten-entry lexicon in memory.
 */

/** [vowelled lemma, pos, root ("" when none), glosses joined by "|", attributes "k=v k=v"] */
export type LemmaRow = [string, string, string, string, string];
/** A lemma row, or the asset's packed line of it (its fields joined by "^"), split on first use. */
export type LemmaSource = LemmaRow | string;
/** [phrase as written, glosses joined by "|", attributes] */
export type PhraseRow = [string, string, string];
/** [English name, TYPE, Arabic variants joined by "|", attributes] */
export type GazetteerRow = [string, string, string, string];
/** A gazetteer row, or the asset's packed line of it, split on first use. */
export type GazetteerSource = GazetteerRow | string;

export interface PrebuiltIndex {
  /** the encoding's version (form-index.ts, INDEX_VERSION) */
  version: number;
  /** entries the index refers to (lexicon rows + names and nisbas added from the gazetteer) */
  entries: number;
  /** the names and nisbas added from the gazetteer, as rows, in id order after the lexicon's own */
  added?: LemmaSource[];
  /** the grammars hits refer to, by number, each as its code (model/grammar.ts, grammarCode) */
  grammars: string[];
  /** sorted loose keys, front-coded in blocks, joined by "\n" */
  keys: string;
  /** encoded hits per key, joined by "\n" */
  hits: string;
}

export interface LexiconData {
  version: 1 | 2;
  lemmas: LemmaSource[];
  phrases: PhraseRow[];
  gazetteer: GazetteerSource[];
  /** the surface-form index, prebuilt by the build (absent in tests that build a lexicon in memory) */
  index?: PrebuiltIndex;
}

/**
 * The data as the asset ships it: each table's rows in one string, a row per line and its fields separated by "^"
 * (a character the data compiler refuses in any field). JSON writes an array of arrays with quotes and commas around
 * every field; this keeps the asset a third of a megabyte smaller, and JSON.parse makes a few long strings.
 */
export interface PackedLexiconData {
  version: 3;
  lemmas: string;
  phrases: string;
  gazetteer: string;
  index?: Omit<PrebuiltIndex, 'added'> & { added?: string };
}

const FIELD = '^';
const ROW = '\n';

const packRows = (rows: readonly (readonly string[] | string)[]): string =>
  rows.map((r) => (typeof r === 'string' ? r : r.join(FIELD))).join(ROW);
const unpackRows = <T>(s: string): T[] => (s ? s.split(ROW).map((line) => line.split(FIELD) as T) : []);
/** The packed lines themselves: the lexicon and the gazetteer split a row when it is first read (PackedRow). */
const lines = (s: string): string[] => (s ? s.split(ROW) : []);

/** A row given as its fields or as the asset's packed line, split when first read (most rows never are). */
export class PackedRow<T extends string[]> {
  constructor(private source: T | string) {}

  protected get row(): T {
    if (typeof this.source === 'string') this.source = this.source.split(FIELD) as T;
    return this.source;
  }
}

/** The asset's form of the data (see PackedLexiconData). */
export function packData(d: LexiconData): PackedLexiconData {
  const { added, ...index } = d.index ?? ({} as PrebuiltIndex);
  return {
    version: 3,
    lemmas: packRows(d.lemmas),
    phrases: packRows(d.phrases),
    gazetteer: packRows(d.gazetteer),
    index: d.index ? { ...index, added: added && packRows(added) } : undefined,
  };
}

/** The data with its rows as arrays, from the asset's packed form or as given. */
export function unpackData(d: LexiconData | PackedLexiconData): LexiconData {
  if (d.version !== 3) return d;
  const { added, ...index } = d.index ?? ({} as NonNullable<PackedLexiconData['index']>);
  return {
    version: 2,
    lemmas: lines(d.lemmas),
    phrases: unpackRows<PhraseRow>(d.phrases),
    gazetteer: lines(d.gazetteer),
    index: d.index ? { ...(index as Omit<PrebuiltIndex, 'added'>), added: added === undefined ? undefined : lines(added) } : undefined,
  };
}

/** Parses "k=v k=v" into a record; underscores in values stand for spaces. */
export function parseAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!s) return out;
  // one pass over the string (this runs for every entry at load)
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && s.charCodeAt(i) <= 32) i++;
    let j = i;
    while (j < n && s.charCodeAt(j) > 32) j++;
    const eq = s.indexOf('=', i);
    if (eq > i && eq < j) {
      const v = s.slice(eq + 1, j);
      out[s.slice(i, eq)] = v.includes('_') ? v.replace(/_/g, ' ') : v;
    }
    i = j;
  }
  return out;
}

/** Splits a comma-separated attribute value (also accepts the Arabic comma). */
export const splitList = (v: string | undefined): string[] =>
  v
    ? v
        .split(/[,\u060C]/)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
