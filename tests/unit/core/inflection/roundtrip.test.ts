/** Round trip: the forms the analyser generates for a sample of entries are analysed back to their lemma. */
import { strictKey } from '../../../../src/core/text';
import { realAnalyzer } from '../../helpers/analyzer';
import { entryForms } from '../../helpers/entry-forms';
import { label } from '../../helpers/grammar-labels';

const an = realAnalyzer();
const sample = an.lexicon.entries.filter((e, i) => i % 23 === 0 && (e.pos === 'verb' || e.pos === 'noun' || e.pos === 'adj'));

test(`generated forms of ${sample.length} sampled entries analyse back to their lemma`, () => {
  const failures: string[] = [];
  let checked = 0;
  for (const e of sample) {
    const forms = entryForms(e);
    for (const f of forms.filter((x) => !(x.flags & 1))) {
      checked++;
      const lemmas = an.word(f.form).map((a) => a.lemma);
      if (!lemmas.includes(e.headword) && !lemmas.some((l) => strictKey(l) === strictKey(e.headword)))
        failures.push(`${f.form} (${label(f)}) → ${lemmas.join(', ')} ≠ ${e.lemma}`);
    }
  }
  // forms are ambiguous in unvowelled Arabic: the lemma must be among the analyses for nearly all of them
  expect(checked).toBeGreaterThan(1000);
  expect(failures.length / checked).toBeLessThan(0.02);
});
