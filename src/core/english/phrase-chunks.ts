/**
 * The chunks of one phrase of a sentence, for chunks.ts: a preposition and its noun phrase (with "on" a day, "in" a
 * year, "ago" after قبل), a noun phrase (ل + a verbal noun of purpose is "to" + its verb), an adjective (a
 * demonstrative or superlative before its noun, or one standing for a noun), and the subject of تمّ + a verbal noun.
 */
import { PERSON_NOUN } from './clause-references';
import type { Chunk } from './chunk';
import { plural } from './english-words';
import { COMPARISON, nounPhrase } from './noun-phrase';
import { MONTHS } from './time-units';
import type { Unit } from './unit';

const NOUNISH = new Set(['noun', 'name', 'figure', 'pron']);
/** Verbs after which a verbal noun is an infinitive: تسعى إلى إرساء "seeks to lay", تريد المساعدة "wants to help". */
const AIM_VERBS = /^(seek|aim|want|strive|try|attempt|intend|plan|hope|need|wish|decide|agree|work)( to)?$/;
/** Verbs of beginning and going on, whose في + a verbal noun is "to" + its verb. */
const START_VERBS = /^(begin|start|continue|resume|proceed|go on|persist)$/;
/** Nouns whose subject matter English gives with "on" (talks on arms control), where Arabic has ل or حول. */
const TOPIC_NOUN =
  /\b(talks|negotiations|dialogue|consultations|discussions?|agreement|deal|accord|treaty|conference|summit|law|bill|report|decision|vote|debate|resolution|understanding|memorandum|workshop|seminar)$/;
/** A weekday or a day of a month, which English gives with "on" (on Tuesday, on 16 June). */
const DAY_OR_DATE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2} [A-Z][a-z]+)\b/;
/** A span of time: a number of units, or one unit (an hour, two years, 10 years, three seasons). */
const TIME_SPAN =
  /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d[\d,.]*) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons?|decades?|century|centuries)$/;

/** A year, or a month and its year, which English gives with "in" (in 1399, in June 2020). */
const YEAR_OR_MONTH = new RegExp(`^(?:\\d{4}|(?:${MONTHS}) \\d{4})$`);

/** The English verb of a verbal noun's lexicon verb: its first sense, one word group. */
export const verbOf = (u: Unit): string => u.verbal!.en.split(/[;(]/)[0]!.trim();

/** The verb of the clause so far (the last verb chunk), if any. */
export const lastVerb = (out: readonly Chunk[]) => {
  for (let k = out.length - 1; k >= 0; k--) if (out[k]!.kind === 'vp') return out[k]!.verb;
  return undefined;
};

/** "for"/"about" after talks, a dialogue or an agreement is "on". */
const topicPreposition = (out: readonly Chunk[], prep: string): string =>
  (prep === 'for' || prep === 'about') && TOPIC_NOUN.test(out[out.length - 1]?.text ?? '') ? 'on' : prep;

/** Words of approximation before a figure (نحو، حوالي، ما يقرب من). */
const APPROXIMATELY = /^(about|around|approximately|nearly|almost|some|roughly)$/;

/**
 * نحو 300 جندي "about 300 soldiers", ما يقرب من 200 شخص "nearly 200 people": a word of approximation and the figure
 * after it are one noun phrase, which can be the subject of the verb before it. Returns the next unit index, or null.
 */
export function approximately(units: readonly Unit[], i: number, out: Chunk[]): number | null {
  const u = units[i]!;
  const next = units[i + 1];
  if (!APPROXIMATELY.test(u.en) || next?.kind !== 'figure' || next.pre || next.type === 'DATE') return null;
  const [np, k] = nounPhrase(units, i + 1);
  out.push({ kind: 'np', text: `${u.en} ${np.text}`, plural: true });
  return k;
}

/** A preposition and its noun phrase (في 16 يونيو → on 16 June; في يونيو → in June). Returns the next unit index. */
export function prepositional(units: readonly Unit[], i: number, out: Chunk[]): number {
  const u = units[i]!;
  const next = units[i + 1];
  if (!u.pre) {
    const k = approximately(units, i, out);
    if (k !== null) return k;
  }
  if (u.obj) {
    out.push({ kind: 'pp', text: `${u.en} ${u.obj}` });
    return i + 1;
  }
  // تسعى إلى إرساء أسس: after a verb of aiming, "to" + a verbal noun is "to" + its verb; so is في after a verb of
  // beginning (بدأ الجيش في الانسحاب "began to withdraw")
  const verb = lastVerb(out)?.base ?? '';
  const leads = (u.en === 'to' && AIM_VERBS.test(verb)) || (u.en === 'in' && START_VERBS.test(verb));
  if (leads && next?.kind === 'noun' && next.verbal && !next.phrase && !next.poss) {
    out.push({ kind: 'pp', text: `to ${verbOf(next)}` });
    return i + 2;
  }
  // من أهم اللاعبين "of the most important players": a superlative before its noun is the object too
  const superlative = next?.kind === 'adj' && !!next.superlative && units[i + 2]?.kind === 'noun' && !units[i + 2]!.pre;
  if (!next || (!NOUNISH.has(next.kind) && !superlative)) {
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
  // "on" a day or a date, "in" a year alone (في 1912 "in 1912")
  const onDay = next.type === 'DATE' && /^\d|day\b/.test(next.en) && !/^\d{3,4}$/.test(next.en);
  const prep = u.en === 'in' && onDay ? 'on' : topicPreposition(out, u.en);
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
export function passiveSubject(units: readonly Unit[], j: number, out: Chunk[]): number {
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
export function adjective(units: readonly Unit[], i: number, pre: string, out: Chunk[]): number {
  const u = units[i]!;
  const next = units[i + 1];
  const push = (text: string, plural?: boolean) =>
    out.push({ kind: pre ? 'pp' : 'np', text: [pre, text].filter(Boolean).join(' '), plural });
  // صدرت سيارات أكثر من ألمانيا "exported more cars than Germany": after an indefinite noun phrase the comparison is
  // of it
  const counted = out[out.length - 1];
  if (
    COMPARISON.test(u.en) &&
    !pre &&
    counted?.kind === 'np' &&
    counted.indefinite &&
    !/^an? /.test(counted.text) &&
    (next?.kind === 'noun' || next?.kind === 'name') &&
    !next.pre
  ) {
    const [np, k] = nounPhrase(units, i + 1);
    const [more, than] = u.en.split(' ');
    counted.text = `${more} ${counted.text} ${than} ${np.text}`;
    return k;
  }
  // أكثر من 20 شخصا "more than 20 people": a comparison of quantity heads the counted noun phrase after it
  if (COMPARISON.test(u.en) && (next?.kind === 'figure' || next?.kind === 'noun') && !next.pre) {
    const [np, k] = nounPhrase(units, i + 1);
    push(`${u.en} ${np.text}`, true);
    return k;
  }
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
  if (u.superlative && next?.kind === 'noun' && (!next.definite || next.plural) && !next.pre) {
    const [np, k] = nounPhrase(units, i);
    push(np.text, np.plural);
    // القاهرة أكبر مدينة "Cairo is the largest city": right after a noun phrase, in a clause with no verb, it is said
    // of it
    const before = out[out.length - 2];
    if (!pre && before?.kind === 'np' && !before.time) out[out.length - 1]!.predicate = true;
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

/** Whether out ends with "and" after a list of noun phrases whose first has "the" (the tents, foods and …). */
function firstConjunctDefinite(out: readonly Chunk[]): boolean {
  const isAnd = (c: Chunk | undefined) => c?.kind === 'conj' && c.text === 'and';
  const isNominal = (c: Chunk | undefined) => c?.kind === 'np' || c?.kind === 'pp';
  if (!isAnd(out[out.length - 1])) return false;
  let k = out.length - 2;
  while (isNominal(out[k]) && isAnd(out[k - 1]) && isNominal(out[k - 2])) k -= 2;
  return isNominal(out[k]) && /(^| )the /.test(out[k]!.text);
}

/** A noun phrase, with the preposition of its proclitic; ل + a verbal noun of purpose is "to" + its verb. */
export function nominal(units: readonly Unit[], i: number, pre: string, out: Chunk[]): number {
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
  // بالسيارة "by car": a vehicle one travels by has no article; المطاعم والفنادق "the restaurants and hotels": a
  // definite noun joined to a definite one before it shares its article (not a person: "the president and the
  // minister" are two people)
  const shared = u.pre === 'and' && !(u.kind === 'noun' && !u.plural && PERSON_NOUN.test(u.en)) && firstConjunctDefinite(out);
  const bare =
    on && /\bby$/.test(on) ? np.text.replace(/^(the|a|an) (?=\S+$)/, '') : shared ? np.text.replace(/^the (?=[a-z])/, '') : np.text;
  const text = on ? `${on} ${bare}` : bare;
  const short = u.short && k === i + 1 && !pre ? u.short : undefined;
  out.push({
    kind: on ? 'pp' : 'np',
    text,
    plural: np.plural,
    time: u.type === 'DATE',
    short,
    indefinite: !np.definite && u.kind === 'noun',
    accusative: !pre && u.accusative,
    feminine: (!pre && u.feminine) || undefined,
  });
  return k;
}

/** An adjective standing for a noun: الروس → "the Russians", المتضررين → "the affected". */
function substantive(u: Unit): string {
  if (!u.definite) return u.en;
  // a nationality in the plural names its people
  return `the ${u.plural && /^[A-Z]/.test(u.en) ? plural(u.en) : u.en}`;
}
