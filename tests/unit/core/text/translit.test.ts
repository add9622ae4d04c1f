import { nameToEnglish } from '../../../../src/core/text';
import { transliterate } from '../../../../src/core/text';

describe('learner transliteration of vowelled lemmas', () => {
  test.each([
    ['قالَ', 'qāla'],
    ['أَكَّدَ', 'akkada'],
    ['اِتِّحاد', 'ittiḥād'],
    ['مُحادَثة', 'muḥādatha'],
    ['رُوسِيّ', 'rūsī'],
    ['تَسَلُّح', 'tasalluḥ'],
    ['مُسْتَشْفَى', 'mustashfā'],
    ['الشَّمْس', 'ash-shams'],
    ['سَيّارة', 'sayyāra'],
    ['مَسْؤُول', 'masʾūl'],
    ['عِلْم', 'ʿilm'],
  ])('%s → %s', (lemma, expected) => {
    expect(transliterate(lemma)).toBe(expected);
  });
});

describe('English renderings of unknown names', () => {
  test.each([
    ['زامير كابولوف', 'Zamir Kabulov'],
    ['الطراونة', 'al-Tarawna'],
    ['العزيز', 'al-Aziz'], // an initial ع is heard as its vowel
    ['عثمان', 'Athman'],
    ['يسرا', 'Yasra'], // an initial consonant before another carries an unwritten vowel
  ])('%s → %s', (ar, en) => {
    expect(nameToEnglish(ar)).toBe(en);
  });
});
