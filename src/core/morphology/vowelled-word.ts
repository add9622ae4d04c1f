/**
 * The word as read in one analysis: its proclitics (وَ فَ بِ لِ كَ سَ), the article with a sun letter's shadda
 * (الشَّمْس، لِلْقِمَّة), the stem's vowels from its pattern and the pronoun suffix in harmony with what it follows
 * (بِهِ، عَلَيْهِمْ، كِتابُهُ). Written back onto the word's own letters, so its letters are exactly the token's.
 */
import {
  cell,
  copyCells,
  DAMMA,
  FATHA,
  KASRA,
  lemmaCells,
  nounVowels,
  SHADDA,
  SUKUN,
  verbVowels,
  vowelOf,
  withLetters,
  type Cell,
} from '../inflection';
import { splitList, type LexEntry } from '../lexicon';
import type { KeyMap, Split } from './word-splits';
import type { Grammar } from '../model';

const SUN = new Set([...'\u062A\u062B\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0644\u0646']); // ت ث د ذ ر ز س ش ص ض ط ظ ل ن
const PROCLITIC_VOWEL: Record<string, string> = {
  '\u0648': FATHA, // وَ
  '\u0641': FATHA, // فَ
  '\u0628': KASRA, // بِ
  '\u0644': KASRA, // لِ
  '\u0643': FATHA, // كَ
  '\u0633': FATHA, // سَ
};
const FUNCTION_POS = new Set(['prep', 'conj', 'part', 'pron', 'adv', 'interj']);
const LONG = new Set(['\u0627', '\u0648', '\u064A', '\u0649']);

/**
 * The stems worked out so far, by entry and form: one entry's stem comes back with every clitic and in every word
 * that spells it, so it is vowelled once (the cells are shared: tokenCells copies the ones it writes on).
 */
const STEMS = new WeakMap<LexEntry, Map<string, Map<Grammar, Cell[] | null>>>();

/**
 * The vowelled cells of the stem an analysis reads (its strict letters `form`), or null when its vowels are unknown.
 * Shared between calls: not to be written on.
 */
export function stemVowels(e: LexEntry, form: string, g: Grammar): readonly Cell[] | null {
  // by form, then by grammar: the lexicon's own string and a shared Grammar object (a joined key would be a new
  // string to hash at every call)
  let byForm = STEMS.get(e);
  if (!byForm) STEMS.set(e, (byForm = new Map()));
  let byGrammar = byForm.get(form);
  if (!byGrammar) byForm.set(form, (byGrammar = new Map()));
  let cs = byGrammar.get(g);
  if (cs === undefined) byGrammar.set(g, (cs = computeStemVowels(e, form, g)));
  return cs;
}

function computeStemVowels(e: LexEntry, form: string, g: Grammar): Cell[] | null {
  if (e.pos === 'verb') return verbVowels({ perfect: e.lemma, imperfect: e.attrs.impf ?? '', form: e.attrs.form || 'I' }, form, g);
  if (FUNCTION_POS.has(e.pos)) return functionWord(e, form);
  const plurals = splitList(e.attrs.pl).filter((p) => !p.startsWith('+'));
  // a name from the gazetteer carries its reading in v= (its lemma is the bare spelling)
  return nounVowels({ lemma: e.attrs.v ?? e.lemma, plurals, fem: e.attrs.fem }, form, g);
}

/** A particle, preposition or pronoun as its lemma is written; على → عَلَيْ before a pronoun. */
function functionWord(e: LexEntry, form: string): Cell[] | null {
  const cs = lemmaCells(e.lemma);
  if (cs.length !== form.length) return null;
  const end = cs[cs.length - 1]!;
  if (end.letter === '\u0649' && form.endsWith('\u064A')) {
    end.letter = '\u064A';
    end.marks = SUKUN;
  }
  return withLetters(cs, form);
}

/** The vowel a pronoun suffix takes after its host's last letter: هِ after i or y, هُ after any other vowel. */
export function encliticCells(enc: string, host: Cell | undefined): Cell[] {
  const hv = vowelOf(host);
  const afterI = hv === KASRA || (host?.letter === '\u064A' && !hv);
  const known = Boolean(hv) || Boolean(host && (LONG.has(host.letter) || host.marks.includes(SUKUN)));
  const h = !known ? '' : afterI ? KASRA : DAMMA;
  switch (enc) {
    case '\u0647': // ه
      return [cell('\u0647', h)];
    case '\u0647\u0645': // هم
      return [cell('\u0647', h), cell('\u0645', SUKUN)];
    case '\u0647\u0645\u0627': // هما
      return [cell('\u0647', h), cell('\u0645', FATHA), cell('\u0627')];
    case '\u0647\u0646': // هن
      return [cell('\u0647', h), cell('\u0646', SHADDA + FATHA)];
    case '\u0647\u0627': // ها
      return [cell('\u0647', FATHA), cell('\u0627')];
    case '\u0643\u0645': // كم
      return [cell('\u0643', DAMMA), cell('\u0645', SUKUN)];
    case '\u0643\u0645\u0627':
      return [cell('\u0643', DAMMA), cell('\u0645', FATHA), cell('\u0627')];
    case '\u0643\u0646':
      return [cell('\u0643', DAMMA), cell('\u0646', SHADDA + FATHA)];
    case '\u0646\u0627': // نا
      return [cell('\u0646', FATHA), cell('\u0627')];
    case '\u0646\u064A': // ني
      return [cell('\u0646', KASRA), cell('\u064A')];
    default:
      return [...enc].map((l) => cell(l));
  }
}

/** The cells of the whole token: proclitics, article, stem (bare when unknown) and pronoun suffix. */
export function tokenCells(km: KeyMap, sp: Split, stem: readonly Cell[] | null, pos: string): Cell[] {
  const out: Cell[] = [];
  let i = 0;
  for (let n = 0; n < sp.pro.length; n++) {
    const p = sp.pro[n]!;
    out.push(cell(km.strict[i]!, PROCLITIC_VOWEL[p] ?? ''));
    i += p.length;
  }
  const coreLetters = km.strict.slice(sp.coreStart, sp.coreEnd);
  const core = stem && stem.length === coreLetters.length ? copyCells(stem) : [...coreLetters].map((l) => cell(l));
  const sun = SUN.has(coreLetters[0] ?? '');
  if (sp.article === 'full') out.push(cell(km.strict[i]!), cell(km.strict[i + 1]!, sun ? '' : SUKUN));
  else if (sp.article === 'lam') out.push(cell(km.strict[i]!, sun ? '' : SUKUN));
  if (sp.article && sun && core[0] && !core[0].marks.includes(SHADDA)) core[0].marks = SHADDA + core[0].marks;
  if (out.length && core[0]?.letter === '\u0627' && core.length > 1) {
    // a hamzat al-wasl is silent inside the word: وَاسْتَمَرَّ، and the article's lam takes kasra before it (الِاقْتِصاد)
    core[0].marks = '';
    const lam = out[out.length - 1]!;
    if (sp.article === 'full' || sp.article === 'lam') lam.marks = KASRA;
  }
  const end = core[core.length - 1];
  if (pos === 'prep' && core.length > 1 && end && !/[\u064B-\u0650\u0652]/.test(end.marks) && !LONG.has(end.letter)) {
    // a preposition that is a noun in the accusative (بَيْنَ، عِنْدَ، خِلالَ), in the genitive after بِ لِ كَ (بِسَبَبِ)
    end.marks += sp.pro.some((p) => p !== '\u0648' && p !== '\u0641') ? KASRA : FATHA; // ضِدَّ keeps its shadda
  } else if (pos === 'prep' && core.length === 1 && sp.enc) {
    // بِهِ، لَهُ، لِي
    core[0]!.marks = core[0]!.letter === '\u0644' ? (sp.enc === '\u064A' ? KASRA : FATHA) : KASRA;
  }
  out.push(...core);
  if (sp.enc) {
    const host = core[core.length - 1];
    // a verb's last letter before a pronoun is any mood vowel: each of them gives هُ
    const h = pos === 'verb' && host && !host.marks && !LONG.has(host.letter) ? cell(host.letter, DAMMA) : host;
    out.push(...encliticCells(sp.enc, h));
  }
  return out;
}

/** A short vowel, tanwin, shadda or sukun (U+064B–U+0652). */
const isHaraka = (c: number): boolean => c >= 0x064b && c <= 0x0652;

/** Writes cells (one per strict letter of the word) back onto the word's own characters; null when they do not fit. */
export function writeOnWord(word: string, km: KeyMap, cs: readonly Cell[]): string | null {
  if (cs.length !== km.strict.length) return null;
  // the marks of each character of the word (a letter written as two strict letters, ى + ء, gets both cells' marks)
  const marksAt: string[] = new Array<string>(word.length).fill('');
  for (let j = 0; j < cs.length; j++) marksAt[km.pos[j]!] += cs[j]!.marks;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isHaraka(c)) continue;
    out += word[i];
    // the writer's own marks win: they saw the word in its sentence
    let j = i + 1;
    while (j < word.length && isHaraka(word.charCodeAt(j))) j++;
    out += j > i + 1 ? word.slice(i + 1, j) : marksAt[i]!;
  }
  return out;
}
