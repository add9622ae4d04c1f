/**
 * Language knowledge for entity recognition, as data: person titles with their English roles, organisation
 * trigger nouns, place descriptors, reporting verbs. Arabic is written unvowelled; matching uses loose keys.
 */

export interface TitleRule {
  /** words of the title, as written (article included) */
  ar: string;
  /** English role; "{X}" is replaced by the demonym of a following nisba (US, Russian …) */
  en: string;
  /** the title names an office, so it may be followed by a ministry complement (وزير الخارجية) */
  office?: boolean;
}

// Longest first within the matcher; order here is for reading.
export const TITLES: readonly TitleRule[] = [
  { ar: 'الرئيس', en: '{X} President' },
  { ar: 'رئيس', en: '{X} President' },
  { ar: 'نائب الرئيس', en: '{X} Vice President' },
  { ar: 'رئيس الوزراء', en: '{X} Prime Minister' },
  { ar: 'رئيسة الوزراء', en: '{X} Prime Minister' },
  { ar: 'رئيس الحكومة', en: '{X} Prime Minister' },
  { ar: 'رئيسة الحكومة', en: '{X} Prime Minister' },
  { ar: 'الملك', en: '{X} King' },
  { ar: 'الملكة', en: '{X} Queen' },
  { ar: 'الأمير', en: '{X} Prince' },
  { ar: 'الأميرة', en: '{X} Princess' },
  { ar: 'ولي العهد', en: '{X} Crown Prince' },
  { ar: 'السلطان', en: '{X} Sultan' },
  { ar: 'الشيخ', en: 'Sheikh' },
  { ar: 'الإمام', en: 'Imam' },
  { ar: 'البابا', en: 'Pope' },
  { ar: 'المستشار', en: '{X} Chancellor' },
  { ar: 'المستشارة', en: '{X} Chancellor' },
  { ar: 'وزير', en: '{X} Minister', office: true },
  { ar: 'وزيرة', en: '{X} Minister', office: true },
  { ar: 'الوزير', en: '{X} Minister', office: true },
  { ar: 'الوزيرة', en: '{X} Minister', office: true },
  { ar: 'نائب وزير', en: '{X} Deputy Minister', office: true },
  { ar: 'نائبة وزير', en: '{X} Deputy Minister', office: true },
  { ar: 'مساعد وزير', en: '{X} Assistant Minister', office: true },
  { ar: 'مساعدة وزير', en: '{X} Assistant Minister', office: true },
  { ar: 'وزير الدولة', en: '{X} Minister of State' },
  { ar: 'الأمين العام', en: 'Secretary-General' },
  { ar: 'الأمينة العامة', en: 'Secretary-General' },
  { ar: 'المتحدث باسم', en: 'spokesman for', office: true },
  { ar: 'المتحدثة باسم', en: 'spokeswoman for', office: true },
  { ar: 'الناطق باسم', en: 'spokesman for', office: true },
  { ar: 'الناطقة باسم', en: 'spokeswoman for', office: true },
  { ar: 'المتحدث الرسمي باسم', en: 'spokesman for', office: true },
  { ar: 'السفير', en: '{X} Ambassador' },
  { ar: 'السفيرة', en: '{X} Ambassador' },
  { ar: 'المبعوث', en: '{X} Envoy' },
  { ar: 'المبعوثة', en: '{X} Envoy' },
  { ar: 'المبعوث الخاص', en: '{X} Special Envoy' },
  { ar: 'المندوب', en: '{X} Representative' },
  { ar: 'مدير', en: 'Director', office: true },
  { ar: 'مديرة', en: 'Director', office: true },
  { ar: 'المدير العام', en: 'Director-General' },
  { ar: 'قائد', en: 'Commander', office: true },
  { ar: 'القائد', en: 'Commander' },
  { ar: 'زعيم', en: 'leader', office: true },
  { ar: 'الزعيم', en: '{X} leader' },
  { ar: 'رئيس أركان', en: 'Chief of Staff', office: true },
  { ar: 'الجنرال', en: 'General' },
  { ar: 'الفريق', en: 'Lieutenant General' },
  { ar: 'الفريق أول', en: 'General' },
  { ar: 'اللواء', en: 'Major General' },
  { ar: 'العميد', en: 'Brigadier General' },
  { ar: 'العقيد', en: 'Colonel' },
  { ar: 'المقدم', en: 'Lieutenant Colonel' },
  { ar: 'الرائد', en: 'Major' },
  { ar: 'النقيب', en: 'Captain' },
  { ar: 'القاضي', en: 'Judge' },
  { ar: 'المحامي', en: 'lawyer' },
  { ar: 'النائب', en: 'MP' },
  { ar: 'النائبة', en: 'MP' },
  { ar: 'السناتور', en: 'Senator' },
  { ar: 'السيناتور', en: 'Senator' },
  { ar: 'السيد', en: '' },
  { ar: 'السيدة', en: '' },
  { ar: 'الدكتور', en: 'Dr' },
  { ar: 'الدكتورة', en: 'Dr' },
  { ar: 'المهندس', en: 'engineer' },
  { ar: 'الأستاذ', en: 'Professor' },
  { ar: 'البروفيسور', en: 'Professor' },
  { ar: 'الكاتب', en: 'writer' },
  { ar: 'الكاتبة', en: 'writer' },
  { ar: 'الصحفي', en: 'journalist' },
  { ar: 'الصحفية', en: 'journalist' },
  { ar: 'الروائي', en: 'novelist' },
  { ar: 'الشاعر', en: 'poet' },
  { ar: 'الفنان', en: 'artist' },
  { ar: 'الفنانة', en: 'artist' },
  { ar: 'المخرج', en: 'director' },
  { ar: 'الممثل', en: 'actor' },
  { ar: 'الممثلة', en: 'actress' },
  { ar: 'المطرب', en: 'singer' },
  { ar: 'المطربة', en: 'singer' },
  { ar: 'اللاعب', en: 'player' },
  { ar: 'اللاعبة', en: 'player' },
  { ar: 'المدرب', en: 'coach' },
  { ar: 'النجم', en: 'star' },
  { ar: 'المرشح', en: 'candidate' },
  { ar: 'المرشحة', en: 'candidate' },
  { ar: 'الباحث', en: 'researcher' },
  { ar: 'الخبير', en: 'expert' },
  { ar: 'المفتي', en: 'Mufti' },
  { ar: 'آية الله', en: 'Ayatollah' },
  { ar: 'المرشد', en: 'Supreme Leader' },
  { ar: 'الحاكم', en: 'Governor' },
  { ar: 'المحافظ', en: 'Governor' },
  { ar: 'العاهل', en: '{X} monarch' },
];

/** Ministry complements after وزير/وزارة, with the English office. */
export const PORTFOLIOS: Readonly<Record<string, string>> = {
  الخارجية: 'Foreign',
  الدفاع: 'Defence',
  الداخلية: 'Interior',
  المالية: 'Finance',
  الاقتصاد: 'Economy',
  العدل: 'Justice',
  الصحة: 'Health',
  الطاقة: 'Energy',
  النفط: 'Oil',
  الإعلام: 'Information',
  التجارة: 'Trade',
  الزراعة: 'Agriculture',
  التعليم: 'Education',
  التربية: 'Education',
  الثقافة: 'Culture',
  السياحة: 'Tourism',
  النقل: 'Transport',
  العمل: 'Labour',
  البيئة: 'Environment',
  الإسكان: 'Housing',
  الاتصالات: 'Communications',
  الأوقاف: 'Religious Endowments',
  الري: 'Irrigation',
  الكهرباء: 'Electricity',
  الرياضة: 'Sports',
  الشباب: 'Youth',
  الصناعة: 'Industry',
  الاستثمار: 'Investment',
  التخطيط: 'Planning',
};

/** How English news names some offices of some countries. */
export const OFFICE_BY_COUNTRY: ReadonlyArray<[RegExp, string]> = [
  [/^US Foreign Minister$/, 'US Secretary of State'],
  [/^US Deputy Foreign Minister$/, 'US Deputy Secretary of State'],
  [/^US Defence Minister$/, 'US Defense Secretary'],
  [/^US Finance Minister$/, 'US Treasury Secretary'],
  [/^UK Foreign Minister$/, 'UK Foreign Secretary'],
];

export interface TriggerRule {
  ar: string;
  en: string;
}

/** Nouns that start an organisation name. */
export const ORG_TRIGGERS: readonly TriggerRule[] = [
  { ar: 'وزارة', en: 'Ministry' },
  { ar: 'حزب', en: 'Party' },
  { ar: 'حركة', en: 'Movement' },
  { ar: 'منظمة', en: 'Organization' },
  { ar: 'شركة', en: 'Company' },
  { ar: 'جامعة', en: 'University' },
  { ar: 'وكالة', en: 'Agency' },
  { ar: 'هيئة', en: 'Authority' },
  { ar: 'مؤسسة', en: 'Foundation' },
  { ar: 'جمعية', en: 'Association' },
  { ar: 'اتحاد', en: 'Union' },
  { ar: 'نادي', en: 'Club' },
  { ar: 'منتخب', en: 'national team' },
  { ar: 'مجلس', en: 'Council' },
  { ar: 'بنك', en: 'Bank' },
  { ar: 'مصرف', en: 'Bank' },
  { ar: 'صحيفة', en: 'newspaper' },
  { ar: 'مجلة', en: 'magazine' },
  { ar: 'قناة', en: 'channel' },
  { ar: 'إذاعة', en: 'radio' },
  { ar: 'مجموعة', en: 'Group' },
  { ar: 'تنظيم', en: 'group' },
  { ar: 'جبهة', en: 'Front' },
  { ar: 'تحالف', en: 'Alliance' },
  { ar: 'ائتلاف', en: 'Coalition' },
  { ar: 'لجنة', en: 'Committee' },
  { ar: 'محكمة', en: 'Court' },
  { ar: 'معهد', en: 'Institute' },
  { ar: 'مركز', en: 'Centre' },
  { ar: 'كلية', en: 'College' },
  { ar: 'كتائب', en: 'Brigades' },
  { ar: 'سرايا', en: 'Brigades' },
  { ar: 'ميليشيا', en: 'militia' },
  { ar: 'فريق', en: 'team' },
];

/** Words that introduce a place name: the entity is the name after them (ANERcorp style: مدينة [غزة]). */
export const PLACE_DESCRIPTORS: readonly string[] = [
  'مدينة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'إقليم', 'منطقة', 'مخيم', 'جزيرة', 'العاصمة', 'عاصمة', 'ميناء', 'مطار',
  'قطاع', 'جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'ضاحية', 'حي', 'نهر', 'بحيرة', 'جبل', 'مقاطعة',
];

/** Verbs of saying: an unknown word right after one is likely the speaker's name. */
export const REPORTING_VERBS: readonly string[] = [
  'قال', 'وقال', 'قالت', 'وقالت', 'أكد', 'وأكد', 'أكدت', 'وأكدت', 'أعلن', 'وأعلن', 'أعلنت', 'وأعلنت', 'أضاف', 'وأضاف',
  'أضافت', 'وأضافت', 'أوضح', 'وأوضح', 'أوضحت', 'وأوضحت', 'أشار', 'وأشار', 'أشارت', 'وأشارت', 'صرح', 'وصرح', 'صرحت',
  'وصرحت', 'ذكر', 'وذكر', 'ذكرت', 'وذكرت', 'اعتبر', 'واعتبر', 'رأى', 'ورأى', 'دعا', 'ودعا', 'طالب', 'وطالب', 'حذر', 'وحذر',
  'يقول', 'ويقول', 'تقول', 'وتقول',
];

/** Demonyms English news writes differently before a title. */
export const DEMONYM_FOR_TITLE: Readonly<Record<string, string>> = {
  American: 'US',
  'United States': 'US',
  British: 'UK',
};
