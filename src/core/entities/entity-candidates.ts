/**
 * Organisations and places around cue words: trigger nouns starting an organisation name (حركة طالبان، وزارة
 * الخارجية الروسية) and place words before an unknown place name (مدينة X، مخيم X).
 */
import type { EntityContext } from './entity-context';
import { cueOf, type EntityKeys } from './entity-keys';
import { cap, demonymAt, lk, PORTFOLIO_KEYS, singleEntry, type EntityCandidate } from './entity-lookup';
import { ORG_TRIGGERS, PLACE_DESCRIPTORS } from './entity-rules';
import { nameToEnglish } from '../text';
import type { Token } from '../model';
import { STRUCTURED_TRIGGERS, structuredOrgName } from './entity-org-names';

export type { EntityCandidate } from './entity-lookup';
export { isBin, nameBeforeBin, personFromGivenName } from './person-names';
export { personAfterTitle } from './person-titles';
export { startsSpeech } from './entity-name-words';
export { speakerAfterVerb } from './person-speakers';
export { mayBeNationality, personAfterNationality, unknownNameRun } from './entity-foreign-names';

const TRIGGERS = new Map(ORG_TRIGGERS.map((t) => [lk(t.ar), t.en]));
// triggers strong enough to take a common definite word as the name (حزب العمال); حركة is also "traffic"
const STRONG_TRIGGERS = new Set(
  [
    'وزاره',
    'حزب',
    'منظمه',
    'شركه',
    'جامعه',
    'وكاله',
    'نادي',
    'منتخب',
    'صحيفه',
    'جريده',
    'قناه',
    'جبهه',
    'كتائب',
    'تنظيم',
    'بنك',
    'مصرف',
  ].map(lk),
);
const DESCRIPTORS = new Set(PLACE_DESCRIPTORS.map(lk));
const NAME_AFTER = new Set(ORG_TRIGGERS.filter((t) => t.nameAfter).map((t) => lk(t.ar)));
const NATIONAL_TEAM = lk('منتخب');
const MEDIA = new Set(['صحيفة', 'جريدة', 'مجلة', 'قناة'].map(lk));

/**
 * A word after a trigger that the gazetteer does not know, as part of the name: an unknown word (a foreign name), or
 * right after the trigger a definite word (حزب العمال، صحيفة الحياة). Null when it describes instead.
 */
function nameWord(t: Token, k: EntityKeys, tkey: string, first: boolean): { english: string; guessed: boolean } | null {
  const describing = NAME_AFTER.has(tkey);
  const strong = STRONG_TRIGGERS.has(tkey);
  const nisba = /(يه|ي)$/.test(k.raw);
  const definite = k.raw.startsWith('ال');
  if (k.unknown) {
    // an unknown nisba describes: مجموعة قصصية، النادي الكاتالوني (after a strong trigger a bare one names: حزب توده)
    if (nisba && (describing ? definite : !strong)) return null;
    return { english: nameToEnglish(t.text), guessed: true };
  }
  const pos = t.analyses[0]?.pos;
  if (!first || !definite) return null;
  // صحيفة الحياة، قناة العربية: a paper or channel is named by a noun; المنتخب الوطني، الفريق الأول only describe
  if (describing) return MEDIA.has(tkey) && pos === 'noun' ? { english: nameToEnglish(t.text), guessed: true } : null;
  if (!strong || (pos !== 'noun' && pos !== 'adj')) return null;
  return { english: cap(t.analyses[0]!.gloss[0]?.split(/[;(]/)[0]?.trim() ?? ''), guessed: false };
}

/** الهيئة العامة للاستثمار: a trigger whose name the word-by-word reading found nothing of, read from its structure. */
function structuredOnly(
  tokens: Token[],
  keys: EntityKeys[],
  i: number,
  tkey: string,
  skip: number,
  ctx: EntityContext,
): EntityCandidate | null {
  if (!STRUCTURED_TRIGGERS.has(tkey)) return null;
  const s = structuredOrgName(tokens, keys, i, TRIGGERS.get(tkey)!, ctx);
  // a definite trigger and adjectives alone (المجلس الوطني) need a complement to name something, and a trigger with
  // one common noun is a body described, not named (لجنة الدفاع، مجلس الإدارة): a name runs to two words at least
  if (!s || !/ (?:of|for) /.test(s.english) || s.end - i < 3) return null;
  return { type: 'ORGANIZATION', from: i, to: s.end, skip, english: s.english, rule: 'trigger' };
}

/** Whether a word is a trigger noun (حركة، وزارة، حزب). */
export const startsTrigger = (k: EntityKeys) => !!cueOf(k, TRIGGERS);

/** حركة طالبان، وزارة الخارجية الروسية، حزب العمال: a trigger noun and its name. */
export function orgAfterTrigger(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  const cue = cueOf(keys[i], TRIGGERS);
  if (!cue) return null;
  const { key: tkey, skip } = cue;
  const trigger = TRIGGERS.get(tkey)!;
  const parts: string[] = [];
  let demonym = '';
  let demonymEnd = -1;
  let portfolio = '';
  let guessed = false;
  let place = false;
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && tokens[j]!.kind === 'word') {
    const p = PORTFOLIO_KEYS.get(keys[j]!.rest);
    const d = demonymAt(keys, j, ctx);
    const name = singleEntry(keys, j, ctx, (e) => e.type === 'LOCATION' || e.type === 'ORGANIZATION');
    if (p && tkey === lk('وزارة') && !portfolio) portfolio = p;
    else if (d && !demonym) {
      demonym = d;
      demonymEnd = j + 1;
    } else if (name) {
      parts.push(name.english);
      place ||= name.type === 'LOCATION';
    } else {
      const word = nameWord(tokens[j]!, keys[j]!, tkey, j === i + 1);
      if (!word) break;
      parts.push(word.english);
      guessed ||= word.guessed;
    }
    j++;
  }
  // المنتخب الفرنسي، الإذاعة الإسرائيلية: a trigger and a nationality describe; they do not name
  if (j === i + 1 || (!portfolio && !parts.length)) return structuredOnly(tokens, keys, i, tkey, skip, ctx);
  // منتخب البرازيل: a national team is named by its country, which stays the place
  if (tkey === NATIONAL_TEAM && place) return null;
  // شركة نوكيا، حركة حماس: the trigger describes the name that follows; the entity is the name
  const orgName = singleEntry(keys, i + 1, ctx, (e) => e.type === 'ORGANIZATION');
  if (orgName && j === i + 2) return { type: 'ORGANIZATION', from: i + 1, to: j, skip: 0, english: orgName.english, rule: 'trigger' };
  // وزارة الموارد المائية والري: a name that runs on past the words read so far is read from its structure
  const structured = STRUCTURED_TRIGGERS.has(tkey) ? structuredOrgName(tokens, keys, i, trigger, ctx) : null;
  if (structured && structured.end > j)
    return { type: 'ORGANIZATION', from: i, to: structured.end, skip, english: structured.english, rule: 'trigger' };
  const english = [demonym, portfolio, ...parts, portfolio ? 'Ministry' : trigger].filter(Boolean).join(' ');
  const unnamedTrigger = !portfolio && (NAME_AFTER.has(tkey) || (guessed && !demonym && parts.length === j - i - 1));
  if (unnamedTrigger) {
    // صحيفة التايمز البريطانية: neither the trigger nor a nationality after the name is part of it
    const to = demonymEnd === j ? j - 1 : j;
    return { type: 'ORGANIZATION', from: i + 1, to, skip: 0, english, guessed, rule: 'trigger' };
  }
  return { type: 'ORGANIZATION', from: i, to: j, skip, english, guessed, rule: 'trigger' };
}

/** Whether a word is a place word (مدينة، مخيم، قطاع). */
export const startsDescriptor = (k: EntityKeys) => !!cueOf(k, DESCRIPTORS);

/** مدينة X، مخيم X، قطاع X: the unknown place name after a place word. */
export function placeAfterDescriptor(tokens: Token[], keys: EntityKeys[], i: number, _ctx: EntityContext): EntityCandidate | null {
  if (!keys[i] || !startsDescriptor(keys[i])) return null;
  let j = i + 1;
  while (j < tokens.length && j - i <= 2 && keys[j]!.unknown) j++;
  if (j === i + 1) return null;
  const text = tokens
    .slice(i + 1, j)
    .map((t) => t.text)
    .join(' ');
  return { type: 'LOCATION', from: i + 1, to: j, skip: 0, english: nameToEnglish(text), guessed: true, rule: 'descriptor' };
}
