/**
 * Speakers: the person a verb of saying names as its subject (وقال كابولوف، وتوقع فارس أن …), read with the name
 * words of person-names.ts.
 */
import type { EntityContext } from './entity-context';
import type { EntityKeys } from './entity-keys';
import { isGiven, singleEntry, type EntityCandidate } from './entity-lookup';
import { NOT_NAMES, startsSpeech } from './entity-name-words';
import { nameRun } from './person-names';
import { looseKey } from '../text';
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
  const next = tokens[j + 1];
  if (!t || t.kind !== 'word' || !next || !SPEECH_FOLLOWERS.has(looseKey(next.text))) return null;
  // the word as written must be the name (كمال, not ك + مال); a preposition (على) is not one
  if (NOT_NAMES.has(t.analyses[0]?.pos ?? '')) return null;
  const given = singleEntry(keys, j, ctx, isGiven);
  return given && { type: 'PERSON', from: j, to: j + 1, skip: 0, english: given.english, rule: 'speaker' };
}
