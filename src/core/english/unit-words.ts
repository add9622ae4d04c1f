/** English of the closed-class words and clitics the gist renders directly (keys are loose keys). */
import type { Grammar } from '../model';
import type { UnitKind } from './unit';

export const WORD_EN: Record<string, UnitKind | [UnitKind, string]> = {
  ان: ['that', 'that'],
  الذي: ['rel', 'which'],
  التي: ['rel', 'which'],
  الذين: ['rel', 'who'],
  اللذين: ['rel', 'who'],
  اللتين: ['rel', 'which'],
  لم: ['neg', 'past'],
  لن: ['neg', 'future'],
  لا: ['neg', 'present'],
  ما: 'skip',
  ليس: ['aux', 'not be'],
  // ليس's other persons (هي ليست "she is not", ليسوا "they are not")
  ليست: ['aux', 'not be'],
  ليسوا: ['aux', 'not be'],

  سوف: ['future', 'will'],
  قد: ['modal', 'qad'],
  لقد: ['modal', 'qad'],
  كما: ['conj', 'also'],
  ثم: ['conj', 'then'],
  او: ['conj', 'or'],
  لكن: ['conj', 'but'],
  بينما: ['conj', 'while'],
  حيث: ['conj', 'where'],
  اذ: ['conj', 'as'],
  اذا: ['conj', 'if'],
  كذلك: ['adv', 'also'],
  ايضا: ['adv', 'also'],
  يذكر: 'skip',
  وذلك: 'skip',
  ذلك: ['pron', 'this'],
  هذا: ['adj', 'this'],
  هذه: ['adj', 'this'],
  تلك: ['adj', 'that'],
  هو: ['pron', 'he'],
  هي: ['pron', 'she'],
  هم: ['pron', 'they'],
  مما: ['conj', 'which'],
};
export const PREP_EN: Record<string, string> = {
  في: 'in',
  من: 'from',
  الي: 'to',
  علي: 'on',
  عن: 'about',
  مع: 'with',
  بين: 'between',
  حول: 'about',
  خلال: 'during',
  بعد: 'after',
  قبل: 'before',
  منذ: 'since',
  حتي: 'until',
  نحو: 'about',
  دون: 'without',
  ضد: 'against',
  عبر: 'across',
  لدي: 'at',
  عند: 'at',
  امام: 'before',
  تحت: 'under',
  فوق: 'above',
  داخل: 'inside',
  خارج: 'outside',
  ضمن: 'within',
  وسط: 'amid',
  قرب: 'near',
  اثر: 'after',
  عقب: 'after',
  جراء: 'because of',
  تجاه: 'towards',
  حيال: 'regarding',
  وفق: 'according to',
  حسب: 'according to',
  بحسب: 'according to',
  مقابل: 'in exchange for',
  رغم: 'despite',
  حوالي: 'about',
  لصالح: 'for',
  بسبب: 'because of',
  ازاء: 'regarding',
};
export const PROCLITIC_EN: Record<string, string> = { و: 'and', ف: 'and', ب: 'with', ل: 'for', ك: 'as', س: '' };
export const POSSESSIVE: Record<string, [string, string]> = {
  ه: ['its', 'it'],
  ها: ['its', 'it'],
  هم: ['their', 'them'],
  هما: ['their', 'them'],
  هن: ['their', 'them'],
  ك: ['your', 'you'],
  كم: ['your', 'you'],
  ي: ['my', 'me'],
  ني: ['my', 'me'],
  نا: ['our', 'us'],
};
/** Subject of أن with a pronoun suffix: أنه "that he", أنها "that it". */
export const THAT_SUBJECT: Record<string, string> = {
  ه: 'he',
  ها: 'it',
  هم: 'they',
  هما: 'they',
  هن: 'they',
  نا: 'we',
  ي: 'I',
  ني: 'I',
  ك: 'you',
  كم: 'you',
};
/**
 * Broken plurals whose news sense is not the plural of their singular's first sense (حدود are borders, not limits;
 * أسس foundations, not bases; البلاد and بلاده are "the country" and "its country"), as [English, plural?].
 */
export const PLURAL_EN: Record<string, [string, boolean]> = {
  حدود: ['border', false],
  اسس: ['foundations', true],
  شوون: ['affairs', true],
  بلاد: ['country', false],
  اموال: ['funds', true],
  اوضاع: ['conditions', true],
};
/** Adjectives that negate with un- / in- after غير (غير متوقع "unexpected"); others take "not". */
export const UN_ADJECTIVE =
  /^(expected|known|official|clear|likely|usual|precedented|limited|stable|able|fair|necessary|acceptable|natural|successful|specified|identified|armed|paid|announced|conventional|certain|safe|popular|lawful|employed|fortunate|real)$/;
export const IN_ADJECTIVE =
  /^(direct|formal|valid|complete|active|dependent|effective|visible|accurate|appropriate|sufficient|adequate|human|credible)$/;
/**
 * Verbs whose present tense has a news sense of its own: يقع في "is located in" (وقع في "happened in"), keyed by the
 * vowelled lemma so that وَقَّعَ "sign" (يوقع) keeps its sense. Such a verb starts none of the phrase list's phrases
 * either: يقع على is "is located on", not وقّع على "sign".
 */
export const PRESENT_EN: Record<string, string> = {
  وَقَعَ: 'be located',
};

/** The news sense of a verb reading's present tense, if it has one of its own. */
export const presentSense = (a: { lemma: string; grammar: Grammar }): string | undefined =>
  a.grammar.aspect === 'imperfect' ? PRESENT_EN[a.lemma] : undefined;
/**
 * Whole words that are idioms of their own (بدوره "in turn"), by the loose key of the word as written. بالنسبة before
 * ل says nothing the ل does not (بالنسبة لها "for it"; بالنسبة إلى is a phrase of the list).
 */
export const IDIOM_EN: Record<string, [UnitKind, string]> = {
  بالنسبه: ['skip', ''],
  باستخدام: ['prep', 'using'],
  لمده: ['prep', 'for'],
  ولمده: ['prep', 'for'],
  وباستخدام: ['prep', 'using'],
  بدوره: ['adv', 'in turn'],
  بدورها: ['adv', 'in turn'],
  بدورهم: ['adv', 'in turn'],
  بدورهما: ['adv', 'in turn'],
  // للغاية "extremely" (غنية للغاية "extremely rich"), جدا's formal twin: ل + the + غاية "aim" in the lexicon
  للغايه: ['adv', 'extremely'],
  // بالتالي "consequently": ب + the + تالي "following" in the lexicon
  بالتالي: ['conj', 'consequently'],
  وبالتالي: ['conj', 'consequently'],
};
