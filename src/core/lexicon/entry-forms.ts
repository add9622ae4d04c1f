/**
 * The surface forms the index holds for one lexicon entry: a verb's conjugation, a noun's or adjective's inflection,
 * a closed-class word as written (with the ي a final ى turns into before a pronoun). `bare` is the spelling inflected
 * (the lemma, or one of its `alt=` spellings, `isAlt`, which inflect without their irregular forms).
 */
import { NO_GRAMMAR } from '../model';
import { F, nounForms, verbForms, type FormSink } from '../inflection';
import { strictKey } from '../text';
import { splitList } from './lexicon-data';

/** What the forms of an entry depend on (a lexicon entry has these and more). */
export interface FormEntry {
  lemma: string;
  pos: string;
  root: string;
  attrs: Record<string, string>;
}

const FUNCTION_POS = new Set(['prep', 'conj', 'part', 'pron', 'adv', 'interj', 'abbrev']);
// Prepositions and particles that host pronouns (عليه، إليه، لديه، منه، أنه، لكنه، بينهم، عندها …).
const HOST_POS = new Set(['prep', 'conj', 'part']);

export function entrySurfaceForms(e: FormEntry, bare: string, isAlt: boolean, sink: FormSink): void {
  const rootLetters = e.root ? e.root.split(/\s+/) : [];
  if (e.pos === 'verb') {
    const impf = e.attrs.impf && e.attrs.impf !== '-' ? strictKey(e.attrs.impf) : '';
    verbForms(
      {
        perfect: bare,
        imperfect: isAlt ? '' : impf,
        root: rootLetters,
        form: e.attrs.form || 'I',
        passive: e.attrs.pass !== 'no',
        ...(e.attrs.impv ? { imperative: strictKey(e.attrs.impv) } : {}),
      },
      sink,
    );
    return;
  }
  if (FUNCTION_POS.has(e.pos)) {
    const flags = HOST_POS.has(e.pos) ? F.HOST : 0;
    sink(bare, NO_GRAMMAR, flags);
    if (bare.endsWith('\u0649')) sink(bare.slice(0, -1) + '\u064A', NO_GRAMMAR, flags | F.ENC_ONLY); // على → علي+ه
    return;
  }
  const plurals = splitList(e.attrs.pl);
  nounForms(
    {
      bare,
      pos: e.pos,
      plurals: isAlt ? [] : plurals.filter((p) => !p.startsWith('+')).map(strictKey),
      soundPlural: { ات: plurals.includes('+ات'), ون: plurals.includes('+ون') },
      fem: !isAlt && e.attrs.fem ? strictKey(e.attrs.fem) : undefined,
      isNisba: Boolean(e.attrs.place),
      manqus: e.lemma.endsWith('\u064D'),
    },
    sink,
  );
}
