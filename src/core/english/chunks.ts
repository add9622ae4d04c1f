/**
 * The second step of the offline gist: units grouped into English chunks — noun phrases, prepositional phrases, verbs
 * waiting for their subject, "that", relative words — with the turns English needs: "to" + verb for a verbal noun of
 * purpose (لتحقيق "to achieve", تسعى إلى إرساء "seeks to lay"), "on" after talks, "whose" for a relative clause whose
 * pronoun sits on a noun (الذي تم الاتفاق على إطلاقه "whose launch was agreed"), the future for a present verb with a
 * date ahead (تجري … الأسبوع المقبل "will hold … next week").
 */
import { plural } from './english-words';
import { modalAfterQad } from './modals';
import type { Modal } from './unit';
import { DEGREE_WORD, nounPhrase } from './noun-phrase';
import type { Unit } from './unit';

export interface VerbChunk {
  base: string;
  tense: 'past' | 'present';
  neg?: 'past' | 'present' | 'future';
  future?: boolean;
  passive?: boolean;
  aux?: boolean;
  obj?: string;
  /** the subject pronoun of the verb form (he, she, they …), said when the clause names no subject */
  person?: string;
  /** can, must, may; has/had for the perfect */
  modal?: Modal;
  /** the bare verb of a mandative "that" clause (… that the US use) */
  bare?: boolean;
}

export interface Chunk {
  kind: 'np' | 'pp' | 'vp' | 'that' | 'rel' | 'conj' | 'adv' | 'stop';
  text: string;
  /** for a vp: pieces to inflect once the subject is known */
  verb?: VerbChunk;
  plural?: boolean;
  /** from inside brackets */
  aside?: boolean;
  /** a date or time (never a verb's subject) */
  time?: boolean;
  /** an adjective said of the noun phrase before it, in a clause with no verb: "is" goes between them */
  predicate?: boolean;
  /** an indefinite noun phrase (خطوة، مشاريع): a verb right after it may describe it (a move that aims …) */
  indefinite?: boolean;
  /** a noun phrase whose head is written in the accusative (تقدّم عرضاً): the verb's object, never its subject */
  accusative?: boolean;
  /** a preposition and a place's name alone (in Geneva): what "the same city" may stand for */
  place?: boolean;
  /** the text with a person's name without the title before it, for a gist that is still too long */
  short?: string;
}

const NOUNISH = new Set(['noun', 'name', 'figure', 'pron']);
/** Verbs after which a verbal noun is an infinitive: تسعى إلى إرساء "seeks to lay", تريد المساعدة "wants to help". */
const AIM_VERBS = /^(seek|aim|want|strive|try|attempt|intend|plan|hope|need|wish|decide|agree|work)( to)?$/;
/** Nouns whose subject matter English gives with "on" (talks on arms control), where Arabic has ل or حول. */
const TOPIC_NOUN =
  /\b(talks|negotiations|dialogue|consultations|discussions?|agreement|deal|accord|treaty|conference|summit|law|bill|report|decision|vote|debate|resolution|understanding|memorandum|workshop|seminar)$/;
const FUTURE_DATE = /\b(next|coming|tomorrow|upcoming)\b/i;
/** A weekday or a day of a month, which English gives with "on" (on Tuesday, on 16 June). */
const DAY_OR_DATE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2} [A-Z][a-z]+)\b/;
/** A span of time: a number of units, or one unit (an hour, two years, 10 years, three seasons). */
const TIME_SPAN =
  /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d[\d,.]*) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons?|decades?|century|centuries)$/;

/** A year, or a month and its year, which English gives with "in" (in 1399, in June 2020). */
const YEAR_OR_MONTH = /^(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})$/;

/** The English verb of a verbal noun's lexicon verb: its first sense, one word group. */
const verbOf = (u: Unit): string => u.verbal!.en.split(/[;(]/)[0]!.trim();

/** Whether a present-tense verb at units[i] has a date ahead (next week, tomorrow) in its own clause. */
function futureInClause(units: readonly Unit[], i: number): boolean {
  for (let k = i + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'that' || u.kind === 'rel' || u.kind === 'stop' || u.kind === 'verb') return false;
    if (u.type === 'DATE' && FUTURE_DATE.test(u.en)) return true;
  }
  return false;
}

/** The verb of the clause so far (the last verb chunk), if any. */
const lastVerb = (out: readonly Chunk[]) => {
  for (let k = out.length - 1; k >= 0; k--) if (out[k]!.kind === 'vp') return out[k]!.verb;
  return undefined;
};

/** "for"/"about" after talks, a dialogue or an agreement is "on". */
const topicPreposition = (out: readonly Chunk[], prep: string): string =>
  (prep === 'for' || prep === 'about') && TOPIC_NOUN.test(out[out.length - 1]?.text ?? '') ? 'on' : prep;

export function chunks(units: Unit[]): Chunk[] {
  const out: Chunk[] = [];
  let pending: VerbChunk = { base: '', tense: 'past' };
  let hasPending = false;
  // قد before the verb, and whether كان came before it (كان قد وصل "had arrived")
  let qad = false;
  let afterKana = false;
  for (let i = 0; i < units.length;) {
    const u = units[i]!;
    const before = out.length;
    if (u.pre === 'and' && out.length && i > 0) out.push({ kind: 'conj', text: 'and' });
    const pre = u.pre && u.pre !== 'and' ? u.pre.replace(/^and /, '') : '';
    switch (u.kind) {
      case 'stop':
        out.push({ kind: 'stop', text: ',' });
        i++;
        break;
      case 'neg':
        pending = { ...pending, neg: u.en as 'past' | 'present' | 'future' };
        hasPending = true;
        i++;
        break;
      case 'modal':
        qad = true;
        i++;
        break;
      case 'future':
        pending = { ...pending, future: true };
        hasPending = true;
        i++;
        break;
      case 'aux': {
        // كان من المتوقع أن "it was expected that": كان puts the opener of the phrase after it in the past
        const opener = units[i + 1];
        if (opener?.kind === 'that' && /^it is /.test(opener.en) && u.en !== 'not be' && (u.tense ?? 'past') === 'past') {
          out.push({ kind: 'that', text: opener.en.replace(/^it is /, 'it was ') });
          i += 2;
          break;
        }
        // ليس is a present "be" with its negation (الوضع ليس سهلا "the situation is not easy")
        if (u.en === 'not be') pending = { ...pending, neg: 'present' };
        const be = u.en === 'not be' ? { base: 'be', tense: 'present' as const } : { base: u.en, tense: u.tense ?? 'past' };
        // كان + verb: the tense of كان; كان alone: "was"
        const laterVerb = units.slice(i + 1).findIndex((x) => x.kind === 'verb' || x.kind === 'that');
        if (units[i + 1]?.kind === 'verb' || (laterVerb >= 0 && units[i + 1 + laterVerb]!.kind === 'verb')) {
          pending = { ...pending, tense: be.tense };
          hasPending = true;
          afterKana = true;
        } else {
          // ستكون "will be", لن يكون "will not be"
          out.push({ kind: 'vp', text: '', verb: { ...pending, ...be, aux: true } });
          pending = { base: '', tense: 'past' };
          hasPending = false;
        }
        i++;
        break;
      }
      case 'done': {
        // تمّ + verbal noun = passive of the noun's verb (تمّ الاتفاق → was agreed)
        const next = units[i + 1];
        if (next?.kind === 'noun' && next.verbal && !next.phrase) {
          out.push({ kind: 'vp', text: '', verb: { base: verbOf(next), tense: u.tense ?? 'past', passive: true } });
          i = passiveSubject(units, i + 2, out);
        } else i++;
        break;
      }
      case 'verb': {
        const tense = hasPending && pending.tense && !pending.neg && !pending.future ? pending.tense : (u.tense ?? 'past');
        const future = pending.future || (tense === 'present' && !pending.neg && futureInClause(units, i));
        out.push({
          kind: 'vp',
          text: '',
          verb: { ...pending, future, base: u.en, tense, passive: u.passive, obj: u.obj, person: u.person, modal: u.modal },
        });
        if (qad && !u.modal) out[out.length - 1]!.verb!.modal = modalAfterQad(u.tense ?? 'past', afterKana);
        qad = false;
        afterKana = false;
        if (pre) out.splice(out.length - 1, 0, { kind: 'conj', text: pre === 'for' || pre === 'to' ? 'to' : '' });
        pending = { base: '', tense: 'past' };
        hasPending = false;
        i++;
        break;
      }
      case 'prep':
        i = prepositional(units, i, out);
        break;
      case 'that':
      case 'rel':
        // التي / الذي after a person's name is "who"
        out.push({ kind: u.kind, text: u.kind === 'rel' && units[i - 1]?.type === 'PERSON' ? 'who' : u.en });
        i++;
        break;
      case 'conj':
        if (u.en) out.push({ kind: 'conj', text: u.en.split(/[;,]/)[0]!.trim() });
        i++;
        break;
      case 'adv': {
        // غنية للغاية، سعيد جدا: a word of degree after what is said of the subject goes before it (extremely rich)
        const said = out[out.length - 1];
        if (DEGREE_WORD.test(u.en) && said?.predicate && !u.pre) said.text = `${u.en} ${said.text}`;
        else out.push({ kind: 'adv', text: u.en });
        i++;
        break;
      }
      case 'adj':
        i = adjective(units, i, pre, out);
        break;
      case 'skip':
        i++;
        break;
      default:
        i = nominal(units, i, pre, out);
    }
    if (u.aside) for (let k = before; k < out.length; k++) out[k]!.aside = true;
  }
  return whose(out);
}

/** A preposition and its noun phrase (في 16 يونيو → on 16 June; في يونيو → in June). Returns the next unit index. */
function prepositional(units: readonly Unit[], i: number, out: Chunk[]): number {
  const u = units[i]!;
  const next = units[i + 1];
  if (u.obj) {
    out.push({ kind: 'pp', text: `${u.en} ${u.obj}` });
    return i + 1;
  }
  // تسعى إلى إرساء أسس: after a verb of aiming, "to" + a verbal noun is "to" + its verb
  if (u.en === 'to' && next?.kind === 'noun' && next.verbal && !next.phrase && !next.poss && AIM_VERBS.test(lastVerb(out)?.base ?? '')) {
    out.push({ kind: 'pp', text: `to ${verbOf(next)}` });
    return i + 2;
  }
  if (!next || !NOUNISH.has(next.kind)) {
    // a phrase ending in an indefinite noun (في خطوة "in a move") may be described by the verb after it
    out.push({ kind: 'pp', text: u.en, indefinite: /\ban? [a-z]+$/.test(u.en) });
    return i + 1;
  }
  const [np, k] = nounPhrase(units, i + 1);
  // قبل عامين "two years ago", منذ ثلاث سنوات "for three years": a span of time after قبل or منذ
  if ((u.en === 'before' || u.en === 'since') && !np.definite && TIME_SPAN.test(np.text)) {
    out.push({ kind: 'pp', text: u.en === 'before' ? `${np.text} ago` : `for ${np.text}`, time: true });
    return k;
  }
  const prep = u.en === 'in' && next.type === 'DATE' && /^\d|day\b/.test(next.en) ? 'on' : topicPreposition(out, u.en);
  // في العام المقبل: "next year", not "in next year"
  const deictic = next.type === 'DATE' && /^(in|on|during) /.test(`${prep} `) && /^(next|last|this|coming)\b/.test(np.text);
  out.push({
    kind: deictic ? 'np' : 'pp',
    text: deictic && prep !== 'during' ? np.text : `${prep} ${np.text}`,
    time: next.type === 'DATE',
    place: next.type === 'LOCATION' && k === i + 2,
    indefinite: !np.definite && next.kind === 'noun',
    plural: np.plural,
  });
  return k;
}

/** The English of the prepositions a verbal noun takes its object through (عن، على، إلى as words, بـ as a proclitic). */
const GOVERNED_WORD = new Set(['about', 'on', 'to']);
const GOVERNED_PROCLITIC = new Set(['with', 'by']);

/**
 * After تمّ + verbal noun, the noun's object through its preposition is the passive's subject: تم الإعلان عن النتائج
 * "the results were announced", تم القبض على المشتبه "the suspect was arrested", تم الاتصال بالشرطة "the police were
 * contacted". Drops the preposition (a word, or the ب on the noun) so the noun phrase follows the verb as its subject;
 * returns the index to go on from.
 */
function passiveSubject(units: readonly Unit[], j: number, out: Chunk[]): number {
  const p = units[j];
  const after = units[j + 1];
  // a noun with a pronoun (على بنائه after الذي) stays as it is: "whose construction was agreed" is made of it later
  if (p?.kind === 'prep' && !p.pre && GOVERNED_WORD.has(p.en) && after && NOUNISH.has(after.kind) && !after.pre && !after.poss)
    return j + 1;
  if (p && (p.kind === 'noun' || p.kind === 'name') && p.pre && !p.poss && GOVERNED_PROCLITIC.has(p.pre)) {
    const [np, k] = nounPhrase(units, j);
    out.push({ kind: 'np', text: np.text, plural: np.plural });
    return k;
  }
  return j;
}

/** An adjective: a demonstrative or superlative before its noun, or an adjective standing for a noun. */
function adjective(units: readonly Unit[], i: number, pre: string, out: Chunk[]): number {
  const u = units[i]!;
  const next = units[i + 1];
  const push = (text: string, plural?: boolean) =>
    out.push({ kind: pre ? 'pp' : 'np', text: [pre, text].filter(Boolean).join(' '), plural });
  if ((u.en === 'this' || u.en === 'that') && next?.kind === 'noun' && next.definite && !next.pre) {
    // هذا الحوار: "this dialogue", not "this the dialogue"
    const [np, k] = nounPhrase(units, i + 1);
    const demonstrative = next.plural ? (u.en === 'this' ? 'these' : 'those') : u.en;
    push(np.text.replace(/^(the )?/, `${demonstrative} `), np.plural);
    return k;
  }
  if (u.en === 'same' && next?.kind === 'noun' && next.definite && !next.pre) {
    // نفس اليوم: "the same day"
    const [np, k] = nounPhrase(units, i + 1);
    push(np.text.replace(/^(the )?/, 'the same '), np.plural);
    return k;
  }
  if (u.superlative && next?.kind === 'noun' && !next.definite && !next.pre) {
    const [np, k] = nounPhrase(units, i);
    push(np.text, np.plural);
    return k;
  }
  push(substantive(u), u.plural);
  // an indefinite adjective right after a definite noun phrase is said of it (الحل ممكن)
  // (الوضع في المدينة صعب: past the subject's prepositional phrases)
  let k = out.length - 2;
  // (after a bare preposition, إلى نهائي, the adjective is the preposition's object)
  if (out[k]?.kind === 'pp' && !out[k]!.text.includes(' ')) return i + 1;
  while (k > 0 && out[k]!.kind === 'pp') k--;
  const before = out[k];
  if (!pre && !u.definite && before?.kind === 'np' && !before.indefinite && !before.time) {
    out[out.length - 1]!.predicate = true;
    out[out.length - 1]!.plural = before.plural;
  } else if (!pre && !u.definite && before?.kind === 'that' && k === out.length - 2 && /^that (he|she|it|they|we)$/.test(before.text)) {
    // قال إنه مستعد "he said that he is ready"
    out[out.length - 1]!.predicate = true;
    out[out.length - 1]!.plural = /(they|we)$/.test(before.text);
  }
  return i + 1;
}

/** A noun phrase, with the preposition of its proclitic; ل + a verbal noun of purpose is "to" + its verb. */
function nominal(units: readonly Unit[], i: number, pre: string, out: Chunk[]): number {
  const u = units[i]!;
  const aim = lastVerb(out)?.base ?? '';
  const afterAim = !pre && out[out.length - 1]?.kind === 'vp' && AIM_VERBS.test(aim);
  // لتحقيق، لجمع: "for" + a verbal noun is a purpose clause (to achieve, to collect), unless it names a topic or has
  // adjectives or a relative clause of its own (لتعاون إقليمي "for regional cooperation", تعاونا يحفظ "cooperation
  // that preserves")
  const described = units[i + 1]?.kind === 'adj' || units[i + 1]?.kind === 'rel';
  const action = u.kind === 'noun' && u.verbal && !u.phrase && !u.poss && !described;
  if ((pre === 'for' || afterAim) && action && topicPreposition(out, 'for') === 'for') {
    // تسعى إلى (seek to) + إرساء: "seeks to lay"
    out.push({ kind: 'pp', text: afterAim && aim.endsWith(' to') ? verbOf(u) : `to ${verbOf(u)}` });
    return i + 1;
  }
  const [np, k] = nounPhrase(units, i);
  // مات يوم الثلاثاء: a day or a date said without a preposition is "on" it (died on Tuesday)
  // توفي عام 1399: a year or a month said without a preposition is "in" it (died in 1399, in June 2020)
  const on =
    !pre && u.type === 'DATE' && DAY_OR_DATE.test(np.text)
      ? 'on'
      : !pre && u.type === 'DATE' && YEAR_OR_MONTH.test(np.text)
        ? 'in'
        : pre && topicPreposition(out, pre);
  const text = on ? `${on} ${np.text}` : np.text;
  const short = u.short && k === i + 1 && !pre ? u.short : undefined;
  out.push({
    kind: on ? 'pp' : 'np',
    text,
    plural: np.plural,
    time: u.type === 'DATE',
    short,
    indefinite: !np.definite && u.kind === 'noun',
    accusative: !pre && u.accusative,
  });
  return k;
}

/** An adjective standing for a noun: الروس → "the Russians", المتضررين → "the affected". */
function substantive(u: Unit): string {
  if (!u.definite) return u.en;
  // a nationality in the plural names its people
  return `the ${u.plural && /^[A-Z]/.test(u.en) ? plural(u.en) : u.en}`;
}

/** الذي تم الاتفاق على إطلاقه: a relative clause whose pronoun sits on a noun → "whose launch was agreed". */
function whose(cs: Chunk[]): Chunk[] {
  for (let k = 0; k + 2 < cs.length; k++) {
    const [rel, vp, pp] = [cs[k]!, cs[k + 1]!, cs[k + 2]!];
    const m = /^(?:on|to|about|for|with|in) (?:its|their) (.+)$/.exec(pp.text);
    if (rel.kind === 'rel' && vp.kind === 'vp' && vp.verb?.passive && pp.kind === 'pp' && m) {
      rel.text = `whose ${m[1]}`;
      cs.splice(k + 2, 1);
    }
  }
  return cs;
}
