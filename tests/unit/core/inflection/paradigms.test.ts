/** Whole paradigms (issue 22): second person, imperatives, duals, object pronouns and assimilation analyse to their lemma. */
import { strictKey } from '../../../../src/core/text';
import { realAnalyzer } from '../../helpers/analyzer';
import { label } from '../../helpers/grammar-labels';

const an = realAnalyzer();
const readings = (word: string) => an.word(word).map((a) => `${strictKey(a.lemma)} ${label(a)}`);

describe('forms outside the news third person', () => {
  test.each([
    ['تضربينه', 'ضرب', 'imperfect, you (f)'], // the ن of the 2fs kept before a pronoun
    ['تضربانه', 'ضرب', 'imperfect, they/you two'], // … and of the dual
    ['يضربانه', 'ضرب', 'imperfect, they/you two'],
    ['تضربي', 'ضرب', 'imperfect (subjunctive), you (f)'], // subjunctive/jussive: the ن drops
    ['تضربيه', 'ضرب', 'imperfect (subjunctive), you (f)'],
    ['ادرسا', 'درس', 'imperative, you two'],
    ['ادرسن', 'درس', 'imperative, you (f pl)'],
    ['ادرسيه', 'درس', 'imperative, you (f)'],
    ['ادرسوه', 'درس', 'imperative, you (pl)'], // ـوا → ـو before a pronoun
    ['ادرسوا', 'درس', 'imperative, you (pl)'],
    ['كبتما', 'كبت', 'perfect, you two'], // كبت + تما: the two ت merge
    ['كبتم', 'كبت', 'perfect, you (pl)'],
    ['زوجتا', 'زوجة', 'dual, construct'], // زوجتا الرئيس
    ['طرفي', 'طرف', 'dual, construct'], // طرفي النزاع
    ['مبدآن', 'مبدأ', 'dual'], // أ + ا → آ
    ['منشآت', 'منشأة', 'plural'],
    ['خذ', 'أخذ', 'imperative'], // irregular imperatives (impv= in the lexicon) and their endings
    ['خذوه', 'أخذ', 'imperative, you (pl)'],
    ['كلي', 'أكل', 'imperative, you (f)'],
    ['كن', 'كان', 'imperative'], // spelled like كنّ "they (f) were": still a reading of its own
    ['احترموا', 'احترم', 'imperative, you (pl)'], // spelled like the perfect "they respected"
    ['بدؤوا', 'بدأ', 'perfect, they'], // the hamza on و before the plural's و (بدأوا too)
    ['جاؤوا', 'جاء', 'perfect, they'],
    ['يقرؤون', 'قرأ', 'imperfect, they/you (pl)'],
    ['يقرؤه', 'قرأ', 'imperfect'], // its damma before a pronoun
    ['سئل', 'سأل', 'perfect, passive'], // the passive's kasra puts it on ي
    ['أنشئت', 'أنشأ', 'perfect, she, passive'],
  ])('%s → %s (%s)', (word, lemma, feat) => {
    expect(readings(word)).toContainEqual(expect.stringContaining(`${lemma} ${feat}`));
  });

  // counter-examples: the ending that belongs to the other mood, or the merged spelling written out in full
  test.each([
    ['تضربوه', 'ضرب', 'imperfect, they/you (pl)'], // no ن before the pronoun: not the indicative
    ['ادرسواه', 'درس', 'imperative'], // the alef of ـوا is not written before a pronoun
    ['كبتتم', 'كبت', 'perfect'],
    ['مبدأان', 'مبدأ', 'dual'],
    ['الطرفي', 'طرف', 'dual, construct'], // a construct never takes the article
    ['زوجتاه', 'زوجة', 'dual, construct'], // … nor a pronoun (زوجتاه is the dual with ـه)
  ])('%s is not %s (%s)', (word, lemma, feat) => {
    expect(readings(word)).not.toContainEqual(expect.stringContaining(`${lemma} ${feat}`));
  });

  test('news readings stay first: a rare cell ranks below a common reading of the same letters', () => {
    // كتبا: "books" (accusative, كتب plural) or "they two wrote"; نشر "published" before the imperative "spread!"
    expect(an.word('نشر')[0]!.grammar.aspect).not.toBe('imperative');
    expect(label(an.word('قدمت')[0]!)).not.toMatch(/imperative|you/);
  });
});
