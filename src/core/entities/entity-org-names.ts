/**
 * Organisation names read from their structure: a trigger noun (وزارة، هيئة، مؤسسة، جامعة، حزب، جبهة، مجلس) and the
 * definite words that follow it, up to where the name ends, translated word by word in English order:
 * وزارة الموارد المائية والري → Ministry of Water Resources and Irrigation; الهيئة العامة للاستثمار → General
 * Authority for Investment; الجبهة الوطنية للتغيير → National Front for Change.
 */
import type { EntityContext } from './entity-context';
import { cueOf, type EntityKeys } from './entity-keys';
import { cap, demonymAt, lk, PORTFOLIO_KEYS } from './entity-lookup';
import { ORG_TRIGGERS } from './entity-rules';
import { TITLE_FIRST } from './person-roles';
import type { Token } from '../model';
import type { EntityCandidate } from './entity-lookup';
import { nameToEnglish } from '../text';

/** Triggers whose name is built from ordinary words (a ministry of water, an authority for investment). */
export const STRUCTURED_TRIGGERS = new Set(['وزارة', 'هيئة', 'مؤسسة', 'جامعة', 'حزب', 'جبهة', 'مجلس', 'منظمة', 'لجنة', 'اتحاد'].map(lk));

/** Time words that follow a name in news prose (قالت الوزارة اليوم) and are never part of it. */
const TIME_WORDS = new Set(
  [
    'اليوم',
    'أمس',
    'الليلة',
    'الصباح',
    'المساء',
    'الأسبوع',
    'الشهر',
    'العام',
    'الأحد',
    'الاثنين',
    'الثلاثاء',
    'الأربعاء',
    'الخميس',
    'الجمعة',
    'السبت',
    // للمرة الأولى "for the first time", في الوقت نفسه
    'المرة',
    'الوقت',
  ].map(lk),
);

/** words a name runs to at most after its trigger */
const MAX_WORDS = 6;

interface Word {
  pos: string;
  definite: boolean;
  /** the proclitic before the article: و (and), ل (for), or none */
  clitic: '' | 'و' | 'ل' | 'other';
  english: string;
}

/** The short English of a word: its first gloss, without "the", "to" or notes. */
function glossOf(t: Token): string {
  const a = t.analyses[0];
  const g = (a?.gloss[0] ?? '')
    .split(/[;,(]/)[0]!
    .replace(/^(?:the|to|a|an) /i, '')
    .trim();
  // الموارد → Resources: the gloss is the singular's
  const plural = a?.pos === 'noun' && a.grammar.number === 'plural' && /^[a-z]+$/i.test(g) && !/s$/.test(g);
  return cap(plural ? pluralOf(g) : g);
}

/** The regular English plural (deputy → deputies, resource → resources, tax → taxes). */
export function pluralOf(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A nationality, not an ordinary adjective the lexicon knows (المالية is "financial", not "Malian"). */
function nationalityAt(tokens: Token[], keys: EntityKeys[], j: number, ctx: EntityContext): string | null {
  const a = tokens[j]?.analyses[0];
  if (a?.entryId !== undefined && !/^[A-Z]/.test(a.gloss[0] ?? '')) return null;
  return demonymAt(keys, j, ctx);
}

function wordAt(t: Token, k: EntityKeys): Word | null {
  const a = t.analyses[0];
  if (t.kind !== 'word' || !a || (a.pos !== 'noun' && a.pos !== 'adj')) return null;
  const pro = a.segments
    .filter((s) => s.role === 'proclitic')
    .map((s) => s.text)
    .join('');
  const definite = a.segments.some((s) => s.role === 'article');
  const clitic = pro === '' ? '' : pro === 'و' ? 'و' : pro === 'ل' ? 'ل' : 'other';
  // a ministry's field has its usual English (الاتصالات → Communications, not "contacts")
  const stem = a.segments.find((s) => s.role === 'stem')?.text ?? '';
  const english = PORTFOLIO_KEYS.get(k.rest) ?? PORTFOLIO_KEYS.get(lk(stem)) ?? glossOf(t);
  return english ? { pos: a.pos, definite, clitic, english } : null;
}

/** Noun phrases: a noun and its adjectives, English adjectives first (الموارد المائية → Water Resources). */
function phrase(words: Word[]): string {
  const nouns: string[] = [];
  let adjs: string[] = [];
  const parts: string[] = [];
  for (const w of words) {
    if (w.pos === 'adj' && nouns.length) adjs.push(w.english);
    else {
      if (nouns.length) parts.push([...adjs, nouns.pop()!].join(' '));
      adjs = [];
      nouns.push(w.english);
    }
  }
  if (nouns.length) parts.push([...adjs, nouns.pop()!].join(' '));
  // a noun followed by another noun: the second is its complement (شؤون اللاجئين → Affairs of Refugees)
  return parts.join(' of ');
}

export interface StructuredName {
  /** token after the name */
  end: number;
  english: string;
}

/**
 * The name after the trigger at token i, read from its words: definite nouns and adjectives, more joined by و, one
 * phrase after ل, a nationality last. Null when no such word follows.
 */
export function structuredOrgName(
  tokens: Token[],
  keys: EntityKeys[],
  i: number,
  trigger: string,
  ctx: EntityContext,
): StructuredName | null {
  const head = tokens[i]?.analyses[0];
  const triggerDefinite = !!head?.segments.some((s) => s.role === 'article');
  const pre: string[] = [];
  const groups: Word[][] = [];
  let forWords: Word[][] | null = null;
  let demonym = '';
  let j = i + 1;
  for (; j < tokens.length && j - i <= MAX_WORDS; j++) {
    const d = nationalityAt(tokens, keys, j, ctx);
    if (d && (groups.length || pre.length)) {
      // وزارة الموارد المائية المصرية: the nationality closes the name
      demonym = d;
      j++;
      break;
    }
    const w = wordAt(tokens[j]!, keys[j]!);
    // مديرة المركز الدكتورة …: a title starts what follows the name
    if (!w || !w.definite || w.clitic === 'other' || TITLE_FIRST.has(keys[j]!.rest)) break;
    // a time word (اليوم، الأحد، للمرة) ends any name
    if (cueOf(keys[j], TIME_WORDS)) break;
    if (w.clitic === 'ل') {
      // للتغيير: one phrase after "for", then the name ends at what is no adjective of it
      if (forWords || (!groups.length && !pre.length)) break;
      forWords = [[w]];
      continue;
    }
    if (forWords) {
      // للمواصفات والمقاييس والجودة: nouns joined by و, each with its adjectives
      if (w.clitic === 'و' && w.pos === 'noun' && !cueOf(keys[j], STRUCTURED_TRIGGERS)) forWords.push([w]);
      else if (w.clitic === '' && w.pos === 'adj') forWords[forWords.length - 1]!.push(w);
      else break;
      continue;
    }
    if (w.clitic === 'و') {
      // والمجلس الأعلى: "and" before another trigger starts another organisation
      if (!groups.length || cueOf(keys[j], STRUCTURED_TRIGGERS)) break;
      groups.push([w]);
      continue;
    }
    // الهيئة العامة: adjectives of a definite trigger come before it in English
    if (triggerDefinite && !groups.length && w.pos === 'adj') pre.push(w.english);
    else if (triggerDefinite && !groups.length) break;
    else if (groups.length) {
      // after "and" a phrase takes adjectives only (والبحث العلمي)
      const last = groups[groups.length - 1]!;
      if (groups.length > 1 && w.pos !== 'adj') break;
      last.push(w);
    } else groups.push([w]);
  }
  if (!groups.length && !forWords) return null;
  const of = groups.length ? ` of ${groups.map(phrase).join(' and ')}` : '';
  const forPart = forWords ? ` for ${listOf(forWords.map(phrase))}` : '';
  return { end: j, english: [demonym, ...pre, trigger].filter(Boolean).join(' ') + of + forPart };
}

/** An English list: A, B and C. */
const listOf = (items: string[]) =>
  items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Trigger nouns' English by their key, for an office's organisation (المتحدث باسم وزارة الصحة والسكان). */
const TRIGGER_ENGLISH = new Map(ORG_TRIGGERS.map((t) => [lk(t.ar), t.en]));

/**
 * What an office is of, read like an organisation's name, between a title and the person: وزير [الموارد المائية
 * والري] → of Water Resources and Irrigation; المتحدث باسم [وزارة الصحة والسكان] → of the Ministry of Health and
 * Population. The English without "of", and the token after it; null when nothing of the kind follows.
 */
export function officeOrganisation(
  tokens: Token[],
  keys: EntityKeys[],
  j: number,
  ctx: EntityContext,
): { end: number; english: string } | null {
  const cue = cueOf(keys[j], STRUCTURED_TRIGGERS);
  if (cue && cue.skip === 0) {
    const org = structuredOrgName(tokens, keys, j, TRIGGER_ENGLISH.get(cue.key) ?? '', ctx);
    return org && / (?:of|for) /.test(org.english) ? { end: org.end, english: `the ${org.english}` } : null;
  }
  // the title itself stands as the trigger: its complement is what follows it
  const field = structuredOrgName(tokens, keys, j - 1, '', ctx);
  if (!field || !field.english.startsWith(' of ')) return null;
  return { end: field.end, english: field.english.slice(' of '.length) };
}

/** Newspapers, magazines, agencies, channels and stations, whose names the press writes in quotation marks. */
const MEDIA = new Set(['صحيفة', 'جريدة', 'مجلة', 'وكالة', 'قناة', 'إذاعة', 'شبكة', 'محطة', 'موقع'].map(lk));
const QUOTE = /^["“”«»]$/;
/** how many words a quoted media name runs to at most */
const MAX_MEDIA_WORDS = 4;

/** Whether a word is a kind of medium (صحيفة، مجلة، وكالة), with or without its clitics. */
export const startsMedia = (k: EntityKeys): boolean => !!cueOf(k, MEDIA);

/**
 * صحيفة " صن "، مجلة " New Yorker ": the quoted words after a medium are its name, even when they also name a place
 * (صحيفة " بابل "): up to four words closed by a quotation mark; a longer quotation is what the medium wrote.
 */
export function mediaInQuotes(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  if (!startsMedia(keys[i]!) || !QUOTE.test(tokens[i + 1]?.text ?? '')) return null;
  const from = i + 2;
  let to = from;
  while (to < tokens.length && to - from <= MAX_MEDIA_WORDS && (tokens[to]!.kind === 'word' || tokens[to]!.kind === 'latin')) to++;
  if (to === from || to - from > MAX_MEDIA_WORDS || !QUOTE.test(tokens[to]?.text ?? '')) return null;
  const words = tokens.slice(from, to).map((t) => t.text);
  // the English of a known paper or agency (رويترز → Reuters); a place's (بابل) is not the paper's
  const named =
    to - from === 1
      ? ctx.gazetteer.single(keys[from]!.raw)
      : ctx.gazetteer.longer(keys[from]!.restExact, keys[from + 1]!.restExact).filter((v) => v.words.length === to - from);
  const known = named.find((v) => v.entry.type === 'ORGANIZATION')?.entry;
  const english = known?.english ?? words.map((w) => (/^[A-Za-z]/.test(w) ? w : cap(nameToEnglish(w)))).join(' ');
  return { type: 'ORGANIZATION', from, to, skip: 0, english, guessed: !known, rule: 'media' };
}
