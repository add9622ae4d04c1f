/**
 * How an ordinary word becomes a unit of the offline English: a table of named rules, tried in order, the first that
 * applies deciding. Each rule has worked examples (the unit it makes for a word of a sentence) and counter-examples
 * (words it must leave to a later rule); tests/unit/core/english/word-unit-rules.test.ts runs them all. Names, phrases, figures
 * and time expressions are units of their own before these rules are asked (units.ts).
 */
import type { Lexicon } from '../lexicon';
import type { Analysis, Token } from '../model';
import { looseKey, nameToEnglish } from '../text';
import { comparedQuality, COMPARATIVE, negatedAdjective, superlativeOf } from './adjective-forms';
import { ADVERB_RULES } from './adverb-rules';
import { PARTICLE_RULES } from './particle-rules';
import { firstSense } from './english-words';
import { governedWord, isPlural, masculineSingular, objectThroughBi, personOf, preOf, readingOf, tenseOf, verbalOf } from './readings';
import type { Unit, UnitKind } from './unit';
import { IDIOM_EN, PLURAL_EN, PREP_EN, presentSense, THAT_SUBJECT, WORD_EN } from './unit-words';
import { one, wordSite, type WordSite, type WordUnit, type WordUnitRule, type WordUnits } from './word-site';

export type { WordUnitExample, WordUnitRule } from './word-site';

const KULL = looseKey('كل');
const NAFS = looseKey('نفس');
const GHAYR = looseKey('غير');
/** verbs of being and becoming, which English says as "be" / "become" before their predicate */
const BE = 'كان';
const BECOME = new Set(['اصبح', 'بات', 'ظل']);
/** A nisba adjective (اقتصادي، إقليمي) classifies its noun: it goes next to it in English. */
const NISBA = /\u064A\u0651?$/; // ي (yeh) + shadda
const hasArticle = (a: Analysis | undefined) => !!a?.segments.some((s) => s.role === 'article');
const entryOf = (w: WordSite) => (w.top.entryId !== undefined ? w.lex.entries[w.top.entryId] : undefined);
const TA_MARBUTA = '\u0629';
/** A noun whose stem is written with ة (المدينة، حكومة). */
const writtenWithTa = (a: Analysis): boolean => !!a.segments.find((s) => s.role === 'stem')?.text.endsWith(TA_MARBUTA);

/**
 * A word the lexicon does not know is most often a name: it is written out, not dropped. Its article is left out
 * (الكتالونية → Kataluniya): such words are mostly foreign names and nisbas, which English writes without al-.
 */
export function unknownWordUnit(text: string): WordUnit {
  const written = /[\u0621-\u064A]/.test(text) ? nameToEnglish(text) : '';
  const en = written.replace(/^(\w*?)al-/, '$1').replace(/^./, (c) => c.toUpperCase());
  return en ? { kind: 'name', en, guessed: true } : { kind: 'skip', en: '' };
}

export const WORD_UNIT_RULES: readonly WordUnitRule[] = [
  {
    id: 'unknown-as-name',
    description: 'a word the lexicon does not know is most often a name: it is written out in Latin letters, not dropped',
    examples: [{ text: 'وسجل فيدالوس هدفا', word: 'فيدالوس', kind: 'name', en: 'Fidalus' }],
    counterExamples: [{ text: 'وسجل اللاعب هدفا', word: 'اللاعب' }],
    apply: (w) => (w.top.pos === 'unknown' ? one(unknownWordUnit(w.tokens[w.i]!.text)) : null),
  },
  ...ADVERB_RULES,
  {
    id: 'kull-with-pronoun',
    description: 'كله، كلها after a noun ("all of it") adds nothing a gist needs',
    examples: [{ text: 'دمرت المدينة كلها', word: 'كلها', kind: 'skip', en: '' }],
    counterExamples: [{ text: 'في كل المدن', word: 'كل' }],
    apply: (w) => (w.stemKey === KULL && w.enc ? one({ kind: 'skip', en: '' }) : null),
  },
  {
    id: 'nafs-after-definite',
    description: 'نفس with a pronoun after a definite noun is "the same" (المدينة نفسها "the same city")',
    examples: [{ text: 'عاد إلى المدينة نفسها', word: 'نفسها', kind: 'adj', en: 'same' }],
    counterExamples: [{ text: 'دافع عن نفسه', word: 'نفسه' }],
    apply: (w) =>
      w.stemKey === NAFS && w.enc && w.units[w.units.length - 1]?.definite ? one({ kind: 'adj', en: 'same', definite: true }) : null,
  },
  {
    id: 'nafs-before-definite',
    description: 'نفس before a definite noun is "the same" (نفس اليوم "the same day")',
    examples: [{ text: 'وصل في نفس اليوم', word: 'نفس', kind: 'adj', en: 'same' }],
    counterExamples: [{ text: 'شعر بالراحة النفسية', word: 'النفسية' }],
    apply: (w) => {
      const after = w.tokens[w.i + 1]?.analyses[0];
      return w.stemKey === NAFS && !w.enc && after?.pos === 'noun' && hasArticle(after)
        ? one({ kind: 'adj', en: 'same', definite: true, pre: preOf(w.pros, false) })
        : null;
    },
  },
  {
    id: 'idiom-word',
    description: 'a whole word that is an idiom of its own (بدوره "in turn", أيضا "also")',
    examples: [{ text: 'وقال بدوره إن الاتفاق مهم', word: 'بدوره', kind: 'adv', en: 'in turn' }],
    counterExamples: [{ text: 'لعب دورا مهما', word: 'دورا' }],
    apply: (w) => {
      const idiom = IDIOM_EN[looseKey(w.tokens[w.i]!.text)];
      return idiom ? one({ kind: idiom[0], en: idiom[1] }) : null;
    },
  },
  {
    id: 'ma-which',
    description: 'ما after a comma, before a verb, is "which" (، ما أدى إلى "which led to")',
    examples: [{ text: 'ارتفعت الأسعار، ما أدى إلى احتجاجات', word: 'ما', kind: 'rel', en: 'which' }],
    counterExamples: [{ text: 'لا يعرف ما حدث', word: 'ما' }],
    apply: (w) =>
      w.stemKey === 'ما' && !w.pros.length && w.units[w.units.length - 1]?.kind === 'stop' && w.tokens[w.i + 1]?.analyses[0]?.pos === 'verb'
        ? one({ kind: 'rel', en: 'which' })
        : null,
  },
  ...PARTICLE_RULES,
  {
    id: 'fixed-word',
    description:
      'a particle with a fixed English and role (لكن "but", لم "not", أن "that" with its subject pronoun); a conjunction takes no "and" from its و',
    examples: [
      { text: 'وأكد أنهم سيحضرون', word: 'أنهم', kind: 'that', en: 'that they' },
      { text: 'وصل الوفد ولكن الاجتماع تأجل', word: 'ولكن', kind: 'conj', en: 'but' },
    ],
    counterExamples: [{ text: 'وصل الوفد إلى المدينة', word: 'الوفد' }],
    apply: (w) => {
      const fixed = WORD_EN[w.stemKey];
      if (!fixed) return null;
      const [kind, en] = Array.isArray(fixed) ? fixed : [fixed, ''];
      const tail = kind === 'that' && w.enc ? ` ${THAT_SUBJECT[w.enc] ?? 'it'}` : '';
      return one({ kind, en: kind === 'that' ? `that${tail}` : en, pre: kind === 'conj' && w.pre === 'and' ? undefined : w.pre });
    },
  },
  {
    id: 'preposition',
    description: 'a preposition, its pronoun suffix as its object (عليه "on him")',
    examples: [{ text: 'وصل الوفد إلى المدينة', word: 'إلى', kind: 'prep', en: 'to' }],
    counterExamples: [{ text: 'وصل الوفد إلى المدينة', word: 'المدينة' }],
    apply: (w) =>
      w.top.pos === 'prep' || PREP_EN[w.stemKey]
        ? one({ kind: 'prep', en: PREP_EN[w.stemKey] ?? PREP_EN[w.lemmaKey] ?? firstSense(w.top.gloss), pre: w.pre, obj: w.pron?.[1] })
        : null,
  },
  {
    id: 'tamma-done',
    description: 'تم before a verbal noun says that something was done (تم توقيع الاتفاق "the agreement was signed")',
    examples: [{ text: 'تم توقيع الاتفاق أمس', word: 'تم', kind: 'done', en: '' }],
    counterExamples: [{ text: 'وقع الوزيران الاتفاق أمس', word: 'وقع' }],
    apply: (w) => (w.top.pos === 'verb' && w.lemmaKey === 'تم' ? one({ kind: 'done', en: '', pre: w.pre, tense: tenseOf(w.top) }) : null),
  },
  {
    id: 'be-become',
    description: 'كان is "be", أصبح، بات، ظل "become": auxiliaries before their predicate; the future سـ is "will"',
    examples: [
      { text: 'كان الطقس باردا', word: 'كان', kind: 'aux', en: 'be' },
      { text: 'أصبح الوضع أكثر صعوبة', word: 'أصبح', kind: 'aux', en: 'become' },
    ],
    counterExamples: [{ text: 'قال الوزير إن الوضع صعب', word: 'قال' }],
    apply: (w) => {
      if (w.top.pos !== 'verb' || (w.lemmaKey !== BE && !BECOME.has(w.lemmaKey))) return null;
      const aux: WordUnit = { kind: 'aux', en: w.lemmaKey === BE ? 'be' : 'become', pre: w.pre, tense: tenseOf(w.top) };
      return { units: w.pros.includes('س') ? [{ kind: 'future', en: 'will' }, aux] : [aux] };
    },
  },
  {
    id: 'verb',
    description:
      'a verb: its sense (its present sense in the imperfect), tense, subject pronoun, voice, object suffix and governed preposition; the future سـ is "will"',
    examples: [
      { text: 'وقال الوزير إن الاتفاق مهم', word: 'وقال', kind: 'verb', en: 'say' },
      { text: 'وسيزور الرئيس المدينة', word: 'وسيزور', kind: 'verb', en: 'visit' },
    ],
    counterExamples: [{ text: 'وصل الوفد إلى المدينة', word: 'الوفد' }],
    apply: (w) => {
      if (w.top.pos !== 'verb') return null;
      const entry = entryOf(w);
      const verb: WordUnit = {
        kind: 'verb',
        en: presentSense(w.top) ?? firstSense(w.top.gloss),
        pre: w.pre === 'for' ? 'to' : w.pre,
        obj: w.pron?.[1],
        tense: tenseOf(w.top),
        person: personOf(w.top),
        masculine: masculineSingular(w.top) || undefined,
        passive: w.top.grammar.voice === 'passive',
        throughBi: objectThroughBi(entry),
        governs: governedWord(entry),
      };
      return { units: w.pros.includes('س') ? [{ kind: 'future', en: 'will' }, verb] : [verb] };
    },
  },
  {
    id: 'ghayr-adjective',
    description: 'غير before an adjective negates it: one unit with the next word (غير متوقع "unexpected")',
    examples: [{ text: 'كان القرار غير متوقع', word: 'غير', kind: 'adj', en: 'unexpected' }],
    counterExamples: [{ text: 'سافر إلى بلد غير بلده', word: 'غير' }],
    apply: (w) => {
      const next = w.tokens[w.i + 1]?.analyses[0];
      if (w.lemmaKey !== GHAYR || next?.pos !== 'adj' || w.i + 1 >= w.to) return null;
      return { units: [{ kind: 'adj', en: negatedAdjective(firstSense(next.gloss)), pre: w.pre }], last: w.i + 1 };
    },
  },
  {
    id: 'comparative',
    description:
      'أكثر / أقل before an indefinite accusative noun is one comparative with it (أكثر غموضا "more vague"); after a definite noun it is said of that noun',
    examples: [{ text: 'جعل الوضع أكثر غموضا', word: 'أكثر', kind: 'adv', en: 'more vague' }],
    counterExamples: [{ text: 'أكثر من مئة شخص', word: 'أكثر' }],
    apply: (w) => {
      if (w.top.pos !== 'adj' || !COMPARATIVE.test(w.top.gloss[0] ?? '')) return null;
      const quality = comparedQuality(w.tokens[w.i + 1], w.lex);
      if (!quality) return null;
      const kind = w.units[w.units.length - 1]?.definite ? 'adv' : 'adj';
      return { units: [{ kind, en: `${w.top.gloss[0]} ${quality}`, pre: w.pre }], last: w.i + 1 };
    },
  },
  {
    id: 'adjective',
    description: 'an adjective: its sense, number, definiteness, superlative, and whether it classifies its noun (a nisba)',
    examples: [{ text: 'وقعت الدولتان اتفاقا جديدا', word: 'جديدا', kind: 'adj', en: 'new' }],
    counterExamples: [{ text: 'وقعت الدولتان اتفاقا جديدا', word: 'اتفاقا' }],
    apply: (w) =>
      w.top.pos === 'adj'
        ? one({
            kind: 'adj',
            en: firstSense(w.top.gloss),
            pre: w.pre,
            definite: hasArticle(w.top),
            plural: w.top.grammar.number === 'plural',
            superlative: superlativeOf(w.top),
            classifier: NISBA.test(w.top.lemma),
          })
        : null,
  },
  {
    id: 'noun',
    description:
      'a noun, name or number word: its sense (a plural of its own where English has one), its possessive suffix, number and definiteness, and the verb of a singular verbal noun',
    examples: [{ text: 'وقعت الدولتان اتفاقا جديدا', word: 'اتفاقا', kind: 'noun', en: 'agreement' }],
    counterExamples: [{ text: 'وقعت الدولتان اتفاقا جديدا', word: 'جديدا' }],
    apply: (w) => {
      const { top } = w;
      if (top.pos !== 'noun' && top.pos !== 'propn' && top.pos !== 'num') return null;
      const own = PLURAL_EN[w.stemKey];
      return one({
        kind: 'noun',
        en: own ? own[0] : firstSense(top.gloss),
        pre: w.pre,
        poss: w.pron?.[0],
        pronoun: w.pron ? w.enc : undefined,
        plural: own ? own[1] : isPlural(top),
        definite: hasArticle(top),
        accusative: top.grammar.case === 'accusative' || undefined,
        dual: (!own && top.pos === 'noun' && top.grammar.number === 'dual') || undefined,
        feminine: (top.pos === 'noun' && !top.grammar.number && writtenWithTa(top)) || undefined,
        // a plural verbal noun is a thing (إجراءات "measures"), not an action
        verbal: isPlural(top) ? undefined : verbalOf(top, w.lex),
      });
    },
  },
  {
    id: 'other-word',
    description: 'an adverb, pronoun or conjunction keeps its sense and role; any other particle is left out of the gist',
    examples: [{ text: 'يعمل الموظفون حاليا في المكتب', word: 'حاليا', kind: 'adv', en: 'currently' }],
    counterExamples: [],
    apply: (w) => {
      const kind: UnitKind = w.top.pos === 'adv' || w.top.pos === 'pron' || w.top.pos === 'conj' ? w.top.pos : 'skip';
      return one({ kind, en: kind === 'skip' ? '' : firstSense(w.top.gloss), pre: w.pre });
    },
  },
];

/** The first rule that decides the word, and what it makes (the last rule decides any word). */
export function decideWord(w: WordSite): { rule: WordUnitRule; made: WordUnits } {
  for (const rule of WORD_UNIT_RULES) {
    const made = rule.apply(w);
    if (made) return { rule, made };
  }
  throw new Error('the last word-unit rule decides every word');
}

/** The rule that decides the word at token i after the sentence's units so far, and what it makes (for tests and tools). */
export function explainWord(units: readonly Unit[], tokens: readonly Token[], i: number, to: number, lex: Lexicon) {
  const top = readingOf(tokens[i]!, units, lex);
  return top ? decideWord(wordSite(units, tokens, i, to, top, lex)) : undefined;
}
