/** What every entity rule may consult: the gazetteer and the lexicon of the text being read. */
import type { Gazetteer, Lexicon } from '../lexicon';

export interface EntityContext {
  gazetteer: Gazetteer;
  lexicon: Lexicon;
}
