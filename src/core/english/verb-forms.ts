/** The English form of a verb chunk once its subject is known: tense, negation, the future, modals, passives and "be". */
import type { Chunk } from './chunk';
import { ing, participle, past, third } from './english-words';

/** The verb's words for a subject that is plural or not (its object pronoun after it). */
export function renderVerb(v: NonNullable<Chunk['verb']>, pluralSubject: boolean): string {
  const base = v.base;
  let s: string;
  if (v.modal === 'has' || v.modal === 'had') {
    // قد وصل "has arrived", كان قد وصل "had arrived"
    const have = v.modal === 'had' ? 'had' : pluralSubject ? 'have' : 'has';
    s = `${have}${v.neg ? ' not' : ''}${v.passive ? ' been' : ''} ${participle(base)}`;
  } else if (v.modal) {
    const modal = v.neg ? (v.modal === 'can' ? 'cannot' : `${v.modal} not`) : v.modal;
    s = `${modal} ${v.passive ? `be ${participle(base)}` : base}`;
  } else if (v.passive) {
    const be = v.future ? 'will be' : v.tense === 'past' ? (pluralSubject ? 'were' : 'was') : pluralSubject ? 'are' : 'is';
    s = `${v.neg ? `${be} not` : be} ${participle(base)}`;
  } else if (v.aux && base === 'be' && v.neg && v.neg !== 'future' && !v.future) {
    // ليس "is not", لم يكن "was not"
    const be = v.tense === 'past' || v.neg === 'past' ? (pluralSubject ? 'were' : 'was') : pluralSubject ? 'are' : 'is';
    s = `${be} not`;
  } else if (v.progressive && !v.neg) s = `${pluralSubject ? 'were' : 'was'} ${ing(base)}`;
  else if (v.neg === 'past') s = `did not ${base}`;
  else if (v.neg === 'future') s = `will not ${base}`;
  else if (v.neg === 'present') s = `${pluralSubject ? 'do' : 'does'} not ${base}`;
  else if (v.future) s = `will ${base}`;
  else if (v.aux && base === 'be') s = v.tense === 'past' ? (pluralSubject ? 'were' : 'was') : pluralSubject ? 'are' : 'is';
  else if (/^be /.test(base) && !v.bare) {
    // يقع "be located": the verb "be" agrees (are located, were located)
    const be = v.tense === 'past' ? (pluralSubject ? 'were' : 'was') : pluralSubject ? 'are' : 'is';
    s = `${be}${base.slice(2)}`;
  } else if (v.tense === 'past') s = past(base);
  else s = pluralSubject || v.bare ? base : third(base);
  return v.obj ? `${s} ${v.obj}` : s;
}
