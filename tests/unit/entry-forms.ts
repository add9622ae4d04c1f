/** The surface forms the generator makes for one lexicon entry, as the index builds them (for round-trip tests). */
import { nounForms, verbForms, type SurfaceForm } from '../../src/core/inflection';
import { splitList, type LexEntry } from '../../src/core/lexicon';
import { strictKey } from '../../src/core/text';

export function entryForms(e: LexEntry): SurfaceForm[] {
  return e.pos === 'verb'
    ? verbForms({
        perfect: strictKey(e.lemma),
        imperfect: strictKey(e.attrs.impf ?? ''),
        root: e.root.split(' '),
        form: e.attrs.form ?? 'I',
        passive: e.attrs.pass !== 'no',
        ...(e.attrs.impv ? { imperative: strictKey(e.attrs.impv) } : {}),
      })
    : nounForms({
        bare: strictKey(e.lemma),
        pos: e.pos,
        plurals: splitList(e.attrs.pl)
          .filter((p) => !p.startsWith('+'))
          .map(strictKey),
        soundPlural: { ات: (e.attrs.pl ?? '').includes('+ات'), ون: (e.attrs.pl ?? '').includes('+ون') },
        isNisba: Boolean(e.attrs.place),
      });
}
