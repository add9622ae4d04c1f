/**
 * Offline English gist of one Arabic sentence, by rules over its analysis: noun phrases with adjectives before the
 * noun and construct chains with "of", verb–subject–object turned into subject–verb–object, tense, negation, the
 * future, passives (تمّ + verbal noun), reported speech ("X said that …"), entity and phrase English. A long sentence
 * loses its asides and relative clauses before it is cut.
 */
import { chunks, type Chunk } from './chunks';
import { sentenceCase } from './english-words';
import { renderVerb } from './verb-forms';
import { closeAt, markedAfter, marks, openAt, withMarks } from './marks';
import { droppable, keepDroppedPlace, withoutTitles } from './shorten';
import type { Unit } from './unit';
import {
  counted,
  coordinated,
  MANDATIVE,
  eventPassive,
  OWN_CLAUSE_REL,
  openingSubject,
  sharesSubject,
  describes,
  subjectAfterPhrase,
  existential,
  thereIs,
  copula,
} from './clause-roles';

/** A gist longer than this drops asides, appositions and relative clauses … */
const TARGET_WORDS = 28;
/** … and one still longer than this is cut at a clause boundary. */
const MAX_WORDS = 40;

/** Reported speech keeps its core: "X said that …" without the where and when in between. */
function tightenReport(cs: Chunk[]): Chunk[] {
  const that = cs.findIndex((c) => c.kind === 'that');
  const verb = cs.findIndex((c) => c.kind === 'vp');
  if (that < 0 || verb < 0 || verb > that) return cs;
  // the subject is the noun phrase next to the verb; everything else up to "that" is circumstance
  const keep = new Set<number>([verb]);
  const subj = cs[verb + 1]?.kind === 'np' ? verb + 1 : cs[verb - 1]?.kind === 'np' ? verb - 1 : -1;
  if (subj >= 0) keep.add(subj);
  for (let k = 0; k < verb - 1; k++) if (cs[k]!.kind === 'conj' || cs[k]!.kind === 'adv') keep.add(k);
  // an appositive before the name (مدير القسم …، زامير كابولوف أكد): keep the name next to the verb only
  if (subj === verb - 1) {
    for (let k = 0; k < subj; k++) if (cs[k]!.kind === 'np' || cs[k]!.kind === 'pp' || cs[k]!.kind === 'stop') keep.delete(k);
  }
  return cs.filter((c, k) => k >= that || keep.has(k) || (k > verb && k < that && c.kind === 'np' && k === subj));
}

/** Puts each clause's subject before its verb (Arabic verb-first order) and renders the verbs. */
function order(input: Chunk[], full: boolean): string[] {
  const cs = full ? input : tightenReport(input);
  const words: string[] = [];
  const marked = marks(cs);
  let mandativeAt = -1;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    if (c.kind !== 'vp') {
      const be = copula(cs, i);
      if (be) words.push(be);
      openAt(marked, i, words);
      // ثمة اختلافات "there are differences"
      const text = c.text === 'there is' && cs[i + 1]?.kind === 'np' && cs[i + 1]!.plural ? 'there are' : c.text;
      if (text) words.push(be && /^(he|she|it|they)$/.test(text) ? '' : text);
      closeAt(marked, i, words);
      continue;
    }
    const at = i;
    openAt(marked, at, words);
    const prev = cs[i - 1];
    // a noun phrase opening the clause, maybe with its prepositional phrases (أن الهجمات على السفن تهدد …), is the
    // subject already (subject–verb order)
    const opening = openingSubject(cs, i);
    const opensClause = !!opening;
    // الوفد الذي سيضم X: after a relative word the verb's subject is the noun before it, and X is its object; only a
    // verb with a pronoun object (الاتفاق الذي وقعه الطرفان) has a subject of its own after it
    // (not after "where" or "in which": التي يعيش فيها الرئيس "where the president lives")
    const relativeSubject = prev?.kind === 'rel' && !c.verb!.obj && !OWN_CLAUSE_REL.test(prev.text);
    // أنه "that he": the pronoun is the subject
    const pronounSubject = prev?.kind === 'that' && /^that \w+$/.test(prev.text);
    // (a date before the verb is not its subject: أمس وصل الوزير "yesterday the minister arrived")
    const subjectBefore = prev && ((prev.kind === 'np' && !prev.time) || pronounSubject || opensClause || relativeSubject);
    let verb = c.verb!;
    // الحوار … سيعقد، الاجتماع الذي عقد: an event that "holds" nothing "is held"
    if (subjectBefore && !verb.passive && eventPassive(verb, relativeSubject ? undefined : (opening ?? prev), cs[i + 1])) {
      verb = { ...verb, passive: true };
      if (prev?.kind === 'rel' && words[words.length - 1] === 'who') words[words.length - 1] = 'which';
    }
    // لتخلق ظروفا، يريد أن يزور القاهرة: after "to" the verb is bare and the noun phrase after it is its object; one
    // with a subject of its own and then an object (اقترح أن تستخدم الحكومة الأموال) is a "that" clause
    const ownSubjectAfterTo = cs[i + 1]?.kind === 'np' && !cs[i + 1]!.accusative && cs[i + 2]?.kind === 'np' && !cs[i + 2]!.time;
    const to = prev?.kind === 'conj' && prev.text === 'to';
    // (a future that only a date ahead gives, يريد أن يزور القاهرة غدا, is still "to visit … tomorrow")
    let afterTo = to && !verb.neg && !verb.passive && (!verb.future || (!!verb.dated && !ownSubjectAfterTo));
    if (afterTo && verb.dated) verb = { ...verb, future: false };
    let thatClause = false;
    // (so is one whose verb is negated, passive or future: يتوقع البنك أن يبلغ النمو "expects that growth will reach")
    if (to && (!afterTo || ownSubjectAfterTo) && words[words.length - 1] === 'to') {
      words[words.length - 1] = 'that';
      afterTo = false;
      thatClause = true;
    }
    if (afterTo) verb = { ...verb, bare: true };
    // اقترح أن تستخدم: after a verb of proposing, the verb of the "that" clause is bare (… that the US use)
    const mandative = mandativeAt >= 0 && (thatClause || cs.slice(mandativeAt + 1, i).some((x) => x.kind === 'that'));
    if (mandative && verb.tense === 'present' && !verb.neg && !verb.future && !verb.passive) verb = { ...verb, bare: true };
    mandativeAt = MANDATIVE.test(verb.base) ? i : -1;
    // كان يوما حارا "it was a hot day": كان with no subject before it and an indefinite noun phrase after it
    const next = cs[i + 1];
    if (verb.aux && verb.base === 'be' && !subjectBefore && next?.kind === 'np' && (next.accusative || /^an? /.test(next.text))) {
      words.push('it', renderVerb(verb, false));
      continue;
    }
    if (describes(cs, i, opening)) {
      // في خطوة تهدف إلى: a verb right after an indefinite noun describes it ("a move that aims to")
      words.push('that', renderVerb(verb, Boolean(prev!.plural)));
      continue;
    }
    // a verb before its subject is singular in Arabic: one that says "they", "we" or "I" has its subject in itself, and
    // the noun phrase after it is its object (نقبل هذا القرار "we accept this decision")
    const ownSubject = verb.ownSubject || verb.person === 'they' || verb.person === 'we' || verb.person === 'I';
    // a passive's subject is the noun phrase after it as well (تم اعتقال ثلاثة أشخاص "3 people were arrested")
    // a noun phrase written in the accusative (أن تقدّم عرضاً "to present a show") is the object
    const subject =
      !subjectBefore &&
      !ownSubject &&
      !afterTo &&
      !sharesSubject(cs, i) &&
      !cs[i + 1]?.accusative &&
      !(verb.masculine && cs[i + 1]?.feminine)
        ? coordinated(cs, i + 1)
        : null;
    if (subject && prev?.kind === 'rel') verb = { ...verb, obj: undefined };
    // (not after "and" or "but", where the verb may share the subject of the clause before it)
    const late =
      !subject && !subjectBefore && !ownSubject && !afterTo && prev?.kind !== 'rel' && prev?.kind !== 'conj'
        ? subjectAfterPhrase(cs, i)
        : undefined;
    // (a subject with brackets after it keeps them: no existential then)
    const exists = late ?? (subject && !marked.open.has(subject[1]) ? subject[0] : undefined);
    // (a definite subject is where it is: يوجد الفندق في وسط المدينة "the hotel is found in the centre")
    if (exists && existential(verb) && !/^(the |[A-Z])/.test(exists.text)) {
      // توجد في المدينة حدائق كثيرة "there are many gardens in the city", لا يوجد دليل "there is no evidence"
      words.push('there', thereIs(verb, exists));
      if (late) {
        words.push(cs[i + 1]!.text);
        i += 2;
      } else i = subject![1] - 1;
    } else if (late) {
      // يمر عبر المضيق 12% من التجارة "12% of trade passes through the strait"
      words.push(late.text, renderVerb(verb, Boolean(late.plural || counted(late.text))), cs[i + 1]!.text);
      i += 2;
    } else if (subject) {
      // verb–subject–object → subject–verb–object
      // كانت هناك احتجاجات: "there" agrees with the noun after it (there were protests)
      const after = cs[subject[1]];
      const plural = subject[0].text === 'there' && after?.kind === 'np' ? after.plural : subject[0].plural || counted(subject[0].text);
      words.push(subject[0].text);
      i = subject[1] - 1;
      // الرئيس (72 عاما) وصل: the brackets after the subject stay with it
      i = markedAfter(cs, marked, subject[1], words) ?? i;
      words.push(renderVerb(verb, Boolean(plural)));
    } else if (!subjectBefore && verb.person && prev?.kind !== 'conj' && (prev?.kind !== 'rel' || OWN_CLAUSE_REL.test(prev.text))) {
      // a clause that names no subject has the verb's own pronoun: خسر أمام راونيتش "he lost to Raonic"
      words.push(verb.person, renderVerb(verb, verb.person !== 'he' && verb.person !== 'she'));
    } else words.push(renderVerb(verb, Boolean(subjectBefore && (relativeSubject ? cs[i - 2]?.plural : (opening ?? prev)!.plural))));
    closeAt(marked, at, words);
  }
  return words;
}

/** The words of a chunk list, leaving out the dropped chunks (and moving a dropped place to where it is referred to). */
function render(all: readonly Chunk[], dropped: ReadonlySet<number>, full = false): string[] {
  const cs = dropped.size ? keepDroppedPlace(all, dropped) : all;
  const kept = dropped.size ? cs.filter((_, k) => !dropped.has(k)) : [...cs];
  return withMarks(order(kept, full).join(' ')).replace(/ ,/g, ',').replace(/,+/g, ',').trim().split(' ');
}

/** Where to cut words that are too long: at a clause boundary once it is long enough. */
function cutAt(words: readonly string[]): number {
  if (words.length <= MAX_WORDS) return words.length;
  for (let k = 14; k < MAX_WORDS; k++) {
    if (/,$/.test(words[k]!) || words[k + 1] === 'which' || words[k + 1] === 'who' || words[k + 1] === 'and') return k + 1;
  }
  return MAX_WORDS;
}

/**
 * English gist of a sentence's units; empty when there is nothing to say. A short gist (the summary's) drops asides
 * and relative clauses of a long sentence and ends a cut one with "…"; a full one (the bilingual column's) keeps all.
 */
export function gistOf(units: Unit[], full = false): string {
  let cs: readonly Chunk[] = chunks(units);
  const dropped = new Set<number>();
  if (full) {
    const all = render(cs, dropped, true);
    return finish(all, all.length);
  }
  let words = render(cs, dropped);
  for (const [from, to] of droppable(cs)) {
    if (words.length <= TARGET_WORDS) break;
    for (let k = from; k < to; k++) dropped.add(k);
    words = render(cs, dropped);
  }
  if (words.length > TARGET_WORDS) {
    cs = withoutTitles(cs);
    words = render(cs, dropped);
  }
  return finish(words, cutAt(words));
}

/** The words up to cut as a sentence: capitalised, doubled words removed, "." or "…" at the end. */
function finish(words: readonly string[], cut: number): string {
  let text = words
    .slice(0, cut)
    .join(' ')
    .replace(/^(and|,)\s+/i, '')
    .replace(/[,\s]+$/, '');
  text = text.replace(/\b(\w+) \1\b/g, '$1').replace(/\bthe the\b/g, 'the');
  if (!text) return '';
  return `${sentenceCase(text)}${cut < words.length ? ' …' : '.'}`;
}
