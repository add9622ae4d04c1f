import { Analyzer } from '../../../../src/core/analysis';
import type { LexiconData } from '../../../../src/core/lexicon';
import { analyzeWord } from '../../../../src/core/morphology';
import { fromCells } from '../../../../src/core/inflection';
import { verbVowels } from '../../../../src/core/inflection';
import { grammarOf } from '../../helpers/grammar-labels';

// One entry per pattern family, written for this test.
const tiny: LexiconData = {
  version: 1,
  lemmas: [
    ['كَتَبَ', 'verb', 'ك ت ب', 'write', 'form=I impf=يَكْتُبُ f=1'],
    ['قالَ', 'verb', 'ق و ل', 'say', 'form=I impf=يَقُولُ pass=no f=1'],
    ['باعَ', 'verb', 'ب ي ع', 'sell', 'form=I impf=يَبِيعُ f=2'],
    ['رَمَى', 'verb', 'ر م ي', 'throw', 'form=I impf=يَرْمِي f=2'],
    ['دَعا', 'verb', 'د ع و', 'call', 'form=I impf=يَدْعُو f=2'],
    ['لَقِيَ', 'verb', 'ل ق ي', 'meet', 'form=I impf=يَلْقَى f=2'],
    ['رَدَّ', 'verb', 'ر د د', 'reply', 'form=I impf=يَرُدُّ f=2'],
    ['دَرَّسَ', 'verb', 'د ر س', 'teach', 'form=II impf=يُدَرِّسُ f=3'],
    ['أَعْلَنَ', 'verb', 'ع ل ن', 'announce', 'form=IV impf=يُعْلِنُ f=1'],
    ['أَقامَ', 'verb', 'ق و م', 'hold (an event)', 'form=IV impf=يُقِيمُ f=2'],
    ['تَوَجَّهَ', 'verb', 'و ج ه', 'head for', 'form=V impf=يَتَوَجَّهُ pass=no f=2'],
    ['اِسْتَخْدَمَ', 'verb', 'خ د م', 'use', 'form=X impf=يَسْتَخْدِمُ f=1'],
    ['اِسْتَمَرَّ', 'verb', 'م ر ر', 'continue', 'form=X impf=يَسْتَمِرُّ pass=no f=1'],
    ['مُحادَثة', 'noun', 'ح د ث', 'talks', 'pl=+ات f=2'],
    ['قاعِدة', 'noun', 'ق ع د', 'base', 'pl=قَواعِد f=2'],
    ['وَزِير', 'noun', 'و ز ر', 'minister', 'pl=وُزَراء f=1'],
    ['مُعَلِّم', 'noun', 'ع ل م', 'teacher', 'pl=+ون f=2'],
    ['شَهْر', 'noun', 'ش ه ر', 'month', 'pl=أَشْهُر f=1'],
    ['كِتاب', 'noun', 'ك ت ب', 'book', 'pl=كُتُب f=1'],
    ['شَمْس', 'noun', 'ش م س', 'sun', 'f=2'],
    ['قَمَر', 'noun', 'ق م ر', 'moon', 'f=2'],
    ['لُغة', 'noun', 'ل غ و', 'language', 'pl=+ات f=2'],
    ['مُسْتَوَى', 'noun', 'س و ي', 'level', 'f=2'],
    ['اِسْتِخْدام', 'noun', 'خ د م', 'use', 'f=2'],
    ['عام', 'noun', 'ع و م', 'year', 'pl=أَعْوام f=1'],
    ['بِلاد', 'noun', 'ب ل د', 'country', 'f=1'],
    ['جَدِيد', 'adj', 'ج د د', 'new', 'f=1'],
    ['كَبِير', 'adj', 'ك ب ر', 'big', 'f=1'],
    ['عَرَبِيّ', 'adj', 'ع ر ب', 'Arab', 'f=1'],
    ['بَحْرِيّ', 'adj', 'ب ح ر', 'naval', 'f=2'],
    ['عَلَى', 'prep', '-', 'on', 'f=1'],
    ['بِ', 'prep', '-', 'with', 'f=1'],
    ['لِ', 'prep', '-', 'for', 'f=1'],
    ['فِي', 'prep', '-', 'in', 'f=1'],
    ['مِنْ', 'prep', '-', 'from', 'f=1'],
    ['بَيْن', 'prep', 'ب ي ن', 'between', 'f=1'],
    ['ضِدّ', 'prep', 'ض د د', 'against', 'f=2'],
    ['إِنَّ', 'conj', '-', 'indeed', 'f=1'],
    ['لَمْ', 'part', '-', 'did not', 'f=1'],
    ['لَنْ', 'part', '-', 'will not', 'f=1'],
    ['هٰذا', 'pron', '-', 'this', 'f=1'],
  ],
  phrases: [],
  gazetteer: [['Iraq', 'LOCATION', 'العراق', 'kind=country vowelled=العِراق']],
};
const analyzer = new Analyzer(tiny);
// marks compared in canonical order (a vowel and a shadda may be typed either way round)
const nfc = (s: string | undefined) => s?.normalize('NFC');
const read = (w: string) => nfc(analyzeWord(analyzer.lexicon, w)[0]?.vowelled);

describe('the word as read, one row per pattern family', () => {
  test.each([
    // perfect by person: the lemma, ـَتْ، ـُوا، ـْتُ، ـْنا
    ['كتب', 'كَتَبَ'],
    ['كتبت', 'كَتَبَتْ'],
    ['كتبوا', 'كَتَبُوا'],
    ['كتبنا', 'كَتَبْنَا'],
    ['كتبتم', 'كَتَبْتُمْ'],
    // hollow: the long vowel shortens before a consonant suffix, to u or i as in the imperfect
    ['قالت', 'قَالَتْ'],
    ['قلنا', 'قُلْنَا'],
    ['بعنا', 'بِعْنَا'],
    ['أقمنا', 'أَقَمْنَا'],
    // defective and doubled
    ['رمت', 'رَمَتْ'],
    ['رموا', 'رَمَوْا'],
    ['دعوا', 'دَعَوْا'],
    ['رددنا', 'رَدَدْنَا'],
    // imperfect: prefix vowel from the imperfect (يَـ، يُـ), plural ـُونَ، dual ـَانِ; the mood vowel left bare
    ['يكتب', 'يَكْتُب'],
    ['تكتبون', 'تَكْتُبُونَ'],
    ['يكتبان', 'يَكْتُبَانِ'],
    ['يدرس', 'يُدَرِّس'],
    ['يقولون', 'يَقُولُونَ'],
    ['يرمون', 'يَرْمُونَ'],
    ['يدعون', 'يَدْعُونَ'],
    ['يلقون', 'يَلْقَوْنَ'],
    ['ستستمر', 'سَتَسْتَمِرّ'],
    ['يستخدمون', 'يَسْتَخْدِمُونَ'],
    // nouns: sound feminine plural, broken plurals, duals, sound masculine plural
    ['محادثات', 'مُحَادَثَات'],
    ['قواعد', 'قَوَاعِد'],
    ['وزراء', 'وُزَرَاء'],
    ['شهرين', 'شَهْرَيْنِ'],
    ['قاعدتين', 'قَاعِدَتَيْنِ'],
    ['المعلمون', 'الْمُعَلِّمُونَ'],
    ['معلمين', 'مُعَلِّمِينَ'],
    ['مستويات', 'مُسْتَوَيَات'],
    ['عاما', 'عَامًا'],
    // feminines and nisbas
    ['جديدة', 'جَدِيدَة'],
    ['عربية', 'عَرَبِيَّة'],
    ['العربيون', 'الْعَرَبِيُّونَ'],
    ['بحرية', 'بَحْرِيَّة'],
    // the article: sukun on the lam before a moon letter, shadda on a sun letter; لِ + ال → لِلْ
    ['القمر', 'الْقَمَر'],
    ['الشمس', 'الشَّمْس'],
    ['للشمس', 'لِلشَّمْس'],
    ['واللغة', 'وَاللُّغَة'],
    // a hamzat al-wasl is silent inside the word: the article's lam takes kasra, a proclitic joins the next letter
    ['الاستخدام', 'الِاسْتِخْدَام'],
    ['واستخدم', 'وَاسْتَخْدَمَ'],
    ['للقمر', 'لِلْقَمَر'],
    // proclitics and pronoun suffixes in harmony
    ['وقال', 'وَقَالَ'],
    ['فكتب', 'فَكَتَبَ'],
    ['بالشمس', 'بِالشَّمْس'],
    ['كوزير', 'كَوَزِير'],
    ['به', 'بِهِ'],
    ['له', 'لَهُ'],
    ['عليهم', 'عَلَيْهِمْ'],
    ['فيه', 'فِيهِ'],
    ['منه', 'مِنْهُ'],
    ['بينهما', 'بَيْنَهُمَا'],
    ['ضد', 'ضِدَّ'], // a preposition that is an accusative noun keeps its shadda under the fatha
    ['كتبه', 'كَتَبَهُ'],
    ['بلاده', 'بِلَاده'], // the case of بلاد is the sentence's, and so the vowel of ه
    ['محادثتها', 'مُحَادَثَتهَا'],
    ['إنه', 'إِنَّهُ'],
    ['هذا', 'هٰذَا'],
    // a name read from the gazetteer
    ['العراق', 'الْعِرَاق'],
  ])('%s → %s', (word, expected) => {
    expect(read(word)).toBe(nfc(expected));
  });

  test.each([
    // counter-examples: what must not be read
    ['الشمس', 'الْشَّمْس'], // no sukun on an assimilated lam
    ['القمر', 'الْقَّمَر'], // no shadda on a moon letter
    ['كتابه', 'كِتَابُهُ'], // no case vowel without a sentence
    ['قالت', 'قَالَتُ'],
    ['معلمين', 'مُعَلِّمَيْنِ'], // a plural, not a dual: the lexicon has no dual reading first
    ['يكتب', 'يَكْتُبُ'], // the mood is the sentence's
  ])('%s is not %s', (word, wrong) => {
    expect(read(word)).not.toBe(nfc(wrong));
  });
});

const sentence = (text: string) =>
  analyzer
    .analyze(text, { wordsOnly: true })
    .tokens.filter((t) => t.kind === 'word')
    .map((t) => t.analyses[0]?.vowelled)
    .join(' ')
    .normalize('NFC');

describe('case and mood endings only where the sentence shows them', () => {
  test.each([
    // after a preposition: genitive, tanwin when indefinite and not in a construct chain
    ['في العراق', 'فِي الْعِرَاقِ'],
    ['في كتاب جديد', 'فِي كِتَابٍ جَدِيدٍ'],
    ['بالشمس', 'بِالشَّمْسِ'],
    // a construct chain: the first noun without tanwin, the second genitive
    ['في كتاب الوزير', 'فِي كِتَابِ الْوَزِيرِ'],
    ['في كتاب العراق', 'فِي كِتَابِ الْعِرَاقِ'], // a name after a noun is its genitive too
    // after إنّ: the noun is accusative
    ['إن الوزير', 'إِنَّ الْوَزِيرَ'],
    // a definite noun right after a verb is its subject
    ['قال الوزير', 'قَالَ الْوَزِيرُ'],
    // an adjective agrees with the noun it follows
    ['على الشمس الكبيرة', 'عَلَى الشَّمْسِ الْكَبِيرَةِ'],
    // mood: لم → jussive, لن → subjunctive, otherwise indicative
    ['لم يكتب', 'لَمْ يَكْتُبْ'],
    ['لن يكتب', 'لَنْ يَكْتُبَ'],
    ['الوزير يكتب', 'الْوَزِير يَكْتُبُ'],
    // a pronoun suffix follows the case vowel: بِلادِهِ after a preposition
    ['في بلاده', 'فِي بِلَادِهِ'],
  ])('%s → %s', (text, expected) => {
    expect(sentence(text)).toBe(nfc(expected));
  });

  test.each([
    // counter-examples: no ending where the sentence does not show it
    ['الوزير', 'الْوَزِيرُ'], // a word alone stays pausal
    ['كتاب جديد', 'كِتَابٌ جَدِيدٌ'], // no case without a governor
    ['في قواعد', 'فِي قَوَاعِدٍ'], // a broken plural may be a diptote: no tanwin guessed
  ])('%s is not %s', (text, wrong) => {
    expect(sentence(text)).not.toBe(nfc(wrong));
  });
});

describe('the passive: damma then kasra in the perfect, damma then fatha in the imperfect', () => {
  const verbs: Record<string, [string, string, string]> = {
    كتب: ['كَتَبَ', 'يَكْتُبُ', 'I'],
    استخدم: ['اِسْتَخْدَمَ', 'يَسْتَخْدِمُ', 'X'],
    أعلن: ['أَعْلَنَ', 'يُعْلِنُ', 'IV'],
    درس: ['دَرَّسَ', 'يُدَرِّسُ', 'II'],
  };
  test.each([
    ['كتب', 'كتب', 'perfect, passive', 'كُتِبَ'],
    ['كتب', 'كتبت', 'perfect, she, passive', 'كُتِبَتْ'],
    ['استخدم', 'استخدم', 'perfect, passive', 'اُسْتُخْدِمَ'],
    ['أعلن', 'أعلن', 'perfect, passive', 'أُعْلِنَ'],
    ['درس', 'درس', 'perfect, passive', 'دُرِّسَ'],
    ['كتب', 'يكتب', 'imperfect, passive', 'يُكْتَب'],
    ['استخدم', 'يستخدم', 'imperfect, passive', 'يُسْتَخْدَم'],
    ['أعلن', 'تعلن', 'imperfect, passive', 'تُعْلَن'],
    ['درس', 'يدرسون', 'imperfect, they/you (pl), passive', 'يُدَرَّسُونَ'],
  ])('%s: %s (%s) → %s', (verb, form, feat, expected) => {
    const [perfect, imperfect, f] = verbs[verb]!;
    const cs = verbVowels({ perfect, imperfect, form: f }, form, grammarOf(feat));
    expect(cs && fromCells(cs).normalize('NFC')).toBe(expected.normalize('NFC'));
  });
  test('a form the perfect does not fit is not vowelled', () => {
    expect(verbVowels({ perfect: 'كَتَبَ', imperfect: 'يَكْتُبُ', form: 'I' }, 'قتل', grammarOf('perfect'))).toBeNull();
  });
});
