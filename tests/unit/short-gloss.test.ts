/** The interlinear gloss: one short English gloss per word, once per expression or name, none for figures or Latin. */
import { glossView, shortGloss } from '../../src/background/short-gloss';
import { realAnalyzer } from './analyzer';

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
    gloss: ['comprehensive reconstruction programme of the national economy'],
    segments: [
      { text: 'و', role: 'proclitic', gloss: 'and' },
      { text: 'x', role: 'stem' },
    ],
    score: 0,
  });
  expect(long).toBe('and comprehensive…');
});
