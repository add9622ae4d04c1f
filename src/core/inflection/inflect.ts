/**
 * Generates the unvowelled surface forms of a lemma (without clitics): the form flags and letters shared with verb
 * conjugation (verb-forms.ts), and noun endings, sound and broken plurals, duals and feminines. The analyser indexes
 * these forms, so analysis is a clitic split plus a hash lookup.
 */
import { grammar, NO_GRAMMAR, type Grammar } from '../model';

/** Form flags. */
export const F = {
  /** only with an enclitic pronoun (ة→ت, اء→ائ, dual/plural construct before a pronoun) */
  ENC_ONLY: 1,
  /** never with an enclitic pronoun (sound plurals and duals with their ن) */
  NO_ENC: 2,
  /** a nominal: takes the article and the prepositions ب ك ل */
  NOMINAL: 4,
  /** an imperfect verb form: takes س and ل */
  IMPF: 8,
  /** a verb form: takes object pronouns */
  VERB: 16,
  /** an unusual form: lower prior */
  RARE: 32,
  /** a preposition or particle that hosts pronouns */
  HOST: 64,
  /** a name written with the article (العراق): this article-less form occurs only with it */
  DEF_ONLY: 128,
} as const;

export interface SurfaceForm {
  /** strict key of the form (no diacritics; hamza seats, ة and ى as written) */
  form: string;
  /** what the form's letters show: plural, perfect with a feminine subject, passive … */
  grammar: Grammar;
  flags: number;
}

export const TEH_MARBUTA = '\u0629'; // ة
/** the nouns whose construct state lengthens the case vowel: أب، أخ، حم */
const FIVE_NOUNS = new Set(['\u0623\u0628', '\u0623\u062E', '\u062D\u0645']);
export const ALEF_MAQSURA = '\u0649'; // ى
export const ALEF = '\u0627'; // ا
export const WAW = '\u0648'; // و
export const YEH = '\u064A'; // ي
export const TEH = '\u062A'; // ت
export const HAMZA = '\u0621'; // ء

export const last = (s: string, k = 1) => s.slice(s.length - k);
/** letters that never join the next one: a final hamza after them stays on the line (جزءاً، ضوءاً) */
const NON_JOINING = new Set(['\u0627', '\u062F', '\u0630', '\u0631', '\u0632', '\u0648', '\u0622', '\u0623', '\u0625', '\u0624']);

/** The stem the accusative alef is written on: a final hamza sits on ئ after a joining letter (شيئاً، عبئاً). */
function accusativeStem(b: string): string {
  if (!b.endsWith(HAMZA)) return b;
  return NON_JOINING.has(b[b.length - 2] ?? '') ? b : dropLast(b) + '\u0626';
}
export const dropLast = (s: string, k = 1) => s.slice(0, s.length - k);
const HAMZA_ON_ALEF = '\u0623'; // أ
/** Joins a stem and an ending: a final أ and an initial ا merge into آ (مبدأ + ان → مبدآن، بدأ + ا → بدآ، منشأ + ات → منشآت). */
export const join = (stem: string, ending: string) =>
  stem.endsWith(HAMZA_ON_ALEF) && ending.startsWith(ALEF) ? dropLast(stem) + '\u0622' + ending.slice(1) : stem + ending;

export interface NounInput {
  bare: string;
  pos: string;
  plurals: string[]; // strict keys of broken plurals
  soundPlural: { ات: boolean; ون: boolean };
  fem?: string;
  isNisba: boolean;
  /** a defective noun written with tanwin (قاضٍ): its definite form ends in ي */
  manqus?: boolean;
}

/** Surface forms of a noun or adjective. */
/** Receives each generated form (the index inserts directly, without intermediate objects). */
export type FormSink = (form: string, grammar: Grammar, flags: number) => void;

export const collect = (): [SurfaceForm[], FormSink] => {
  const out: SurfaceForm[] = [];
  return [out, (form, grammar, flags) => out.push({ form, grammar, flags })];
};

/** The grammars of noun and adjective forms. */
export const NOMINAL = {
  plain: NO_GRAMMAR,
  dual: grammar({ number: 'dual' }),
  dualConstruct: grammar({ number: 'dual', state: 'construct' }),
  plural: grammar({ number: 'plural' }),
  pluralConstruct: grammar({ number: 'plural', state: 'construct' }),
  pluralAccusative: grammar({ number: 'plural', case: 'accusative' }),
  accusative: grammar({ case: 'accusative' }),
  construct: grammar({ state: 'construct' }),
  feminine: grammar({ gender: 'feminine' }),
  feminineDual: grammar({ number: 'dual', gender: 'feminine' }),
  femininePlural: grammar({ number: 'plural', gender: 'feminine' }),
} as const;

/** Surface forms of a noun or adjective (returned, or sent to `sink`). */
export function nounForms(n: NounInput, sink?: FormSink): SurfaceForm[] {
  const [out, collectSink] = collect();
  const emit = sink ?? collectSink;
  const add = (form: string, g: Grammar, flags = 0) => emit(form, g, flags | F.NOMINAL);
  // a dual in construct (زوجتا الرئيس، طرفي النزاع) takes neither the article nor a pronoun: not NOMINAL
  const construct = (form: string) => emit(form, NOMINAL.dualConstruct, F.NO_ENC | F.RARE);
  const b = n.bare;
  const isAdj = n.pos === 'adj' || n.isNisba;
  // the elative أفعل (أكبر، أهم) takes no ة and no sound plural; أخير and أمني are ordinary adjectives
  const elative =
    n.pos === 'adj' && b[0] === '\u0623' && (/^.[^\u0627\u0648\u064A\u0649]{3}$/.test(b) || /^.[^\u0627\u0648\u064A\u0649]{2}$/.test(b));
  add(b, NOMINAL.plain);
  if (b.endsWith(TEH_MARBUTA)) {
    const s = dropLast(b);
    add(s + TEH, NOMINAL.plain, F.ENC_ONLY);
    add(s + TEH + '\u0627\u0646', NOMINAL.dual, F.NO_ENC); // تان
    add(s + TEH + '\u064A\u0646', NOMINAL.dual, F.NO_ENC); // تين
    add(s + TEH + ALEF, NOMINAL.dual, F.ENC_ONLY);
    construct(s + TEH + ALEF); // زوجتا الرئيس
    add(s + TEH + YEH, NOMINAL.dual, F.ENC_ONLY | F.RARE);
    add(join(s, '\u0627\u062A'), NOMINAL.plural, 0); // ات
  } else if (b.endsWith(ALEF_MAQSURA)) {
    const s = dropLast(b);
    add(s + ALEF, NOMINAL.plain, F.ENC_ONLY); // مستواه
    add(s + YEH + '\u0627\u0646', NOMINAL.dual, F.NO_ENC);
    add(s + YEH + '\u064A\u0646', NOMINAL.dual, F.NO_ENC);
    add(s + YEH + '\u0627\u062A', NOMINAL.plural, 0);
  } else {
    if (b.endsWith('\u0627\u0621')) {
      // إجراء → إجرائه / إجراؤه
      add(dropLast(b) + '\u0626', NOMINAL.plain, F.ENC_ONLY);
      add(dropLast(b) + '\u0624', NOMINAL.plain, F.ENC_ONLY);
    }
    add(join(b, '\u0627\u0646'), NOMINAL.dual, F.NO_ENC | F.RARE);
    add(b + '\u064A\u0646', NOMINAL.dual, F.NO_ENC | F.RARE);
    add(join(b, ALEF), NOMINAL.dual, F.ENC_ONLY | F.RARE);
    if (b.endsWith(HAMZA_ON_ALEF)) construct(join(b, ALEF)); // مبدآ (b + ا is the accusative otherwise)
    add(b + YEH, NOMINAL.dual, F.ENC_ONLY | F.RARE); // يديه، قدميه
    construct(b + YEH); // طرفي النزاع
    // indefinite accusative: tanwin fatha is written on an alef (عاماً، جديداً، شيئاً); after اء none is written (إجراءً)
    if (!b.endsWith(ALEF) && !b.endsWith('\u0627\u0621') && !b.endsWith(HAMZA_ON_ALEF))
      add(accusativeStem(b) + ALEF, NOMINAL.accusative, F.NO_ENC);
    if (n.manqus) {
      add(b + YEH, NOMINAL.plain, 0); // القاضي
      add(b + YEH + ALEF, NOMINAL.accusative, F.NO_ENC); // قاضياً
    }
    const masc = (isAdj && !elative) || n.soundPlural.ون;
    if (masc) {
      add(b + '\u0648\u0646', NOMINAL.plural, F.NO_ENC); // ون
      add(b + '\u064A\u0646', NOMINAL.plural, F.NO_ENC); // ين
      add(b + WAW, NOMINAL.plural, F.ENC_ONLY);
      add(b + WAW, NOMINAL.pluralConstruct, F.RARE); // مقاتلو الحركة
      add(b + YEH, NOMINAL.plural, F.RARE);
    }
    if (isAdj && !elative) {
      add(b + TEH_MARBUTA, NOMINAL.feminine);
      add(b + TEH, NOMINAL.feminine, F.ENC_ONLY);
      add(join(b, '\u0627\u062A'), NOMINAL.femininePlural);
      add(b + TEH + '\u0627\u0646', NOMINAL.feminineDual, F.NO_ENC);
      add(b + TEH + '\u064A\u0646', NOMINAL.feminineDual, F.NO_ENC);
    } else if (n.soundPlural.ات) {
      add(join(b, '\u0627\u062A'), NOMINAL.plural);
    }
  }
  if (FIVE_NOUNS.has(b)) {
    // أب، أخ show their case in a long vowel before a genitive or a pronoun: أبو، أبا، أبي (أبوه، أخيه)
    for (const v of [WAW, ALEF, YEH]) add(b + v, NOMINAL.construct);
  }
  for (const p of n.plurals) {
    add(p, NOMINAL.plural);
    if (!/[\u0627\u0629\u0649\u0621]$/.test(p)) add(p + ALEF, NOMINAL.pluralAccusative, F.NO_ENC);
    if (p.endsWith(TEH_MARBUTA)) add(dropLast(p) + TEH, NOMINAL.plural, F.ENC_ONLY);
    if (p.endsWith('\u0627\u0621')) {
      add(dropLast(p) + '\u0626', NOMINAL.plural, F.ENC_ONLY);
      add(dropLast(p) + '\u0624', NOMINAL.plural, F.ENC_ONLY);
    }
  }
  if (n.fem) {
    add(n.fem, NOMINAL.feminine);
    if (n.fem.endsWith(ALEF_MAQSURA)) add(dropLast(n.fem) + YEH + '\u0627\u062A', NOMINAL.femininePlural);
    if (n.fem.endsWith(TEH_MARBUTA)) {
      // وزيرة → وزيرتها، وزيرات، وزيرتان
      const f = dropLast(n.fem);
      add(f + TEH, NOMINAL.feminine, F.ENC_ONLY);
      add(join(f, '\u0627\u062A'), NOMINAL.femininePlural);
      add(f + TEH + '\u0627\u0646', NOMINAL.feminineDual, F.NO_ENC);
      add(f + TEH + '\u064A\u0646', NOMINAL.feminineDual, F.NO_ENC);
    }
  }
  return out;
}
