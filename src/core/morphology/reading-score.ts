/**
 * How likely one reading of a word is: a split of its clitics and a form of a lexicon entry, scored by the entry's
 * frequency, what the clitics cost, the spelling and what the neighbours say. morphology.ts builds the best ones.
 */
import { ENCLITICS, PARTICLES } from './clitics';
import { F } from '../inflection';
import type { FormHit, LexEntry } from '../lexicon';
import { LAM, MARKS, type KeyMap, type Split } from './word-splits';
import { factsOf } from './entry-facts';

const KAF = '\u0643';
/** What the neighbours say about a word. */
export interface WordContext {
  /** the previous token is a preposition (a noun is likelier) */
  afterPreposition?: boolean;
  /** the previous token is a verbal particle: قد لم لن أن سوف لا (a verb is likelier) */
  afterVerbalParticle?: boolean;
  /** the previous token is a verb (its object or subject, a noun, is likelier next) */
  afterVerb?: boolean;
}

const ENCLITIC_BY_KEY = new Map(ENCLITICS.map((e) => [e.key, e]));
const PARTICLE_BY_KEY = new Map(PARTICLES.map((p) => [p.key, p]));

// Independent personal pronouns never take ب ك ل (those attach the suffix form: لهم، به).
const PERSONAL_PRONOUNS = new Set(['هو', 'هي', 'هم', 'هما', 'هن', 'أنا', 'نحن', 'أنت', 'أنتم', 'أنتما', 'أنتن']);

/**
 * The weights of a reading's score, in one place. A score starts at the entry's frequency prior and loses what each
 * unlikely choice costs; a neighbour adds or takes a little. The values were set on the team's own sentences and kept
 * where the dev metrics (padt.mjs lemma@1 and seg@1) were best.
 */
export const READING_WEIGHTS = {
  /** by the entry's frequency class f=1…4 (index 0 unused): a very common word starts ahead */
  freqPrior: [0, 0.5, -1, -2, -3, -4],
  /** و or ف before the word: the most common clitics, yet a word that starts with those letters is likelier still */
  conjunction: 1.0,
  /** ب ك ل س (not in a compound preposition, where the ب costs nothing) */
  particle: 1.2,
  /** the article: nearly free, so that a bare form spelled the same wins only when it is commoner */
  article: 0.2,
  /** a pronoun suffix */
  enclitic: 1.3,
  /** a rare cell (a dual before a pronoun, a second-person plural, the first person imperfect …) */
  rareForm: 1.2,
  /** a passive: unmarked in writing, so read only when nothing active fits as well */
  passive: 1.5,
  /** a jussive without لم / لا before it (أنه is أنّ + ه, not أنهى in the jussive) */
  jussiveAlone: 1,
  /** an imperative: quoted speech and slogans only (speech-rule.ts raises it there) */
  imperative: 1,
  /** a form spelled otherwise in its letters (اضرار for أضرار, ى for ي) */
  looseSpelling: 2.5,
  /** a hamza written on another seat (إضرار for أضرار): another word, not a variant */
  wrongHamza: 4,
  /** a shadda the writer put on the stem, read as a lemma without one (ثمّن "valued" is not ثمن "price") */
  shaddaMismatch: 1.5,
  /** after a preposition a noun is likelier and a verb much less likely */
  afterPreposition: { noun: 0.5, verb: -1 },
  /** after قد لم لن أن سوف لا a verb is likely and a noun less so */
  afterVerbalParticle: { noun: -0.5, verb: 1 },
  /** after a verb its subject or object, a noun, is likelier */
  afterVerb: { noun: 0.3, verb: -0.5 },
} as const;
const W = READING_WEIGHTS;

const HAMZA_LETTERS = new Set(['\u0621', '\u0623', '\u0625', '\u0622', '\u0624', '\u0626']);

/**
 * The cost of reading a word as a form spelled otherwise (the two share a loose key, letter for letter). A hamza left
 * out (اضرار for أضرار) or ى for ي is everyday spelling; a hamza written on another seat (إضرار for أضرار) is not a
 * variant but another word (إضرار "harming", not أضرار "damages").
 */
function spellingPenalty(written: string, form: string): number {
  for (let i = 0; i < written.length; i++)
    if (written[i] !== form[i] && HAMZA_LETTERS.has(written[i]!) && HAMZA_LETTERS.has(form[i] ?? '')) return W.wrongHamza;
  return W.looseSpelling;
}

/** Scores one split + form hit; null when the combination is not allowed. */
export function score(sp: Split, hit: FormHit, coreStrict: string, ctx: WordContext): number | null {
  const { flags } = hit;
  const hasEnc = sp.enc !== '';
  const particle = sp.pro.length ? PARTICLE_BY_KEY.get(sp.pro[sp.pro.length - 1]!) : undefined;
  if (hasEnc && flags & F.NO_ENC) return null;
  if (!hasEnc && flags & F.ENC_ONLY) return null;
  if (sp.article && !(flags & F.NOMINAL)) return null;
  if (sp.article && hasEnc) return null;
  if (sp.article === 'implied' && !hit.strict.startsWith(LAM)) return null;
  const isVerb = (flags & F.VERB) !== 0;
  if (particle) {
    if (particle.verbOnly && !(flags & F.IMPF)) return null;
    if (particle.nounOnly && isVerb) return null;
    if (particle.key === LAM && isVerb && !(flags & F.IMPF)) return null;
    if (!isVerb && !(flags & F.NOMINAL) && !(flags & F.HOST) && (hit.entry.pos !== 'pron' || PERSONAL_PRONOUNS.has(hit.strict)))
      return null;
  }
  const enc = hasEnc ? ENCLITIC_BY_KEY.get(sp.enc) : undefined;
  if (enc?.verbOnly && !isVerb) {
    // مني، عني: the pronoun ي after a preposition ending in ن
    if (!(flags & F.HOST)) return null;
  }
  if (hasEnc && !isVerb && !(flags & F.NOMINAL) && !(flags & F.HOST)) return null;
  // a one-letter stem is a preposition hosting a pronoun (به، لها), after a conjunction at most (ولها، فبه), never
  // after another preposition; or the letter written alone, as some writers do (سولا ، بومبي ، و يوليوس: "and")
  const alone = !sp.pro.length && !hasEnc && !sp.article;
  // كـ never takes a pronoun (كي is "so that", not "like me"; English "like him" is مثله)
  if (hasEnc && hit.strict === KAF) return null;
  if (hit.strict.length === 1 && !alone && (!hasEnc || sp.pro.some((p) => p !== '\u0648' && p !== '\u0641'))) return null;
  let s = W.freqPrior[hit.entry.freq] ?? W.freqPrior[3];
  for (const p of sp.pro) s -= p === '\u0648' || p === '\u0641' ? W.conjunction : W.particle;
  // ب and its noun are one preposition (بسبب "because of"): the ب costs nothing there
  if (compoundPreposition(sp, hit.entry) || compoundAdverb(sp, hit.entry)) s += W.particle;
  if (sp.article) s -= W.article;
  if (hasEnc) s -= W.enclitic;
  if (flags & F.DEF_ONLY && !sp.article) return null;
  if (flags & F.RARE) s -= W.rareForm;
  const g = hit.grammar;
  if (g.voice === 'passive') s -= W.passive;
  if (g.mood === 'jussive' && !ctx.afterVerbalParticle) s -= W.jussiveAlone;
  if (g.aspect === 'imperative') s -= W.imperative;
  if (coreStrict !== hit.strict) s -= spellingPenalty(coreStrict, hit.strict);
  const by = isVerb ? 'verb' : 'noun';
  if (ctx.afterPreposition) s += W.afterPreposition[by];
  if (ctx.afterVerbalParticle) s += W.afterVerbalParticle[by];
  if (ctx.afterVerb) s += W.afterVerb[by];
  return s;
}

/** A scored way to read the word, built into an Analysis only if it ranks among the best. */
export interface Candidate {
  sp: Split;
  hit: FormHit;
  score: number;
}

export const SHADDA = '\u0651';
/** A shadda the writer put on the stem is evidence for a reading whose lemma has one (ثمّن "valued", not ثمن "price"). */
export const SHADDA_MISMATCH = W.shaddaMismatch;

/**
 * Whether the writer marked a shadda on the stem of this split. The shadda of a sun letter after the article (الشّمس)
 * is the article's, not the stem's.
 */
export function shaddaInStem(word: string, km: KeyMap, sp: Split): boolean {
  const from = km.pos[sp.coreStart]!;
  const to = km.pos[sp.coreEnd]!;
  const at = word.indexOf(SHADDA, from);
  if (at < 0 || at >= to) return false;
  if (!sp.article) return true;
  // skip the marks on the first stem letter, then look again
  let i = from + 1;
  while (i < to && MARKS.test(word[i]!)) i++;
  const next = word.indexOf(SHADDA, i);
  return next >= 0 && next < to;
}

const writesArticle = (sp: Split): boolean => sp.article === 'full' || sp.article === 'lam';

/**
 * Whether a candidate reads the word as the same entry with the same segments as (sp, hit): the same proclitics,
 * article, stem start and suffix (two splits can give them: ل + لحظر and لل + حظر). An imperative spelled like another
 * cell of its verb (كن / كنّ، احترموا "respect!" / "they respected") stays a reading of its own.
 */
export function sameReading(c: Candidate, sp: Split, hit: FormHit): boolean {
  return (
    c.hit.entry.id === hit.entry.id &&
    c.sp.coreStart === sp.coreStart &&
    c.sp.enc === sp.enc &&
    writesArticle(c.sp) === writesArticle(sp) &&
    (c.hit.grammar.aspect === 'imperative') === (hit.grammar.aspect === 'imperative') &&
    sameProclitics(c.sp.pro, sp.pro)
  );
}

/** Whether two splits have the same proclitics (one letter each; compared in place, no joined strings). */
function sameProclitics(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

const BEH = '\u0628';
/** ب + a noun whose entry has `bi=` senses: a compound preposition (بسبب "because of", بموجب "under"). */
export const compoundPreposition = (sp: Split, e: LexEntry): boolean =>
  sp.pro[sp.pro.length - 1] === BEH && !sp.article && factsOf(e).compoundSenses;
/** ب + the article + a noun whose entry has `bial=` senses: an adverb (بالفعل "indeed", بالطبع "of course"). */
export const compoundAdverb = (sp: Split, e: LexEntry): boolean =>
  sp.pro.length === 1 && sp.pro[0] === BEH && sp.article === 'full' && factsOf(e).adverbSenses;
