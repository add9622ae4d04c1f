/**
 * Who does what in a clause of gist chunks: the subject that opens a clause or stands after its verb (or after the
 * verb's prepositional phrase), a verb that shares the subject before it or describes the noun before it, and the
 * "is" a verbless clause needs. gist.ts orders the words with these.
 */
import type { Chunk, VerbChunk } from './chunks';

/** A noun phrase that counts more than one (a figure of the entity finder: "3 people", "2,000 soldiers"). */
export const counted = (text: string): boolean => /^(?!1 )\d[\d,.]*( [a-z]+)+$/.test(text);

/** Merges "X and Y" noun phrases into one plural subject. */
export function coordinated(cs: Chunk[], i: number): [Chunk, number] | null {
  const a = cs[i];
  if (!a || a.kind !== 'np' || a.time) return null;
  // (a pronoun after "and" opens a clause of its own: وصل الوزير وهو سعيد "… and he is happy")
  if (cs[i + 1]?.kind === 'conj' && cs[i + 1]!.text === 'and' && cs[i + 2]?.kind === 'np' && !/^(he|she|it|they)$/.test(cs[i + 2]!.text)) {
    return [{ kind: 'np', text: `${a.text} and ${cs[i + 2]!.text}`, plural: true }, i + 3];
  }
  return [a, i + 1];
}

/** Nouns of events that are held (سيعقد الاجتماع "the meeting will be held", not "will hold"). */
const EVENT_NOUN =
  /\b(meeting|talks|dialogue|summit|conference|session|negotiations|consultations|elections?|vote|round|ceremony|match|exercises|forum)$/;
/** Verbs an event is the object of: with an event as subject and no object, the verb is a passive. */
const EVENT_VERB = /^(hold|conduct|convene|organize|stage)$/;
/** Verbs whose "that" clause takes the bare verb (proposed that the US use …). */
export const MANDATIVE = /^(propose|suggest|demand|request|urge|insist|recommend|ask)$/;

/** A verb with an event before it as subject and no object after it is a passive: سيعقد … "will be held". */
export const eventPassive = (verb: VerbChunk, subject: Chunk | undefined, next: Chunk | undefined): boolean =>
  EVENT_VERB.test(verb.base) && next?.kind !== 'np' && (!subject || EVENT_NOUN.test(subject.text));

const CLAUSE_START = new Set<Chunk['kind']>(['that', 'conj', 'stop', 'rel']);
/** Relative words after which the verb has a subject of its own (where, in which, with whom). */
export const OWN_CLAUSE_REL = /^(where|\w+ wh(ich|om))$/;

/**
 * The noun phrase that opens the clause of the verb at cs[i] and is its subject (subject–verb order): the first chunk
 * of the clause, followed only by prepositional phrases and their objects (أن الهجمات على السفن تهدد، أي محاولة من
 * طالبان للإضرار بأمن حلفائها ستكون). After a relative clause and a comma it is the noun before the relative word
 * (المؤتمر الذي حضره الوزراء، ناقش …), and after an apposition between commas the noun before it (مصر، أكبر دولة
 * عربية، تستضيف …).
 */
export function openingSubject(cs: readonly Chunk[], i: number): Chunk | undefined {
  let k = i - 1;
  while (k > 0 && (cs[k]!.kind === 'pp' || (cs[k]!.kind === 'np' && cs[k - 1]!.kind === 'pp'))) k--;
  const c = cs[k];
  if (c?.kind === 'np' && !c.time && (k === 0 || CLAUSE_START.has(cs[k - 1]!.kind))) return c;
  if (cs[i - 1]?.kind !== 'stop') return undefined;
  // مصر، أكبر دولة عربية، تستضيف: a noun phrase set off by commas after the opening one is an apposition to it
  const [first, comma, apposition] = [cs[i - 4], cs[i - 3], cs[i - 2]];
  if (
    first?.kind === 'np' &&
    !first.time &&
    comma?.kind === 'stop' &&
    apposition?.kind === 'np' &&
    (i === 4 || CLAUSE_START.has(cs[i - 5]!.kind))
  )
    return first;
  for (let r = i - 2; r > 0 && cs[r]!.kind !== 'stop' && cs[r]!.kind !== 'that'; r--) {
    if (cs[r]!.kind === 'rel') return cs[r - 1]!.kind === 'np' ? cs[r - 1] : undefined;
  }
  return undefined;
}

/**
 * A verb after "and" that goes on with the clause before it (وصل الوزير … والتقى الرئيس "and met the president"): it
 * has no object pronoun and one noun phrase after it, which is its object; the subject is the earlier verb's.
 */
export function sharesSubject(cs: readonly Chunk[], i: number): boolean {
  if (cs[i - 1]?.kind !== 'conj' || cs[i - 1]!.text !== 'and' || cs[i]!.verb!.obj) return false;
  if (cs[i + 1]?.kind !== 'np' || cs[i + 2]?.kind === 'np') return false;
  for (let k = i - 2; k >= 0; k--) {
    const c = cs[k]!;
    if (c.kind === 'that' || c.kind === 'rel') return false;
    if (c.kind === 'vp') return true;
  }
  return false;
}

/**
 * A verb that describes the indefinite noun before it, as a relative clause with no relative word (خطة تهدف "a plan
 * that aims", مشاريع تستهدف "projects that target"): a present verb, not negated, after an indefinite noun phrase that
 * is not its clause's opening subject.
 */
export function describes(cs: readonly Chunk[], i: number, opening: Chunk | undefined): boolean {
  const prev = cs[i - 1];
  const verb = cs[i]!.verb!;
  if (!prev?.indefinite || prev.time || prev === opening || (prev.kind !== 'np' && prev.kind !== 'pp')) return false;
  return verb.tense === 'present' && !verb.neg && !verb.future && !verb.passive && !verb.obj;
}

/**
 * The subject of a verb that stands after a prepositional phrase (يمر عبر المضيق نحو 12% من التجارة، قال في بيان
 * الوزير): one noun phrase after a whole phrase, the last of its clause, not a date and not written in the accusative.
 */
export function subjectAfterPhrase(cs: readonly Chunk[], i: number): Chunk | undefined {
  const [pp, np, after] = [cs[i + 1], cs[i + 2], cs[i + 3]];
  if (pp?.kind !== 'pp' || np?.kind !== 'np' || np.time || np.accusative || pp.aside || pp.quoted || np.aside || np.quoted)
    return undefined;
  if (after && after.kind !== 'stop' && after.kind !== 'conj') return undefined;
  // (a phrase that is only a preposition, or ends in one, has the noun phrase as its object: "in the event of")
  return /^\S+ \S/.test(pp.text) && !/ (of|to|for|from|with|on|in|at|by)$/.test(pp.text) ? np : undefined;
}

/** يوجد / توجد "is found": with its subject after it, English says "there is". */
export const existential = (v: VerbChunk): boolean =>
  v.base === 'find' && !!v.passive && v.tense === 'present' && !v.future && !v.modal && !v.obj;

/** "is X", "are X", "is no X" for an existential verb and its subject. */
export function thereIs(v: VerbChunk, subject: Chunk): string {
  const be = subject.plural || counted(subject.text) ? 'are' : 'is';
  return v.neg ? `${be} no ${subject.text.replace(/^(an?|the|any) /, '')}` : `${be} ${subject.text}`;
}

/** Whether the clause around chunk i has a verb of its own. */
function clauseHasVerb(cs: readonly Chunk[], i: number): boolean {
  const edge = (c: Chunk) => c.kind === 'that' || c.kind === 'rel' || c.kind === 'stop' || c.kind === 'conj';
  for (let k = i - 1; k >= 0 && !edge(cs[k]!); k--) if (cs[k]!.kind === 'vp') return true;
  for (let k = i + 1; k < cs.length && !edge(cs[k]!); k++) if (cs[k]!.kind === 'vp') return true;
  return false;
}

/**
 * The "is" a verbless clause needs before chunk i: before an adjective said of the noun before it (الحل ممكن "the
 * solution is possible"), and in place of a pronoun between two noun phrases (وثائق بنما هو مصطلح "Panama Papers is a
 * term"). '' when none.
 */
export function copula(cs: readonly Chunk[], i: number): string {
  const c = cs[i]!;
  const prev = cs[i - 1];
  const pronoun = c.kind === 'np' && /^(he|she|it|they)$/.test(c.text) && (cs[i + 1]?.kind === 'np' || cs[i + 1]?.predicate);
  // هذه مشكلة "this is a problem": a demonstrative standing alone, then a noun phrase
  const demonstrative =
    c.kind === 'np' && prev?.kind === 'np' && /^(this|that)$/.test(prev.text) && (i === 1 || CLAUSE_START.has(cs[i - 2]!.kind));
  if (demonstrative && !clauseHasVerb(cs, i)) return 'is';
  // القاهرة مدينة كبيرة "Cairo is a large city": a definite noun phrase opening a verbless clause, then an indefinite
  // one, is a nominal sentence; هناك أسباب أخرى "there are other reasons"
  const opening = i === 1 || (i > 1 && CLAUSE_START.has(cs[i - 2]!.kind));
  if (c.kind === 'np' && prev?.kind === 'np' && prev.text === 'there' && opening && !clauseHasVerb(cs, i)) return c.plural ? 'are' : 'is';
  // وهو المقر الرسمي "and it is the official residence": a pronoun opening a verbless clause, then a noun phrase
  if (c.kind === 'np' && !c.time && prev?.kind === 'np' && /^(he|she|it|they)$/.test(prev.text) && opening && !clauseHasVerb(cs, i))
    return prev.text === 'they' ? 'are' : 'is';
  if (
    c.kind === 'np' &&
    c.indefinite &&
    /^an? /.test(c.text) &&
    prev?.kind === 'np' &&
    !prev.time &&
    !prev.indefinite &&
    opening &&
    !clauseHasVerb(cs, i)
  )
    return prev.plural ? 'are' : 'is';
  // (and after a relative word: اللاتينية التي هي مصدر "Latin, which is the source")
  if (!(c.predicate || (pronoun && prev && (prev.kind === 'np' || prev.kind === 'pp' || prev.kind === 'rel'))) || clauseHasVerb(cs, i))
    return '';
  if (!pronoun && prev?.text === 'I') return 'am';
  const plural = pronoun ? c.text === 'they' : !!c.plural;
  return plural ? 'are' : 'is';
}
