/** "Add vowels": the marks written into the page, the vowelled text read aloud, and the aid's stored switch. */
import { vowelInserts, withVowels } from '../../../src/content/aids/vowel-text';
import { NO_AIDS, sanitizeAids } from '../../../src/shared/aids-site';

const marks = (m: Map<number, string> | null) =>
  m ? [...m].map(([i, s]) => `${i}:${[...s].map((c) => c.charCodeAt(0).toString(16)).join('+')}`) : null;

describe('the marks inserted into written text', () => {
  test('each letter gets the marks that follow it in the word as read', () => {
    // قال → قَالَ: fatha after ق (0) and after ل (2), nothing after ا
    expect(marks(vowelInserts('قال', 'قَالَ'))).toEqual(['0:64e', '2:64e']);
  });
  test("a letter the writer marked keeps the writer's marks", () => {
    // مكتبةً → مَكْتَبَةً: the tanwin on ة is already there
    expect(marks(vowelInserts('مكتبةً', 'مَكْتَبَةً'))).toEqual(['0:64e', '1:652', '2:64e', '3:64e']);
  });
  test('a shadda and its vowel go in together', () => {
    // (shadda then fatha, written as escapes: the order the analyser writes them)
    expect(marks(vowelInserts('الشمس', '\u0627\u0644\u0634\u0651\u064E\u0645\u0652\u0633'))).toEqual(['2:651+64e', '3:652']);
  });
  test('letters that differ: nothing is written', () => {
    expect(vowelInserts('قال', 'قِيلَ')).toBeNull();
  });
});

test('the text read aloud has its words vowelled, the rest as written', () => {
  const text = 'قال الوزير: نعم.';
  const spans = [
    { start: 0, end: 3, vowelled: 'قَالَ' },
    { start: 4, end: 10, vowelled: 'الْوَزِيرُ' },
  ];
  expect(withVowels(text, spans)).toBe('قَالَ الْوَزِيرُ: نعم.');
  // spans out of order or out of the text are skipped, never thrown on
  expect(withVowels('قال', [{ start: 2, end: 9, vowelled: 'x' }])).toBe('قال');
});

test('the aid is off unless stored as true', () => {
  expect(NO_AIDS.vowels).toBe(false);
  expect(sanitizeAids({ vowels: true }).vowels).toBe(true);
  expect(sanitizeAids({ vowels: 'yes' }).vowels).toBe(false);
  expect(sanitizeAids(null)).toEqual(NO_AIDS);
});
