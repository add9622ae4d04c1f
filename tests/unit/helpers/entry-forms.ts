/** The surface forms the generator makes for one lexicon entry, exactly as the index builds them (for round-trip tests). */
import type { SurfaceForm } from '../../../src/core/inflection';
import { entrySurfaceForms, type LexEntry } from '../../../src/core/lexicon';
import { strictKey } from '../../../src/core/text';

export function entryForms(e: LexEntry): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  entrySurfaceForms(e, strictKey(e.lemma), false, (form, grammar, flags) => out.push({ form, grammar, flags }));
  return out;
}
