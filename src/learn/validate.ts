/**
 * Checks saved words coming from anywhere untrusted (storage, a backup file, a message): every field typed and
 * bounded, unknown fields dropped, the id recomputed. New objects are built field by field, so keys such as
 * `__proto__` in the input never reach the store.
 */
import { fail, ok, type Result } from '../shared/result';
import type { CardState, MarkedSentence, ReadingChoice, SavedWord, SaveWordParams } from './types';
import { wordId } from './types';

export const LIMITS = {
  lemma: 100,
  pos: 16,
  gloss: 500,
  root: 30,
  translit: 100,
  sentence: 1000,
  context: 5000,
  title: 500,
  url: 2000,
  note: 2000,
} as const;

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const POS = /^[a-z]{1,16}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const optStr = (v: unknown, max: number): v is string | undefined => v === undefined || isStr(v, max);
const isNat = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
/** Dates are stored in one form (toISOString), so they sort as strings. */
const iso = (v: string): string => new Date(Date.parse(v)).toISOString();

/** An http(s) or file URL (or none): a `javascript:` source link would run code when clicked. */
export function isSourceUrl(v: unknown): v is string {
  if (!isStr(v, LIMITS.url)) return false;
  if (v === '') return true;
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

/** A lemma in Arabic script and a part-of-speech tag: what identifies a word. */
export const isLemma = (v: unknown): v is string => isStr(v, LIMITS.lemma) && v.trim() !== '' && ARABIC_SCRIPT.test(v);
export const isPos = (v: unknown): v is string => typeof v === 'string' && POS.test(v);

function parseSentence(v: unknown): MarkedSentence | null {
  if (!isObj(v) || !isStr(v.text, LIMITS.sentence) || !isNat(v.start) || !isNat(v.end)) return null;
  if (v.start > v.end || v.end > v.text.length) return null;
  return { text: v.text, start: v.start, end: v.end };
}

/** A reading choice (see ReadingChoice), or null when it is malformed. */
export function parseReading(v: unknown): ReadingChoice | null {
  if (!isObj(v) || !isStr(v.chosen, LIMITS.lemma + LIMITS.pos + 1) || !v.chosen.includes('|')) return null;
  if (!isNat(v.rank) || v.rank > 100) return null;
  if (v.rule !== undefined && !(isStr(v.rule, 40) && /^[a-z-]+$/.test(v.rule))) return null;
  return v.rule ? { chosen: v.chosen, rank: v.rank, rule: v.rule } : { chosen: v.chosen, rank: v.rank };
}

export function parseCard(v: unknown): CardState | null {
  if (!isObj(v) || !isDate(v.due)) return null;
  const nums = ['stability', 'difficulty', 'elapsedDays', 'scheduledDays'] as const;
  const ints = ['learningSteps', 'reps', 'lapses'] as const;
  if (!nums.every((k) => isNum(v[k])) || !ints.every((k) => isNat(v[k]))) return null;
  if (![0, 1, 2, 3].includes(v.state as number)) return null;
  if (v.lastReview !== undefined && !isDate(v.lastReview)) return null;
  const card: CardState = {
    due: iso(v.due),
    stability: v.stability as number,
    difficulty: v.difficulty as number,
    elapsedDays: v.elapsedDays as number,
    scheduledDays: v.scheduledDays as number,
    learningSteps: v.learningSteps as number,
    reps: v.reps as number,
    lapses: v.lapses as number,
    state: v.state as CardState['state'],
  };
  if (v.lastReview !== undefined) card.lastReview = iso(v.lastReview as string);
  return card;
}

/** A saved word from untrusted input, or what is wrong with it. */
export function parseSavedWord(v: unknown): Result<SavedWord> {
  if (!isObj(v)) return fail('not an object');
  if (!isLemma(v.lemma)) return fail('lemma missing, too long or not in Arabic script');
  if (!isPos(v.pos)) return fail('bad part of speech');
  if (!isStr(v.vowelled, LIMITS.lemma)) return fail('bad vowelled form');
  if (!isStr(v.gloss, LIMITS.gloss)) return fail('bad gloss');
  if (!optStr(v.root, LIMITS.root) || !optStr(v.translit, LIMITS.translit) || !optStr(v.title, LIMITS.title))
    return fail('bad root, transliteration or title');
  const sentence = parseSentence(v.sentence);
  if (!sentence) return fail('bad sentence (text too long, or the word offsets outside it)');
  if (!isSourceUrl(v.url)) return fail('the source URL must be an http(s) or file address');
  if (!isDate(v.savedAt) || !isDate(v.updatedAt)) return fail('bad dates');
  if (!isStr(v.note, LIMITS.note)) return fail('bad note');
  if (typeof v.known !== 'boolean') return fail('bad known flag');
  const card = parseCard(v.card);
  if (!card) return fail('bad review card');
  const reading = v.reading === undefined ? undefined : parseReading(v.reading);
  if (reading === null) return fail('bad reading choice');
  const word: SavedWord = {
    id: wordId(v.lemma, v.pos),
    lemma: v.lemma.normalize('NFC'),
    vowelled: v.vowelled || v.lemma,
    gloss: v.gloss,
    pos: v.pos,
    sentence,
    url: v.url,
    savedAt: iso(v.savedAt),
    updatedAt: iso(v.updatedAt),
    note: v.note,
    known: v.known,
    card,
  };
  if (v.root) word.root = v.root;
  if (v.translit) word.translit = v.translit;
  if (v.title) word.title = v.title;
  if (reading) word.reading = reading;
  return ok(word);
}

/** Checks saveWord params; returns an error message or null. */
export function saveParamsError(p: Obj): string | null {
  if (!isLemma(p.lemma)) return 'saveWord needs a lemma in Arabic script (≤ 100 chars)';
  if (!isPos(p.pos)) return 'saveWord needs a pos';
  if (!Array.isArray(p.gloss) || p.gloss.length > 20 || !p.gloss.every((g) => isStr(g, LIMITS.gloss)))
    return 'saveWord needs gloss: string[]';
  if (!optStr(p.root, LIMITS.root) || !optStr(p.translit, LIMITS.translit) || !optStr(p.vowelled, LIMITS.lemma))
    return 'bad root, translit or vowelled';
  if (!isStr(p.context, LIMITS.context) || !isNat(p.start) || !isNat(p.end) || p.start > p.end || p.end > p.context.length)
    return 'saveWord needs a context ≤ 5000 chars and the word offsets in it';
  if (!isSourceUrl(p.url)) return 'saveWord needs an http(s) or file url';
  if (!optStr(p.title, 5000) || !optStr(p.note, LIMITS.note)) return 'bad title or note';
  if (p.reading !== undefined && !parseReading(p.reading)) return 'bad reading choice';
  return null;
}

/** Narrows checked params (see saveParamsError). */
export const asSaveParams = (p: Obj): SaveWordParams => p as unknown as SaveWordParams;
