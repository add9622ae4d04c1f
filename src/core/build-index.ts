/** Used by build.mjs: generates every surface form once and encodes the index that the asset ships. */
import { Analyzer } from './analyze';
import { encodeIndex, type PrebuiltIndex } from './form-index';
import type { LexiconData } from './lexicon-data';

export function prebuildIndex(data: LexiconData): PrebuiltIndex {
  const analyzer = new Analyzer({ ...data, index: undefined });
  return encodeIndex(analyzer.lexicon.exportForms(), analyzer.lexicon.entries.length);
}
