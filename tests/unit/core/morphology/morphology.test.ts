import { Analyzer } from '../../../../src/core/analysis';
import type { LexiconData } from '../../../../src/core/lexicon';
import { analyzeWord, CONJUNCTIONS, ENCLITICS, PARTICLES } from '../../../../src/core/morphology';
import { looseKey, strictKey } from '../../../../src/core/text';
import { realAnalyzer, SAMPLE } from '../../helpers/analyzer';
import { label } from '../../helpers/grammar-labels';

// A ten-entry lexicon built in memory: the core takes its data as a parameter.
const tiny: LexiconData = {
  version: 1,
  lemmas: [
    ['قالَ', 'verb', 'ق و ل', 'say|tell', 'form=I impf=يَقُولُ f=1'],
    ['زارَ', 'verb', 'ز و ر', 'visit', 'form=I impf=يَزُورُ f=1'],
    ['رَمَى', 'verb', 'ر م ي', 'throw', 'form=I impf=يَرْمِي'],
    ['رَدَّ', 'verb', 'ر د د', 'reply|respond', 'form=I impf=يَرُدُّ'],
    ['قاعِدة', 'noun', 'ق ع د', 'base (military)|rule', 'pl=قَواعِد f=2'],
    ['مُحادَثة', 'noun', 'ح د ث', 'talks|conversation', 'pl=+ات f=2'],
    ['رُوسِيّ', 'adj', '-', 'Russian', 'place=Russia f=1'],
    ['عَلَى', 'prep', '-', 'on', 'f=1'],
    ['بِ', 'prep', '-', 'with; by', 'f=1'],
    ['أَنَّ', 'conj', '-', 'that', 'f=1'],
  ],
  phrases: [],
  gazetteer: [],
};
const lex = new Analyzer(tiny).lexicon;

const sig = (word: string) => {
  const a = analyzeWord(lex, word)[0]!;
  return `${a.lemma} ${a.segments.map((s) => `${s.role[0]}:${s.text}`).join(' ')}`;
};

describe('clitics and inflection on a ten-entry lexicon', () => {
  test.each([
    ['وقال', 'قالَ p:و s:قال'],
    ['قالت', 'قالَ s:قالت'],
    ['قلنا', 'قالَ s:قلنا'],
    ['يقولون', 'قالَ s:يقولون'],
    ['سيزور', 'زارَ p:س s:يزور'],
    ['وسيزورونها', 'زارَ p:و p:س s:يزورون e:ها'],
    ['رمت', 'رَمَى s:رمت'],
    ['يرمون', 'رَمَى s:يرمون'],
    ['رددنا', 'رَدَّ s:رددنا'],
    ['والقواعد', 'قاعِدة p:و a:ال s:قواعد'],
    ['بالقاعدة', 'قاعِدة p:ب a:ال s:قاعدة'],
    ['قاعدتها', 'قاعِدة s:قاعدت e:ها'],
    ['للمحادثات', 'مُحادَثة p:ل a:ل s:محادثات'],
    ['الروسية', 'رُوسِيّ a:ال s:روسية'],
    ['روسيين', 'رُوسِيّ s:روسيين'],
    ['عليه', 'عَلَى s:علي e:ه'],
    ['به', 'بِ s:ب e:ه'],
    // a conjunction before a preposition with its pronoun ("and she has", "and with it"); never two prepositions
    ['وبها', 'بِ p:و s:ب e:ها'],
    ['فبه', 'بِ p:ف s:ب e:ه'],
    ['وأنها', 'أَنَّ p:و s:أن e:ها'],
  ])('%s → %s', (word, expected) => {
    expect(sig(word)).toBe(expected);
  });

  test('a final ة is never the pronoun ه', () => {
    expect(analyzeWord(lex, 'قاعدة')[0]!.segments.some((s) => s.role === 'enclitic')).toBe(false);
  });

  test('an unknown word still gets segments, a guessed root and a transliteration', () => {
    const [a] = analyzeWord(lex, 'والمستكشفين');
    expect(a!.pos).toBe('unknown');
    expect(a!.segments.map((s) => s.text).join('')).toBe('والمستكشفين');
    expect(a!.segments[0]).toMatchObject({ role: 'proclitic', text: 'و' });
    expect(a!.translit).toBeTruthy();
  });

  test('diacritics as written stay in the segments', () => {
    const [a] = analyzeWord(lex, 'وَقالَ');
    expect(a!.segments.map((s) => s.text)).toEqual(['وَ', 'قالَ']);
  });
});

describe('the real lexicon', () => {
  const an = realAnalyzer();
  test.each([
    ['المحادثات', 'مُحادَثة'],
    ['وأكدت', 'أَكَّدَ'],
    ['الأمريكي', 'أَمْرِيكِيّ'],
    ['قواعدها', 'قاعِدة'],
    ['للانسحاب', 'اِنْسِحاب'],
    ['يتم', 'تَمَّ'],
    ['الوزراء', 'وَزِير'],
    ['الدول', 'دَوْلة'],
    ['العسكرية', 'عَسْكَرِيّ'],
    // a conjunction written apart from its word, as some writers do (سولا ، بومبي ، و يوليوس)
    ['و', 'وَ'],
    ['ف', 'فَ'],
    // كـ never takes a pronoun: كي is "so that" (and كيف "how" stays itself)
    ['كي', 'كَيْ'],
  ])('%s → %s', (word, lemma) => {
    expect(strictKey(an.word(word)[0]!.lemma)).toBe(strictKey(lemma));
  });

  test('every entry has vowels, a known POS and at least one gloss', () => {
    for (const e of an.lexicon.entries.filter((x) => x.pos !== 'propn')) {
      expect(e.glosses.length).toBeGreaterThan(0);
    }
  });
});

describe('the index shipped in the asset', () => {
  test('gives the same analyses as generating every form at load', () => {
    const withIndex = realAnalyzer();
    const data = withIndex.lexicon.data;
    expect(data.index).toBeDefined();
    const generated = new Analyzer({ ...data, index: undefined });
    const text = SAMPLE + '\nوقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستعقد في جنيف، وأضاف أنهم سيزورونها.';
    const strip = (a: ReturnType<Analyzer['analyze']>) =>
      JSON.stringify({ tokens: a.tokens, entities: a.entities, phrases: a.phrases, summary: a.summary });
    expect(strip(withIndex.analyze(text))).toBe(strip(generated.analyze(text)));
  });
});

describe('analyzeSteps', () => {
  test('pauses along the way and ends with exactly what analyze() returns', () => {
    const an = realAnalyzer();
    const text = Array.from({ length: 4 }, () => SAMPLE).join('\n\n');
    const steps = an.analyzeSteps(text, { title: 'عنوان' });
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    // the sample four times is well over a thousand words: the word loop pauses, and so do the phases after it
    expect(pauses).toBeGreaterThan(4);
    expect(JSON.stringify(r.value)).toBe(JSON.stringify(an.analyze(text, { title: 'عنوان' })));
  });
});

test('a given name is a word of its own (محمد → Mohammed); one that is as often a common word keeps that word (أمل → hope)', () => {
  const an = realAnalyzer();
  const [muhammad] = an.word('ومحمد');
  expect(muhammad?.pos).toBe('propn');
  expect(muhammad?.gloss[0]).toBe('Mohammed');
  expect(muhammad?.segments.map((s) => s.text)).toEqual(['و', 'محمد']);
  const [hope] = an.word('أمل');
  expect(hope?.pos).toBe('noun');
  expect(hope?.gloss.join(' ')).toMatch(/hope/);
});

describe('forms the generator used to miss', () => {
  test.each([
    ['جزءا', 'جزء', 'accusative', ['جزءا']], // hamza after a letter that does not join stays on the line
    ['عبئا', 'عبء', 'accusative', ['عبئا']], // … and sits on ئ after one that does
    ['أعطاه', 'أعطى', 'perfect', ['أعطا', 'ه']], // final ى before a pronoun
    ['يراه', 'رأى', 'imperfect', ['يرا', 'ه']],
    ['يديه', 'يد', 'dual', ['يدي', 'ه']], // dual construct before a pronoun
    ['مقاتلو', 'مقاتل', 'plural, construct', ['مقاتلو']], // sound plural construct before a noun
    ['أخيه', 'أخ', 'construct', ['أخي', 'ه']], // the five nouns
    ['يوضع', 'وضع', 'imperfect, passive', ['يوضع']], // assimilated verb: the passive keeps its و
    ['الطوارىء', 'طارئ', 'plural, definite', ['ال', 'طوارىء']], // ىء for ئ
    ['الإضرار', 'إضرار', 'definite', ['ال', 'إضرار']], // a hamza on another seat is another word (not أضرار)
    ['ثمّن', 'ثمّن', 'perfect', ['ثمّن']], // a written shadda: the Form II verb "valued", not ثمن "price"
    ['الشّمس', 'شمس', 'definite', ['ال', 'شّمس']], // the shadda of a sun letter is the article's
  ])('%s → %s (%s)', (word, lemma, features, segments) => {
    const [top] = realAnalyzer().word(word);
    expect(strictKey(top!.lemma)).toBe(strictKey(lemma));
    expect(label(top!)).toBe(features);
    expect(top!.segments.map((s) => s.text)).toEqual(segments);
  });
});

describe('the clitics as data: each example word is read with its clitic', () => {
  const rows = [
    ...CONJUNCTIONS.map((c) => ['proclitic', c] as const),
    ...PARTICLES.map((c) => ['proclitic', c] as const),
    ...ENCLITICS.map((c) => ['enclitic', c] as const),
  ];
  test.each(rows)('%s %j', (role, c) => {
    const [top] = realAnalyzer().word(c.example);
    const keys = top!.segments.filter((s) => s.role === role).map((s) => looseKey(s.text));
    expect(keys).toContain(looseKey(c.key));
  });
});
