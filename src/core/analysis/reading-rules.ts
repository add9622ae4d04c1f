/**
 * Reading choice in context. The analyser ranks a word's readings alone; these rules look at its neighbours and
 * pick another reading, or another sense, when the phrase settles it: an adjective agrees with the noun before it
 * (قوة بحرية "naval force", not ب + حرية "with freedom"), a definite word after a noun in the construct state is
 * its noun (وزير الخارجية), لـ before a verbal noun says what for (لبحث "to discuss"), أن before a verb is "to".
 * Each rule is a descriptor whose examples (and counter-examples, where it must stay silent) are tested in one loop.
 */
import { bare, hasRole, wordAfter, wordBefore } from './reading-facts';
import type { ReadingRule } from './rule-kit';
import type { Analysis } from '../model';
import type { Lexicon } from '../lexicon';
import {
  adjectiveAfterDefiniteNoun,
  adjectiveAfterIndefiniteNoun,
  constructChain,
  nounAfterPreposition,
  otherAfterNoun,
  verbAgreesWithSubject,
  verbBeforeSubject,
} from './agreement-rules';
import { speechAddressee } from './speech-rule';
import { economySenses, sportSenses } from './topic-rules';

export type { ReadingChoice, ReadingRule, RuleExample } from './rule-kit';

const LAM = '\u0644';
/** The first sense of a verb, without its notes ("hold (a meeting)" → "hold"). */
const verbSense = (g: string): string =>
  g
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A noun whose last segment is its stem, right after لـ (not the article): purpose-lam's word test. */
function lamNoun(list: readonly Analysis[]): boolean {
  const top = list[0]!;
  if (top.pos !== 'noun' || top.segments.length < 2) return false;
  const stem = top.segments.findIndex((s) => s.role === 'stem');
  const lam = top.segments[stem - 1];
  return !!lam && lam.role === 'proclitic' && bare(lam.text) === LAM && stem === top.segments.length - 1;
}

const purposeLam: ReadingRule = {
  id: 'purpose-lam',
  phase: 'word',
  description: 'لـ on an indefinite verbal noun followed by its object says what for: the verbal noun reads as its verb ("to discuss")',
  examples: [
    { text: 'عقد اجتماعا لبحث سبل التعاون', word: 'لبحث', lemma: 'بحث', gloss: 'discuss' },
    { text: 'زار القاهرة لمناقشة الأزمة', word: 'لمناقشة', lemma: 'مناقشة', gloss: 'discuss' },
  ],
  counterExamples: [
    { text: 'مركز للبحث العلمي', word: 'للبحث', gloss: 'research' },
    { text: 'خصصت أموالا لبحث علمي', word: 'لبحث', gloss: 'research' },
  ],
  // the segment before the stem is لـ (not the article), and no pronoun follows
  appliesTo: lamNoun,
  apply(tokens, i, lex) {
    const top = tokens[i]!.analyses[0]!;
    if (!lamNoun(tokens[i]!.analyses)) return null;
    const object = wordAfter(tokens, i)?.analyses[0];
    if (!object || (object.pos !== 'noun' && object.pos !== 'propn')) return null;
    const entry = top.entryId !== undefined ? lex.entries[top.entryId] : undefined;
    const verb = entry && lex.verbOfMasdar(entry);
    const sense = verb && verbSense(verb.glosses[0] ?? '');
    if (!sense) return null;
    return { index: 0, reason: { rule: 'purpose-lam' }, senses: sensesWithFirst(top.gloss, sense), proclitic: 'to' };
  },
};

/**
 * `sense`, then the other senses. (A function of its own: a variable that a closure captures costs the function that
 * declares it an allocation at every call, and the rules run at every word.)
 */
const sensesWithFirst = (gloss: readonly string[], sense: string): string[] => [sense, ...gloss.filter((g) => g !== sense)];

const TAMMA = 'تَمَّ';

const masdarAfterTamma: ReadingRule = {
  id: 'masdar-after-tamma',
  phase: 'word',
  description: 'after تمّ (يتم، سيتم) comes the verbal noun of what was done, not a verb: تم فتح تحقيق "an investigation was opened"',
  examples: [
    { text: 'تم فتح تحقيق في الحادث', word: 'فتح', lemma: 'فتح', gloss: 'opening' },
    { text: 'وسيتم منح المسافرين الماء', word: 'منح', lemma: 'منح', gloss: 'granting' },
  ],
  counterExamples: [{ text: 'فتح الجيش الطريق', word: 'فتح', lemma: 'فتح', gloss: 'open' }],
  appliesTo: (list) => list[0]!.pos === 'verb',
  apply(tokens, i, lex) {
    const t = tokens[i]!;
    if (t.analyses[0]!.pos !== 'verb' || wordBefore(tokens, i)?.analyses[0]?.lemma !== TAMMA) return null;
    const k = masdarReading(t.analyses, lex);
    return k > 0 ? { index: k, reason: { rule: 'masdar-after-tamma', word: wordBefore(tokens, i)!.text } } : null;
  },
};

/** The reading that is a verbal noun (a function of its own, like sensesWithFirst). */
function masdarReading(list: readonly Analysis[], lex: Lexicon): number {
  return list.findIndex((a) => a.pos === 'noun' && a.entryId !== undefined && !!lex.verbOfMasdar(lex.entries[a.entryId]!));
}

const AN = 'أَنْ';
const ANNA = 'أَنَّ';

/** أَنَّ with another reading and no pronoun suffix (an-before-verb's word test). */
const annaWord = (list: readonly Analysis[]): boolean => list.length >= 2 && !hasRole(list[0]!, 'enclitic') && list[0]!.lemma === ANNA;

const anBeforeVerb: ReadingRule = {
  id: 'an-before-verb',
  phase: 'word',
  description: 'أن before a verb in the imperfect is أَنْ "to" (its subjunctive); before a noun it is أَنَّ "that"',
  examples: [
    { text: 'يجب أن يكون', word: 'أن', lemma: 'أن', gloss: 'to' },
    { text: 'ويريد أن تعود', word: 'أن', lemma: 'أن', gloss: 'to' },
  ],
  counterExamples: [{ text: 'أعلن أن الحكومة', word: 'أن', gloss: 'that' }],
  appliesTo: annaWord,
  apply(tokens, i) {
    const t = tokens[i]!;
    if (!annaWord(t.analyses)) return null;
    const next = wordAfter(tokens, i)?.analyses[0];
    if (!next || next.pos !== 'verb' || next.grammar.aspect !== 'imperfect') return null;
    const k = anReading(t.analyses);
    return k > 0 ? { index: k, reason: { rule: 'an-before-verb' } } : null;
  },
};

/** The reading أَنْ spelled as the top reading أَنَّ is (a function of its own, like sensesWithFirst). */
function anReading(list: readonly Analysis[]): number {
  const last = bare(list[0]!.segments.at(-1)!.text);
  return list.findIndex((a) => a.lemma === AN && bare(a.segments.at(-1)!.text) === last);
}

const maRelative: ReadingRule = {
  id: 'ma-relative',
  phase: 'word',
  description: 'ما after a preposition or a noun is the relative "what", not the negation',
  examples: [
    { text: 'حسب ما أعلنت الوزارة', word: 'ما', lemma: 'ما', gloss: 'what' },
    { text: 'في ما يلي', word: 'ما', lemma: 'ما', gloss: 'what' },
  ],
  counterExamples: [{ text: 'وقالوا ما زالوا', word: 'ما', gloss: 'not' }],
  appliesTo: (list) => list[0]!.pos === 'part',
  apply(tokens, i) {
    const t = tokens[i]!;
    const top = t.analyses[0]!;
    if (top.pos !== 'part' || bare(t.text) !== 'ما') return null;
    const prev = wordBefore(tokens, i)?.analyses[0];
    if (!prev || (prev.pos !== 'prep' && prev.pos !== 'noun')) return null;
    const k = t.analyses.findIndex((a) => a.pos === 'pron');
    return k > 0 ? { index: k, reason: { rule: 'ma-relative', word: wordBefore(tokens, i)!.text } } : null;
  },
};

const STOP = new Set(
  'the a an of to in on at for by with from and or be is as was were are has had have it its this that these those not'.split(' '),
);
/** The English words of a gloss that can name a sense (lowercase, no function words, no notes in brackets). */
const englishWords = (g: string): string[] =>
  g
    .replace(/\([^)]*\)/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !STOP.has(w));

const PHRASE_WORDS = new WeakMap<readonly string[], Set<string>>();
/** The English words of a phrase's glosses, once per phrase entry. */
function phraseWords(gloss: readonly string[]): Set<string> {
  let w = PHRASE_WORDS.get(gloss);
  if (!w) PHRASE_WORDS.set(gloss, (w = new Set(gloss.flatMap(englishWords))));
  return w;
}

const SENSE_WORDS = new WeakMap<readonly string[], string[][]>();
/** The English words of each sense of a reading, once per sense list (readings share their entry's list). */
function senseWords(gloss: readonly string[]): string[][] {
  let w = SENSE_WORDS.get(gloss);
  if (!w) SENSE_WORDS.set(gloss, (w = gloss.map(englishWords)));
  return w;
}

/** The first sense of `gloss` that names one of `words`, or -1 (loops: this runs at every word of every phrase). */
function senseNamed(gloss: readonly string[], words: ReadonlySet<string>): number {
  const senses = senseWords(gloss);
  for (let s = 0; s < senses.length; s++) for (const w of senses[s]!) if (words.has(w)) return s;
  return -1;
}

const collocation: ReadingRule = {
  id: 'collocation',
  description: 'A phrase of the list decides the reading and the sense of its words: the sense that its English names comes first',
  phase: 'phrase',
  examples: [
    { text: 'وألقى كلمة افتتاحية', word: 'كلمة', lemma: 'كلمة', gloss: 'speech' },
    { text: 'اجتمع رجال الأعمال', word: 'الأعمال', lemma: 'عمل', gloss: 'business' },
  ],
  counterExamples: [{ text: 'كلمة السر', word: 'كلمة', gloss: 'word' }],
  apply(tokens, i, _lex, phrase) {
    if (!phrase) return null;
    const words = phraseWords(phrase.gloss);
    if (!words.size) return null;
    const list = tokens[i]!.analyses;
    for (let k = 0; k < list.length; k++) {
      const gloss = list[k]!.gloss;
      const sense = senseNamed(gloss, words);
      if (sense < 0) continue;
      if (k === 0 && sense === 0) return null;
      const senses = sense > 0 ? [gloss[sense]!, ...gloss.filter((_, j) => j !== sense)] : undefined;
      return { index: k, reason: { rule: 'collocation', word: phrase.text }, senses };
    }
    return null;
  },
};

/** The rules run on each word in this order; the first that decides wins. */
export const READING_RULES: readonly ReadingRule[] = [
  adjectiveAfterIndefiniteNoun,
  adjectiveAfterDefiniteNoun,
  constructChain,
  nounAfterPreposition,
  purposeLam,
  masdarAfterTamma,
  anBeforeVerb,
  verbBeforeSubject,
  verbAgreesWithSubject,
  maRelative,
  otherAfterNoun,
  speechAddressee,
  sportSenses,
  economySenses,
  collocation,
];
