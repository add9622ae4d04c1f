/** Used by build.mjs: generates every surface form once and encodes the index that the asset ships. */
export { packData } from '../lexicon';
import { Analyzer } from './analyze';
import { encodeIndex, entryRow, type LexiconData, type PrebuiltIndex } from '../lexicon';

export function prebuildIndex(data: LexiconData): PrebuiltIndex {
  const analyzer = new Analyzer({ ...data, index: undefined });
  const { entries } = analyzer.lexicon;
  return encodeIndex(analyzer.lexicon.exportForms(), data.lemmas.length, entries.slice(data.lemmas.length).map(entryRow));
}
