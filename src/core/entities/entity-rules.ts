/**
 * Language knowledge for entity recognition, as data: organisation trigger nouns and place descriptors (person titles
 * and offices are in entity-titles.ts; verbs of saying are the lexicon's `class=reporting`). Arabic is written
 * unvowelled; matching uses loose keys.
 */

export interface TriggerRule {
  ar: string;
  en: string;
  /** the trigger describes the name that follows rather than being part of it (صحيفة [التايمز]، شركة [نوكيا]) */
  nameAfter?: boolean;
}

/** Nouns that start an organisation name. */
export const ORG_TRIGGERS: readonly TriggerRule[] = [
  { ar: 'وزارة', en: 'Ministry' },
  { ar: 'حزب', en: 'Party' },
  { ar: 'حركة', en: 'Movement', nameAfter: true },
  { ar: 'منظمة', en: 'Organization' },
  { ar: 'شركة', en: 'Company', nameAfter: true },
  { ar: 'جامعة', en: 'University' },
  { ar: 'وكالة', en: 'Agency' },
  { ar: 'هيئة', en: 'Authority' },
  { ar: 'مؤسسة', en: 'Foundation' },
  { ar: 'جمعية', en: 'Association' },
  { ar: 'اتحاد', en: 'Union' },
  { ar: 'نادي', en: 'Club', nameAfter: true },
  { ar: 'منتخب', en: 'national team', nameAfter: true },
  { ar: 'مجلس', en: 'Council' },
  { ar: 'بنك', en: 'Bank' },
  { ar: 'مصرف', en: 'Bank' },
  { ar: 'صحيفة', en: 'newspaper', nameAfter: true },
  { ar: 'جريدة', en: 'newspaper', nameAfter: true },
  { ar: 'مجلة', en: 'magazine', nameAfter: true },
  { ar: 'قناة', en: 'channel', nameAfter: true },
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
  { ar: 'فريق', en: 'team', nameAfter: true },
];

/** Words that introduce a place name: the entity is the name after them (ANERcorp style: مدينة [غزة]). */
export const PLACE_DESCRIPTORS: readonly string[] = [
  'مدينة',
  'بلدة',
  'قرية',
  'محافظة',
  'ولاية',
  'إقليم',
  'منطقة',
  'مخيم',
  'جزيرة',
  'العاصمة',
  'عاصمة',
  'ميناء',
  'مطار',
  'قطاع',
  'جنوب',
  'شمال',
  'شرق',
  'غرب',
  'وسط',
  'جنوبي',
  'شمالي',
  'شرقي',
  'غربي',
  'ضاحية',
  'حي',
  'نهر',
  'بحيرة',
  'جبل',
  'مقاطعة',
];
