/**
 * The compiled data the core is given (built by build.mjs from the source files in assets/). The core never imports
 * it: callers load it and pass it in, so a test can build a ten-entry lexicon in memory.
 */

/** [vowelled lemma, pos, root ("" when none), glosses joined by "|", attributes "k=v k=v"] */
export type LemmaRow = [string, string, string, string, string];
/** [phrase as written, glosses joined by "|", attributes] */
export type PhraseRow = [string, string, string];
/** [English name, TYPE, Arabic variants joined by "|", attributes] */
export type GazetteerRow = [string, string, string, string];

export interface PrebuiltIndex {
  /** the encoding's version (form-index.ts, INDEX_VERSION) */
  version: number;
  /** entries the index refers to (lexicon rows + names and nisbas added from the gazetteer) */
  entries: number;
  /** the names and nisbas added from the gazetteer, as rows, in id order after the lexicon's own */
  added?: LemmaRow[];
  /** feature labels, by number */
  feats: string[];
  /** sorted loose keys, front-coded in blocks, joined by "\n" */
  keys: string;
  /** encoded hits per key, joined by "\n" */
  hits: string;
}

export interface LexiconData {
  version: 1 | 2;
  lemmas: LemmaRow[];
  phrases: PhraseRow[];
  gazetteer: GazetteerRow[];
  /** the surface-form index, prebuilt by the build (absent in tests that build a lexicon in memory) */
  index?: PrebuiltIndex;
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
