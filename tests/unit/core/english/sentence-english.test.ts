/** The English beside each sentence (the bilingual column and the CLI's `sentences`): whole sentences, honest doubt. */
import { realAnalyzer } from '../../helpers/analyzer';

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
  ['نشرت الصحف 30 وثيقة.', /published 30 documents/],
  ['نشرت الصحف قرابة 10 ملايين وثيقة.', /published nearly 10 million documents/],
])('a counted noun after a number, with its scale or not, is plural: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

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

test.each([['هيمن الحزب على مجلس الشيوخ للمرة الأولى.', /the Senate for the first time\.$/]])(
  'a time word ends the name of a body (not "Council of Sheikhs for First Time"): %s',
  (arabic, en) => expect(line(arabic)).toMatch(en),
);

test.each([
  ['وهي ليست رائجة.', /^She is not popular\.$/],
  ['المشكلة ليست سهلة.', /^The problem is not easy\.$/],
])('ليست is "is not": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['كان ثاني منتزه وطني في العالم.', /the second national park/i],
  ['أصبح أول لاعب يحرز 60 هدفا.', /the first player/i],
  ['تأسست أول شركة إنتاج في المدينة.', /the first company/i],
  ['كان آخر رئيس للبلاد.', /the last president/i],
])('an ordinal before its noun is its own superlative (not "the earliest"): %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['وقعت الحادثة بالقرب من المدرسة.', /The incident happened near the school\.$/],
  ['يقع الفندق بالقرب من المطار.', /near the airport\.$/],
])('a phrase that is a preposition governs the noun after it: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['يريد الوزير أن يزور القاهرة.', /^The minister wants to visit Cairo\.$/],
  ['حاول اللاعب أن يسجل هدفا.', /^The player tried to score a goal\.$/],
  ['قررت الحكومة أن ترفع الأسعار.', /decided to raise the prices\.$/],
  // في + a verbal noun after a verb of beginning
  ['بدأ الجيش في الانسحاب من المدينة.', /^The army began to withdraw from the city\.$/],
  // a subject of its own makes it a "that" clause
  ['اقترح الوزير أن تستخدم الحكومة الأموال.', /proposed that the government use the funds\.$/],
])('أنْ before a verb is "to", and the verb after it bare: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['كان يوما حارا في المدينة.', /^It was a hot day in the city\.$/],
  ['كانت مباراة صعبة.', /^It was a difficult match\.$/],
  ['كان هناك اجتماع.', /^There was a meeting\.$/],
])('كان with no subject and an indefinite noun phrase: "it was": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['كان الطلاب يدرسون في المكتبة.', /^The students were studying in the library\.$/],
  ['كانت الحكومة تخطط لرفع الأسعار.', /^The government was planning to raise the prices\.$/],
  // not a verb of state, nor a verb in a relative clause after the subject
  ['كان داريوس يرى أن الفضل يعود للقائد.', /^Daryus saw that /],
  // كان قد + a past verb is the past perfect
  ['كان الوفد قد وصل إلى المدينة.', /had arrived/],
])('كان and a present verb say what was going on: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['وإذا فشلت المفاوضات، فإنه سيستقيل.', /^If the negotiations failed, he will resign\.$/],
  ['وبالتالي فإن الحكومة ستتحرك.', /^Consequently,? the government will move\.$/],
])('فإنّ only opens the main clause: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['تعلم اللاتينية التي هي مصدر اللغات الأوروبية.', /which is the source of the European languages\.$/],
  ['زار المدينة التي هي عاصمة البلاد.', /which is the capital of the country\.$/],
])('a pronoun after a relative word is "is": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['لا نعرف ما إذا كان الوزير سيحضر.', /know whether the minister will attend\.$/],
  ['تساءل الباحثون عما إذا كان البركان قد ثار.', /wondered whether the volcano /],
])('ما إذا كان opens a clause, "whether": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['لوكسمبورغ لديها تاريخ طويل.', /^Luxembourg has a long history\.$/],
  ['كان لديها جيش قوي.', /^It had a strong army\.$/],
  ['لدينا خطة جديدة.', /^We have a new plan\.$/],
])('لدى with a pronoun is "have": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['عاد الوفد بحلول عام 2030.', /returned by 2030\.$/],
  ['بحلول عام 1340 كان عدد سكان القاهرة كبيرا.', /^By 1340 /],
])('بحلول عام is "by" the year: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['وصل الوفد إلى القاهرة.', /^The delegation arrived in Cairo\.$/],
  ['وصل الرئيس إلى المطار أمس.', /arrived at the airport/],
  ['وصل عدد القتلى إلى 50.', /reached 50\.$/],
])('وصل إلى is "arrive in" a place, "at" anything else, and "reach" a figure: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['وصل الوفد في الساعة 11.', /arrived at 11\.$/],
  ['وصل الوفد في حوالي الساعة 11.', /arrived at about 11\.$/],
])('الساعة and an hour is the hour, "at" it: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['احتج ما يقرب من 200 شخص في لندن.', /^Nearly 200 people protested in London\.$/],
  ['شارك نحو 300 جندي في المناورات.', /^About 300 soldiers took part /],
])('a word of approximation and its figure are the subject after the verb: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['يتحدث أكثر من 5000 شخص اللغة.', /^More than 5,000 people speak the language\.$/],
  ['قتل أكثر من 20 شخصا في الهجوم.', /^More than 20 people /],
])('أكثر من heads the counted noun phrase after it: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['شارك ملايين الناخبين.', /^Millions of voters took part\.$/],
  ['أنفقت الحكومة مليارات الدولارات.', /spent billions of dollars\.$/],
  ['وصل مئات اللاجئين إلى الحدود.', /^Hundreds of refugees arrived /],
])('the plural of a number word counts the noun after it, with no article: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['زار الوزير المطاعم والفنادق.', /visited the restaurants and hotels\.$/],
  ['قال الوزير إن الحكومة والبرلمان اتفقا.', /the government and parliament agreed/],
  // two people stay two
  ['التقى الرئيس والوزير.', /the president and the minister/i],
])('a definite noun joined to a definite one shares its article: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['أطلقت الشركة الموقع الخاص بها.', /^The company launched its site\.$/],
  ['يجب أن يكون جواز السفر الخاص بك ساريا.', /^Your passport must be /],
])('الخاص بـ + a pronoun is a possessive: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['كان الحل سياسيا.', /^The solution was political\.$/],
  ['يجب أن يكون الحل سياسيا.', /^The solution must be political\.$/],
  ['لا بد أن يكون جواز السفر ساريا.', /^The passport must be /],
  ['لا بد أن تتحرك الحكومة.', /^The government must /],
])('what كان and a modal say of their subject: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['سافر الوفد بالسيارة إلى المدينة.', /traveled by car to the city/],
  ['وصل الوزير بالقطار أمس.', /by train/],
])('ب on a vehicle is "by", with no article: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['فاز الفريق في سباق لعام 2008.', /in a race in 2008\.$/],
  ['في عام 833 أصبحت المدينة عاصمة.', /^In 833 /],
  ['تأسست الشركة في 1912.', /in 1912\.$/],
  ['وصل الوفد في 2010 إلى القاهرة.', /arrived in 2010 /],
  // a day or a date is "on"
  ['وصل الوفد في 12 أكتوبر 2010.', /on 12 October 2010\.$/],
])('a year alone is "in": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

describe('the brackets and quotation marks of the Arabic stay in the English', () => {
  test.each([
    // a bracketed aside after the subject moves with it when the verb goes after the subject
    ['وصل الرئيس (72 عاما) إلى باريس.', /^The president \(72 years\) arrived /],
    // an acronym in brackets after its name has no article
    ['أعلنت منظمة الصحة العالمية (WHO) أن الوباء انتهى.', /^The World Health Organization \(WHO\) announced /],
    ['وقال الوزير: "الوضع صعب جدا".', /said, "the situation is very difficult"\.$/],
    ['وصف الوزير الاتفاق بأنه «خطوة تاريخية».', /"a historic step"\.$/],
  ])('%s', (arabic, en) => expect(line(arabic)).toMatch(en));

  test.each([
    // the verb before the quotation takes its first words as subject: no marks rather than misplaced ones
    'وأضاف "نحن مستعدون للحوار".',
    // a bracketed relative clause keeps its words in place; its marks pair up or go
    'تقع المدينة (التي يبلغ عدد سكانها مليون نسمة) في الشمال.',
  ])('never an unpaired mark: %s', (arabic) => {
    const en = line(arabic);
    expect(en.split('"').length % 2).toBe(1);
    expect(en.split('(').length).toBe(en.split(')').length);
    expect(en.indexOf('(')).toBeLessThanOrEqual(en.indexOf(')'));
  });
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

describe('a present verb right after an indefinite noun describes it', () => {
  test.each([
    ['أعلنت الحكومة خطة تهدف إلى خفض الأسعار.', /a plan that aims to/],
    ['رفع البنك المركزي الفائدة في خطوة تهدف إلى كبح التضخم.', /in a move that aims to curb inflation/],
    ['وافق البرلمان على مشاريع تستهدف الشباب.', /projects that target /],
  ])('%s', (arabic, en) => expect(line(arabic)).toMatch(en));

  test.each([
    // the noun opens the clause: it is the subject
    ['الحكومة تهدف إلى خفض الأسعار.', /^The government aims to/],
    // a date is never described
    ['يبدأ الموسم الأسبوع المقبل.', /^The season will begin next week\.$/],
  ])('not when %s', (arabic, en) => expect(line(arabic)).toMatch(en));
});

test.each([
  ['زار الوزير المدارس التي تقع في الشمال.', /schools which are located in the north/],
  ['قال إن المصنع يقع في الشمال.', /the factory is located in the north/],
  ['كانت المصانع تقع في الشمال.', /the factories were located in the north/i],
])('"be located" agrees with its subject: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

describe('modals: يمكن / يجب (أن) and قد', () => {
  test.each([
    ['يمكن أن تصل الأسعار إلى مستويات قياسية.', /^The prices can /],
    ['يمكنها تصنيف الخلايا حسب النوع.', /^It can classify the cells/],
    ['يجب على الحكومة أن تتحرك بسرعة.', /^The government must move/],
    // the subject as the pronoun on على (عليهم "they"), the verbal noun after it the verb
    ['يجب عليهم احترام القانون.', /^They must respect the law\.$/],
    ['يجب علينا أن نغادر البلاد.', /^We must leave the country\.$/],
    ['لا يمكن للطلاب دخول المبنى.', /^The students cannot enter the building\.$/],
    ['قد وصل الوزير إلى القاهرة.', /^The minister has arrived /],
    ['قد يؤدي هذا إلى الكشف المبكر.', /^This may lead to /],
    ['كان الوزير قد وصل إلى القاهرة.', /^The minister had arrived /],
  ])('%s', (arabic, en) => expect(line(arabic)).toMatch(en));

  test.each([
    // يمكن with nothing to carry it stays a verb; a past verb without قد is a plain past
    ['وصل الوزير إلى القاهرة.', /^The minister arrived /],
    ['الحل ممكن.', /^(?!.*can)/],
  ])('not when %s', (arabic, en) => expect(line(arabic)).toMatch(en));
});

test.each([
  ['لا يمكن أن نقبل هذا القرار.', /^We cannot accept this decision\.$/],
  ['رفعوا الأعلام في الساحة.', /^They raised the flags/],
  ['رفع المتظاهرون الأعلام في الساحة.', /^The demonstrators raised the flags/],
])('a verb that says "they" or "we" has its own subject, and the noun after it is its object: %s', (arabic, en) =>
  expect(line(arabic)).toMatch(en),
);

describe('a verbless clause gets its "is"', () => {
  test.each([
    ['الحل ممكن.', /^The solution is possible\.$/],
    ['الطرق مغلقة.', /^The roads are closed\.$/],
    ['الوضع في المدينة صعب.', /^The situation in the city is difficult\.$/],
    ['وثائق بنما هو مصطلح شامل.', /Panama is a comprehensive term\.$/],
  ])('%s', (arabic, en) => expect(line(arabic)).toMatch(en));

  test.each([
    // an adjective that agrees in definiteness is an attribute
    ['زار الوزير المدينة القديمة.', /^The minister visited the old city\.$/],
    ['أعلنت الحكومة خطة جديدة.', /^The government announced a new plan\.$/],
    // after a bare preposition the adjective is its object
    ['تأهل الفريق إلى نهائي البطولة.', /^(?!.* is )/],
    // a clause with a verb needs no "is"
    ['وجد الفريق الحل ممكنا.', /^(?!.* is )/],
  ])('not when %s', (arabic, en) => expect(line(arabic)).toMatch(en));
});

describe('negation of "be" is never dropped', () => {
  test.each([
    ['الوضع ليس سهلا.', /^The situation is not easy\.$/],
    ['ليس هناك حل.', /^There is not a solution\.$/],
    ['لم يكن الوزير في القاهرة.', /^The minister was not in Cairo\.$/],
    ['لن يكون الاجتماع سهلا.', /^The meeting will not be easy\.$/],
  ])('%s', (arabic, en) => expect(line(arabic)).toMatch(en));

  test('without negation it stays "was"', () => expect(line('كان الوزير في القاهرة.')).toMatch(/^The minister was in Cairo\.$/));
});

test.each([
  ['وصل في الساعة ٩:٣٠ صباحا.', /9:30/],
  ['سجل الفريق ۳ أهداف.', /\b3\b/],
])('Arabic-Indic digits are written as English digits: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

describe('a noun written in the accusative after a verb is its object, never its subject', () => {
  test.each([
    ['سجل اللاعب هدفاً في المباراة ثم أضاف هدفاً ثانياً.', /then added a second goal\.$/],
    ['تتعاون الدول لتخلق ظروفاً أفضل.', /cooperate to create better /],
    ['جاء الوزير ليقدم تقريراً عن الوضع.', /came to present a report /],
  ])('%s', (arabic, en) => expect(line(arabic)).toMatch(en));

  // a noun without the written ending after the verb is still read as its subject
  test.each([['زار الوزير المستشفى.', /^The minister visited the hospital\.$/]])('and otherwise: %s', (arabic, en) =>
    expect(line(arabic)).toMatch(en),
  );
});

test.each([
  ['مات الفنان في القاهرة يوم الثلاثاء.', /in Cairo on Tuesday\.$/],
  ['وقع الطرفان الاتفاق 16 يونيو في جنيف.', / on 16 June in Geneva\.$/],
])('a day or a date without a preposition is "on" it: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['ولد عام 1950 في القاهرة.', /^He was born in 1950 in Cairo\.$/],
  ['وصل الوفد يونيو 2020.', /arrived in June 2020\.$/],
])('a year or a month without a preposition is "in" it: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['عاد الباحث بعد عامين.', /after two years\.$/],
  ['زار الوزير المدينتين.', /visited the two cities\.$/],
])('a noun in the dual is "two": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

describe('a name whose English already says what the noun before it says is the name alone', () => {
  test.each([
    ['عاد الباحث إلى جامعة ستانفورد.', /to Stanford University\.$/],
    ['زار الوزير جامعة القاهرة أمس.', /visited Cairo University yesterday\.$/],
  ])('%s', (arabic, en) => expect(line(arabic)).toMatch(en));
  // a part of a place is not the place (the west of the West Bank)
  test.each([['انتشرت القوات في غرب الضفة الغربية.', /the west of the West Bank/]])('not %s', (arabic, en) =>
    expect(line(arabic)).toMatch(en),
  );
});

describe('a manner phrase of the list is an adverb, and a clitic the list writes in it says nothing of its own', () => {
  test.each([
    ['ارتفعت الأسعار بشكل كبير.', /^The prices rose greatly\.$/],
    ['انتشر المرض على نطاق واسع.', /spread widely\.$/],
  ])('%s', (arabic, en) => expect(line(arabic)).toMatch(en));
});

test.each([
  ['هو مستعد للحوار.', /^He is ready /],
  ['نحن مستعدون للحوار.', /^We are ready /],
  ['أنا سعيد بالنتيجة.', /^I am happy /],
  ['قال إنه مستعد للحوار.', /^He said that he is ready /],
])('a pronoun and an adjective said of it take "is": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['غادر قبل ساعة.', /^He left an hour ago\.$/],
  ['بدأت الحرب قبل عشر سنوات.', /^The war began 10 years ago\.$/],
  ['لم يزر المدينة منذ عامين.', / for two years\.$/],
])('a span of time after قبل is "ago", after منذ "for": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['زار الوزير ثلاث مدن.', /visited three cities\.$/],
  ['انضم إلى النادي قبل ثلاثة مواسم.', /three seasons ago\.$/],
])('a number word counts the plural after it: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  // the list's رفع الدعم is "lifting subsidies", the verbal noun; رفعت is the verb
  ['رفعت الحكومة الدعم عن الوقود.', 'رفعت الدعم عن الوقود.'],
])('a phrase the list means as a noun does not read a verb: %s', (_, arabic) => {
  expect(line(arabic)).not.toMatch(/lifting subsidies|subsidy cuts/);
  expect(line('نقل إلى المستشفى بعد الحادث.')).toMatch(/took to hospital/);
});

test.each([
  ['وقع الحادث بمدينة طنجة.', /happened in the city of Tangier\.$/],
  ['أعلن علماء بجامعة ستانفورد عن اختراع.', / at Stanford University /],
])('ب on a place is "in" and on an institution "at": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['تم اعتقال المشتبه من قبل الشرطة.', /by the police\.$/],
  ['لم يحدث هذا من قبل.', /did not happen previously\.$/],
])('من قبل is "by" before a noun and "previously" with none: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['ارتفعت الأسعار بنسبة 10 في المئة.', /rose by 10%\.$/],
  ['تراجعت المبيعات بنسبة كبيرة.', /declined significantly\.$/],
])('بنسبة is "by" a figure: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['لا يمكن قبول هذا القرار.', /^This decision cannot be accepted\.$/],
  ['يمكن تصنيعها بسهولة.', /^It can be manufactured easily\.$/],
  ['يجب اتخاذ إجراءات عاجلة.', /^Urgent measures must be taken\.$/],
])('يمكن / يجب + a verbal noun with no subject is a passive: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test('a modal and a verbal noun with a subject stay active (يمكنها تصنيف الخلايا)', () => {
  expect(line('يمكنها تصنيف الخلايا.')).toMatch(/^It can classify the cells\.$/);
});

test.each([
  ['من المتوقع أن تستمر الأزمة.', /^The crisis is expected to continue\.$/],
  ['كان من المتوقع أن تستمر الأزمة.', /^The crisis was expected to continue\.$/],
  // with no subject after its verb it stays "it is expected that"
  ['من المتوقع أن ترتفع بشكل كبير.', /^It is expected that /],
])('من المتوقع أن opens a clause, in the past after كان: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['اللغة غنية للغاية.', /^The language is extremely rich\.$/],
  ['أنا سعيد جدا.', /^I am very happy\.$/],
  ['هذا صحيح تماما.', /is completely correct\.$/],
])('a word of degree goes before the adjective it grades: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test('a word of degree after an adjective in a noun phrase goes before it (عدد كبير جدا "a very large number")', () => {
  expect(line('حضر عدد كبير جدا من الناس.')).toMatch(/^A very large number /);
});

test.each([
  ['هذه مشكلة خطيرة.', /^This is a serious problem\.$/],
  ['قال إن هذا قرار مهم.', /that this is an important decision\.$/],
])('a demonstrative standing alone before a noun phrase takes "is": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['زار الوزير باريس وروما وبرلين.', /visited Paris, Rome and Berlin\.$/],
  ['تمتد العاصفة إلى كاليفورنيا، وأوريغون، ونيفادا ويوتا.', /to California, Oregon, Nevada and Utah\.$/],
  // two items stay "X and Y"
  ['زار الوزير باريس وروما.', /visited Paris and Rome\.$/],
])('a list of three or more joins only its last item with "and": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['وتستند اللعبة إلى معركة الفلوجة الثانية، والتي كانت معركة شرسة.', /Fallujah, which was a fierce battle\.$/],
  ['زار الوزير المدينة، والتي تقع في الشمال.', /the city, which /],
])('a relative word after a comma takes no "and": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['شارك كثير من الناس في الاحتفال.', /^Many of the people took part /],
  ['هذا نوع من السياحة.', /a type of tourism\.$/],
  ['يتكون الفريق من عشرة لاعبين.', /consists of ten players\.$/],
  ['بعض من الأعضاء غابوا.', /^Some of the members were /],
  ['أنا متأكد من ذلك.', /sure of /],
])('من after a word of quantity or kind is "of", and the two are one noun phrase: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['القاهرة أكبر مدينة في أفريقيا.', /^Cairo is the largest city in Africa\.$/],
  ['وهو واحد من أهم اللاعبين في العالم.', /one of the most important players/],
  ['كان أسوأ يوم في حياتي.', /worst day/],
])('an elative before a noun is a superlative: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['مصر، أكبر دولة عربية، تستضيف القمة.', /^Egypt, the largest Arab state, hosts the summit\.$/],
  ['الوزير، رئيس الوفد، يزور القاهرة.', /^The minister, .*, visits Cairo\.$/],
])('a noun phrase between commas after the subject is an apposition: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['تعيش في المدينة أكثر من 5000 عائلة.', /^More than 5,000 families live in the city\.$/],
  ['يمر عبر باب المندب نحو 12% من التجارة العالمية.', /^About 12% of global trade passes /],
  // after "and" the verb shares the subject before it, and what follows the phrase is its object
  ['وصل الوزير إلى القاهرة وزار في المساء المتحف.', /^The minister arrived in Cairo and visited /],
])('a subject after the verb’s prepositional phrase: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['القاهرة مدينة كبيرة.', /^Cairo is a large city\.$/],
  ['الغلاف الجوي نظام معقد.', /^The atmosphere is a complicated system\.$/],
  ['هذا الرجل طبيب ماهر.', /^This man is a skilled doctor\.$/],
  // a clause with a verb has no "is"
  ['زار الوزير مدينة كبيرة.', /^The minister visited a large city\.$/],
])('a definite noun phrase and an indefinite one make a nominal sentence: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['ارتفع التضخم إلى 35%، وهو أعلى مستوى منذ سنوات.', /, and (he|it) is the highest level /],
  ['وصل الوزير وهو سعيد.', /^The minister arrived and he is happy\.$/],
])('a pronoun after و opens a clause of its own: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['قضى الزوار وقتهم في مكان آخر.', /in another place\.$/],
  ['قال مسؤول آخر إن الوضع صعب.', /^Another official said /],
  ['رفض الطرف الآخر الاقتراح.', /^The other side rejected /],
  ['وصلت آخر الأخبار.', /the last news/i],
])('آخر after a noun is "other", before one "last": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['هناك أسباب أخرى.', /^There are other reasons\.$/],
  ['هناك حل واحد.', /^There is one solution\.$/],
])('هناك with a noun and no verb is "there is/are": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['قرر الوزير الاستقالة.', /^The minister decided to resign\.$/],
  ['أراد المتحدث التعليق.', /^The spokesman wanted to comment\.$/],
  ['حاولت الشرطة السيطرة على الوضع.', /^The police tried to control the situation\.$/],
  ['قررت المحكمة تأجيل القضية.', /decided to postpone /],
  // a thing named by a verbal noun stays a noun, and a verbal noun right after استمر is its subject
  ['رفض الوزير الاقتراح.', /^The minister rejected the proposal\.$/],
  ['استمر تدفق اللاجئين.', /^The flow of the refugees continued\.$/],
])('a verb that takes another verb gives its verbal noun as "to" + verb: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([['ينبغي على الزوار أن يحجزوا مسبقا.', /^The visitors should /]])('ينبغي is "should": %s', (arabic, en) =>
  expect(line(arabic)).toMatch(en),
);

test.each([
  ['إنها مدينة جميلة.', /^It is a beautiful city\.$/],
  ['إن الوضع صعب جدا.', /^The situation is very difficult\.$/],
  ['قال إنه مستعد.', /^He said that he is ready\.$/],
  ['هبت الرياح بالفعل.', /already\.$/],
])('إنّ opening a sentence only stresses it: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['توجد في المدينة حدائق كثيرة.', /^There are many gardens in the city\.$/],
  ['لا يوجد دليل على ذلك.', /^There is no evidence /],
  ['يوجد حل واحد للأزمة.', /^There is one solution /],
  // a definite subject stays the subject
  ['يوجد الفندق في وسط المدينة.', /^The hotel is /],
])('يوجد with its subject after it is "there is": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['زار دولا مثل الصين والبرازيل.', /states such as China and Brazil\.$/],
  ['تنتشر الأمراض، مثل الملاريا.', /, such as malaria\.$/],
  ['يعمل مثل الآلة.', /like the machine\.$/],
])('مثل giving examples is "such as", in a comparison "like": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['من الصعب العثور على عمل.', /^It is difficult to find work\.$/],
  ['من الضروري حماية البيئة.', /^It is necessary to protect the environment\.$/],
  ['وقال إن من الصعب العثور على عمل.', /that it is difficult to find work\.$/],
  ['من غير الملائم استخدام الاسم الأول.', /^It is not suitable to use /],
  ['جاء من جديد.', /^He came again\.$/],
])('من + a definite adjective opening a clause is "it is …": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['زار الوفد القصر وهو المقر الرسمي للرئيس.', /and (he|it) is the official /],
  ['هو الرئيس الجديد.', /^He is the new president\.$/],
])('a pronoun opening a verbless clause, then a noun phrase: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['قتل ثلاثة أشخاص في الهجوم.', /^3 people were killed in the attack\.$/],
  ['اعتقل خمسة متظاهرين أمس.', /^Five demonstrators were arrested yesterday\.$/],
  ['عقد اجتماع في جنيف.', /^A meeting was held in Geneva\.$/],
  ['أطلق صاروخ من غزة.', /^A missile was launched from Gaza\.$/],
  // with an object, a verb of no passive, or a definite subject it stays active
  ['أصدرت سفارة في نيروبي تحذيرا.', /^An embassy issued /],
  ['وصل وفد إلى القاهرة.', /^A delegation arrived in Cairo\.$/],
  ['شارك وفد في المؤتمر.', /^A delegation took part in the conference\.$/],
  ['قال مسؤول إن الوضع صعب.', /^An official said /],
])('a verb with an indefinite subject and no object is a passive: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['بالطبع هذا صعب.', /^Of course this is difficult\.$/],
  ['جلس بجانب الرئيس.', /beside the president\.$/],
  ['بحلول نهاية اليوم، وصل الوفد.', /^By the end of the day/],
])('a word written with its ب that the lexicon knows whole is that word, not ب + a noun: %s', (arabic, en) =>
  expect(line(arabic)).toMatch(en),
);

test.each([
  ['أمس وصل الوزير.', /^Yesterday the minister arrived\.$/],
  ['الأسبوع الماضي أعلنت الحكومة خطة جديدة.', /^Last week the government announced a new plan\.$/],
])('a date before the verb is not its subject: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['في 10 نيسان من عام 1896 تلقى هرتزل زيارة.', /^On 10 April 1896 Herzl received a visit\.$/],
  ['في مارس من العام الماضي وصل الوزير.', /^In March last year the minister arrived\.$/],
  ['في يناير بدأت الأزمة.', /^In January the crisis began\.$/],
])('a month and من + its year are one date, and a month opens no relative clause: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['الاعتقال الذي حدث اليوم.', /which happened today\.$/],
  ['وصل الوزير اليوم إلى القاهرة.', /arrived today /],
  ['في اليوم التالي وصل الوزير.', /^The next day /],
])('اليوم alone is "today": %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['من المقرر أن يعقد الوزراء اجتماعهم المقبل في الرياض.', /^The ministers are scheduled to hold their next meeting in Riyadh\.$/],
  ['من المتوقع أن يصل الوزير غدا.', /^The minister is expected to arrive tomorrow\.$/],
  ['يريد الوزير أن يزور القاهرة غدا.', /^The minister wants to visit Cairo tomorrow\.$/],
  ['يتوقع البنك أن يبلغ النمو 3% العام المقبل.', /expects that growth will reach /],
])('what is planned or expected of a verb’s subject: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['باعت الشركة سيارات أكثر من ألمانيا.', /sold more cars than Germany\.$/],
  ['قتل أكثر من 20 شخصا في الهجوم.', /^More than 20 people were killed in the attack\.$/],
])('a comparison of quantity: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test('ب + the article + a noun with bial= senses is an adverb, split as written: بالفعل', () => {
  const a = an.analyze('هبت الرياح بالفعل.', { noSummary: true });
  const top = a.tokens.find((t) => t.text === 'بالفعل')!.analyses[0]!;
  expect(top.pos).toBe('adv');
  expect(top.segments.map((s) => s.role)).toEqual(['proclitic', 'article', 'stem']);
  expect(top.gloss[0]).toBe('already');
  expect(line('هبت الرياح بالفعل.')).toMatch(/already\.$/);
});

test.each([
  ['تنتشر في المناطق التي يحتل فيها سكايب مكانة قوية.', /the regions where Sakayb occupies /],
  ['يعيش الرئيس في المدينة التي ولد فيها.', /the city where he was born\.$/],
])('the pronoun on a preposition in a relative clause stands for its noun: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['زار المدينة أمس.', /^He visited the city yesterday\.$/],
  ['زار الوزير المدينة.', /^The minister visited the city\.$/],
  ['أصدر بيانا حول الأزمة.', /^He issued a statement about the crisis\.$/],
  ['أصدرت الحكومة بيانا حول الأزمة.', /^The government issued a statement /],
])('a feminine noun after a masculine verb is its object, not its subject: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test('a pronoun on the preposition a verb takes its object through is that object, not a place: التي يقوم بها', () =>
  expect(line('استمرت المسيرات التي يقوم بها البدو لمدة 17 يوما.')).not.toMatch(/with which/));

test.each([
  ['مع ذلك، ثمة اختلافات كبيرة في القوانين.', /there are large differences/],
  ['كان الفيلم من إخراج يانيس.', /directed by Yannis/],
  ['وصل جوزيف دارناند، الذي كان ضابطا.', /Darnand arrived, who was an officer\.$/],
])('ثمة with a plural, credits of a film, "who" after a name and a comma: %s', (arabic, en) => expect(line(arabic)).toMatch(en));

test.each([
  ['جوزيف دارناند، الذي أصبح ضابطا، أعدم في عام 1945.', /, who became an officer, /],
  ['كان الوزير قد وصل.', /^The minister had arrived\.$/],
])('كان and its sisters wait only for a verb of their own clause: %s', (arabic, en) => expect(line(arabic)).toMatch(en));
