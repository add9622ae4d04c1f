/**
 * Morphological analysis of one Arabic word: every way to split it into proclitics + (article) + a generated surface
 * form of a lexicon entry + an enclitic pronoun, ranked by lexicon frequency, clitic cost and simple context.
 */
import { ARTICLE_GLOSS, CONJUNCTIONS, ENCLITICS, PARTICLES } from './clitics';
import { F } from '../inflection';
import { splitList, type FormHit, type LexEntry, type Lexicon } from '../lexicon';
import { ALEF_LAM, keyMap, LAM, MARKS, splits, type KeyMap, type Split } from './word-splits';
import { guessRoot } from './root-guess';
import { transliterate, transliterateBare } from '../text';
import type { Analysis, Segment } from '../model';
import { stemVowels, tokenCells, writeOnWord } from './vowelled-word';

/** What the neighbours say about a word. */
export interface WordContext {
  /** the previous token is a preposition (a noun is likelier) */
  afterPreposition?: boolean;
  /** the previous token is a verbal particle: قد لم لن أن سوف لا (a verb is likelier) */
  afterVerbalParticle?: boolean;
  /** the previous token is a verb (its object or subject, a noun, is likelier next) */
  afterVerb?: boolean;
}

/** hosts whose pronoun suffix is an object (قتله "killed him", عليه "on him"), not a possessive */
const VERBAL_HOSTS = new Set(['verb', 'prep', 'conj', 'part', 'pron', 'adv']);
const ENCLITIC_BY_KEY = new Map(ENCLITICS.map((e) => [e.key, e]));
const PARTICLE_BY_KEY = new Map(PARTICLES.map((p) => [p.key, p]));
const PROCLITIC_BY_KEY = new Map([...CONJUNCTIONS, ...PARTICLES].map((c) => [c.key, c]));

// Independent personal pronouns never take ب ك ل (those attach the suffix form: لهم، به).
const PERSONAL_PRONOUNS = new Set(['هو', 'هي', 'هم', 'هما', 'هن', 'أنا', 'نحن', 'أنت', 'أنتم', 'أنتما', 'أنتن']);

const FREQ_PRIOR = [0, 0.5, -1, -2, -3, -4];
const CONJ_COST = 1.0;
const PARTICLE_COST = 1.2;
const ENCLITIC_COST = 1.3;

const HAMZA_LETTERS = new Set(['\u0621', '\u0623', '\u0625', '\u0622', '\u0624', '\u0626']);
const LOOSE_SPELLING_COST = 2.5;
const WRONG_HAMZA_COST = 4;

/**
 * The cost of reading a word as a form spelled otherwise (the two share a loose key, letter for letter). A hamza left
 * out (اضرار for أضرار) or ى for ي is everyday spelling; a hamza written on another seat (إضرار for أضرار) is not a
 * variant but another word (إضرار "harming", not أضرار "damages").
 */
function spellingPenalty(written: string, form: string): number {
  for (let i = 0; i < written.length; i++)
    if (written[i] !== form[i] && HAMZA_LETTERS.has(written[i]!) && HAMZA_LETTERS.has(form[i] ?? '')) return WRONG_HAMZA_COST;
  return LOOSE_SPELLING_COST;
}

/** Scores one split + form hit; null when the combination is not allowed. */
function score(sp: Split, hit: FormHit, coreStrict: string, ctx: WordContext): number | null {
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
  // after another preposition
  if (hit.strict.length === 1 && (!hasEnc || sp.pro.some((p) => p !== '\u0648' && p !== '\u0641'))) return null;
  let s = FREQ_PRIOR[hit.entry.freq] ?? -2;
  for (const p of sp.pro) s -= p === '\u0648' || p === '\u0641' ? CONJ_COST : PARTICLE_COST;
  // ب and its noun are one preposition (بسبب "because of"): the ب costs nothing there
  if (compoundPreposition(sp, hit.entry)) s += PARTICLE_COST;
  if (sp.article) s -= 0.2;
  if (hasEnc) s -= ENCLITIC_COST;
  if (flags & F.DEF_ONLY && !sp.article) return null;
  if (flags & F.RARE) s -= 1.2;
  if (hit.feat.includes('passive')) s -= 1.5;
  // a jussive without لم/لا before it is rare (أنه is أنّ + ه, not أنهى in the jussive)
  if (hit.feat.includes('jussive') && !ctx.afterVerbalParticle) s -= 1;
  if (hit.feat.startsWith('imperative')) s -= 1;
  if (coreStrict !== hit.strict) s -= spellingPenalty(coreStrict, hit.strict);
  if (ctx.afterPreposition) s += isVerb ? -1 : 0.5;
  if (ctx.afterVerbalParticle) s += isVerb ? 1 : -0.5;
  if (ctx.afterVerb) s += isVerb ? -0.5 : 0.3;
  return s;
}

/** A scored way to read the word, built into an Analysis only if it ranks among the best. */
interface Candidate {
  sp: Split;
  hit: FormHit;
  score: number;
}

const MAX_ANALYSES = 6;
const SHADDA = '\u0651';
/** A shadda the writer put on the stem is evidence for a reading whose lemma has one (ثمّن "valued", not ثمن "price"). */
const SHADDA_MISMATCH = 1.5;

/**
 * Whether the writer marked a shadda on the stem of this split. The shadda of a sun letter after the article (الشّمس)
 * is the article's, not the stem's.
 */
function shaddaInStem(word: string, km: KeyMap, sp: Split): boolean {
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
function sameReading(c: Candidate, sp: Split, hit: FormHit): boolean {
  return (
    c.hit.entry.id === hit.entry.id &&
    c.sp.coreStart === sp.coreStart &&
    c.sp.enc === sp.enc &&
    writesArticle(c.sp) === writesArticle(sp) &&
    c.hit.feat.startsWith('imperative') === hit.feat.startsWith('imperative') &&
    c.sp.pro.join('') === sp.pro.join('')
  );
}

/** All analyses of a word, best first. Unknown words get a guessed analysis, never none. */
export function analyzeWord(lex: Lexicon, word: string, ctx: WordContext = {}): Analysis[] {
  const km = keyMap(word);
  if (!km.key) return [];
  const tanwin = /[\u064B-\u064D]/.test(word);
  const found: Candidate[] = [];
  // one reading per entry and segmentation (the same segments from two splits keep the better score)
  for (const sp of splits(km.key, km.strict)) {
    const core = km.key.slice(sp.coreStart, sp.coreEnd);
    const hits = lex.lookupForm(core);
    if (!hits.length) continue;
    const coreStrict = km.strict.slice(sp.coreStart, sp.coreEnd);
    for (const hit of hits) {
      // a word written with tanwin (عرضاً، كتابٌ) is a noun or adjective: verbs never take it
      if (tanwin && hit.flags & F.VERB) continue;
      let s = score(sp, hit, coreStrict, ctx);
      if (s === null) continue;
      if (shaddaInStem(word, km, sp) && !hit.entry.lemma.includes(SHADDA) && !hit.feat.includes('plural')) s -= SHADDA_MISMATCH;
      const prev = found.findIndex((c) => sameReading(c, sp, hit));
      if (prev >= 0) {
        if (found[prev]!.score < s) found[prev] = { sp, hit, score: s };
        continue;
      }
      found.push({ sp, hit, score: s });
    }
  }
  if (!found.length) return [guess(lex, word, km)];
  found.sort((a, b) => b.score - a.score);
  return found.slice(0, MAX_ANALYSES).map(({ sp, hit, score }) => {
    const a = build(word, km, sp, hit.entry, hit, score);
    if (hit.spelling) a.lemma = hit.spelling;
    return a;
  });
}

/** `possessor`: the host is a noun, whose pronoun suffix is possessive (بلاده "his country", not "him"). */
function segmentsOf(word: string, km: KeyMap, sp: Split, stemGloss?: string, possessor = true): Segment[] {
  const at = (i: number) => km.pos[i]!;
  const segs: Segment[] = [];
  let i = 0;
  for (const p of sp.pro) {
    const c = PROCLITIC_BY_KEY.get(p);
    segs.push({ text: word.slice(at(i), at(i + p.length)), role: 'proclitic', gloss: c?.gloss });
    i += p.length;
  }
  if (sp.article === 'full' || sp.article === 'lam') {
    const len = sp.article === 'full' ? 2 : 1;
    segs.push({ text: word.slice(at(i), at(i + len)), role: 'article', gloss: ARTICLE_GLOSS });
    i += len;
  }
  const stemEnd = km.key.length - sp.enc.length;
  segs.push({ text: word.slice(at(i), sp.enc ? at(stemEnd) : word.length), role: 'stem', gloss: stemGloss });
  if (sp.enc) {
    const e = ENCLITIC_BY_KEY.get(sp.enc);
    segs.push({ text: word.slice(at(stemEnd), word.length), role: 'enclitic', gloss: e && (possessor ? e.possessive : e.gloss) });
  }
  return segs.filter((s) => s.text.length > 0);
}

const TRANSLIT = new WeakMap<LexEntry, string>();
/** The transliteration of an entry's lemma (a name's as read), computed once per entry. */
function lemmaTranslit(e: LexEntry): string {
  let t = TRANSLIT.get(e);
  // a name reads from its vowelled spelling (v=); an unvowelled lemma gets its long vowels at least (jnīf, not jnyf)
  const read = e.attrs.v ?? e.lemma;
  if (t === undefined) TRANSLIT.set(e, (t = /[\u064B-\u0652\u0670]/.test(read) ? transliterate(read) : transliterateBare(read)));
  return t;
}

const BEH = '\u0628';
/** ب + a noun whose entry has `bi=` senses: a compound preposition (بسبب "because of", بموجب "under"). */
const compoundPreposition = (sp: Split, e: LexEntry): boolean =>
  sp.pro[sp.pro.length - 1] === BEH && !sp.article && e.attrs.bi !== undefined;

const LEADING_SENSES = { plsense: new WeakMap<LexEntry, string[]>(), bi: new WeakMap<LexEntry, string[]>() };
/**
 * The senses of an entry in one use: the senses of its attribute first, then its others. `plsense=` for a plural form
 * (حُدُود "borders", أَعْمال "works; business"), `bi=` for ب + the noun of a compound preposition (بسبب "because of").
 * Computed once per entry.
 */
function sensesFirst(e: LexEntry, key: keyof typeof LEADING_SENSES): string[] {
  const cache = LEADING_SENSES[key];
  let g = cache.get(e);
  if (!g) {
    const own = splitList(e.attrs[key]);
    cache.set(e, (g = [...own, ...e.glosses.filter((x) => !own.includes(x))]));
  }
  return g;
}

function build(word: string, km: KeyMap, sp: Split, e: LexEntry, hit: Pick<FormHit, 'feat' | 'strict'>, s: number): Analysis {
  const features = sp.article ? (hit.feat ? `${hit.feat}, definite` : 'definite') : hit.feat;
  const compound = compoundPreposition(sp, e);
  const gloss = compound ? sensesFirst(e, 'bi') : e.attrs.plsense && hit.feat.includes('plural') ? sensesFirst(e, 'plsense') : e.glosses;
  // a verb that takes its object through a preposition (gov=ب: رحّب بـ) says so beside its senses
  const gov = e.attrs.gov;
  const note = e.attrs.note ?? (gov ? `+ ${gov}${gov.length === 1 ? 'ـ' : ''}` : undefined);
  const segments = segmentsOf(word, km, sp, gloss[0], !VERBAL_HOSTS.has(e.pos));
  // the ب says nothing of its own in a compound preposition (not "with because of"): its English is the stem's
  if (compound) segments[sp.pro.length - 1]!.gloss = '';
  const stem = stemVowels(e, hit.strict, hit.feat);
  return {
    lemma: e.headword,
    pos: compound ? 'prep' : e.pos,
    root: e.root || undefined,
    gloss,
    // every reading has the same fields in the same order (undefined when absent): one object shape for the engine
    note: note || undefined,
    segments,
    translit: lemmaTranslit(e),
    vowelled: writeOnWord(word, km, tokenCells(km, sp, stem, e.pos)) ?? undefined,
    features: features || undefined,
    verbForm: e.attrs.form,
    entryId: e.id,
    score: s,
    reason: undefined,
  };
}

/** A best-effort analysis of an unknown word: article and conjunction split off, a guessed root, a transliteration. */
function guess(lex: Lexicon, word: string, km: KeyMap): Analysis {
  const key = km.key;
  const sp: Split = { pro: [], article: '', coreStart: 0, coreEnd: key.length, enc: '' };
  let i = 0;
  // an unknown word after و/ف is far more often the conjunction plus a word than a word starting with و/ف
  if (key.length >= 4 && (key[0] === '\u0648' || key[0] === '\u0641')) {
    sp.pro.push(key[0]!);
    i = 1;
  }
  if (key.length - i >= 5 && (key[i] === '\u0628' || key[i] === '\u0643') && key.startsWith(ALEF_LAM, i + 1)) {
    sp.pro.push(key[i]!);
    i += 1;
  } else if (key.length - i >= 4 && key.startsWith('\u0644\u0644', i)) {
    sp.pro.push(LAM);
    sp.article = 'lam';
    i += 2;
  }
  if (!sp.article && key.length - i >= 4 && key.startsWith(ALEF_LAM, i)) {
    sp.article = 'full';
    i += 2;
  }
  // a pronoun suffix on an indefinite unknown word: ها هم هما هن كم always, ه after ت (ة→ت) or a long stem
  if (!sp.article) {
    const strict = km.strict;
    for (const enc of ['\u0647\u0645\u0627', '\u0647\u0627', '\u0647\u0645', '\u0647\u0646', '\u0643\u0645', '\u0647']) {
      if (!strict.endsWith(enc)) continue;
      const rest = key.length - enc.length - i;
      const ok = enc === '\u0647' ? rest >= 3 && (key[key.length - 2] === '\u062A' || rest >= 5) : rest >= 3;
      if (ok) {
        sp.enc = enc;
        sp.coreEnd = key.length - enc.length;
      }
      break;
    }
  }
  sp.coreStart = i;
  const stem = key.slice(i, sp.coreEnd);
  const root = guessRoot(stem);
  const related = root ? lex.wordsOfRoot(root.join('')) : [];
  const segments = segmentsOf(word, km, sp);
  return {
    lemma: km.strict.slice(i, sp.coreEnd).replace(/\u062A$/, sp.enc ? '\u0629' : '\u062A'),
    pos: 'unknown',
    root: root ? root.join(' ') : undefined,
    gloss: related.length ? [] : [],
    segments,
    translit: transliterateBare(km.strict),
    vowelled: writeOnWord(word, km, tokenCells(km, sp, null, 'unknown')) ?? undefined,
    features: related.length
      ? `related: ${related
          .slice(0, 3)
          .map((r) => r.lemma)
          .join(', ')}`
      : undefined,
    score: -10,
  };
}

/** The loose key of a word (exported for phrase and entity matching). */
export const wordKey = (word: string): string => keyMap(word).key;
