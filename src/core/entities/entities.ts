/**
 * Named entities: gazetteer names (with clitics attached), people after titles and given names, organisations built
 * on trigger nouns, places after place words, dates and figures. Overlaps are resolved by rule priority, then
 * length; mentions of one real thing share a group.
 */
import { findFigures } from './figures';
import type { Gazetteer } from '../lexicon';
import type { EntityCandidate } from './entity-candidates';
import { isBin, nameBeforeBin } from './entity-candidates';
import { CANDIDATE_RULES, ENTITY_WEIGHTS } from './entity-rule-table';
import { cueOf, entityKeysOf, type EntityKeys } from './entity-keys';
import { ORG_TRIGGERS, PLACE_DESCRIPTORS } from './entity-rules';
import { TITLES } from './entity-titles';
import { longestNameAt, PORTFOLIO_KEYS } from './entity-lookup';
import { looseKey } from '../text';
import { bareKey } from '../lexicon';
import { groupMentions } from './entity-groups';
import { surnameMentions, surnamesWithoutFullName } from './entity-surnames';
import { clubsInSportsNews } from './entity-sports';
import { roleAfterName, TITLE_FIRST } from './person-roles';
import type { Entity, TextAnalysis, Token } from '../model';
import type { EntityContext } from './entity-context';

const DESCRIPTOR_KEYS = new Set(PLACE_DESCRIPTORS.map((d) => bareKey(looseKey(d))));
/** Place words and the words for a state (دولة، سلطنة) that a place name can follow. */
const STATE_KEYS = new Set([...PLACE_DESCRIPTORS, 'دولة', 'سلطنة', 'إمارة'].map((d) => bareKey(looseKey(d))));
const TRIGGER_KEYS = new Set(ORG_TRIGGERS.map((t) => bareKey(looseKey(t.ar))));
const NAME_AFTER_KEYS = new Set(ORG_TRIGGERS.filter((t) => t.nameAfter).map((t) => bareKey(looseKey(t.ar))));
const EPITHETS = new Set(['المكرمه', 'المنوره', 'الشريف', 'المقدسه', 'الاشرف'].map((w) => looseKey(w)));
const MINISTRY = new Set([bareKey(looseKey('وزارة'))]);
const ARMY = new Set([looseKey('جيش')]);
/** Last words of office titles (وزير، المتحدث باسم): a ministry named right after one is part of the title. */
const OFFICE_ENDS = new Set(TITLES.filter((t) => t.office).map((t) => bareKey(looseKey(t.ar.split(' ').pop()!))));

/** وزيرة الخارجية الأميركية، المتحدث باسم الخارجية: the office's ministry describes the person, it is no mention. */
function inOfficeTitle(c: EntityCandidate, keys: EntityKeys[]): boolean {
  if (c.type !== 'ORGANIZATION' || !PORTFOLIO_KEYS.has(keys[c.from]!.rest)) return false;
  return !!cueOf(keys[c.from - 1], OFFICE_ENDS);
}

const W = ENTITY_WEIGHTS;
/** below this an entity is a guess: the popup lists it after the others and marks it */
export const GUESS_BELOW = W.guessBelow;

function confidenceOf(c: EntityCandidate): number {
  const base = W.confidence[c.rule];
  return c.guessed ? Math.min(base, W.guessedConfidence) : base;
}

/** Overlapping readings: the surer rule first, a longer match over a slightly surer shorter one. */
const rank = (c: EntityCandidate) => W.priority[c.rule] + W.perExtraWord * (c.to - c.from - 1);

/**
 * The candidates by rank, higher first, then in text order (a stable sort, as Array.prototype.sort is). Each rank is
 * worked out once rather than twice per comparison, and the comparator returns a sign, not a fractional difference
 * (which would cost a number object per comparison).
 */
function byRank(cands: readonly EntityCandidate[]): EntityCandidate[] {
  const ranks = new Float64Array(cands.length);
  for (let k = 0; k < cands.length; k++) ranks[k] = rank(cands[k]!);
  const order = Array.from(cands.keys());
  order.sort((a, b) => {
    const d = ranks[b]! - ranks[a]!;
    return d > 0 ? 1 : d < 0 ? -1 : cands[a]!.from - cands[b]!.from;
  });
  return order.map((k) => cands[k]!);
}

/**
 * The gazetteer name starting at token i: the longest whose words all match. `named`: the names the text has already
 * given clearly (their entry ids), which an ambiguous one-word mention may then refer to.
 */
function gazetteerAt(keys: EntityKeys[], i: number, gaz: Gazetteer, named?: ReadonlySet<number>): EntityCandidate | null {
  const m = longestNameAt(keys, i, gaz, (v) => {
    const { kind } = v.entry.attrs;
    if (v.words.length === 1 && v.ambiguous && !supported(keys, i, gaz) && !named?.has(v.entry.id)) return false;
    // a surname that is also a common word (تراس / ترأس "chaired") is the person only where the text names them in full
    if (v.words.length === 1 && v.ambiguous && v.partial && !named?.has(v.entry.id)) return false;
    if (kind === 'given-name' || kind === 'name-particle') return false;
    // "the Israeli army" is a description, not a name (news NER leaves it out); named forces stay
    return kind !== 'military' || !cueOf(keys[i], ARMY);
  });
  if (!m) return null;
  const e = m.variant.entry;
  return {
    type: e.type,
    from: i,
    to: i + m.variant.words.length,
    skip: m.skip,
    english: e.english,
    role: e.attrs.role,
    rule: 'gazetteer',
    entryId: e.id,
    ...(m.variant.partial ? { partialWords: m.variant.words.length } : {}),
  };
}

/** An ambiguous one-word name counts only next to another name or after a title-like word. */
function supported(keys: EntityKeys[], i: number, gaz: Gazetteer): boolean {
  const isName = (k: EntityKeys | undefined) => !!k && k.exact.some((f) => gaz.single(f.key).some((v) => !v.ambiguous));
  return isName(keys[i - 1]) || isName(keys[i + 1]);
}

/** The article, maybe after و/ف and a preposition (الشرق، والشرق، بالشرق، للشرق). */
const ARTICLE_AFTER_CLITICS = /^[وف]?(?:[بك]?ال|لل)/;

/**
 * قطاع غزة، جنوب لبنان، مدينة مشهد: when a place name starts with a place word and the rest is a name on its own,
 * the entity is the name (the English stays that of the whole: Gaza Strip).
 */
function trimDescriptor(c: EntityCandidate, keys: EntityKeys[], gaz: Gazetteer): EntityCandidate {
  if (c.to - c.from < 2) return c;
  // الملك سلمان، الإمام الرضا: a title the gazetteer writes with a person's name is the role, not the name (English
  // keeps it: King Salman)
  if (c.type === 'PERSON' && TITLE_FIRST.has(keys[c.from]!.rest) && /^ال/.test(keys[c.from]!.raw))
    return { ...c, from: c.from + 1, skip: 0, rule: 'title' };
  // مكة المكرمة، القدس الشريف: an honorific epithet is not part of the name
  if (c.type === 'LOCATION' && EPITHETS.has(keys[c.to - 1]!.raw) && gaz.single(keys[c.from]!.exact[0]?.key ?? '').length > 0) {
    return { ...c, to: c.to - 1 };
  }
  // مدينة مشهد، دولة قطر، مدينة نصر: a place word in the construct state (no article) introduces the name, which is
  // what follows it, whatever the gazetteer lists (المدينة المنورة keeps its article and its word)
  if (c.type === 'LOCATION' && cueOf(keys[c.from], STATE_KEYS) && !ARTICLE_AFTER_CLITICS.test(keys[c.from]!.raw))
    return { ...c, from: c.from + 1, skip: 0 };
  const cue = c.type === 'LOCATION' ? DESCRIPTOR_KEYS : c.type === 'ORGANIZATION' ? TRIGGER_KEYS : null;
  // a ministry is named with its word (وزارة الخارجية الأمريكية is the State Department)
  if (c.type === 'ORGANIZATION' && cueOf(keys[c.from], MINISTRY)) return c;
  if (!cue || !cueOf(keys[c.from], cue)) return c;
  // فريق برشلونة، صحيفة الشرق الأوسط، شركة نوكيا: a describing trigger is not part of the name after it
  if (c.type === 'ORGANIZATION' && cueOf(keys[c.from], NAME_AFTER_KEYS)) return { ...c, from: c.from + 1, skip: 0 };
  // the rest must name the same thing on its own (وكالة فرانس برس → فرانس برس; حركة حماس → حماس)
  const rest =
    c.to - c.from === 2 ? gaz.single(keys[c.from + 1]!.restExact) : gaz.longer(keys[c.from + 1]!.restExact, keys[c.from + 2]!.restExact);
  const restIsName = rest.some(
    (v) =>
      v.words.length === c.to - c.from - 1 &&
      v.entry.type === c.type &&
      (c.type === 'LOCATION' || v.entry.id === c.entryId || c.to - c.from === 2),
  );
  return restIsName ? { ...c, from: c.from + 1, skip: 0 } : c;
}

/** بوني جينكينس التي تم تثبيتها في منصب نائبة وزير الخارجية: an office stated after the name is the person's role. */
function roleStatedAfter(c: EntityCandidate, tokens: Token[], keys: EntityKeys[], ctx: EntityContext): void {
  const entry = c.entryId !== undefined ? (ctx.gazetteer.entries[c.entryId] ?? null) : null;
  const role = roleAfterName(tokens, keys, c.to, ctx, entry);
  if (role) Object.assign(c, { role, roleFromText: true });
}

/** The candidate rules (entity-rule-table.ts), each with a test of the words it can start at (it finds nothing elsewhere). */
const RULES = CANDIDATE_RULES;
// flags of a word besides its rules (RULES.length bits)
const WORD = 1 << RULES.length;
const NAMED = WORD << 1;
const BIN = NAMED << 1;

/** Whether some gazetteer name starts with the word (with or without its clitics). */
function startsName(k: EntityKeys, gaz: Gazetteer): boolean {
  for (let n = 0; n < k.exact.length; n++) if (gaz.has(k.exact[n]!.key)) return true;
  return false;
}

/** What can start at a word: a bit per rule, and whether it is a word, starts a gazetteer name, is بن. */
function startFlags(t: Token, k: EntityKeys, ctx: EntityContext): number {
  if (t.kind !== 'word') return 0;
  const named = startsName(k, ctx.gazetteer);
  let flags = WORD | (named ? NAMED : 0) | (isBin(k) ? BIN : 0);
  for (let r = 0; r < RULES.length; r++) if (RULES[r]!.startsAt(k, named, t, ctx)) flags |= 1 << r;
  return flags;
}

/**
 * The start flags of every token. Most words start nothing, and a text repeats its words: the tests run once per
 * distinct word and gazetteer, remembered in the word's keys (shared by its occurrences in the same context, and
 * kept with the analysis of the word; non-words share one).
 */
function startFlagsOf(tokens: Token[], keys: EntityKeys[], ctx: EntityContext): Uint16Array {
  const flags = new Uint16Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k.startsFor !== ctx.gazetteer) {
      k.starts = startFlags(tokens[i]!, k, ctx);
      k.startsFor = ctx.gazetteer;
    }
    flags[i] = k.starts;
  }
  return flags;
}

/** Every reading the rules find at every word, overlapping. */
function candidates(tokens: Token[], keys: EntityKeys[], ctx: EntityContext): EntityCandidate[] {
  const cands: EntityCandidate[] = [];
  const flags = startFlagsOf(tokens, keys, ctx);
  /** words that may start a name but were read as common words (an ambiguous name with no support beside it) */
  const unnamed: number[] = [];
  // index loops, no closure: this runs for every word, often before the code is optimised
  for (let i = 0; i < tokens.length; i++) {
    const f = flags[i]!;
    if (!(f & WORD)) continue;
    if (f & NAMED) {
      const g = gazetteerAt(keys, i, ctx.gazetteer);
      if (g && !inOfficeTitle(g, keys)) cands.push(trimDescriptor(g, keys, ctx.gazetteer));
      else if (!g) unnamed.push(i);
    }
    for (let r = 0; r < RULES.length; r++) {
      if (!(f & (1 << r))) continue;
      const c = RULES[r]!.find(tokens, keys, i, ctx);
      if (c) cands.push(c);
    }
    // X بن Y starts at a word that is no gazetteer name (a given name or particle is one, read by personFromGivenName)
    if (!(f & NAMED) && flags[i + 1]! & BIN) {
      const c = nameBeforeBin(tokens, keys, i, ctx);
      if (c) cands.push(c);
    }
  }
  // one sense per text: once it has named the United Arab Emirates clearly (دولة الإمارات، الإمارات العربية المتحدة), a
  // bare الإمارات later on is that country, not "the emirates"
  const named = new Set<number>();
  for (const c of cands) if (c.rule === 'gazetteer' && c.entryId !== undefined) named.add(c.entryId);
  if (named.size)
    for (const i of unnamed) {
      const g = gazetteerAt(keys, i, ctx.gazetteer, named);
      if (g && !inOfficeTitle(g, keys)) cands.push(trimDescriptor(g, keys, ctx.gazetteer));
    }
  for (const f of findFigures(tokens)) cands.push({ type: f.type, from: f.from, to: f.to, skip: 0, english: f.english, rule: 'figure' });
  return cands;
}

/** Finds the entities of an analysed text. */
export function findEntities(a: TextAnalysis, ctx: EntityContext): Entity[] {
  const { tokens, text } = a;
  const keys = entityKeysOf(tokens);
  const cands = candidates(tokens, keys, ctx);
  // resolve overlaps: higher priority first, then longer
  const taken = new Uint8Array(tokens.length);
  const kept: EntityCandidate[] = [];
  for (const c of byRank(cands)) {
    let free = true;
    for (let j = c.from; j < c.to; j++) if (taken[j]) free = false;
    if (!free) continue;
    for (let j = c.from; j < c.to; j++) taken[j] = 1;
    kept.push(c);
  }
  kept.push(...surnameMentions(kept, keys, taken, tokens, ctx.lexicon));
  surnamesWithoutFullName(kept);
  clubsInSportsNews(kept, a, keys, ctx);
  for (const c of kept) if (c.type === 'PERSON' && !c.roleFromText) roleStatedAfter(c, tokens, keys, ctx);
  kept.sort((x, y) => x.from - y.from);
  const entities: Entity[] = kept.map((c) => {
    const first = tokens[c.from]!;
    const last = tokens[c.to - 1]!;
    const start = first.start + c.skip;
    return {
      text: text.slice(start, last.end),
      start,
      end: last.end,
      type: c.type,
      english: c.english,
      ...(c.role ? { role: c.role } : {}),
      ...(c.roleFromText ? { roleFromText: true } : {}),
      ...(c.guessed ? { guessed: true } : {}),
      confidence: confidenceOf(c),
    };
  });
  groupMentions(entities);
  return entities;
}
