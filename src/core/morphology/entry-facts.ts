/**
 * What the analyser reads of a lexicon entry for every reading it builds, worked out once per entry. An entry's
 * attributes are a record whose shape is its own set of keys (hundreds of shapes), and reading one where they all meet
 * is slow; the facts are one small object of a single shape.
 */
import type { LexEntry } from '../lexicon';
import { transliterate, transliterateBare } from '../text';

export interface EntryFacts {
  /** the transliteration of the lemma (a name's as read) */
  translit: string;
  /** the note beside the senses: the entry's own, or the preposition a verb takes its object through (gov=ب) */
  note: string | undefined;
  /** the verb form (form=), as written */
  verbForm: string | undefined;
  /** senses of its own for a plural form (plsense=) */
  pluralSenses: boolean;
  /** senses as the noun of a compound preposition after ب (bi=) */
  compoundSenses: boolean;
  /** senses as an adverb after ب and the article (bial=: بالفعل "indeed") */
  adverbSenses: boolean;
}

const FACTS = new WeakMap<LexEntry, EntryFacts>();

/** The facts of an entry (computed once per entry: entries are fixed data). */
export function factsOf(e: LexEntry): EntryFacts {
  let f = FACTS.get(e);
  if (!f) FACTS.set(e, (f = computeFacts(e)));
  return f;
}

function computeFacts(e: LexEntry): EntryFacts {
  const a = e.attrs;
  // a name reads from its vowelled spelling (v=); an unvowelled lemma gets its long vowels at least (jnīf, not jnyf)
  const read = a.v ?? e.lemma;
  const gov = a.gov;
  return {
    translit: /[\u064B-\u0652\u0670]/.test(read) ? transliterate(read) : transliterateBare(read),
    note: a.note ?? (gov ? `+ ${gov}${gov.length === 1 ? 'ـ' : ''}` : undefined),
    verbForm: a.form,
    pluralSenses: !!a.plsense,
    compoundSenses: a.bi !== undefined,
    adverbSenses: a.bial !== undefined,
  };
}
