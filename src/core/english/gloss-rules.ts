/**
 * Fixes of the interlinear gloss that need the word's neighbours: where a word-by-word English would say what English
 * does not (an emphatic إنّ, "the" on an adjective after its noun, "and but"). Each rule is a descriptor with a worked
 * example, tested in one loop; a rule rewrites the parts of a gloss (short-gloss.ts joins them), never its string.
 */
import type { Analysis } from '../model';

/** A word's gloss before its parts are joined: proclitics, possessive, article, stem, object. */
export interface GlossParts {
  /** what the proclitics add: and, with, for, to */
  proclitics: string[];
  /** a pronoun suffix said before the stem: its library */
  possessive: string[];
  /** the article, said after the proclitics */
  the: boolean;
  stem: string;
  /** a pronoun suffix said after the stem: visit it */
  object: string[];
}

/** What a rule sees of the word's neighbours. */
export interface GlossContext {
  /** the previous token's best reading, when it is a word right before this one (no punctuation between) */
  prev: Analysis | undefined;
  /** the best readings of the words before this one back to the start of its sentence, nearest first (a few) */
  clause: readonly Analysis[];
}

export interface GlossRule {
  id: string;
  description: string;
  /** a text, one of its words, and that word's gloss with the rule ('' for none) */
  example: { text: string; word: string; gloss: string };
  apply(parts: GlossParts, a: Analysis, context: GlossContext): GlossParts;
}

/** harakat and shadda (U+064B … U+0652) and the superscript alef (U+0670): lemmas compared bare */
const HARAKAT = /[\u064B-\u0652\u0670]/g;
const bareLemma = (a: Analysis | undefined) => a?.lemma.replace(HARAKAT, '') ?? '';

/** SHADDA (U+0651): what tells إِنَّ "indeed" from the conditional إِنْ "if" */
const SHADDA = '\u0651';
/** قال "say": the one verb after which the clause it reports opens with إنّ rather than أنّ */
const SAY = '\u0642\u0627\u0644';
/** إنّ and its sisters أنّ لأنّ لكنّ كأنّ (bare): a pronoun suffix on them is their subject */
const SUBJECT_PARTICLES = new Set(['\u0625\u0646', '\u0623\u0646', '\u0644\u0623\u0646', '\u0644\u0643\u0646', '\u0643\u0623\u0646']);
/** a pronoun suffix as subject, where it differs from the object form: that they, not that them */
const SUBJECT: Record<string, string> = { هم: 'they', هما: 'they', هن: 'they', ي: 'I', ني: 'I', نا: 'we' };
/** quantifiers that with the article stand for people: الجميع "everyone", البعض "some" (bare lemmas) */
const DEFINITE_SENSE: Record<string, string> = { جميع: 'everyone', كل: 'everyone', بعض: 'some' };
/** the parts of speech a following adjective can describe */
const DESCRIBED = new Set(['noun', 'adj', 'propn']);

/** إِنَّ: alef with hamza below (U+0625), nun (U+0646), doubled */
const isInna = (a: Analysis) => bareLemma(a) === '\u0625\u0646' && a.lemma.includes(SHADDA);
/** Whether قال stands earlier in the clause (what it reports opens with إنّ "that"). */
const reportedBySay = (c: GlossContext) => c.clause.some((w) => w.pos === 'verb' && bareLemma(w) === SAY);
const hasArticle = (a: Analysis) => a.segments.some((s) => s.role === 'article');
const enclitic = (a: Analysis) => a.segments.find((s) => s.role === 'enclitic')?.text.replace(HARAKAT, '');
/** A definite word: with the article, a pronoun suffix, or a name. */
const definite = (a: Analysis) => a.pos === 'propn' || hasArticle(a) || enclitic(a) !== undefined;

export const GLOSS_RULES: readonly GlossRule[] = [
  {
    id: 'inna-reported',
    description: 'إنّ opening what قال reports is "that" (said that …)',
    example: { text: 'وقال المدير إن الطلاب حضروا', word: 'إن', gloss: 'that' },
    apply: (p, a, c) => (isInna(a) && reportedBySay(c) ? { ...p, stem: 'that' } : p),
  },
  {
    id: 'inna-emphatic',
    description: 'elsewhere إنّ only stresses the clause it opens: English writes nothing for it',
    example: { text: 'إن الحكومة قررت فتح المدارس', word: 'إن', gloss: '' },
    apply: (p, a, c) => (isInna(a) && !reportedBySay(c) ? { ...p, stem: '' } : p),
  },
  {
    id: 'particle-subject',
    description: 'a pronoun suffix on إنّ and its sisters is their subject: that they, because we',
    example: { text: 'وأضاف أنهم سيزورون المدينة', word: 'أنهم', gloss: 'that they' },
    apply: (p, a) => {
      const suffix = SUBJECT[enclitic(a) ?? ''];
      return a.pos === 'conj' && suffix && SUBJECT_PARTICLES.has(bareLemma(a)) ? { ...p, object: [suffix] } : p;
    },
  },
  {
    id: 'attributive-adjective',
    description: 'an adjective with the article right after the definite word it describes takes no "the" in English',
    example: { text: 'تعلم الطلاب اللغة العربية', word: 'العربية', gloss: 'Arab' },
    apply: (p, a, c) => (a.pos === 'adj' && p.the && c.prev && DESCRIBED.has(c.prev.pos) && definite(c.prev) ? { ...p, the: false } : p),
  },
  {
    id: 'definite-quantifier',
    description: 'الجميع, الكل, البعض alone stand for people: everyone, some',
    example: { text: 'الزيارة متاحة للجميع', word: 'للجميع', gloss: 'for everyone' },
    apply: (p, a) => {
      const sense = DEFINITE_SENSE[bareLemma(a)];
      return sense && hasArticle(a) && a.pos === 'noun' ? { ...p, the: false, stem: sense } : p;
    },
  },
  {
    id: 'and-but',
    description: 'و before لكن is not said: "but", not "and but"',
    example: { text: 'حضر الطلاب ولكن المدير غاب', word: 'ولكن', gloss: 'but' },
    apply: (p, a) => (a.pos === 'conj' && p.stem === 'but' && p.proclitics[0] === 'and' ? { ...p, proclitics: p.proclitics.slice(1) } : p),
  },
];
