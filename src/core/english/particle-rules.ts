/**
 * Word-unit rules for particles whose English depends on what is around them: لدى + a pronoun is "have", فإنّ only
 * opens a main clause, and so does إنّ opening a sentence, أنْ before a verb is "to", and ذلك before a definite word is "that". They are part of
 * WORD_UNIT_RULES (word-unit-rules.ts), in this order, before the particles of fixed English.
 */
import { looseKey } from '../text';
import { THAT_SUBJECT } from './unit-words';
import { one, type WordUnitRule } from './word-site';

const THAT_KEY = looseKey('ذلك');
const INNA_KEY = looseKey('إن');
const LADA = looseKey('لدى');
const FA = 'ف';
const SHADDA = '\u0651';
/** أَنْ of the subjunctive (the reading rules chose it before a verb), as against أَنَّ "that". */
const AN_TO = 'أَنْ';

export const PARTICLE_RULES: readonly WordUnitRule[] = [
  {
    id: 'lada-has',
    description: 'لدى with a pronoun says who has something (لديها تاريخ طويل "it has a long history", لدينا خطة "we have a plan")',
    examples: [
      { text: 'لوكسمبورغ لديها تاريخ طويل', word: 'لديها', kind: 'verb', en: 'have' },
      { text: 'لدينا خطة جديدة', word: 'لدينا', kind: 'verb', en: 'have' },
    ],
    counterExamples: [{ text: 'لدى وصوله إلى المطار', word: 'لدى' }],
    apply: (w) =>
      w.stemKey === LADA && w.enc && THAT_SUBJECT[w.enc] && !w.pre
        ? one({ kind: 'verb', en: 'have', tense: 'present', person: THAT_SUBJECT[w.enc], ownSubject: true })
        : null,
  },
  {
    id: 'fa-inna',
    description:
      'فإنّ after a fronted phrase or an "if" clause only opens the main clause, and إنّ opening a sentence only stresses it: English says nothing for them (فإنه "he", إنها "it": the pronoun is the subject)',
    examples: [
      { text: 'وإذا فشلت المفاوضات، فإنه سيستقيل', word: 'فإنه', kind: 'pron', en: 'he' },
      { text: 'من الناحية التقنية، فإن الطريقة جديدة', word: 'فإن', kind: 'skip', en: '' },
      { text: 'إنها مدينة جميلة', word: 'إنها', kind: 'pron', en: 'it' },
      { text: 'إن الوضع صعب جدا', word: 'إن', kind: 'skip', en: '' },
    ],
    counterExamples: [{ text: 'وقال الوزير إن الحكومة ستستقيل', word: 'إن' }],
    apply: (w) => {
      if (w.stemKey !== INNA_KEY) return null;
      const fa = w.pros.join('') === FA;
      // (opening: no word before it in the sentence, and no proclitic but و)
      const opening =
        w.top.lemma.includes(SHADDA) &&
        w.pros.length <= (w.pre === 'and' ? 1 : 0) &&
        !w.units.some((u) => u.kind !== 'stop' && u.kind !== 'skip');
      if (!fa && !opening) return null;
      const subject = w.enc ? THAT_SUBJECT[w.enc] : undefined;
      return subject ? one({ kind: 'pron', en: subject }) : one({ kind: 'skip', en: '' });
    },
  },
  {
    id: 'an-to',
    description: 'أَنْ before a verb in the imperfect is "to", and the verb after it is bare (يريد أن يزور "wants to visit")',
    examples: [
      { text: 'يريد الوزير أن يزور القاهرة', word: 'أن', kind: 'conj', en: 'to' },
      { text: 'حاول اللاعب أن يسجل هدفا', word: 'أن', kind: 'conj', en: 'to' },
    ],
    counterExamples: [{ text: 'أعلن الوزير أن الحكومة ستستقيل', word: 'أن' }],
    apply: (w) => (w.top.lemma === AN_TO && !w.enc && !w.pre ? one({ kind: 'conj', en: 'to' }) : null),
  },
  {
    id: 'demonstrative-before-noun',
    description: 'ذلك before a word with the article points at it: "that" (ذلك اليوم "that day"); alone it stands for what was said',
    examples: [
      { text: 'عاد بعد ذلك اليوم', word: 'ذلك', kind: 'adj', en: 'that' },
      { text: 'وصل اللاعبان إلى ذلك الإنجاز', word: 'ذلك', kind: 'adj', en: 'that' },
    ],
    // after a verb it is the verb's object, and the word after it the subject (أكد ذلك الوزير "the minister confirmed that")
    counterExamples: [{ text: 'وأكد ذلك الوزير', word: 'ذلك' }],
    apply: (w) => {
      const next = w.tokens[w.i + 1];
      const key = next?.kind === 'word' ? looseKey(next.text) : '';
      if (w.stemKey !== THAT_KEY || w.pre || key.length <= 3 || !key.startsWith('ال')) return null;
      return w.tokens[w.i - 1]?.analyses[0]?.pos === 'verb' ? null : one({ kind: 'adj', en: 'that' });
    },
  },
];
