/** The offline English gist of single sentences: relative clauses, demonstratives, adjectives used as nouns. */
import { objectThroughBi } from '../../../../src/core/english';
import { realAnalyzer } from '../../helpers/analyzer';

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
  // a phrase that ends in a noun in the construct state governs the noun after it
  ['وثمن القائم بأعمال السفارة الأفغانية جهود الحكومة.', /chargé d'affaires of the Afghan embassy/],
  // a line with the UAE named once calls it so again, and رحّب بـ takes its object with no "with"
  ['وقالت دولة الإمارات في بيان إن الإمارات ترحب بالاتفاق.', /the United Arab Emirates welcomes the agreement/],
  // a clock time is the time, not "the hour": الساعة 9:30 صباحا, الساعة الثامنة مساء, في الساعة الحادية عشرة
  ['تحطمت الطائرة في حوالي الساعة ٩:٣٠ صباحاً.', /about 9:30 am/],
  ['وصل الوفد عند الساعة الثامنة مساء.', /at 8 pm/],
  ['يبدأ الاجتماع في الساعة الحادية عشرة صباحا.', /at 11 am/],
  ['وانتهى اللقاء في الساعة الثانية عشرة.', /at 12 o'clock/],
  // … and الساعة without a time after it stays the hour
  ['قضى الوفد الساعة الأخيرة في الفندق.', /the last hour/],
  // a passive's subject is the noun after it (تم + verbal noun), also through the noun's preposition
  ['تم اعتقال ثلاثة أشخاص في المدينة.', /3 people were arrested/],
  ['وتم الإعلان عن النتائج أمس.', /the results were announced/i],
  ['تم العثور على جثة في النهر.', /a body was found/i],
  // … but not through a preposition of company: مع stays "with"
  ['تم الاتفاق مع الحكومة على خطة.', /agreed with the government/],
  // a year's figure makes "year" redundant; a conjunction takes no "and" from its و
  ['ولد الكاتب في عام 1990 في القاهرة.', /in 1990 in Cairo/],
  ['وقال إنه سيعود، ولكن الحكومة رفضت.', /, but the government/],
  // a phrase of quantity counts the noun after it; نفس before a definite noun is "the same"
  ['زار العديد من الوزراء المدينة.', /many ministers visited the city/i],
  ['وصل الوفد الأمريكي إلى القاهرة في نفس اليوم.', /the same day/],
  // باستخدام "using"
  ['صنعت الشركة الأداة باستخدام طابعات حديثة.', /using modern printers/],
  // a verb that takes its object through على، عن، إلى (gov= in the lexicon) takes it directly in English; its verbal
  // noun takes it with "of", or directly when it reads as a verb
  ['وسيطر الجيش السوري على المدينة الشمالية أمس.', /the Syrian army controlled the northern city/i],
  ['وانضم اللاعب المصري إلى النادي الإنجليزي.', /the Egyptian player joined the English club/i],
  ['طالبت المنظمة بالإفراج عن الأسرى.', /the release of the prisoners/],
  ['وقال الوزير إن الحكومة حصلت عليها أمس.', /obtained it/],
  // لمدة "for" (a period), عن طريق "through"
  ['وبقي الوفد في المدينة لمدة ثلاثة أيام قبل العودة.', /for 3 days/],
  ['وصلت المساعدات عن طريق البحر إلى الميناء الجنوبي.', /through the sea/],
  // media is plural already
  ['أعلنت وسائل الإعلام المحلية عن الحادث.', /the local media announced/i],
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
    ['يذكر أن أكبر مصنع للسيارات يقع في مدينة طنجة.', /^It is worth noting that the largest factory .* is located in the city of Tangier/],
    // بلاده after a person subject is "his country", after a body "its country"; شؤون are affairs; حدود a border
    ['وقال الوزير إن بلاده ترفض التدخل في شؤونها الداخلية.', /his country rejects .* internal affairs/],
    ['وقالت الحكومة إن بلاده ترفض التدخل.', /its country rejects/],
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

  test('a dropped clause that held the only place gives it to "the same city"', () => {
    const g = gist(
      'وأعلنت الوزارة أن المعرض الذي افتتحه رئيس الوزراء بحضور عدد كبير من السفراء ورجال الأعمال والفنانين في مراكش الشهر الماضي، سيقام في المدينة نفسها العام المقبل.',
    );
    expect(g).toMatch(/the exhibition will be held in Marrakesh next year\.$/);
    expect(g).not.toMatch(/same city/);
  });

  test('a gist still too long keeps the name and loses the title before it', () => {
    const g = gist(
      'وكان نائب رئيس لجنة الشؤون الخارجية في البرلمان الفرنسي جان بيير دوبون قال إن أي محاولة للإضرار بمصالح الشركات الأوروبية في أفريقيا ستكون محفوفة بخسائر كبيرة.',
    );
    expect(g).toMatch(
      /^Jean Pierre \w+ said that any attempt to harm the interests of the European companies in Africa will be fraught with heavy losses\.$/,
    );
  });
});

describe('prepositions a word governs, and what a clause refers back to', () => {
  test.each([
    // محاولة من + who does it is "by"; ل + a verbal noun of purpose is "to"; أضر بـ takes its object without "with";
    // منطقة + a region is the region; محفوف بـ "fraught with"; خسائر فادحة "heavy losses"
    [
      'حذر المسؤول من أن أي محاولة من الأمم المتحدة للإضرار بأمن الدول في منطقة آسيا الوسطى ستكون محفوفة بخسائر فادحة.',
      /that any attempt by the United Nations to harm the security of the states in Central Asia will be fraught with heavy losses\.$/,
    ],
    // a country's allies are "Egypt's allies"
    ['ويهدد القرار أمن حلفاء مصر في المنطقة.', /threatens the security of Egypt's allies in the region/],
    // بالنسبة ل is just "for"
    ['وقالت الشركة إن الوضع تغير بالنسبة لها.', /the situation \w+ for it\.$/],
    // a verb right after an indefinite noun opens a relative clause; ل after a verb of speaking is "to"; a newspaper
    // stands before its name, with the adjective after the name before both
    [
      'وأعلن الجيش انسحابه وفق مصادر تحدثت لصحيفة "Le Monde" الفرنسية.',
      /according to sources who spoke to the French newspaper Le Monde\.$/,
    ],
    ['وقال الرئيس إيمانويل ماكرون إن بلاده تريد تعاونا يحفظ مصالح الشعبين.', /his country wants cooperation that preserves the interests/],
    // يقع على is "is located on", and يوقع على still "sign"
    ['وقال المدير إن المصنع يقع على الطريق السريع.', /the factory is located on the/],
    ['وقال الوزير إن الرئيس سيوقع على الاتفاق غدا.', /the president will sign the agreement/],
    // أجرى جولة is "hold a round", and the من of a round is "of"
    ['تجري الحكومة جولة جديدة من المفاوضات مع النقابات.', /^The government holds a new round of the negotiations/],
    // a main verb after a relative clause and a comma: its subject is the noun before the relative word
    ['وقال إن المؤتمر الذي حضره وزراء من عشرين دولة، ناقش أزمة المياه.', /the conference which .*, discussed the crisis of water\.$/],
  ])('%s', (arabic, english) => {
    expect(gist(arabic)).toMatch(english);
  });

  test.each([
    ['أَضَرَّ', true],
    ['أَطاحَ', true],
    // أتى بـ "bring" is one sense among several: the verb itself takes a plain object
    ['أَتَى', false],
    ['قالَ', false],
  ])('objectThroughBi(%s) is %s (gov=ب in the lexicon)', (lemma, expected) => {
    const entry = realAnalyzer().lexicon.entries.find((e) => e.lemma === lemma && e.pos === 'verb');
    expect(entry).toBeDefined();
    expect(objectThroughBi(entry)).toBe(expected);
  });
});
