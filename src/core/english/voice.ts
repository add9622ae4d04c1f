/**
 * The passive that unvowelled Arabic does not show: قتل ثلاثة أشخاص في الهجوم is "3 people were killed in the
 * attack", not "3 people killed …". A verb that can be read as a passive, opening its clause, with an indefinite noun
 * phrase after it and no object after that, is that passive (an active verb of this kind would need an object, and
 * news names an agent first).
 */
import type { Lexicon } from '../lexicon';
import type { Token } from '../model';
import { COMPARISON } from './noun-phrase';
import type { Unit } from './unit';

/** Verbs of saying, whose object is what was said (قال مسؤول: …). */
const SPEECH = /^(say|tell|add|stress|confirm|announce|explain|state|declare|note|point out|warn|ask|reveal|report|write|reply|answer)$/;
/** Verbs whose first sense needs no object (وصل وفد "a delegation arrived", عمل رجل "a man worked"). */
const INTRANSITIVE =
  /^(arrive|work|enter|go|come|return|cry|weep|decrease|increase|take part|participate|continue|compete|agree|depart|wait|live|reside|fight|battle|suffer|move|travel|rise|fall|grow|spread|remain|stay)$/;
/** Units before which a clause starts. */
const OPENS = new Set<Unit['kind']>(['stop', 'conj']);
/** Units that may stand after the subject when there is no object. */
const AFTER = new Set<Unit['kind']>(['prep', 'stop', 'adv', 'conj', 'verb', 'neg', 'future', 'rel']);

/** Whether the token is read as a perfect whose verb has a passive (the lexicon's pass=no marks those that have none). */
function hasPassive(t: Token | undefined, lex: Lexicon): boolean {
  const top = t?.analyses[0];
  if (!top || top.pos !== 'verb' || top.grammar.aspect !== 'perfect' || top.entryId === undefined) return false;
  return lex.entries[top.entryId]?.attrs.pass !== 'no';
}

/** The index after the noun phrase starting at units[j] (a figure, nouns of a construct, adjectives, names). */
function nounPhraseEnd(units: readonly Unit[], j: number): number {
  let k = j;
  if (units[k]?.kind === 'figure') k++;
  while (k < units.length) {
    const u = units[k]!;
    if (u.pre && !(u.pre === 'and' && (u.kind === 'noun' || u.kind === 'name'))) break;
    if (u.kind !== 'noun' && u.kind !== 'name' && u.kind !== 'adj') break;
    // a definite noun or a name after it is an object, not part of it (زار وفد المدينة "a delegation visited the city")
    if (k > j && (u.kind === 'name' || (u.kind === 'noun' && u.definite)) && !u.pre) break;
    k++;
  }
  return k;
}

/**
 * Whether a noun phrase that no preposition governs comes later in the clause (أصدرت سفارة … في نيروبي تحذيرا): a
 * noun after a preposition is its object, and so is a noun joined to an indefinite one before it (a construct), but a
 * noun after a definite one starts a phrase of its own.
 */
function objectLater(units: readonly Unit[], from: number): boolean {
  let governed = false;
  let open = false;
  for (let k = from; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'stop' || u.kind === 'verb' || u.kind === 'that' || u.kind === 'rel' || u.kind === 'conj') return false;
    if (u.kind === 'prep') {
      governed = !u.obj;
      open = governed;
    } else if (u.kind === 'noun' || u.kind === 'name' || u.kind === 'figure') {
      if (!(governed && open) && !u.pre && u.type !== 'DATE') return true;
      open = u.kind === 'figure' || (u.kind === 'noun' && !u.definite && !u.poss);
    } else if (u.kind !== 'adj') governed = open = false;
  }
  return false;
}

export function passivesWithoutObject(units: Unit[], tokens: readonly Token[], lex: Lexicon): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'verb' || u.passive || u.obj || u.phrase || u.pre === 'to' || u.modal || u.ownSubject || u.tense !== 'past') continue;
    if ((u.person && u.person !== 'he' && u.person !== 'she') || SPEECH.test(u.en) || INTRANSITIVE.test(u.en)) continue;
    if (i > 0 && !OPENS.has(units[i - 1]!.kind)) continue;
    const subject = units[i + 1];
    // an indefinite noun phrase, or a number of things (ثلاثة أشخاص، 5 متظاهرين)
    // (or a comparison of quantity: قتل أكثر من 20 شخصا "more than 20 people were killed")
    const comparison = subject?.kind === 'adj' && COMPARISON.test(subject.en);
    const indefinite = comparison || subject?.kind === 'figure' || (subject?.kind === 'noun' && !subject.definite && !subject.poss);
    if (!indefinite || subject.pre || !hasPassive(tokens[u.tokenIndex], lex)) continue;
    const end = nounPhraseEnd(units, comparison ? i + 2 : i + 1);
    const after = units[end];
    if (after && !AFTER.has(after.kind) && after.type !== 'DATE') continue;
    if (objectLater(units, end)) continue;
    // a preposition the verb takes its object through (شارك وفد في المؤتمر "took part in") keeps it active
    if (after?.kind === 'prep' && u.governs && after.en === u.governs) continue;
    u.passive = true;
  }
}
