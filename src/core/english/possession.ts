/**
 * Possession said with خاص (جواز السفر الخاص بك "your passport", الموقع الخاص بها "its website"): the noun phrase
 * before it takes the pronoun as its possessive, and الخاص بـ says nothing more.
 */
import type { Token } from '../model';
import { looseKey } from '../text';
import type { Unit } from './unit';

const OWN = looseKey('خاص');
/** The possessive of the pronoun on بـ. */
const POSSESSIVE_OF: Readonly<Record<string, string>> = {
  you: 'your',
  him: 'his',
  her: 'her',
  it: 'its',
  them: 'their',
  us: 'our',
  me: 'my',
};

/** Whether unit u is the definite adjective الخاص (الخاصة، الخاصين …). */
function isOwn(u: Unit, tokens: readonly Token[]): boolean {
  const top = tokens[u.tokenIndex]?.analyses[0];
  return u.kind === 'adj' && !!top && looseKey(top.lemma) === OWN && top.segments.some((s) => s.role === 'article');
}

/** Turns noun (+ adjectives) + الخاص + بـ + pronoun into a possessive on the noun, in place. */
export function possessionWithOwn(units: Unit[], tokens: readonly Token[]): void {
  for (let i = 1; i + 1 < units.length; i++) {
    const by = units[i + 1]!;
    const possessive = by.kind === 'prep' && by.en === 'with' && by.obj ? POSSESSIVE_OF[by.obj] : undefined;
    if (!possessive || !isOwn(units[i]!, tokens)) continue;
    // back over the adjectives to the noun; the last noun of a construct chain (تواريخ السفر الخاصة بك) is left as it is
    let k = i - 1;
    while (k > 0 && units[k]!.kind === 'adj') k--;
    const head = units[k]!;
    const before = units[k - 1];
    if (head.kind !== 'noun' || head.poss || (before?.kind === 'noun' && !before.definite && !head.pre)) continue;
    head.poss = possessive;
    units.splice(i, 2);
  }
}
