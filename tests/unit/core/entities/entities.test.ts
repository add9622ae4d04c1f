/** Entities of the bundled sample article (written by the team), and the rules on small sentences. */
import { Gazetteer } from '../../../../src/core/lexicon';
import type { GazetteerRow } from '../../../../src/core/lexicon';
import { looseKey } from '../../../../src/core/text';
import { realAnalyzer, SAMPLE } from '../../helpers/analyzer';

const an = realAnalyzer();
const entitiesOf = (s: string) => an.analyze(s).entities.map((e) => `${e.type}:${e.english}${e.role ? ` (${e.role})` : ''}`);

describe('the sample article', () => {
  const a = an.analyze(SAMPLE);
  const find = (english: string) => a.entities.find((e) => e.english === english);
  test.each([
    ['PERSON', 'Ahmed Aboul Gheit'],
    ['PERSON', 'Faisal bin Farhan'],
    ['LOCATION', 'Cairo'],
    ['LOCATION', 'Red Sea'],
    ['LOCATION', 'Suez Canal'],
    ['LOCATION', 'Riyadh'],
    ['ORGANIZATION', 'Arab League'],
    ['ORGANIZATION', 'United Nations'],
    ['ORGANIZATION', 'European Union'],
    ['ORGANIZATION', 'World Bank'],
  ])('%s %s', (type, english) => {
    expect(find(english)?.type).toBe(type);
  });

  test('roles come from the titles in the text', () => {
    expect(find('Faisal bin Farhan')?.role).toBe('Saudi Foreign Minister');
  });

  test('dates and figures in English', () => {
    const en = a.entities.filter((e) => e.type === 'DATE' || e.type === 'NUMBER').map((e) => e.english);
    expect(en).toEqual(expect.arrayContaining(['Sunday 12 October 2025', '40%', '6 billion dollars']));
  });

  test('every entity text is its slice of the article', () => {
    for (const e of a.entities) expect(SAMPLE.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('recognition rules', () => {
  test.each([
    ['وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة.', 'PERSON:Sergei Lavrov (Russian Foreign Minister)'],
    ['وأكد الرئيس الأمريكي جو بايدن ذلك.', 'PERSON:Joe Biden (US President)'],
    ['وقال بيوتر كوزنتسوف للصحفيين إن الوضع هادئ.', 'PERSON:Pyotr Kuzntsov'],
    ['وحذرت روسيا حركة طالبان من أي هجوم.', 'ORGANIZATION:Taliban'],
    ['ويبلغ قوامها ستة آلاف جندي.', 'NUMBER:6,000 soldiers'],
    ['على بعد حوالي 500 ميل من الحدود.', 'NUMBER:500 miles'],
    ['ستعقد القمة يوم الأربعاء المقبل.', 'DATE:next Wednesday'],
    ['وسافر إلى طاجكستان وقرغيزستان.', 'LOCATION:Tajikistan'],
  ])('%s → %s', (text, expected) => {
    expect(entitiesOf(text)).toContain(expected);
  });

  test('a short headline is Arabic too: its names are found (under twenty letters)', () => {
    expect(entitiesOf('بوتين يزور الصين')).toEqual(['PERSON:Putin', 'LOCATION:China']);
  });

  test('common words are not names', () => {
    expect(entitiesOf('وكتب على ورقة كبيرة أمام المنزل في الربع الثاني.')).toEqual([]);
  });

  test('a surname alone later in the text is the same person', () => {
    const a = an.analyze('قال سيرغي لافروف إن المحادثات مهمة. وأضاف لافروف أن موسكو مستعدة.');
    const people = a.entities.filter((e) => e.type === 'PERSON');
    expect(people).toHaveLength(2);
    expect(people[0]!.group).toBe(people[1]!.group);
  });

  test('one sense per text: a name given clearly once makes its ambiguous short form a name later on', () => {
    const named = an.analyze('وفاز فريق الهلال السعودي على النصر. وسيلعب الهلال مباراته المقبلة يوم الجمعة.');
    expect(named.entities.filter((e) => e.english === 'Al-Hilal').map((e) => e.text)).toEqual(['الهلال السعودي', 'الهلال']);
    // with nothing to establish it, the bare word stays the crescent
    expect(entitiesOf('وظهر الهلال في السماء مساء أمس.')).toEqual(['DATE:yesterday']);
  });

  test('a surname that is also a common word needs the full name in the text (ترأس "chaired" is not Liz Truss)', () => {
    expect(entitiesOf('من جهة أخرى ترأس عباس اجتماعا طارئا.')).toEqual(['PERSON:Abbas']);
    const named = an.analyze('وقالت ليز تراس إن الحكومة مستعدة. وأضافت تراس أن الاتفاق مهم.');
    expect(named.entities.map((e) => e.english)).toEqual(['Liz Truss', 'Liz Truss']);
  });

  test('a word written with a hamza on its seat is not a name spelled without one (فوجئ "was surprised" is not فوجي)', () => {
    expect(entitiesOf('فوجئ السائق بقطار متوقف قرب جبل فوجي.')).toEqual(['LOCATION:Mount Fuji']);
  });

  test('a name that news nearly always means (ambiguous=no) is the name on its own: الإمارات is the UAE', () => {
    expect(entitiesOf('وأكدت الإمارات دعمها للاتفاق.')).toEqual(['LOCATION:United Arab Emirates']);
  });
});

describe('where names start and end', () => {
  const spansOf = (s: string) => an.analyze(s).entities.map((e) => `${e.type}:${e.text}`);

  test.each([
    // a word before بن and the word after it are name words even when the lexicon knows them
    ['وصل عمرو بن ود إلى المدينة ظهرا.', 'PERSON:عمرو بن ود'],
    ['وكتب المؤرخ عن سهل بن حنيف كثيرا.', 'PERSON:سهل بن حنيف'],
    // a name does not stop on its particle, nor after four words when particles lengthen it
    ['وأرسل محمد بن عبد الكريم الخطابي رسالة.', 'PERSON:محمد بن عبد الكريم الخطابي'],
    // a describing trigger (newspaper, company, team) is not part of the name; a trailing nationality neither
    ['وذكرت صحيفة التايمز أمس أن الاتفاق قريب.', 'ORGANIZATION:التايمز'],
    ['ووقعت شركة نوكيا الفنلندية العقد.', 'ORGANIZATION:نوكيا'],
    ['وتعاقدت شركة بلومارين الهندية مع الحكومة.', 'ORGANIZATION:بلومارين'],
    // a national team is named by its country, which stays a place
    ['وفاز منتخب البرازيل على الأرجنتين في المباراة.', 'LOCATION:البرازيل'],
    // in a match report a city with a well-known club is the club
    ['وسجل المهاجم هدفين في مباراة الدوري وأنقذ برشلونة من الهزيمة.', 'ORGANIZATION:برشلونة'],
    // a name ends before a preposition, even على (also the name علي) unless a family name follows it
    ['وشدد كوبلر على أهمية المباراة.', 'PERSON:كوبلر'],
    ['وحضر سامي محمد علي الكبيسي الحفل.', 'PERSON:سامي محمد علي الكبيسي'],
    ['وقال ماسيلو على هامش المؤتمر إن الحل قريب.', 'PERSON:ماسيلو'],
    // after أبو the next word is a name even when it is also a word
    ['وفي المساء خرج أبو بكر إلى السوق مع أولاده.', 'PERSON:أبو بكر'],
    // a first name that is also a word is the speaker between a verb of saying and "that"
    ['وفي ختام اللقاء قال كمال إن الاتفاق سيوقع قريبا.', 'PERSON:كمال'],
    // after a clear first name a common adjective is the father's name; an adverb is not
    ['وفي الحفل الكبير غنى مدحت صالح ثلاث أغان.', 'PERSON:مدحت صالح'],
    ['وشارك خالد أمس في الاجتماع.', 'PERSON:خالد'],
    // a nationality before a foreign name: the name, without the nationality
    ['وسجل البرازيلي ماركينيو هدف الفوز.', 'PERSON:ماركينيو'],
    // after a definite title a common word is the first name when a name word follows it
    ['وافتتح الدكتور سعيد كوراني المعرض أمس.', 'PERSON:سعيد كوراني'],
    // a first name that is also a word and one unknown word: a speaker after a verb, or before "that" or a stop
    ['وأكد سعيد شيرازي أن الاتفاق قريب.', 'PERSON:سعيد شيرازي'],
    ['وصرح سعد سيروب للصحفيين بأن الوضع هادئ.', 'PERSON:سعد سيروب'],
  ])('%s → %s', (text, expected) => {
    expect(spansOf(text)).toContain(expected);
  });

  test.each([
    // a trigger with only a nationality describes: "the French national team", "the Israeli radio"
    ['وخسر المنتخب الفرنسي المباراة أمس.', 'ORGANIZATION'],
    ['وقالت الإذاعة الإسرائيلية إن الجيش انسحب.', 'ORGANIZATION'],
    // the ministry in an office title describes the person; it is not a mention of the ministry
    ['وقالت وزيرة الخارجية الأمريكية كوندوليزا رايس إن الحل قريب.', 'ORGANIZATION'],
    // a name that stopped on بن would make every later بن a mention of it
    ['وصل خالد بن الوليد. ثم جاء بن عمه.', 'PERSON:بن'],
    // a city is a club only in a sentence about a match, and not after في (where the match was played)
    ['وفاز الفريق في مباراة الدوري أمس. ووصل الوفد إلى برشلونة اليوم.', 'ORGANIZATION:برشلونة'],
    ['وفاز الفريق في مباراة الدوري التي أقيمت في برشلونة.', 'ORGANIZATION:برشلونة'],
    // a nationality describes what comes before it; a word after it with a clitic starts a new phrase
    ['وتعادل نادي روما الإيطالي ولوكوموتيفو الروسي أمس.', 'PERSON'],
    // the same word as the object of the verb stays a word
    ['وأكد أمل الشعبين في السلام والتعاون بين البلدين.', 'PERSON'],
    // what a title governs is no name: an adverbial accusative, a plural, a verbal noun, "the team"
    ['ولم يقدم الوزير إيضاحات كافية للصحفيين.', 'PERSON'],
    ['وأجرى الوزير اتصالا هاتفيا مع نظيره.', 'PERSON'],
    ['وكان أداء الفريق متوازنا طوال المباراة.', 'PERSON'],
  ])('%s has no %s', (text, absent) => {
    expect(spansOf(text).filter((s) => s === absent || s.startsWith(`${absent}:`))).toEqual([]);
  });
});

describe('roles stated in the text', () => {
  const roleOf = (text: string, english: string) => an.analyze(text).entities.find((e) => e.english === english)?.role;

  test.each([
    // what an office heads may stand between the title and the name, closed by a comma; the text's role wins over
    // the gazetteer's (Russian Foreign Minister)
    [
      'وقال مدير القسم الأوروبي الأول بوزارة الخارجية الروسية، سيرغي لافروف إن الحوار مستمر.',
      'Sergei Lavrov',
      'Director of the First European Section of the Russian Foreign Ministry',
    ],
    // an office after the name: في منصب، بصفته
    [
      'وحضرت ويندي شيرمان التي عينت في منصب نائبة وزير الخارجية لشؤون حقوق الإنسان.',
      'Wendy Sherman',
      'US Under Secretary of State for Human Rights',
    ],
    ['وتحدث سيرغي لافروف بصفته وزير الخارجية الروسي أمام المجلس.', 'Sergei Lavrov', 'Russian Foreign Minister'],
  ])('%s → %s: %s', (text, english, role) => {
    expect(roleOf(text, english)).toBe(role);
  });

  test('a cue word after punctuation belongs to someone else', () => {
    expect(roleOf('وصل سيرغي لافروف. وعين آخر في منصب وزير الدفاع.', 'Sergei Lavrov')).not.toMatch(/Defence/);
  });
});

describe('the gazetteer', () => {
  const rows: GazetteerRow[] = [
    ['Jordan', 'LOCATION', 'الأردن', 'kind=country nisba=أردني demonym=Jordanian'],
    ['Ghor', 'LOCATION', 'غور', 'kind=region'],
    ['Jordan Valley', 'LOCATION', 'غور الأردن', 'kind=region'],
    ['Amal', 'PERSON', 'أمل', 'kind=given-name'],
    ['Gaza Strip', 'LOCATION', 'قطاع غزة|غزة', 'kind=territory'],
  ];

  test('spellings are found by their words (loose keys)', () => {
    const g = new Gazetteer(rows);
    expect(g.has('الاردن')).toBe(true);
    expect(g.has('عمان')).toBe(false);
    expect(g.single('غور').map((v) => v.entry.english)).toEqual(['Ghor']);
    expect(g.longer('غور', 'الاردن').map((v) => v.words)).toEqual([['غور', 'الاردن']]);
    expect(g.longer('قطاع', 'غزه').map((v) => v.entry.english)).toEqual(['Gaza Strip']);
    expect(g.single('غزه').map((v) => v.entry.english)).toEqual(['Gaza Strip']);
    expect(g.single('قطاع')).toEqual([]);
  });

  test('a nisba in any form names its place; the demonym is the country’s', () => {
    const g = new Gazetteer(rows);
    expect(['الأردني', 'الأردنية', 'أردنيون'].map((w) => g.placeOfNisba(looseKey(w))?.english)).toEqual(['Jordan', 'Jordan', 'Jordan']);
    expect(g.demonymOf('Jordan')).toBe('Jordanian');
  });

  test('a one-word name is ambiguous when the common-word test set after loading says so', () => {
    const g = new Gazetteer(rows);
    const [amal] = g.single('امل');
    g.markAmbiguous((key) => key === 'امل');
    expect(amal!.ambiguous).toBe(true);
    expect(g.single('غزه')[0]!.ambiguous).toBe(false);
  });
});

test.each([
  ['وأوضح الرئيس ذلك وفق ما نقلت صحيفة “نيويورك تايمز”.', 'نيويورك تايمز → New York Times'],
  ['وذكرت صحيفة "وول ستريت جورنال" أن الاتفاق قريب.', 'وول ستريت جورنال → Wall Street Journal'],
])('a known paper of several words in quotation marks keeps its English name: %s', (text, expected) => {
  const orgs = an
    .analyze(text)
    .entities.filter((e) => e.type === 'ORGANIZATION')
    .map((e) => `${e.text} → ${e.english}`);
  expect(orgs).toContain(expected);
});

describe('organisations read from their structure', () => {
  const orgsOf = (s: string) =>
    an
      .analyze(s)
      .entities.filter((e) => e.type === 'ORGANIZATION')
      .map((e) => `${e.text} → ${e.english}`);
  test.each([
    [
      'أعلنت وزارة الموارد المائية والري اليوم خطة جديدة لتوزيع المياه على المحافظات.',
      'وزارة الموارد المائية والري → Ministry of Water Resources and Irrigation',
    ],
    ['وأعلنت الجبهة الوطنية للتغيير رفضها للقرار في بيان صدر مساء أمس.', 'الجبهة الوطنية للتغيير → National Front for Change'],
    [
      'وقررت وزارة التعليم العالي والبحث العلمي تأجيل الامتحانات أسبوعا واحدا.',
      'وزارة التعليم العالي والبحث العلمي → Ministry of High Education and Scientific Research',
    ],
  ])('%s', (text, expected) => {
    expect(orgsOf(text)).toContain(expected);
  });

  test('the name ends before "and" with another trigger, and a nationality closes it', () => {
    expect(orgsOf('وقالت وزارة الصحة والسكان والمجلس الأعلى للثقافة في بيان مشترك إن الحملة ستبدأ قريبا.')).toEqual([
      'وزارة الصحة والسكان → Ministry of Health and Population',
      'المجلس الأعلى للثقافة → Higher Council for Culture',
    ]);
    // المالية is "financial" in the lexicon, not the nisba of Mali
    expect(orgsOf('وقالت هيئة الرقابة المالية إن القرار يهدف إلى حماية صغار المستثمرين في البورصة.').join()).not.toMatch(/Malian/);
  });

  test('the name of a known portfolio stays as the gazetteer and titles give it', () => {
    expect(orgsOf('وقالت وزارة الخارجية الروسية في بيان إن الاجتماع سيعقد الأسبوع المقبل في موسكو.')).toEqual([
      'وزارة الخارجية الروسية → Russian Foreign Ministry',
    ]);
  });

  test('a phrase after ل takes nouns joined by و; a title ends the name', () => {
    expect(orgsOf('وتتعاون الجامعة مع الهيئة السعودية للمواصفات والمقاييس والجودة في اختبار المنتجات.')).toContain(
      'الهيئة السعودية للمواصفات والمقاييس والجودة → Saudi Authority for Specifications, Scales and Quality',
    );
    const a = an.analyze('وقالت مديرة المركز الدكتورة نوال الحربي إن الفريق البحثي يعمل على تطوير ألواح شمسية.');
    expect(a.entities.find((e) => e.type === 'PERSON')?.role ?? '').not.toMatch(/Doctor/);
  });

  test('a definite trigger with adjectives only, or a trigger with one common noun, names nothing', () => {
    expect(orgsOf('وقال المجلس الوطني إن الانتخابات ستجرى في موعدها المحدد دون أي تأجيل.')).toEqual([]);
    expect(orgsOf('وناقشت لجنة الدفاع في اجتماعها مشروع الموازنة الجديدة للعام المقبل.')).toEqual([]);
  });
});

describe('a surname alone', () => {
  const people = (s: string) => an.analyze(s).entities.filter((e) => e.type === 'PERSON');
  test('names a gazetteer person only when the text names them in full', () => {
    const alone = people('وقال عبد العاطي إن منسوب المياه في بحيرة ناصر يكفي احتياجات الموسم الزراعي.');
    expect(alone.map((e) => [e.english, e.role, e.guessed])).toEqual([['Abdelatty', undefined, true]]);
    expect(alone[0]!.confidence).toBeLessThan(0.7);
    const named = people('التقى بدر عبد العاطي نظيره الأردني في القاهرة، وقال عبد العاطي إن اللقاء كان مثمرا.');
    expect(named.map((e) => e.english)).toEqual(['Badr Abdelatty', 'Badr Abdelatty']);
    expect(named.every((e) => e.confidence >= 0.7 && !e.guessed)).toBe(true);
  });
});

describe('roles from the office before a name, in English order', () => {
  test.each([
    [
      'وقال وزير الموارد المائية والري هاني سويلم إن منسوب المياه مطمئن هذا العام.',
      'Hani Sewilam',
      'Egyptian Minister of Water Resources and Irrigation',
    ],
    [
      'وصرح المتحدث باسم وزارة الصحة والسكان حسام عبد الغفار بأن الحملة ستبدأ قريبا.',
      'Hossam Abdul Ghafar',
      'spokesman for the Ministry of Health and Population',
    ],
  ])('%s', (text, person, role) => {
    const e = an.analyze(text).entities.find((x) => x.english === person);
    expect(e?.role).toBe(role);
  });

  test('a known portfolio keeps its short English (Russian Foreign Minister)', () => {
    const e = an.analyze('وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة للحوار.').entities.find((x) => x.type === 'PERSON');
    expect(e?.role).toBe('Russian Foreign Minister');
  });
});

describe('names that meet', () => {
  const people = (s: string) =>
    an
      .analyze(s)
      .entities.filter((e) => e.type === 'PERSON')
      .map((e) => `${e.text} → ${e.english}`);
  test('a first name before a gazetteer surname is one name: that person when the first names agree', () => {
    expect(people('ودخل مع رئيسها ألكسندر لوكاشنكو الذي يواجه ضغوطا كبيرة من الغرب في الفترة الأخيرة.')).toEqual([
      'ألكسندر لوكاشنكو → Alexander Lukashenko',
    ]);
    // another first name: someone else of that family name, not the gazetteer's Badr Abdelatty
    expect(people('وقال محمد عبد العاطي إن منسوب المياه في بحيرة ناصر يكفي احتياجات الموسم الزراعي.').join()).not.toMatch(/Badr/);
  });

  test('a second name joined by و is a second person; a surname starting with و stays', () => {
    expect(people('ويحذو الحارس غانلويغي بوفون وغانلوكا زامبروتا حذو زملائهما في المنتخب الإيطالي.')[0]).toBe(
      'غانلويغي بوفون → Gianluigi Buffon',
    );
    expect(people('وقال نائب وزير الدفاع الأمريكي بول وولفويتز إن القوات ستبقى في العراق فترة أطول.')).toEqual([
      'بول وولفويتز → Paul Wolfowitz',
    ]);
  });
});
