/** Figures written in words: construct duals and plural scales with no count. */
import { realAnalyzer } from '../../helpers/analyzer';

const an = realAnalyzer();
const numbers = (text: string) =>
  an
    .analyze(text)
    .entities.filter((e) => e.type === 'NUMBER')
    .map((e) => e.english);

test.each([
  ['دمرت المياه نحو ألفي منزل.', ['2,000']],
  ['بلغت الخسائر ملياري دولار.', ['2 billion dollars']],
  ['ويبلغ قوامها ستة آلاف جندي.', ['6,000 soldiers']],
  // آلاف / ملايين with no count is "thousands of …", which no figure must turn into 1,000
  ['أدت السيول إلى تشريد آلاف الأسر.', []],
  ['تابع ملايين المشاهدين المباراة.', []],
])('%s → %j', (text, expected) => {
  expect(numbers(text)).toEqual(expected);
});
