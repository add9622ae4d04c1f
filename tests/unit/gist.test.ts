/** The offline English gist of single sentences: relative clauses, demonstratives, adjectives used as nouns. */
import { realAnalyzer } from './analyzer';

const an = realAnalyzer();
const gist = (text: string) => an.analyze(text).summary.points[0]?.text ?? '';

test.each([
  // after الذي the verb's subject is the noun before it, and the name after it is its object
  ['وسيرأس السفير جون سميث الوفد الذي سيضم بوني جينكينس.', /delegation which will include Bonnie Jenkins/],
  // هذا + a definite noun is "this …", not "this the …"
  ['وأضافت الوزارة أنها تسعى من خلال هذا الحوار إلى السلام.', /through this dialogue/],
  // a definite plural nationality standing alone names its people
  ['تلقت واشنطن عرضا من الروس.', /from the Russians/],
  // a figure that takes the conjunction with it keeps "and"
  ['ساهمت المملكة بثلاث سفن وألفي جندي.', /and 2,000 soldiers/],
])('%s', (arabic, english) => {
  expect(gist(arabic)).toMatch(english);
});

describe('English word order, articles and idiom', () => {
  test.each([
    // two nisbas joined by a dash are one adjective; a nationality stands next to its noun
    ['وقعت الحكومتان اتفاقية «سعودية - مصرية» جديدة.', /a new Saudi–Egyptian agreement/],
    // the subject between a light verb and its noun does not stop the pair: تجري … مشاورات is "hold consultations"
    ['تجري فرنسا وألمانيا مشاورات مكثفة الشهر المقبل.', /^France and Germany will hold intensive consultations next month/],
    ['عقد الوزراء العرب اجتماعا طارئا في الرياض.', /held an emergency meeting in Riyadh/],
    // names English writes with "the", and "a/an" before an indefinite singular count noun
    ['انتقدت حركة طالبان وزارة الخارجية الأمريكية.', /^The Taliban criticized the US State Department/],
    ['قدمت الحكومة عرضا جديدا للنقابات.', /presented a new offer/],
    [
      'وأعلنت الأمم المتحدة أن الولايات المتحدة ستقدم مساعدات إنسانية لليمن.',
      /^The United Nations .* that the United States will provide humanitarian aid/,
    ],
    // a construct's first noun never has the article: الرئيس المستشفى is subject and object
    ['افتتح الرئيس المستشفى الجديد.', /^The president opened the new hospital/],
    // a verbal noun after a verb of aiming is an infinitive, and أرسى أسس is "lay the foundations"
    ['تسعى الحكومة إلى إرساء أسس لإصلاحات اقتصادية.', /seeks to lay the foundations for economic reforms/],
    // a relative clause whose pronoun sits on a noun: "whose construction was agreed"
    ['افتتح الوزير المستشفى الذي تم الاتفاق على بنائه العام الماضي.', /the hospital whose construction was agreed last year/],
    // يذكر أن opens the sentence; أكبر before an indefinite noun is a superlative; يقع في "is located in"
    ['يذكر أن أكبر مصنع للسيارات يقع في مدينة طنجة.', /^It is worth noting that the biggest factory .* is located in the city of Tangier/],
    // بلاده is "its country"; شؤون are affairs; حدود a border; على بعد a distance
    ['وقال الوزير إن بلاده ترفض التدخل في شؤونها الداخلية.', /its country rejects .* internal affairs/],
    ['تقع البلدة على بعد 20 كيلومترا من الحدود السورية.', /at a distance of 20 km from the Syrian border\./],
    // a describing adjective before a classifying nisba; a verbal noun with an adjective stays a noun
    ['أعلنت الحكومة خطة اقتصادية جديدة.', /announced a new economic plan/],
    ['وقال الوزير إن بلاده تسعى إلى إرساء أسس لتعاون إقليمي.', /seeks to lay the foundations for regional cooperation\./],
    // في العام المقبل is "next year"; a phrase definite by its last word keeps "the" on a count noun
    [
      'ويتوقع البنك الدولي أن يبلغ معدل النمو 3% في العام المقبل.',
      /^The World Bank expects that the growth rate will reach 3% next year\./,
    ],
    // a counted noun after a number is plural
    ['سرق اللصوص نحو 30 سيارة من المعرض.', /about 30 cars from/],
    // أكثر + an accusative noun is "more" + the adjective of its root
    ['جعل القرار الوضع السياسي أكثر غموضا.', /the political situation more vague/],
    // an event that "holds" nothing "is held"; a present verb with a date ahead is a future
    ['وقال الوزير إن الاجتماع سيعقد في القاهرة.', /the meeting will be held in Cairo/],
    // after a verb of proposing, the verb of its "that" clause is bare
    ['واقترح الوزير أن تستخدم الحكومة الأموال لبناء مدارس.', /proposed that the government use/],
  ])('%s', (arabic, english) => {
    expect(gist(arabic)).toMatch(english);
  });

  test('a verbal noun joined to another one by و reads as a noun, not a verb, and talks are "on" a subject', () => {
    const { summary } = an.analyze(
      'مباحثات «تركية - يونانية» لتسوية النزاع وخفض المخاطر\n\nقال الوزير إن المباحثات ستبدأ غدا في أنقرة. وأضاف أن الجانبين يريدان السلام. وأكد أن الحوار مهم.',
    );
    expect(summary.headline).toMatch(/^Turkish–Greek talks on the settlement of the dispute and risk reduction$/);
  });

  test('a long sentence loses its relative clause, not its place and date', () => {
    const text =
      'وقال الوزير إن الاجتماع الذي تقرر عقده بعد مشاورات طويلة بين الحكومة والمعارضة حول الميزانية والضرائب والرواتب والديون الخارجية والمساعدات الدولية، سيعقد في القاهرة يوم الخميس المقبل.';
    const g = gist(text);
    expect(g).toMatch(/the meeting will be held in Cairo next Thursday\.$/);
    expect(g).not.toMatch(/which|…/);
  });
});
