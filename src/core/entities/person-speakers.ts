/**
 * Speakers: the person a verb of saying names as its subject (وقال كابولوف، وتوقع فارس أن …), read with the name
 * words of person-names.ts.
 */
import type { EntityContext } from './entity-context';
import type { EntityKeys } from './entity-keys';
import { isGiven, singleEntry, type EntityCandidate } from './entity-lookup';
import { familyNameLike, NOT_NAMES, startsSpeech } from './entity-name-words';
import { TITLE_FIRST } from './person-roles';
import { nameRun } from './person-names';
import { looseKey, nameToEnglish } from '../text';
import type { Token } from '../model';

/** وقال كابولوف: an unknown word right after a verb of saying. */
export function speakerAfterVerb(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  if (!keys[i] || !startsSpeech(tokens[i], ctx)) return null;
  const [end, english, guessed] = nameRun(tokens, keys, i + 1, ctx);
  if (end === i + 1 || !guessed) return givenSpeaker(tokens, keys, i + 1, ctx);
  return { type: 'PERSON', from: i + 1, to: end, skip: 0, english: english.join(' '), guessed, rule: 'speaker' };
}

// what follows the speaker of a verb of saying: أن/إن (that), a colon or a comma
const SPEECH_FOLLOWERS = new Set(['ان', 'انه', 'انها', ':', '،', ','].map((w) => looseKey(w)));

/**
 * وقال رمضان إن …، وتوقع فارس أن …: a first name that is also a common word (ambiguous) is the speaker when the
 * verb of saying has it as its subject and "that" or a colon follows.
 */
function givenSpeaker(tokens: Token[], keys: EntityKeys[], j: number, ctx: EntityContext): EntityCandidate | null {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  // the word as written must be the name (كمال, not ك + مال); a preposition (على) is not one
  if (NOT_NAMES.has(t.analyses[0]?.pos ?? '')) return null;
  const given = singleEntry(keys, j, ctx, isGiven);
  if (!given) return null;
  if (endsSpeaker(tokens, keys, j + 1)) return { type: 'PERSON', from: j, to: j + 1, skip: 0, english: given.english, rule: 'speaker' };
  // وقال سعيد راتب إن، وقال نبيل فرحات المدير …: a family name between the first name and what follows the speaker
  const family = tokens[j + 1];
  if (!family || !familyNameLike(family, ctx, 2) || !endsSpeaker(tokens, keys, j + 2)) return null;
  const english = `${given.english} ${nameToEnglish(family.text)}`;
  return { type: 'PERSON', from: j, to: j + 2, skip: 0, english, guessed: true, rule: 'speaker' };
}

/** Whether token k follows a speaker's name: "that", a colon or comma, or a title in apposition (المدير التنفيذي). */
function endsSpeaker(tokens: Token[], keys: EntityKeys[], k: number): boolean {
  const t = tokens[k];
  return !!t && (SPEECH_FOLLOWERS.has(looseKey(t.text)) || (t.kind === 'word' && TITLE_FIRST.has(keys[k]!.rest)));
}
