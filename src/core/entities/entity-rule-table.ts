/**
 * The entity rules as described data: what each heuristic finds, with worked examples (a text and the entity the rule
 * gives in it) and counter-examples (an entity it must not give); tests/unit/core/entities/entity-rules-table.test.ts
 * runs every one through the whole analyser. The candidate rules find readings at a word, and entities.ts runs them
 * from this table. NAME_RULES and ENTITY_PASSES describe what entities.ts does around them, in its order: the
 * gazetteer and بن readings, then the passes that settle overlaps, coreference and roles (their code is in the
 * modules named by each description).
 */
import type { EntityType } from '../model';
import type { EntityContext } from './entity-context';
import {
  mayBeNationality,
  orgAfterTrigger,
  personAfterNationality,
  personAfterTitle,
  personFromGivenName,
  placeAfterDescriptor,
  speakerAfterVerb,
  startsDescriptor,
  startsSpeech,
  startsTrigger,
  unknownNameRun,
  type EntityCandidate,
} from './entity-candidates';
import type { EntityKeys } from './entity-keys';
import { mediaInQuotes, startsMedia } from './entity-org-names';
import { startsTitle } from './person-roles';
import type { Token } from '../model';

/** The entities package's weights, each with why. */
export const ENTITY_WEIGHTS = {
  /** which reading wins an overlap: a title's person over a gazetteer place (الرئيس صالح), a name over a trigger's guess */
  priority: { gazetteer: 5, title: 6, media: 6, given: 4.5, trigger: 3, descriptor: 3, speaker: 2, nationality: 1.2, figure: 1 },
  /** each word beyond the first: a longer match beats a shorter one of a slightly higher rule (بوني جينكينس, not Pune) */
  perExtraWord: 0.6,
  /** how sure each rule is of what it finds (the popup's order and marks) */
  confidence: {
    gazetteer: 0.95,
    title: 0.85,
    media: 0.85,
    given: 0.8,
    trigger: 0.8,
    descriptor: 0.7,
    speaker: 0.55,
    nationality: 0.5,
    figure: 0.95,
  },
  /** a name whose English was guessed from its letters is at most this sure */
  guessedConfidence: 0.6,
  /** below this an entity is a guess: listed after the others and marked */
  guessBelow: 0.7,
} as const;

/** In `text`, the entity written `entity` (its words as in the text), of this type, and with this English where given. */
export interface EntityExample {
  text: string;
  entity: string;
  type: EntityType;
  english?: string;
  role?: string;
}

export interface EntityRule {
  id: string;
  description: string;
  examples: readonly EntityExample[];
  /** an entity the rule must not give: no entity of that type has exactly those words */
  counterExamples: readonly EntityExample[];
}

/** A rule that reads a name at a word: `startsAt` is a quick test of the words it can start at. */
export interface CandidateRule extends EntityRule {
  find: (tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext) => EntityCandidate | null;
  startsAt: (k: EntityKeys, named: boolean, t: Token, ctx: EntityContext) => boolean;
}

/** The rules the candidate loop asks at every word they can start at, besides the gazetteer and بن (entities.ts). */
export const CANDIDATE_RULES: readonly CandidateRule[] = [
  {
    id: 'person-after-title',
    description: 'a person after an office or title, with the role the office gives (الرئيس الأمريكي جو بايدن)',
    examples: [
      {
        text: 'وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مفيدة',
        entity: 'سيرغي لافروف',
        type: 'PERSON',
        english: 'Sergei Lavrov',
      },
      {
        text: 'وقال المتحدث باسم الخارجية أحمد أبو زيد إن الحوار مستمر',
        entity: 'أحمد أبو زيد',
        type: 'PERSON',
        role: 'spokesman for the Foreign Ministry',
      },
      // an ambiguous given name (كريم "generous") and a surname the lexicon lacks
      { text: 'وقال وزير الداخلية كريم زيداني إن القوات انسحبت', entity: 'كريم زيداني', type: 'PERSON', role: 'Interior Minister' },
      // a family name with ف as a root letter (فياضي) goes on with the name; only a clitic ف or و ends it
      { text: 'وصرح السيد جلال فياضي بأن الاجتماع انتهى', entity: 'جلال فياضي', type: 'PERSON' },
      // a state in the accusative after the name says what the person did (شارحا "explaining"): no name word
      { text: 'وتحدث المندوب سامي ناصر البدر شارحا موقف بلاده', entity: 'سامي ناصر البدر', type: 'PERSON' },
    ],
    counterExamples: [{ text: 'وقال وزير الخارجية إن المحادثات مفيدة', entity: 'إن المحادثات', type: 'PERSON' }],
    find: personAfterTitle,
    startsAt: startsTitle,
  },
  {
    id: 'person-from-given-name',
    description: 'a given name of the gazetteer and the name words after it (محمد بن سلمان، زامير كابولوف)',
    examples: [
      { text: 'التقى رئيس الوزراء مع خالد الشمري في الرياض', entity: 'خالد الشمري', type: 'PERSON' },
      // ولد (Ould) joins Mauritanian names like بن, but not before a preposition (ولد في "was born in")
      { text: 'والتقى سيدي ولد التاه بالسفير في نواكشوط', entity: 'سيدي ولد التاه', type: 'PERSON', english: 'Sidi Ould al-Tah' },
      // a first name with the article is a family name
      { text: 'وصل محمود الحسني إلى المدينة أمس', entity: 'محمود الحسني', type: 'PERSON' },
      { text: 'وزار الوفد حسن فهمي في مكتبه', entity: 'حسن فهمي', type: 'PERSON' },
      // a first name that starts with ف and reads also as ف + a verb (فاضل) goes on with the name
      { text: 'وأخرج الفيلم محمد فاضل في العام الماضي', entity: 'محمد فاضل', type: 'PERSON' },
      // a regnal number ends the name, in Roman numerals
      { text: 'وعرض عليه محمد الخامس رتبة عسكرية رفيعة', entity: 'محمد الخامس', type: 'PERSON', english: 'Mohammed V' },
      // a first name that is also a word (سعيد "happy") before a family name with the article the lexicon lacks
      { text: 'وأصيب في الحادث سعيد الفرا وشقيقه', entity: 'سعيد الفرا', type: 'PERSON' },
      // two names joined by و are two people, even when the run starts at the second word of the first
      { text: 'وغاب عن التدريب عادل فتحي وفرج شلبي بسبب الإصابة', entity: 'عادل فتحي', type: 'PERSON' },
    ],
    counterExamples: [
      { text: 'وغاب عن التدريب عادل فتحي وفرج شلبي بسبب الإصابة', entity: 'عادل فتحي وفرج شلبي', type: 'PERSON' },
      // و + a first name after a name is the next person
      { text: 'وأجرى محادثات مع الرئيسين نبيه بري وفؤاد السنيورة في بيروت', entity: 'نبيه بري وفؤاد السنيورة', type: 'PERSON' },
      // a feminine adjective after the name describes the person (مرتدية "wearing")
      { text: 'وظهرت الفنانة سميرة عادل مرتدية فستانا أسود', entity: 'سميرة عادل مرتدية', type: 'PERSON' },
      { text: 'التقى محمد فقال له إن الأمر انتهى', entity: 'محمد فقال', type: 'PERSON' },
      { text: 'حقق الفريق نجاحا كبيرا هذا العام', entity: 'نجاحا', type: 'PERSON' },
      { text: 'ولد محمد في القاهرة عام 1950', entity: 'محمد في', type: 'PERSON' },
      // after شارع or ميدان a given name names the place, not a person
      { text: 'دخل اللصوص الشقة القريبة من شارع جورج الخامس في باريس', entity: 'جورج الخامس', type: 'PERSON' },
    ],
    find: personFromGivenName,
    startsAt: (_, named) => named,
  },
  {
    id: 'organisation-after-trigger',
    description: 'a trigger noun and its name (حركة طالبان، وزارة الخارجية الروسية، حزب العمال)',
    examples: [{ text: 'وأعلن حزب الأحرار نتائج الانتخابات', entity: 'حزب الأحرار', type: 'ORGANIZATION', english: 'Free Party' }],
    counterExamples: [{ text: 'توقفت حركة المرور في وسط المدينة', entity: 'حركة المرور', type: 'ORGANIZATION' }],
    find: orgAfterTrigger,
    startsAt: startsTrigger,
  },
  {
    id: 'media-name-in-quotes',
    description:
      'the name in quotation marks after a newspaper, magazine, agency or channel (صحيفة " صن "، مجلة " تايم ") is the organisation, whatever else the words name',
    examples: [
      { text: 'ونقلت صحيفة " الشروق " عن مصادر مطلعة', entity: 'الشروق', type: 'ORGANIZATION' },
      { text: 'واتهمت صحيفة " بابل " الحكومة بالتقصير', entity: 'بابل', type: 'ORGANIZATION' },
      { text: 'وقالت مجلة " أخبار الأدب " في عددها الأخير', entity: 'أخبار الأدب', type: 'ORGANIZATION' },
    ],
    counterExamples: [
      { text: 'واتهمت صحيفة " بابل " الحكومة بالتقصير', entity: 'بابل', type: 'LOCATION' },
      // a quotation after the newspaper is what it wrote, not its name
      { text: 'وكتبت الصحيفة " إن الوضع خطير جدا في المدينة الليلة "', entity: 'إن الوضع خطير جدا', type: 'ORGANIZATION' },
    ],
    find: mediaInQuotes,
    startsAt: startsMedia,
  },
  {
    id: 'place-after-descriptor',
    description: 'the unknown place name after a place word (مدينة X، مخيم X، قرية X): the name alone is the entity',
    examples: [{ text: 'وصل الوفد إلى قرية زعفرانة صباح اليوم', entity: 'زعفرانة', type: 'LOCATION' }],
    counterExamples: [{ text: 'وصل الوفد إلى القرية صباح اليوم', entity: 'صباح', type: 'LOCATION' }],
    find: placeAfterDescriptor,
    startsAt: startsDescriptor,
  },
  {
    id: 'speaker-after-verb',
    description: 'an unknown word right after a verb of saying is most often the speaker (وقال كابولوف)',
    examples: [
      { text: 'وقال غوتيريش إن الوضع خطير', entity: 'غوتيريش', type: 'PERSON' },
      // a first name that is also a word, and a family name that is a rarer word, before "that" or a title
      { text: 'وقال سعيد راتب إن الوضع مستقر', entity: 'سعيد راتب', type: 'PERSON' },
      { text: 'وقال نبيل فرحات المدير التنفيذي للشركة إن الأرباح ارتفعت', entity: 'نبيل فرحات', type: 'PERSON' },
    ],
    counterExamples: [
      { text: 'وقال الوزير إن الوضع خطير', entity: 'الوزير', type: 'PERSON' },
      { text: 'وقال أمل جديد إن الوضع خطير', entity: 'أمل جديد', type: 'PERSON' },
    ],
    find: speakerAfterVerb,
    startsAt: (_k, _named, t, ctx) => startsSpeech(t, ctx),
  },
  {
    id: 'unknown-name-run',
    description: 'two or more unknown words in a row, none with the article, are most often a foreign name (دان غيلرمان)',
    examples: [
      { text: 'وأكد دانيلو بيريرتو أن الفريق مستعد', entity: 'دانيلو بيريرتو', type: 'PERSON' },
      // after a first name, و and two unknown words are "and" and the next name
      { text: 'وغاب عن التدريب عادل فتحي وفرج شلبي بسبب الإصابة', entity: 'فرج شلبي', type: 'PERSON', english: 'Faraj Shalabi' },
    ],
    counterExamples: [{ text: 'وأكد المدرب أن الفريق مستعد', entity: 'المدرب', type: 'PERSON' }],
    find: unknownNameRun,
    startsAt: (k) => k.unknown,
  },
  {
    id: 'person-after-nationality',
    description: 'a nationality and then a foreign name (والبرازيلي كافو، المدافع الفرنسي ويلي سانيول): the weakest reading',
    examples: [{ text: 'وسجل البرازيلي ماركينيوس الهدف الأول', entity: 'ماركينيوس', type: 'PERSON' }],
    counterExamples: [{ text: 'وسجل البرازيلي الهدف الأول', entity: 'الهدف', type: 'PERSON' }],
    find: personAfterNationality,
    startsAt: mayBeNationality,
  },
];

/** The gazetteer's names and the بن rule, which the candidate loop asks in its own way (entities.ts, candidates). */
export const NAME_RULES: readonly EntityRule[] = [
  {
    id: 'gazetteer-name',
    description:
      'the longest gazetteer name at a word, its clitics allowed; a one-word name that is also a common word needs another name beside it, or the text to have named it clearly before',
    examples: [
      { text: 'وصل الوزير إلى القاهرة أمس', entity: 'القاهرة', type: 'LOCATION', english: 'Cairo' },
      { text: 'وقالت الأمم المتحدة إن المساعدات وصلت', entity: 'الأمم المتحدة', type: 'ORGANIZATION', english: 'United Nations' },
    ],
    counterExamples: [{ text: 'وصل الجيش الإسرائيلي إلى المدينة', entity: 'الجيش الإسرائيلي', type: 'ORGANIZATION' }],
  },
  {
    id: 'name-before-bin',
    description: 'any word before بن and a name after it is a name, even one the lexicon knows (سهل بن حنيف)',
    examples: [{ text: 'وروى سهل بن حنيف أن النبي خرج', entity: 'سهل بن حنيف', type: 'PERSON' }],
    counterExamples: [{ text: 'وكان الطريق سهل المرور', entity: 'سهل', type: 'PERSON' }],
  },
  {
    id: 'one-sense-per-text',
    description: 'once a text has named a place clearly (دولة الإمارات), a later ambiguous mention of it (الإمارات) is the same place',
    examples: [{ text: 'زار الوزير دولة الإمارات. وقالت الإمارات إنها ترحب بالزيارة', entity: 'الإمارات', type: 'LOCATION' }],
    counterExamples: [],
  },
];
