/** The English beside each sentence (the bilingual column and the CLI's `sentences`): whole sentences, honest doubt. */
import { realAnalyzer } from './analyzer';

const an = realAnalyzer();
const english = (text: string) => an.english(an.analyze(text, { noSummary: true }));
const line = (text: string) => english(text)[0]?.english ?? '';

describe('a clause that names no subject has the verb’s own pronoun', () => {
  test.each([
    ['خسر أمام المنافس في المباراة.', /^He lost /],
    ['لعبوا في الملعب أمس.', /^They played /],
    ['تلعب في الفريق منذ سنتين.', /^She plays /],
    ['نعمل في المصنع.', /^We work /],
  ])('%s', (arabic, en) => expect(line(arabic)).toMatch(en));

  test.each([
    // a subject after the verb or before it: no pronoun
    ['لعب اللاعب في الملعب.', /^The player played /],
    ['اللاعبون لعبوا في الملعب.', /^The players played /],
    // after "and" the subject is shared, and the one noun phrase after the verb is its object
    ['وصل الوزير إلى القاهرة والتقى الرئيس.', /^The minister arrived .* and met the president\.$/],
    ['خرج المتظاهرون إلى الشوارع ورفعوا الأعلام.', /^The demonstrators .* and raised the flags\.$/],
  ])('not when the subject is there: %s', (arabic, en) => expect(line(arabic)).toMatch(en));
});

test.each([
  ['كانت هناك احتجاجات في المدينة.', /^There were protests/],
  ['كان هناك اجتماع في المدينة.', /^There was a meeting/],
])('"there" agrees with the noun after it: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['زار كوفالتشيك القاهرة.', /^Kufaltshik visited Cairo\.$/],
  ['التقى الوزير بالسيد ماركوفيتشي في باريس.', /Markufitshi/],
])('a word the lexicon does not know is written out, not dropped: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test('a long sentence keeps its relative clause and its asides (the summary may shorten, the column does not)', () => {
  const text =
    'وقال الوزير إن الاجتماع الذي تقرر عقده بعد مشاورات طويلة بين الحكومة والمعارضة حول الميزانية والضرائب والرواتب والديون الخارجية والمساعدات الدولية، سيعقد في القاهرة يوم الخميس المقبل.';
  const en = line(text);
  expect(en).toMatch(/which .* consultations .* foreign debts .* will be held in Cairo next Thursday\.$/);
  expect(an.analyze(text).summary.points[0]!.text).not.toMatch(/debts/);
});

describe('honest about doubt', () => {
  test.each([
    ['زرقنطب الفلمسي كرنبوط شمطلاق في القاهرة يوم الاثنين.', [/^Keywords — /, /where: Cairo/, /when: Monday/]],
    ['وقال الوزير إن الزرقنطب الفلمسية كرنبطت الشمطلاق.', [/^Keywords — /, /what: say/, /about: minister/]],
  ])('a sentence the rules cannot read is a marked keyword rendering: %s', (arabic, ens) => {
    const [s] = english(arabic);
    expect(s!.kind).toBe('keywords');
    for (const en of ens) expect(s!.english).toMatch(en);
  });

  test.each(['زار الوزير القاهرة يوم الاثنين.', 'زار كوفالتشيك القاهرة يوم الاثنين.'])(
    'one that they can read is a sentence: %s',
    (arabic) => {
      const [s] = english(arabic);
      expect(s!.kind).toBe('sentence');
      expect(s!.english).not.toMatch(/Keywords/);
    },
  );

  test('the summary prefers points whose English is confident', () => {
    const text =
      'زرقنطب الفلمسي كرنبوط شمطلاق طرقنبوس فشلمقان في القاهرة.\n\nوقال الوزير إن الحكومة ستبني مدارس جديدة في القاهرة. وأضاف أن المدارس ستفتح العام المقبل.';
    const points = an.analyze(text).summary.points;
    expect(points[0]!.evidence[0]!.start).toBeGreaterThan(text.indexOf('\n'));
  });
});

test('every sentence of the text, in order and not overlapping, each with its English', () => {
  const text = 'زار الوزير القاهرة. وقال إن الزيارة مهمة!\n\nالرئيس في باريس';
  const out = english(text);
  expect(out.map((s) => text.slice(s.start, s.end))).toEqual(['زار الوزير القاهرة.', 'وقال إن الزيارة مهمة!', 'الرئيس في باريس']);
  for (const s of out) expect(s.english).not.toBe('');
});
