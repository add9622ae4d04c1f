/**
 * Case and mood endings where the sentence shows them, and nowhere else: a noun after a preposition or in a construct
 * chain is genitive, the noun right after إنّ and its sisters accusative, a definite noun right after a third-person
 * verb its subject (nominative), an adjective takes the case of the noun it follows and agrees with; an indefinite
 * noun takes tanwin. An imperfect verb is jussive after لم, subjunctive after لن أن كي and indicative otherwise.
 * Every other word keeps its pausal form (the last letter bare): a guessed ending would teach the wrong thing.
 */
import { DAMMA, DAMMATAN, FATHA, FATHATAN, fromCells, KASRA, KASRATAN, setVowel, SUKUN, toCells, type Cell } from '../inflection';
import type { Analysis, Grammar, Token } from '../model';
import { encliticCells } from '../morphology';

export type Case = 'nom' | 'acc' | 'gen';

const INNA = new Set([
  '\u0625\u0646',
  '\u0623\u0646',
  '\u0644\u0643\u0646',
  '\u0643\u0623\u0646',
  '\u0644\u064A\u062A',
  '\u0644\u0639\u0644',
]); // إن أن لكن كأن ليت لعل
const JUSSIVE = new Set(['\u0644\u0645', '\u0644\u0645\u0627']); // لم لما
const SUBJUNCTIVE = new Set(['\u0644\u0646', '\u0623\u0646', '\u0643\u064A', '\u0644\u0643\u064A', '\u062D\u062A\u0649']); // لن أن كي لكي حتى
/** words after which an imperfect may be jussive (conditions), so its mood is not shown */
const CONDITIONAL = new Set([
  '\u0625\u0646',
  '\u0645\u0646',
  '\u0645\u0627',
  '\u0645\u0647\u0645\u0627',
  '\u0623\u064A\u0646\u0645\u0627',
  '\u062D\u064A\u062B\u0645\u0627',
  '\u0644\u0627',
]);
const NOMINAL = new Set(['noun', 'adj', 'num', 'propn']);
const PREPOSITION_CLITICS = new Set(['\u0628', '\u0644', '\u0643']);
const LONG = new Set(['\u0627', '\u0648', '\u064A', '\u0649']);

const MARKS = /[\u064B-\u0652\u0670\u0640]/g;
const HAS_MARK = /[\u064B-\u0652\u0670\u0640]/;
const bare = (s: string) => (HAS_MARK.test(s) ? s.replace(MARKS, '') : s);
const roleText = (a: Analysis, role: string) => a.segments.find((s) => s.role === role)?.text ?? '';

/** What the pass knows of a word from its top analysis (the same for every token that shares the analysis). */
interface Read {
  nominal: boolean;
  definite: boolean;
  /** a noun written without the article, a pronoun or tanwin: it may head a construct chain */
  bareNoun: boolean;
  /** its proclitics as written, and without their marks */
  pro: string;
  barePro: string;
}

const NOTHING_READ: Read = Object.freeze({ nominal: false, definite: false, bareNoun: false, pro: '', barePro: '' });

/**
 * Facts and endings worked out once per analysis object: the analyser's lists are shared by every token of the same
 * word, so an article repeats the same few thousand analyses.
 */
interface Memo {
  read: Read | undefined;
  /** the analysis with each final vowel, by vowelSlot (small arrays: a map per analysis cost more to make than to use) */
  ended: (Analysis | undefined)[] | undefined;
  /** the nominal ending by case, definiteness and construct state (nominalEnding's key) */
  nominal: (string | null | undefined)[] | undefined;
}

/** The place of a short vowel or tanwin (U+064B fathatan … U+0652 sukun) in Memo.ended. */
const vowelSlot = (vowel: string): number => vowel.charCodeAt(0) - 0x064b;
const VOWEL_SLOTS = 8;

/**
 * The memos of one pass, in plain maps that live as long as the pass: module-wide weak maps cost more to fill than
 * they saved, as a text's analyses are new objects unless the analyser's word cache is warm.
 */
class PassMemo {
  private readonly memos = new Map<Analysis, Memo>();
  private readonly lists = new Map<readonly Analysis[], Map<Analysis, Analysis[]>>();

  of(a: Analysis): Memo {
    let m = this.memos.get(a);
    if (!m) this.memos.set(a, (m = { read: undefined, ended: undefined, nominal: undefined }));
    return m;
  }

  /** The list with its first reading replaced by `top`: one list per list and top, shared by the tokens of a word. */
  withTop(list: readonly Analysis[], top: Analysis): Analysis[] {
    let made = this.lists.get(list);
    if (!made) this.lists.set(list, (made = new Map()));
    let out = made.get(top);
    if (!out) made.set(top, (out = [top, ...list.slice(1)]));
    return out;
  }
}

/** A word's definiteness and shape, from its top analysis (memo: the analysis's). */
function readWith(a: Analysis, memo: Memo): Read {
  if (memo.read) return memo.read;
  const nominal = NOMINAL.has(a.pos);
  let article = false;
  let enclitic = false;
  let pro = '';
  for (const s of a.segments) {
    if (s.role === 'article') article = true;
    else if (s.role === 'enclitic') enclitic = true;
    else if (s.role === 'proclitic') pro += s.text;
  }
  const tanwin = /[\u064B-\u064D]/.test(roleText(a, 'stem'));
  // a word whose lemma has the article (اللّٰه، الآن) is definite without an article segment
  const ownArticle = /^\u0627\u0644/.test(bare(a.lemma)) && a.lemma.length > 3;
  return (memo.read = {
    nominal,
    definite: article || enclitic || ownArticle,
    bareNoun: nominal && a.pos === 'noun' && !article && !enclitic && !tanwin && !ownArticle,
    pro,
    barePro: bare(pro),
  });
}

/** Whether an indefinite form can take tanwin for sure: a singular or a feminine plural, not أفعل, not ending in a long vowel. */
function takesTanwin(a: Analysis, stem: Cell[]): boolean {
  const g = a.grammar;
  if (a.pos === 'propn' || g.number === 'dual' || (g.number === 'plural' && g.state === 'construct')) return false;
  if (g.number === 'plural' && !bare(roleText(a, 'stem')).endsWith('\u0627\u062A')) return false; // broken plurals may be diptotes
  const letters = stem.map((c) => c.letter).join('');
  if (/^[\u0623\u0622].{2,3}$/.test(letters) && a.pos === 'adj') return false; // أكبر، أهم
  if (/\u0627\u0621$/.test(letters) || /[\u0627\u0649]$/.test(letters)) return false; // حمراء، مستوى
  if (a.pos === 'adj' && /\u0627\u0646$/.test(letters)) return false; // غضبان
  return true;
}

/** The analysis with its stem's last letter given `vowel` (and a pronoun suffix in harmony with it). */
function withEnding(a: Analysis, vowel: string, memo: Memo): Analysis {
  const byVowel = (memo.ended ??= new Array<Analysis | undefined>(VOWEL_SLOTS).fill(undefined));
  return (byVowel[vowelSlot(vowel)] ??= computeEnding(a, vowel));
}

function computeEnding(a: Analysis, vowel: string): Analysis {
  if (!a.vowelled) return a;
  const cs = toCells(a.vowelled);
  let at = 0;
  let stemEnd = -1;
  let enc = '';
  for (const s of a.segments) {
    const n = bare(s.text).length;
    if (s.role === 'stem') stemEnd = at + n;
    if (s.role === 'enclitic') enc = bare(s.text);
    at += n;
  }
  if (at !== cs.length || stemEnd < 1) return a;
  const host = cs[stemEnd - 1]!;
  // a long vowel takes none; an ending already there (ـُونَ، ـَانِ، عاماً, or the writer's own) stays
  if ((LONG.has(host.letter) && !host.marks) || /[\u064B-\u0650]/.test(host.marks)) return a;
  setVowel(host, vowel);
  const out = cs.slice(0, stemEnd);
  if (enc) out.push(...encliticCells(enc, host));
  return { ...a, vowelled: fromCells(out) };
}

/** The ending of a nominal in case `k`: tanwin when it is indefinite and sure to take it, else the short vowel. */
const CASE_NUMBER: Record<Case, number> = { nom: 0, acc: 1, gen: 2 };

function nominalEnding(a: Analysis, k: Case, definite: boolean, construct: boolean, memo: Memo): string | null {
  const byKey = (memo.nominal ??= new Array<string | null | undefined>(12).fill(undefined));
  const key = CASE_NUMBER[k] * 4 + (definite ? 2 : 0) + (construct ? 1 : 0);
  let e = byKey[key];
  if (e === undefined) byKey[key] = e = computeNominalEnding(a, k, definite, construct);
  return e;
}

function computeNominalEnding(a: Analysis, k: Case, definite: boolean, construct: boolean): string | null {
  const stem = toCells(roleText(a, 'stem'));
  if (a.grammar.case === 'accusative') return null; // written with its alef (عاماً)
  const soundFem = /\u0627\u062A$/.test(bare(roleText(a, 'stem')));
  const kk: Case = soundFem && k === 'acc' ? 'gen' : k;
  if (definite || construct) return kk === 'nom' ? DAMMA : kk === 'acc' ? FATHA : KASRA;
  if (!takesTanwin(a, stem)) return null;
  if (kk === 'acc') return /[\u0629\u0621]$/.test(bare(roleText(a, 'stem'))) ? FATHATAN : null; // others write an alef
  return kk === 'nom' ? DAMMATAN : KASRATAN;
}

/** An imperfect whose ending shows neither a mood nor a person beyond the singular (يكتب، تكتب): its mood is the sentence's. */
const singularImperfect = (g: Grammar): boolean => g.aspect === 'imperfect' && !g.mood && !g.person;

/** An active verb with a singular third-person subject (قال، قالت، يقول), which a definite noun after it is the subject of. */
const singularActiveVerb = (g: Grammar): boolean =>
  g.voice === 'active' &&
  ((g.aspect === 'perfect' && g.number === 'singular' && g.person?.length === 1 && g.person[0] === 3) || singularImperfect(g));

/** The mood ending of a singular imperfect after `prev`, or null when the sentence does not show it. */
function moodEnding(a: Analysis, prev: string, memo: Memo): string | null {
  if (a.pos !== 'verb' || !singularImperfect(a.grammar)) return null;
  if (JUSSIVE.has(prev)) return SUKUN;
  if (CONDITIONAL.has(prev) && prev !== '\u0644\u0627') return null;
  if (SUBJUNCTIVE.has(prev) || readWith(a, memo).barePro.endsWith('\u0644')) return FATHA;
  return DAMMA;
}

/** Gives the top analysis of each word its case or mood ending where the sentence shows it (tokens are updated). */
export function addCaseEndings(tokens: Token[], text: string): void {
  const memos = new PassMemo();
  let prevRead = NOTHING_READ;
  /** the case this pass gave the previous word, when it gave one */
  let prevKase: Case | undefined;
  /** the previous word, whose text governs this one (لم، أن، إنّ): read only where a rule asks for it */
  let prevWord: Token | undefined;
  let prevTop: Analysis | undefined;
  // the next word's reading and its memo, as read while looking ahead from this one
  let lookahead: Analysis | undefined;
  let lookaheadMemo: Memo | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const a = tok.kind === 'word' ? tok.analyses[0] : undefined;
    if (!a?.vowelled) {
      prevRead = NOTHING_READ;
      prevKase = undefined;
      prevWord = tok.kind === 'word' ? tok : undefined;
      prevTop = undefined;
      continue;
    }
    // a line break ends the sentence: nothing governs across it
    if (i > 0 && lineBreakBetween(text, tokens[i - 1]!.end, tok.start)) {
      prevRead = NOTHING_READ;
      prevKase = undefined;
      prevWord = undefined;
      prevTop = undefined;
    }
    // one memo lookup per word (the one read while looking ahead from the word before, when it was)
    const memo = a === lookahead ? lookaheadMemo! : memos.of(a);
    const read = readWith(a, memo);
    let kase: Case | undefined;
    let ending: string | null = null;
    if (a.pos === 'verb') ending = moodEnding(a, textOf(prevWord), memo);
    else if (read.nominal) {
      const after = tokens[i + 1];
      const next = after?.kind === 'word' && !lineBreakBetween(text, tok.end, after.start) ? after.analyses[0] : undefined;
      lookaheadMemo = next ? memos.of(next) : undefined;
      const nextRead = next ? readWith(next, lookaheadMemo!) : NOTHING_READ;
      lookahead = next;
      const construct =
        read.bareNoun &&
        nextRead.nominal &&
        (next?.pos === 'noun' || next?.pos === 'propn') &&
        !next.segments.some((s) => s.role === 'proclitic');
      const pro = read.pro;
      let k: Case | undefined;
      if (PREPOSITION_CLITICS.has(read.barePro.slice(-1))) k = 'gen';
      else if (prevTop?.pos === 'prep' && prevTop.segments.length === 1) k = 'gen';
      else if (prevRead.bareNoun && (a.pos === 'noun' || a.pos === 'propn') && !pro) k = 'gen';
      else if (prevTop?.segments.length === 1 && INNA.has(textOf(prevWord))) k = 'acc';
      else if (a.pos === 'adj' && prevRead.nominal && prevKase && prevRead.definite === read.definite && !pro) k = prevKase;
      else if (prevTop?.pos === 'verb' && singularActiveVerb(prevTop.grammar) && read.definite && !pro) k = 'nom';
      if (k) {
        ending = nominalEnding(a, k, read.definite, construct, memo);
        kase = k;
      }
    }
    if (ending !== null) tok.analyses = memos.withTop(tok.analyses, withEnding(a, ending, memo));
    prevRead = read;
    prevKase = kase;
    prevWord = tok;
    prevTop = a;
  }
}

/** A word's text without its marks ('' for none). */
const textOf = (t: Token | undefined): string => (t ? bare(t.text) : '');

/** Whether the text between two tokens holds a line break. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
