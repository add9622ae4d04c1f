/**
 * Morphological analysis of one Arabic word: every way to split it into proclitics + (article) + a generated surface
 * form of a lexicon entry + an enclitic pronoun, ranked by lexicon frequency, clitic cost and simple context.
 */
import { ARTICLE_GLOSS, CONJUNCTIONS, ENCLITICS, PARTICLES } from './clitics';
import { F } from '../inflection';
import { splitList, type FormHit, type LexEntry, type Lexicon } from '../lexicon';
import { ALEF_LAM, keyMap, LAM, splits, type KeyMap, type Split } from './word-splits';
import { guessRoot } from './root-guess';
import { transliterateBare } from '../text';
import { definiteOf, NO_GRAMMAR, type Analysis, type Segment } from '../model';
import { stemVowels, tokenCells, writeOnWord } from './vowelled-word';
import { factsOf } from './entry-facts';
import {
  compoundAdverb,
  compoundPreposition,
  sameReading,
  score,
  SHADDA,
  SHADDA_MISMATCH,
  shaddaInStem,
  type Candidate,
  type WordContext,
} from './reading-score';

/** hosts whose pronoun suffix is an object (قتله "killed him", عليه "on him"), not a possessive */
const VERBAL_HOSTS = new Set(['verb', 'prep', 'conj', 'part', 'pron', 'adv']);
const ENCLITIC_BY_KEY = new Map(ENCLITICS.map((e) => [e.key, e]));
const PROCLITIC_BY_KEY = new Map([...CONJUNCTIONS, ...PARTICLES].map((c) => [c.key, c]));

const MAX_ANALYSES = 6;

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
      if (shaddaInStem(word, km, sp) && !hit.entry.lemma.includes(SHADDA) && hit.grammar.number !== 'plural') s -= SHADDA_MISMATCH;
      const prev = indexOfReading(found, sp, hit);
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

/** The candidate that reads the word as (sp, hit) does, or -1 (a loop: a closure over sp and hit allocates per hit). */
function indexOfReading(found: readonly Candidate[], sp: Split, hit: FormHit): number {
  for (let k = 0; k < found.length; k++) if (sameReading(found[k]!, sp, hit)) return k;
  return -1;
}

/** Adds a segment that has letters (an empty one is left out). */
function addSegment(segs: Segment[], s: Segment): void {
  if (s.text.length > 0) segs.push(s);
}

/** `possessor`: the host is a noun, whose pronoun suffix is possessive (بلاده "his country", not "him"). */
function segmentsOf(word: string, km: KeyMap, sp: Split, stemGloss?: string, possessor = true): Segment[] {
  const at = km.pos;
  const segs: Segment[] = [];
  let i = 0;
  for (let n = 0; n < sp.pro.length; n++) {
    const p = sp.pro[n]!;
    const c = PROCLITIC_BY_KEY.get(p);
    addSegment(segs, { text: word.slice(at[i], at[i + p.length]), role: 'proclitic', gloss: c?.gloss });
    i += p.length;
  }
  if (sp.article === 'full' || sp.article === 'lam') {
    const len = sp.article === 'full' ? 2 : 1;
    addSegment(segs, { text: word.slice(at[i], at[i + len]), role: 'article', gloss: ARTICLE_GLOSS });
    i += len;
  }
  const stemEnd = km.key.length - sp.enc.length;
  addSegment(segs, { text: word.slice(at[i], sp.enc ? at[stemEnd] : word.length), role: 'stem', gloss: stemGloss });
  if (sp.enc) {
    const e = ENCLITIC_BY_KEY.get(sp.enc);
    addSegment(segs, { text: word.slice(at[stemEnd], word.length), role: 'enclitic', gloss: e && (possessor ? e.possessive : e.gloss) });
  }
  return segs;
}

const LEADING_SENSES = {
  plsense: new WeakMap<LexEntry, string[]>(),
  bi: new WeakMap<LexEntry, string[]>(),
  bial: new WeakMap<LexEntry, string[]>(),
};
/**
 * The senses of an entry in one use: the senses of its attribute first, then its others. `plsense=` for a plural form
 * (حُدُود "borders", أَعْمال "works; business"), `bi=` for ب + the noun of a compound preposition (بسبب "because of"),
 * `bial=` for ب + the article + the noun of an adverb (بالفعل "indeed").
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

function build(word: string, km: KeyMap, sp: Split, e: LexEntry, hit: Pick<FormHit, 'grammar' | 'strict'>, s: number): Analysis {
  const grammar = sp.article ? definiteOf(hit.grammar) : hit.grammar;
  const facts = factsOf(e);
  const compound = compoundPreposition(sp, e);
  const adverb = !compound && compoundAdverb(sp, e);
  const plural = hit.grammar.number === 'plural';
  const gloss = compound
    ? sensesFirst(e, 'bi')
    : adverb
      ? sensesFirst(e, 'bial')
      : facts.pluralSenses && plural
        ? sensesFirst(e, 'plsense')
        : e.glosses;
  // a verb that takes its object through a preposition (gov=ب: رحّب بـ) says so beside its senses (facts.note)
  const segments = segmentsOf(word, km, sp, gloss[0], !VERBAL_HOSTS.has(e.pos));
  // the ب says nothing of its own in a compound preposition (not "with because of"): its English is the stem's
  if (compound) segments[sp.pro.length - 1]!.gloss = '';
  // nor do the ب and the article of an adverb (بالفعل "indeed", not "with the act")
  if (adverb) for (const g of segments) if (g.role === 'proclitic' || g.role === 'article') g.gloss = '';
  const stem = stemVowels(e, hit.strict, hit.grammar);
  return {
    lemma: e.headword,
    pos: compound ? 'prep' : adverb ? 'adv' : e.pos,
    root: e.root || undefined,
    gloss,
    // every reading has the same fields in the same order (undefined when absent): one object shape for the engine
    note: facts.note || undefined,
    segments,
    translit: facts.translit,
    vowelled: writeOnWord(word, km, tokenCells(km, sp, stem, e.pos)) ?? undefined,
    grammar,
    related: undefined,
    verbForm: facts.verbForm,
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
    gloss: [],
    segments,
    translit: transliterateBare(km.strict),
    vowelled: writeOnWord(word, km, tokenCells(km, sp, null, 'unknown')) ?? undefined,
    grammar: NO_GRAMMAR,
    related: related.length ? related.slice(0, 3).map((r) => r.lemma) : undefined,
    score: -10,
  };
}

/** The loose key of a word (exported for phrase and entity matching). */
export const wordKey = (word: string): string => keyMap(word).key;
