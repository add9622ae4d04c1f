/**
 * Offices people hold, as the text states them: a title before a name (وزير الخارجية الروسي، مدير القسم الآسيوي
 * بوزارة الخارجية الروسية، …) or after it (… في منصب نائبة وزير الخارجية لشؤون الرقابة على الأسلحة), in English.
 */
import type { EntityContext } from './entity-context';
import { cueOf, type EntityKeys } from './entity-keys';
import { cap, demonymAt, isGiven, lk, longestNameAt, PORTFOLIO_KEYS, singleEntry } from './entity-lookup';
import { DEMONYM_FOR_TITLE, OFFICE_BY_COUNTRY, OFFICE_FIELDS, TITLES, type TitleRule } from './entity-titles';
import type { NameEntry } from '../lexicon';
import type { Token } from '../model';

const TITLE_WORDS = [...TITLES].map((t) => ({ rule: t, words: t.ar.split(' ').map(lk) })).sort((a, b) => b.words.length - a.words.length);
/** First words of titles: a name run stops at one (فايزة أبو النجا وزيرة التعاون …). */
export const TITLE_FIRST = new Set(TITLE_WORDS.map((t) => t.words[0]!));
const TITLES_BY_FIRST = new Map<string, typeof TITLE_WORDS>();
for (const tw of TITLE_WORDS) TITLES_BY_FIRST.set(tw.words[0]!, [...(TITLES_BY_FIRST.get(tw.words[0]!) ?? []), tw]);
const SHUON = lk('شؤون');
const FIELDS = new Map(Object.entries(OFFICE_FIELDS).map(([ar, en]) => [ar.split(' ').map(lk).join(' '), en]));
// words that introduce the office a named person holds: في منصب، بصفته، بوصفها
const ROLE_CUES = new Set(['منصب', 'بصفته', 'بصفتها', 'بوصفه', 'بوصفها'].map(lk));
const ROLE_CUE_REACH = 8;

/** An office read in the text: its title and what qualifies it. */
export interface Office {
  rule: TitleRule;
  /** token after the office */
  end: number;
  skip: number;
  portfolio: string;
  demonym: string;
  /** لشؤون X in English (for Arms Control), or '' */
  field: string;
}

/** Whether a word can start a title. */
export const startsTitle = (k: EntityKeys) => !!cueOf(k, TITLES_BY_FIRST);

function titleAt(keys: EntityKeys[], i: number): { rule: TitleRule; end: number; skip: number } | null {
  const k = keys[i];
  if (!k) return null;
  // index loops, no closure: this runs for every word, often before the code is optimised
  for (let n = 0; n < k.first.length; n++) {
    const f = k.first[n]!;
    const titles = TITLES_BY_FIRST.get(f.key);
    if (!titles) continue;
    for (const tw of titles) if (titleWordsFollow(keys, i, tw.words)) return { rule: tw.rule, end: i + tw.words.length, skip: f.skip };
  }
  return null;
}

function titleWordsFollow(keys: EntityKeys[], i: number, words: readonly string[]): boolean {
  for (let w = 1; w < words.length; w++) if (keys[i + w]?.rest !== words[w]) return false;
  return true;
}

/** A given name starts at token j (على is read as a preposition here, not as the name علي). */
function givenNameAt(tokens: Token[], keys: EntityKeys[], j: number, ctx: EntityContext): boolean {
  return tokens[j]!.analyses[0]?.pos !== 'prep' && !!singleEntry(keys, j, ctx, isGiven);
}

/** The office starting at token i: a title, its ministry, the nation it serves, its field (لشؤون …). */
export function officeAt(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): Office | null {
  const title = titleAt(keys, i);
  if (!title) return null;
  const office: Office = { rule: title.rule, end: title.end, skip: title.skip, portfolio: '', demonym: '', field: '' };
  const p = title.rule.office ? PORTFOLIO_KEYS.get(keys[office.end]?.rest ?? '') : undefined;
  if (p) {
    office.portfolio = p;
    office.end++;
  }
  const d = demonymAt(keys, office.end, ctx);
  if (d) {
    office.demonym = d;
    office.end++;
  }
  // لشؤون X: the office's field, up to three words (it stops at a name)
  const k = keys[office.end];
  if (k?.raw.endsWith(SHUON)) {
    let j = office.end + 1;
    const words: string[] = [];
    while (words.length < 3 && tokens[j]?.kind === 'word' && !keys[j]!.unknown && !givenNameAt(tokens, keys, j, ctx)) {
      words.push(keys[j]!.rest);
      j++;
    }
    office.end = j;
    office.field = fieldEnglish(words);
  }
  return office;
}

/** The English of an office's field: the longest known start of its words (الرقابة على الأسلحة → Arms Control). */
function fieldEnglish(words: string[]): string {
  for (let n = words.length; n > 0; n--) {
    const en = FIELDS.get(words.slice(0, n).join(' '));
    if (en) return en;
  }
  return '';
}

/** The English role of an office, for a person (whose known country fills a nation the text leaves implicit). */
export function roleOf(office: Office, person: NameEntry | null, ctx: EntityContext): string {
  let demonym = office.demonym;
  // نائبة وزير الخارجية ويندي شيرمان: the text often leaves the country implicit
  if (!demonym && person?.attrs.country) {
    const d = ctx.gazetteer.demonymOf(person.attrs.country);
    if (d) demonym = DEMONYM_FOR_TITLE[d] ?? d;
  }
  const { portfolio } = office;
  let role = office.rule.en.replace('{X}', demonym).replace(/\s+/g, ' ').trim();
  if (portfolio) role = role.replace(/Minister$/, `${portfolio} Minister`);
  if (portfolio && /Minister/.test(role) && !role.includes(portfolio)) role = role.replace('Minister', `${portfolio} Minister`);
  // المتحدث باسم الخارجية: a title that ends in its preposition speaks for the portfolio's ministry
  if (portfolio && / (?:for|of|to)$/.test(role)) role = `${role} the ${portfolio} Ministry`;
  if (role === 'Dr') return '';
  if (role && office.field) role = `${role} for ${office.field}`;
  for (const [re, en] of OFFICE_BY_COUNTRY) role = role.replace(re, en);
  return role;
}

/**
 * What an office is head of, between a title and the name (مدير [القسم الآسيوي الثاني] [بوزارة الخارجية الروسية]،
 * زامير كابولوف): a definite noun and its adjectives, then a known organisation after ب or ل. English and end.
 */
export function officeComplement(
  tokens: Token[],
  keys: EntityKeys[],
  j: number,
  ctx: EntityContext,
): { end: number; english: string } | null {
  const definite = (t: Token | undefined, pos: string) => {
    const top = t?.analyses[0];
    return (
      !!top &&
      top.pos === pos &&
      top.segments.every((s) => s.role !== 'proclitic' && s.role !== 'enclitic') &&
      top.segments.some((s) => s.role === 'article')
    );
  };
  if (!definite(tokens[j], 'noun')) return null;
  const gloss = (t: Token) => cap(t.analyses[0]!.gloss[0]?.split(/[;(]/)[0]?.trim() ?? '');
  const adjectives: string[] = [];
  let end = j + 1;
  while (adjectives.length < 3 && definite(tokens[end], 'adj')) adjectives.push(gloss(tokens[end++]!));
  // the English order of the adjectives is the Arabic one reversed: القسم الآسيوي الثاني → Second Asian Section
  let english = `the ${[...adjectives.reverse(), gloss(tokens[j]!)].join(' ')}`;
  const org = organisationAt(keys, end, ctx);
  if (org) {
    english += ` of the ${org.entry.english}`;
    end = org.end;
  }
  return { end, english };
}

/** A gazetteer organisation at token j, clitics allowed (بوزارة الخارجية الروسية): the entry and its end. */
function organisationAt(keys: EntityKeys[], j: number, ctx: EntityContext): { entry: NameEntry; end: number } | null {
  return gazetteerMatch(keys, j, ctx, (e) => e.type === 'ORGANIZATION');
}

/** The longest gazetteer name starting at token j whose entry passes pred. */
export function gazetteerMatch(
  keys: EntityKeys[],
  j: number,
  ctx: EntityContext,
  pred: (e: NameEntry) => boolean,
): { entry: NameEntry; end: number } | null {
  const m = longestNameAt(keys, j, ctx.gazetteer, (v) => pred(v.entry));
  return m && { entry: m.variant.entry, end: j + m.variant.words.length };
}

/**
 * The office stated after a person's name (بوني جينكينس التي تم تثبيتها في منصب نائبة وزير الخارجية): a cue word
 * (منصب، بصفته) within a few words, before any punctuation, and an office right after it.
 */
export function roleAfterName(tokens: Token[], keys: EntityKeys[], end: number, ctx: EntityContext, person: NameEntry | null): string {
  for (let k = end; k < Math.min(tokens.length - 1, end + ROLE_CUE_REACH); k++) {
    if (tokens[k]!.kind === 'punct') return '';
    if (!cueOf(keys[k], ROLE_CUES)) continue;
    const office = officeAt(tokens, keys, k + 1, ctx);
    return office ? roleOf(office, person, ctx) : '';
  }
  return '';
}
