/**
 * The passes findEntities runs after the candidate rules (entities.ts, entity-surnames.ts, entity-sports.ts), each
 * described with worked examples as the rules of entity-rule-table.ts are; tests/unit/core/entities runs them all.
 */
import type { EntityRule } from './entity-rule-table';

/** The passes findEntities runs after the candidates, in its order (entities.ts, entity-surnames.ts, entity-sports.ts). */
export const ENTITY_PASSES: readonly EntityRule[] = [
  {
    id: 'office-ministry',
    description: 'the ministry of an office title (وزيرة الخارجية الأميركية، المتحدث باسم الخارجية) describes the person: it is no mention',
    examples: [
      {
        text: 'وقالت وزيرة الخارجية الأمريكية هيلاري كلينتون إن الحوار مستمر',
        entity: 'هيلاري كلينتون',
        type: 'PERSON',
        role: 'US Secretary of State',
      },
    ],
    counterExamples: [
      { text: 'وقالت وزيرة الخارجية الأمريكية هيلاري كلينتون إن الحوار مستمر', entity: 'الخارجية الأمريكية', type: 'ORGANIZATION' },
    ],
  },
  {
    id: 'trim-descriptor',
    description:
      'a place word or describing trigger before a name that stands on its own is not part of it (مدينة مشهد → مشهد، صحيفة الشرق الأوسط → الشرق الأوسط); a ministry keeps its word; a title the gazetteer writes with a person is the role (الملك سلمان → سلمان, King Salman)',
    examples: [
      { text: 'واستقبل الملك سلمان الوفد في الرياض', entity: 'سلمان', type: 'PERSON' },
      { text: 'وقعت الحادثة في مدينة مشهد', entity: 'مشهد', type: 'LOCATION' },
      { text: 'وأعلنت وزارة الخارجية الأمريكية القرار', entity: 'وزارة الخارجية الأمريكية', type: 'ORGANIZATION' },
      { text: 'تزداد الأزمات في أفريقيا والشرق الأوسط', entity: 'الشرق الأوسط', type: 'LOCATION' },
    ],
    counterExamples: [
      { text: 'وقعت الحادثة في مدينة مشهد', entity: 'مدينة مشهد', type: 'LOCATION' },
      { text: 'واستقبل الملك سلمان الوفد في الرياض', entity: 'الملك سلمان', type: 'PERSON' },
      // a place word with the article after و is the name's own word (الشرق الأوسط is not "the Middle")
      { text: 'تزداد الأزمات في أفريقيا والشرق الأوسط', entity: 'الأوسط', type: 'LOCATION' },
    ],
  },
  {
    id: 'overlap-priority',
    description:
      'overlapping readings: the surer rule wins (gazetteer, title, given name, trigger, place word, speaker, nationality), a longer match over a slightly surer shorter one',
    examples: [
      {
        text: 'وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس مستعدة',
        entity: 'إيمانويل ماكرون',
        type: 'PERSON',
        english: 'Emmanuel Macron',
      },
    ],
    counterExamples: [{ text: 'وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس مستعدة', entity: 'إيمانويل', type: 'PERSON' }],
  },
  {
    id: 'surname-mentions',
    description: 'later one-word mentions of a surname (لافروف after سيرغي لافروف) are that person, within an article’s reach',
    examples: [
      {
        text: 'التقى سيرغي لافروف نظيره في جنيف. وقال لافروف إن اللقاء كان مفيدا',
        entity: 'لافروف',
        type: 'PERSON',
        english: 'Sergei Lavrov',
      },
    ],
    // a regnal number is no surname: a later الأول is "the first"
    counterExamples: [{ text: 'حكم الملك أمينتاس الأول مقدونيا. الأول والأهم كان نهر أوهايو', entity: 'الأول', type: 'PERSON' }],
  },
  {
    id: 'surname-without-full-name',
    description:
      'a gazetteer person met by surname alone, in a text that never names them in full, stays a person named by the surname, without the role, marked as a guess',
    examples: [{ text: 'وقال لافروف إن اللقاء كان مفيدا', entity: 'لافروف', type: 'PERSON' }],
    counterExamples: [],
  },
  {
    id: 'clubs-in-sports-news',
    description: 'in a sentence about a match, a city that plays is its club (فاز برشلونة على مدريد)',
    examples: [{ text: 'فاز برشلونة على إشبيلية بهدفين في مباراة الدوري', entity: 'برشلونة', type: 'ORGANIZATION' }],
    counterExamples: [{ text: 'سافر الوزير إلى برشلونة لحضور المؤتمر', entity: 'برشلونة', type: 'ORGANIZATION' }],
  },
  {
    id: 'role-stated-after',
    description: 'an office stated after a person’s name (بوني جينكينس التي تم تثبيتها في منصب نائبة وزير الخارجية) is their role',
    examples: [
      {
        text: 'وقالت بوني جينكينس التي تم تثبيتها في منصب نائبة وزير الخارجية إن الحوار مهم',
        entity: 'بوني جينكينس',
        type: 'PERSON',
        role: 'US Deputy Secretary of State',
      },
    ],
    counterExamples: [],
  },
];
