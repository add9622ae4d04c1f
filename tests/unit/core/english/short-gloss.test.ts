/** The interlinear gloss: one short English gloss per word, once per expression or name, none for figures or Latin. */
import { GLOSS_RULES } from '../../../../src/core/english';
import { glossView, shortGloss } from '../../../../src/core/english';
import { realAnalyzer } from '../../helpers/analyzer';
import { NO_GRAMMAR } from '../../../../src/core/model';

/** Each gloss of a text with the Arabic it stands under. */
function glosses(text: string): Array<[string, string]> {
  return glossView(realAnalyzer().analyze(text, { noSummary: true })).map((g) => [text.slice(g.start, g.end), g.gloss]);
}

describe('a word is glossed from its segments, in the form it has', () => {
  test.each([
    ['الحكومة', 'the government'], // article
    ['افتتحت', 'opened'], // perfect verb in the past
    ['وقال', 'and said'], // conjunction
    ['مسؤولون', 'officials'], // sound plural
    ['الكتب', 'the books'], // broken plural
    ['وبمكتبتها', 'and with its library'], // conjunction + preposition + possessive suffix on a noun
    ['سيزورها', 'will visit it'], // future particle + object suffix on a verb
    ['فيه', 'in it'], // suffix on a preposition
    ['ليقولوا', 'to say'], // lam before a verb
    ['للأطفال', 'for the children'], // lam + article
    ['باللغتين', 'with the two languages'], // dual
  ])('%s → %s', (word, gloss) => {
    expect(glosses(word)).toEqual([[word, gloss]]);
  });
});

describe('the reading and the sense are chosen in context (issue 21)', () => {
  test.each([
    ['أرسلت قوة بحرية', 'بحرية', 'naval'], // an adjective agreeing with the noun, not ب + حرية "with freedom"
    ['لحماية الممرات البحرية', 'البحرية', 'naval'], // a definite adjective after a definite plural of things, not "the navy"
    ['لبحث الأزمة', 'لبحث', 'to discuss'], // لـ + verbal noun of purpose, not "for research"
    ['أغلقت الحدود', 'الحدود', 'the borders'], // the plural's own sense, not "the limits"
  ])('%s: %s → %s', (text, word, gloss) => {
    expect(glosses(text)).toContainEqual([word, gloss]);
  });

  test('a collocation of the phrase list is glossed as one: كلمة افتتاحية → opening speech', () => {
    expect(glosses('وألقى الوزير كلمة افتتاحية')).toContainEqual(['كلمة افتتاحية', 'opening speech']);
  });
});

test('an expression or a name of several words is glossed once, under all its words', () => {
  expect(glosses('زار وفد من الولايات المتحدة المدينة')).toEqual([
    ['زار', 'visited'],
    ['وفد', 'delegation'],
    ['من', 'from'],
    ['الولايات المتحدة', 'the United States'],
    ['المدينة', 'the city'],
  ]);
  expect(glosses('استقبل عبد الفتاح السيسي الوفد').map(([ar]) => ar)).toContain('عبد الفتاح السيسي');
});

test('figures, Latin words, punctuation and unknown words get no gloss', () => {
  expect(glosses('يستخدم 25 موظفا برنامج Koha، وقال فلانزكو.')).toEqual([
    ['يستخدم', 'use'],
    ['موظفا', 'employee'],
    ['برنامج', 'programme'],
    ['وقال', 'and said'],
  ]);
});

test('a long gloss is cut at a word', () => {
  const long = shortGloss({
    lemma: 'x',
    pos: 'noun',
    grammar: NO_GRAMMAR,
    gloss: ['comprehensive reconstruction programme of the national economy'],
    segments: [
      { text: 'و', role: 'proclitic', gloss: 'and' },
      { text: 'x', role: 'stem' },
    ],
    score: 0,
  });
  expect(long).toBe('and comprehensive…');
});

/** The gloss under one word of a text ('' when it has none). */
function glossOf(text: string, word: string): string {
  return glosses(text).find(([ar]) => ar === word)?.[1] ?? '';
}

describe('the rules that fix the word-by-word English in context', () => {
  test.each(GLOSS_RULES.map((r) => [r.id, r.example] as const))('%s: its example', (_id, { text, word, gloss }) => {
    expect(text.split(' ')).toContain(word);
    expect(glossOf(text, word)).toBe(gloss);
  });

  test.each([
    // إنّ is "that" only in a clause of قال, not in the next sentence
    ['قال المدير إن الطلاب حضروا', 'إن', 'that'],
    ['قال المدير كلمة. إن الطلاب حضروا', 'إن', ''],
    ['وقالت الوزيرة في بيان إنها سعيدة', 'إنها', 'that it'],
    // أنّ after another verb is "that" as before; its suffix a subject only where the forms differ
    ['وأضاف أن الزيارة متاحة', 'أن', 'that'],
    ['أعلن أنه سيزور المدينة', 'أنه', 'that it'],
    // the article stays on an adjective standing alone, and on a noun after a noun (the city's centre)
    ['العربية لغة جميلة', 'العربية', 'the Arab'],
    ['في شوارع المدينة', 'المدينة', 'the city'],
    // an adjective after an indefinite noun has no article to drop; after a definite one, each of two joined by و
    ['الاقتصاد المصري', 'المصري', 'Egyptian'],
    ['الكتب العربية والإنجليزية', 'والإنجليزية', 'and English'],
    // جميع before a noun is still "all"
    ['جميع الطلاب حضروا', 'جميع', 'all'],
  ])('%s: %s → %s', (text, word, gloss) => {
    expect(glossOf(text, word)).toBe(gloss);
  });
});
