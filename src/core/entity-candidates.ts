/**
 * Organisations and places around cue words: trigger nouns starting an organisation name (حركة طالبان، وزارة
 * الخارجية الروسية) and place words before an unknown place name (مدينة X، مخيم X).
 */
import type { EntityContext } from './entities';
import type { EntityKeys } from './entity-keys';
import { cap, demonymAt, lk, PORTFOLIO_KEYS, singleEntry, unknown, type EntityCandidate } from './entity-lookup';
import { ORG_TRIGGERS, PLACE_DESCRIPTORS } from './entity-rules';
import { nameToEnglish } from './name-translit';
import type { Token } from './types';

export type { EntityCandidate } from './entity-lookup';
export { personAfterTitle, personFromGivenName, speakerAfterVerb, unknownNameRun } from './person-names';

const TRIGGERS = new Map(ORG_TRIGGERS.map((t) => [lk(t.ar), t.en]));
// triggers strong enough to take a common definite word as the name (حزب العمال); حركة is also "traffic"
const STRONG_TRIGGERS = new Set(
  ['وزاره', 'حزب', 'منظمه', 'شركه', 'جامعه', 'وكاله', 'نادي', 'منتخب', 'صحيفه', 'قناه', 'جبهه', 'كتائب', 'تنظيم', 'بنك', 'مصرف'].map(lk),
);
const DESCRIPTORS = new Set(PLACE_DESCRIPTORS.map(lk));

/** حركة طالبان، وزارة الخارجية الروسية، حزب العمال: a trigger noun and its name. */
export function orgAfterTrigger(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  const k = keys[i];
  if (!k) return null;
  let trigger: string | undefined;
  let tkey = '';
  let skip = 0;
  for (const f of k.first) {
    trigger = TRIGGERS.get(f.key);
    if (trigger) {
      tkey = f.key;
      skip = f.skip;
      break;
    }
  }
  if (!trigger) return null;
  const strong = STRONG_TRIGGERS.has(tkey);
  const parts: string[] = [];
  let demonym = '';
  let portfolio = '';
  let guessed = false;
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && tokens[j]!.kind === 'word') {
    const rest = [...keys[j]!.rest][0] ?? '';
    const p = PORTFOLIO_KEYS.get(rest);
    const d = demonymAt(keys, j, ctx);
    const name = singleEntry(keys, j, ctx, (e) => e.type === 'LOCATION' || e.type === 'ORGANIZATION');
    if (p && tkey === lk('وزارة') && !portfolio) portfolio = p;
    else if (d && !demonym) demonym = d;
    else if (name) parts.push(name.english);
    else if (unknown(tokens[j]) && (strong || !/(يه|ي)$/.test(keys[j]!.raw))) {
      // after a weak trigger (مجموعة، مجلس) an unknown adjective (قصصية) describes; it does not name
      parts.push(nameToEnglish(tokens[j]!.text));
      guessed = true;
    } else if (
      strong &&
      keys[j]!.raw.startsWith('ال') &&
      j === i + 1 &&
      (tokens[j]!.analyses[0]?.pos === 'noun' || tokens[j]!.analyses[0]?.pos === 'adj')
    ) {
      parts.push(cap(tokens[j]!.analyses[0]!.gloss[0]?.split(/[;(]/)[0]?.trim() ?? ''));
    } else break;
    j++;
  }
  if (j === i + 1) return null;
  // شركة نوكيا، حركة حماس: the trigger describes the name that follows; the entity is the name
  const orgName = singleEntry(keys, i + 1, ctx, (e) => e.type === 'ORGANIZATION');
  if (orgName && j === i + 2) return { type: 'ORGANIZATION', from: i + 1, to: j, skip: 0, english: orgName.english, rule: 'trigger' };
  if (!portfolio && !demonym && guessed && parts.length === j - i - 1) {
    return { type: 'ORGANIZATION', from: i + 1, to: j, skip: 0, english: `${parts.join(' ')} ${trigger}`.trim(), guessed, rule: 'trigger' };
  }
  const english = [demonym, portfolio, ...parts, portfolio ? 'Ministry' : trigger].filter(Boolean).join(' ');
  return { type: 'ORGANIZATION', from: i, to: j, skip, english, guessed, rule: 'trigger' };
}

/** مدينة X، مخيم X، قطاع X: the unknown place name after a place word. */
export function placeAfterDescriptor(tokens: Token[], keys: EntityKeys[], i: number, _ctx: EntityContext): EntityCandidate | null {
  const k = keys[i];
  if (!k || !k.first.some((f) => DESCRIPTORS.has(f.key))) return null;
  let j = i + 1;
  while (j < tokens.length && j - i <= 2 && unknown(tokens[j])) j++;
  if (j === i + 1) return null;
  const text = tokens
    .slice(i + 1, j)
    .map((t) => t.text)
    .join(' ');
  return { type: 'LOCATION', from: i + 1, to: j, skip: 0, english: nameToEnglish(text), guessed: true, rule: 'descriptor' };
}
