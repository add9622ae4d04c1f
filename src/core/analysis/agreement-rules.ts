/**
 * Reading rules of agreement and government: an adjective agrees with the noun before it (قوة بحرية "naval force"),
 * a definite word after a noun in the construct state is its noun (وزير الخارجية), a preposition governs a noun (بعد
 * عامين "after two years"), a verb before its subject agrees with it (تحدث الوزير "the minister spoke"). Part of
 * READING_RULES (reading-rules.ts), which runs and tests them.
 */
import type { Analysis, Token } from '../model';
import { agrees, bare, hasArticle, hasRole, isDefinite, procliticsOf, stemOf, wordAfter, wordBefore } from './reading-facts';
import { closeReading, MARGIN, type ReadingChoice, type ReadingRule } from './rule-kit';

/** Nouns that head a construct and take no adjective of their own next to them (كل عام "every year"). */
const QUANTIFIERS = new Set([
  'كل',
  'بعض',
  'أي',
  'جميع',
  'معظم',
  'عدة',
  'أكثر',
  'أقل',
  'نحو',
  'حوالي',
  'مختلف',
  'كافة',
  'سائر',
  'غير',
  'ذات',
]);

/** What an adjective can follow and describe: any noun or adjective when both are definite, a noun otherwise. */
const DEFINITE_HEADS = new Set(['noun', 'adj', 'propn']);
const INDEFINITE_HEADS = new Set(['noun']);

/** A reading with no clitics but maybe the article. */
const bareWord = (a: Analysis) => !hasRole(a, 'proclitic') && !hasRole(a, 'enclitic');

/** A word not read as an adjective first that has a close adjective reading (the adjective rules' word test). */
function closeAdjective(list: readonly Analysis[]): boolean {
  if (list.length < 2 || list[0]!.pos === 'adj') return false;
  const top = list[0]!.score;
  for (let k = 1; k < list.length && top - list[k]!.score <= MARGIN; k++) if (list[k]!.pos === 'adj') return true;
  return false;
}

/** The adjective reading of token i that agrees with the noun before it, definite or not as `definite` says. */
function adjectiveAfterNoun(tokens: readonly Token[], i: number, definite: boolean, id: string): ReadingChoice | null {
  // the cheap test first: is there a close adjective reading at all?
  if (!closeAdjective(tokens[i]!.analyses)) return null;
  const prev = wordBefore(tokens, i);
  const noun = prev?.analyses[0];
  // an indefinite adjective before a noun is often an elative heading it (أكبر مصنع "the biggest factory")
  const heads = definite ? DEFINITE_HEADS : INDEFINITE_HEADS;
  if (!noun || !heads.has(noun.pos) || isDefinite(noun) !== definite) return null;
  if (QUANTIFIERS.has(bare(noun.lemma)) || tokens[i + 1]?.kind === 'number') return null;
  const k = agreeingAdjective(tokens[i]!, noun);
  return k < 0 ? null : { index: k, reason: { rule: id, word: prev!.text } };
}

// The closures that test a word's readings against its neighbour live in functions of their own, reached only past
// the cheap tests: a variable a closure captures costs the function that declares it an allocation at every call,
// and the rules run at every word.

/** The close adjective reading of t, without clitics, that agrees with `noun`. */
const agreeingAdjective = (t: Token, noun: Analysis): number => closeReading(t, (a) => a.pos === 'adj' && bareWord(a) && agrees(noun, a));

/** The close noun reading of t that passes `ok` and has the same proclitics as its top reading. */
function nounWithSameProclitics(t: Token, ok: (a: Analysis) => boolean): number {
  const pros = procliticsOf(t.analyses[0]!).join('');
  return closeReading(t, (a) => a.pos === 'noun' && ok(a) && procliticsOf(a).join('') === pros);
}

export const adjectiveAfterIndefiniteNoun: ReadingRule = {
  id: 'adjective-after-noun',
  phase: 'word',
  description:
    'A word after an indefinite noun that can be an adjective agreeing with it in gender, number and definiteness is that adjective',
  examples: [
    { text: 'أرسلت قوة بحرية', word: 'بحرية', lemma: 'بحري', gloss: 'naval' },
    { text: 'عقد مؤتمر عام للحزب', word: 'عام', lemma: 'عام', gloss: 'general' },
  ],
  counterExamples: [
    { text: 'في كل عام', word: 'عام', gloss: 'year' },
    { text: 'أكدت بحرية تامة', word: 'بحرية', gloss: 'freedom' },
  ],
  appliesTo: closeAdjective,
  apply: (tokens, i) => adjectiveAfterNoun(tokens, i, false, 'adjective-after-noun'),
};

export const adjectiveAfterDefiniteNoun: ReadingRule = {
  id: 'definite-adjective',
  phase: 'word',
  description: 'A definite word after a definite noun that can be an adjective agreeing with it is that adjective',
  examples: [
    { text: 'لحماية الممرات البحرية', word: 'البحرية', lemma: 'بحري', gloss: 'naval' },
    { text: 'انتشرت القوات البحرية', word: 'البحرية', lemma: 'بحري', gloss: 'naval' },
  ],
  counterExamples: [
    { text: 'قائد البحرية', word: 'البحرية', lemma: 'بحرية', gloss: 'navy' },
    { text: 'في العام الماضي', word: 'العام', gloss: 'year' },
  ],
  appliesTo: closeAdjective,
  apply: (tokens, i) => adjectiveAfterNoun(tokens, i, true, 'definite-adjective'),
};

/** A definite word read first as an adjective, with another reading (the construct rule's word test). */
const definiteAdjective = (list: readonly Analysis[]): boolean => list.length >= 2 && list[0]!.pos === 'adj' && hasArticle(list[0]!);

export const constructChain: ReadingRule = {
  id: 'construct-chain',
  phase: 'word',
  description:
    'A definite word after an indefinite noun (a noun in the construct state, وزير الخارجية) is the noun it is joined to, not an adjective, which would have to be definite like its noun',
  examples: [
    { text: 'قال وزير الخارجية', word: 'الخارجية', lemma: 'خارجية', gloss: 'foreign ministry' },
    { text: 'بيان وزير الداخلية', word: 'الداخلية', lemma: 'داخلية', gloss: 'interior ministry' },
  ],
  counterExamples: [{ text: 'السياسة الخارجية', word: 'الخارجية', lemma: 'خارجي' }],
  appliesTo: definiteAdjective,
  apply(tokens, i) {
    const t = tokens[i]!;
    if (!definiteAdjective(t.analyses)) return null;
    const prev = wordBefore(tokens, i);
    const head = prev?.analyses[0];
    if (!head || head.pos !== 'noun' || isDefinite(head) || head.grammar.case === 'accusative') return null;
    const k = nounWithSameProclitics(t, hasArticle);
    return k < 0 ? null : { index: k, reason: { rule: 'construct-chain', word: prev!.text } };
  },
};

/** An indefinite word read first as an adjective, with another reading (the preposition rule's word test). */
const indefiniteAdjective = (list: readonly Analysis[]): boolean => list.length >= 2 && list[0]!.pos === 'adj' && !isDefinite(list[0]!);

export const nounAfterPreposition: ReadingRule = {
  id: 'noun-after-preposition',
  phase: 'word',
  description:
    'An indefinite word right after a preposition that reads as an adjective or as a noun is the noun: a preposition governs a noun (بعد عامين "after two years", not "general")',
  examples: [
    { text: 'عاد الباحث بعد عامين', word: 'عامين', lemma: 'عام', gloss: 'year' },
    { text: 'سافر قبل عامين إلى القاهرة', word: 'عامين', lemma: 'عام', gloss: 'year' },
  ],
  counterExamples: [{ text: 'عقد مؤتمر عام للحزب', word: 'عام', gloss: 'general' }],
  appliesTo: indefiniteAdjective,
  apply(tokens, i) {
    const t = tokens[i]!;
    if (!indefiniteAdjective(t.analyses)) return null;
    const prev = wordBefore(tokens, i);
    const prep = prev?.analyses[0];
    if (!prep || prep.pos !== 'prep' || prep.segments.length !== 1) return null;
    const k = nounWithSameProclitics(t, (a) => !isDefinite(a));
    return k < 0 ? null : { index: k, reason: { rule: 'noun-after-preposition', word: prev!.text } };
  },
};

/**
 * A definite sound masculine plural or dual in the nominative (المتظاهرون، الطرفان), which only a verb or a clause
 * start puts there: after a noun it would be the genitive of a construct (مطالب المتظاهرين).
 */
function nominativePlural(a: Analysis): boolean {
  if (!hasArticle(a) || (a.pos !== 'noun' && a.pos !== 'adj')) return false;
  const n = a.grammar.number;
  const stem = stemOf(a);
  return (n === 'plural' && stem.endsWith('\u0648\u0646')) || (n === 'dual' && stem.endsWith('\u0627\u0646'));
}

/** A word with another reading, read first as no verb, with no article and no pronoun suffix (a verb's word test). */
const bareNonVerb = (list: readonly Analysis[]): boolean =>
  list.length >= 2 && list[0]!.pos !== 'verb' && !hasArticle(list[0]!) && !hasRole(list[0]!, 'enclitic');

export const verbBeforeSubject: ReadingRule = {
  id: 'verb-before-subject',
  phase: 'word',
  description:
    'A word before a definite plural or dual in the nominative (ـون، ـان) is a verb with its subject, not a noun, whose next word would be in the genitive (ـين)',
  examples: [
    { text: 'قطع المتظاهرون حركة المرور', word: 'قطع', lemma: 'قطع', gloss: 'cut' },
    { text: 'وقف المحتجون أمام المبنى', word: 'وقف', lemma: 'وقف', gloss: 'stop' },
    { text: 'وعمل الموظفون ساعات إضافية', word: 'وعمل', lemma: 'عمل', gloss: 'work' },
  ],
  counterExamples: [
    { text: 'قطع الغيار متوفرة', word: 'قطع', lemma: 'قطعة' },
    { text: 'وقف المحتجين أمام المبنى', word: 'وقف', lemma: 'وقف', gloss: 'halt' },
    { text: 'في وقف المتظاهرون', word: 'وقف', lemma: 'وقف', gloss: 'halt' },
  ],
  appliesTo: bareNonVerb,
  apply(tokens, i) {
    const t = tokens[i]!;
    if (!bareNonVerb(t.analyses)) return null;
    const subject = wordAfter(tokens, i);
    if (!subject || !nominativePlural(subject.analyses[0]!)) return null;
    // after a preposition the word is a noun, whatever follows it
    if (wordBefore(tokens, i)?.analyses[0]?.pos === 'prep') return null;
    const k = closeReading(t, (a) => a.pos === 'verb' && a.grammar.aspect === 'perfect' && !hasRole(a, 'enclitic'));
    return k < 0 ? null : { index: k, reason: { rule: 'verb-before-subject', word: subject.text } };
  },
};

/** A definite singular noun that is not feminine (الوزير، الجيش), which a verb before it agrees with as "he". */
function masculineSubject(a: Analysis | undefined): boolean {
  if (!a || a.pos !== 'noun' || !hasArticle(a) || hasRole(a, 'proclitic')) return false;
  const g = a.grammar;
  return (!g.number || g.number === 'singular') && g.gender !== 'feminine' && !/\u0629$/.test(bare(stemOf(a)));
}

/** An imperfect with ت (she or you) that says no person of its own, with another reading (the agreement word test). */
function taImperfect(list: readonly Analysis[]): boolean {
  const top = list[0]!;
  const g = top.grammar;
  return list.length >= 2 && top.pos === 'verb' && g.aspect === 'imperfect' && !g.person && bare(stemOf(top)).startsWith('\u062A');
}

export const verbAgreesWithSubject: ReadingRule = {
  id: 'verb-agrees-with-subject',
  phase: 'word',
  description: 'A verb before a masculine singular subject is masculine: تحدث before الوزير is تحدّث "he spoke", not تحدث "she/it happens"',
  examples: [
    { text: 'تحدث الوزير عن الأزمة', word: 'تحدث', lemma: 'تحدث', gloss: 'speak' },
    { text: 'تقدم الجيش نحو المدينة', word: 'تقدم', lemma: 'تقدم', gloss: 'advance' },
  ],
  counterExamples: [
    { text: 'تحدث المشكلة كل عام', word: 'تحدث', lemma: 'حدث' },
    { text: 'تحدث الأزمات كل عام', word: 'تحدث', lemma: 'حدث' },
  ],
  appliesTo: taImperfect,
  apply(tokens, i) {
    const t = tokens[i]!;
    if (!taImperfect(t.analyses)) return null;
    const subject = wordAfter(tokens, i);
    if (!masculineSubject(subject?.analyses[0])) return null;
    const he = (a: Analysis) =>
      a.pos === 'verb' && a.grammar.aspect === 'perfect' && a.grammar.gender === 'masculine' && a.grammar.number === 'singular';
    const k = closeReading(t, he);
    return k < 0 ? null : { index: k, reason: { rule: 'verb-agrees-with-subject', word: subject!.text } };
  },
};

const LAST = 'آخِر';
const OTHER = 'آخَر';

export const otherAfterNoun: ReadingRule = {
  id: 'other-after-noun',
  phase: 'word',
  description:
    'آخر right after a noun describes it: آخَر "other, another" (في مكان آخر "elsewhere, in another place"); before the noun it heads it is آخِر "last" (آخر الأخبار)',
  examples: [
    { text: 'قضى وقته في مكان آخر', word: 'آخر', lemma: 'آخر', gloss: 'other' },
    { text: 'وقال مسؤول آخر إن', word: 'آخر', lemma: 'آخر', gloss: 'other' },
  ],
  counterExamples: [
    { text: 'وصلت آخر الأخبار', word: 'آخر', gloss: 'last' },
    { text: 'في آخر لحظة', word: 'آخر', gloss: 'last' },
  ],
  apply(tokens, i) {
    const list = tokens[i]!.analyses;
    if (list.length < 2 || list[0]!.lemma !== LAST) return null;
    const prev = wordBefore(tokens, i);
    const noun = prev?.analyses[0];
    if (!noun || (noun.pos !== 'noun' && noun.pos !== 'propn') || QUANTIFIERS.has(bare(noun.lemma))) return null;
    const k = otherReading(list);
    return k > 0 ? { index: k, reason: { rule: 'other-after-noun', word: prev!.text } } : null;
  },
};

/** The reading آخَر with the same clitics as the top reading (a function of its own: see the note above). */
function otherReading(list: readonly Analysis[]): number {
  const pros = procliticsOf(list[0]!).join('');
  return list.findIndex((a) => a.lemma === OTHER && procliticsOf(a).join('') === pros);
}
