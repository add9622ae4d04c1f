/** Matching the phrase list in running text: where a phrase ends in a demonstrative that points at the noun after it. */
import { realAnalyzer } from '../../helpers/analyzer';

const an = realAnalyzer();
const phrases = (text: string) => an.analyze(text, { wordsOnly: true }).phrases.map((p) => p.text);

test.each([
  ['إلى ذلك، قال الوزير إن الوضع هادئ.', 'إلى ذلك'],
  ['وعاد الوفد بعد ذلك إلى القاهرة.', 'بعد ذلك'],
  // a phrase whose English takes the noun after it keeps it
  ['قتل عشرة أشخاص بما في ذلك الأطفال.', 'بما في ذلك'],
])('a phrase that ends in a demonstrative: %s', (text, phrase) => expect(phrases(text)).toContain(phrase));

test.each([
  ['عندما وصل اللاعبان إلى ذلك الإنجاز.', 'إلى ذلك'],
  ['عاد بعد ذلك اليوم إلى بيته.', 'بعد ذلك'],
])('not when the demonstrative points at the word after it: %s', (text, phrase) => expect(phrases(text)).not.toContain(phrase));

describe('a noun and its adjective agree in definiteness', () => {
  const glosses = (text: string) => an.analyze(text, { wordsOnly: true }).phrases.map((p) => p.gloss[0]);
  test.each([['ندعم الحل السياسي للأزمة.'], ['نريد حلا سياسيا للأزمة.']])('the phrase: %s', (text) =>
    expect(glosses(text)).toContain('political solution'),
  );
  test.each([['الحل سياسي.'], ['كان الحل سياسيا.']])(
    'not a definite noun and an indefinite adjective, which says something of it: %s',
    (text) => expect(glosses(text)).not.toContain('political solution'),
  );
});
