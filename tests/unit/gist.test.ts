/** The offline English gist of single sentences: relative clauses, demonstratives, adjectives used as nouns. */
import { realAnalyzer } from './analyzer';

const an = realAnalyzer();
const gist = (text: string) => an.analyze(text).summary.points[0]?.text ?? '';

test.each([
  // after الذي the verb's subject is the noun before it, and the name after it is its object
  ['وسيرأس السفير جون سميث الوفد الذي سيضم بوني جينكينس.', /delegation which will include Bonnie J[ei]nkins/],
  // هذا + a definite noun is "this …", not "this the …"
  ['وأضافت الوزارة أنها تسعى من خلال هذا الحوار إلى السلام.', /through this dialogue/],
  // a definite plural nationality standing alone names its people
  ['تلقت واشنطن عرضا من الروس.', /from the Russians/],
  // a figure that takes the conjunction with it keeps "and"
  ['ساهمت المملكة بثلاث سفن وألفي جندي.', /and 2,000 soldiers/],
])('%s', (arabic, english) => {
  expect(gist(arabic)).toMatch(english);
});
