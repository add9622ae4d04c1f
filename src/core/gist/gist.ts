/**
 * Offline English gist of one Arabic sentence, by rules over its analysis: noun phrases with adjectives before the
 * noun and construct chains with "of", verb–subject–object turned into subject–verb–object, tense, negation, the
 * future, passives (تمّ + verbal noun), reported speech ("X said that …"), entity and phrase English.
 */
import { participle, past, plural, sentenceCase, third } from './english-words';
import type { Unit } from './units';

interface Chunk {
  kind: 'np' | 'pp' | 'vp' | 'that' | 'rel' | 'conj' | 'adv' | 'stop';
  text: string;
  /** for a vp: pieces to inflect once the subject is known */
  verb?: {
    base: string;
    tense: 'past' | 'present';
    neg?: 'past' | 'present' | 'future';
    future?: boolean;
    passive?: boolean;
    aux?: boolean;
    obj?: string;
  };
  plural?: boolean;
}

const NOUNISH = new Set(['noun', 'name', 'figure', 'pron']);
const MAX_WORDS = 32;

/** A noun phrase from units[i…]: head, following adjectives, and a construct chain. Returns [chunk, next index]. */
function nounPhrase(units: Unit[], i: number, depth = 0): [Chunk, number] {
  const head = units[i]!;
  let j = i + 1;
  const adjs: string[] = [];
  while (j < units.length && units[j]!.kind === 'adj' && !units[j]!.pre) adjs.push(units[j++]!.en);
  let noun = head.en;
  if (head.kind === 'noun' && head.plural) noun = plural(noun);
  const adjText = adjs.filter((a) => a !== 'this' && a !== 'that').join(' ');
  const demonstrative = adjs.find((a) => a === 'this' || a === 'that');
  let text = [adjText, noun].filter(Boolean).join(' ');
  if (head.poss) text = `${head.poss} ${text}`;
  else if (demonstrative) text = `${head.plural ? (demonstrative === 'this' ? 'these' : 'those') : demonstrative} ${text}`;
  else if (head.kind === 'noun' && head.definite) text = `the ${text}`;
  // construct chain: N1 N2 → N1 of N2 (only an un-prefixed noun or name can be the second member)
  const member = units[j];
  const chainable = member && (member.kind === 'noun' || member.kind === 'name' || (member.kind === 'figure' && member.type !== 'DATE'));
  if (member && member.kind === 'name' && member.type === 'PERSON' && !member.pre && head.kind === 'noun' && !adjs.length) {
    // الرئيس فلاديمير بوتين: a title before a name is "President Vladimir Putin", not "the president of …"
    return [{ kind: 'np', text: `${head.en.replace(/\b[a-z]/g, (c) => c.toUpperCase())} ${member.en}` }, j + 1];
  }
  if (depth < 2 && chainable && !member.pre && head.kind === 'noun' && !head.poss && !adjs.length) {
    const [tail, k] = nounPhrase(units, j, depth + 1);
    text = `${text} of ${tail.text}`;
    j = k;
  }
  return [{ kind: 'np', text, plural: head.plural }, j];
}

function chunks(units: Unit[]): Chunk[] {
  const out: Chunk[] = [];
  let pending: Chunk['verb'] & object = { base: '', tense: 'past' };
  let hasPending = false;
  for (let i = 0; i < units.length;) {
    const u = units[i]!;
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
      case 'future':
        pending = { ...pending, future: true };
        hasPending = true;
        i++;
        break;
      case 'aux': {
        // كان + verb: the tense of كان; كان alone: "was"
        const next = units[i + 1];
        const laterVerb = units.slice(i + 1).findIndex((x) => x.kind === 'verb' || x.kind === 'that');
        if (next?.kind === 'verb' || (laterVerb >= 0 && units[i + 1 + laterVerb]!.kind === 'verb')) {
          pending = { ...pending, tense: u.tense ?? 'past' };
          hasPending = true;
        } else out.push({ kind: 'vp', text: '', verb: { base: u.en, tense: u.tense ?? 'past', aux: true } });
        i++;
        break;
      }
      case 'done': {
        // تمّ + verbal noun = passive of the noun's verb (تمّ الاتفاق → was agreed)
        const next = units[i + 1];
        if (next?.kind === 'noun' && next.verbOfMasdar) {
          out.push({
            kind: 'vp',
            text: '',
            verb: { base: next.verbOfMasdar.split(/[;(]/)[0]!.trim(), tense: u.tense ?? 'past', passive: true },
          });
          i += 2;
        } else i++;
        break;
      }
      case 'verb': {
        const tense = hasPending && pending.tense && !pending.neg && !pending.future ? pending.tense : (u.tense ?? 'past');
        out.push({ kind: 'vp', text: '', verb: { ...pending, base: u.en, tense, passive: u.passive, obj: u.obj } });
        if (pre) out.splice(out.length - 1, 0, { kind: 'conj', text: pre === 'for' || pre === 'to' ? 'to' : '' });
        pending = { base: '', tense: 'past' };
        hasPending = false;
        i++;
        break;
      }
      case 'prep': {
        const next = units[i + 1];
        if (u.obj) {
          out.push({ kind: 'pp', text: `${u.en} ${u.obj}` });
          i++;
        } else if (next && NOUNISH.has(next.kind)) {
          const [np, k] = nounPhrase(units, i + 1);
          // في 16 يونيو → on 16 June; في يونيو → in June
          const prep = u.en === 'in' && next.type === 'DATE' && /^\d|day\b/.test(next.en) ? 'on' : u.en;
          out.push({ kind: 'pp', text: `${prep} ${np.text}` });
          i = k;
        } else {
          out.push({ kind: 'pp', text: u.en });
          i++;
        }
        break;
      }
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
      case 'adv':
        out.push({ kind: 'adv', text: u.en });
        i++;
        break;
      case 'adj': {
        const next = units[i + 1];
        if ((u.en === 'this' || u.en === 'that') && next?.kind === 'noun' && next.definite && !next.pre) {
          // هذا الحوار: "this dialogue", not "this the dialogue"
          const [np, k] = nounPhrase(units, i + 1);
          const demonstrative = next.plural ? (u.en === 'this' ? 'these' : 'those') : u.en;
          out.push({ kind: pre ? 'pp' : 'np', text: [pre, np.text.replace(/^the /, `${demonstrative} `)].filter(Boolean).join(' ') });
          i = k;
          break;
        }
        out.push({ kind: pre ? 'pp' : 'np', text: [pre, substantive(u)].filter(Boolean).join(' '), plural: u.plural });
        i++;
        break;
      }
      case 'skip':
        i++;
        break;
      default: {
        // لتحقيق، لجمع: "for" + a verbal noun is a purpose clause: to achieve, to collect
        if (pre === 'for' && u.kind === 'noun' && u.verbOfMasdar && !u.poss) {
          out.push({ kind: 'pp', text: `to ${u.verbOfMasdar.split(/[;(]/)[0]!.trim()}` });
          i++;
          break;
        }
        const [np, k] = nounPhrase(units, i);
        if (pre) np.text = `${pre} ${np.text}`;
        out.push(pre ? { ...np, kind: 'pp' } : np);
        i = k;
      }
    }
  }
  return out;
}

/** An adjective standing for a noun: الروس → "the Russians", المتضررين → "the affected". */
function substantive(u: Unit): string {
  if (!u.definite) return u.en;
  // a nationality in the plural names its people
  return `the ${u.plural && /^[A-Z]/.test(u.en) ? plural(u.en) : u.en}`;
}

function renderVerb(v: NonNullable<Chunk['verb']>, pluralSubject: boolean): string {
  const base = v.base;
  let s: string;
  if (v.passive) {
    const be = v.future ? 'will be' : v.tense === 'past' ? (pluralSubject ? 'were' : 'was') : pluralSubject ? 'are' : 'is';
    s = `${v.neg ? `${be} not` : be} ${participle(base)}`;
  } else if (v.neg === 'past') s = `did not ${base}`;
  else if (v.neg === 'future') s = `will not ${base}`;
  else if (v.neg === 'present') s = `${pluralSubject ? 'do' : 'does'} not ${base}`;
  else if (v.future) s = `will ${base}`;
  else if (v.aux && base === 'be') s = v.tense === 'past' ? (pluralSubject ? 'were' : 'was') : pluralSubject ? 'are' : 'is';
  else if (v.tense === 'past') s = past(base);
  else s = pluralSubject ? base : third(base);
  return v.obj ? `${s} ${v.obj}` : s;
}

/** Merges "X and Y" noun phrases into one plural subject. */
function coordinated(cs: Chunk[], i: number): [Chunk, number] | null {
  const a = cs[i];
  if (!a || a.kind !== 'np') return null;
  if (cs[i + 1]?.kind === 'conj' && cs[i + 1]!.text === 'and' && cs[i + 2]?.kind === 'np') {
    return [{ kind: 'np', text: `${a.text} and ${cs[i + 2]!.text}`, plural: true }, i + 3];
  }
  return [a, i + 1];
}

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
function order(input: Chunk[]): string[] {
  const cs = tightenReport(input);
  const words: string[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    if (c.kind !== 'vp') {
      if (c.text) words.push(c.text);
      continue;
    }
    const prev = cs[i - 1];
    // "that he" (أنه): the pronoun is the subject already
    // a noun phrase opening the clause, maybe with its prepositional phrases (أن الهجمات على السفن تهدد …), is the
    // subject already (subject–verb order)
    let k = i - 1;
    while (k >= 0 && cs[k]!.kind === 'pp') k--;
    const opensClause = k >= 0 && cs[k]!.kind === 'np' && (k === 0 || ['that', 'conj', 'stop', 'rel'].includes(cs[k - 1]!.kind));
    // الوفد الذي سيضم X: after a relative word the verb's subject is the noun before it, and X is its object; only a
    // verb with a pronoun object (الاتفاق الذي وقعه الطرفان) has a subject of its own after it
    const relativeSubject = prev?.kind === 'rel' && !c.verb!.obj;
    const subjectBefore = prev && (prev.kind === 'np' || (prev.kind === 'that' && prev.text !== 'that') || opensClause || relativeSubject);
    const subject = !subjectBefore && !c.verb!.passive ? coordinated(cs, i + 1) : null;
    if (subject && prev?.kind === 'rel') c.verb = { ...c.verb!, obj: undefined };
    if (subject) {
      // verb–subject–object → subject–verb–object
      words.push(subject[0].text, renderVerb(c.verb!, Boolean(subject[0].plural)));
      i = subject[1] - 1;
    } else words.push(renderVerb(c.verb!, Boolean(subjectBefore && prev!.plural)));
  }
  return words;
}

/** English gist of a sentence's units; empty when there is nothing to say. */
export function gistOf(units: Unit[]): string {
  const cs = chunks(units);
  const words = order(cs).join(' ').replace(/\s+/g, ' ').replace(/ ,/g, ',').replace(/,+/g, ',').trim().split(' ');
  // a gist is short: stop at a clause boundary once it is long enough
  let cut = words.length;
  if (words.length > MAX_WORDS) {
    cut = MAX_WORDS;
    for (let k = 14; k < Math.min(words.length, MAX_WORDS); k++) {
      if (/,$/.test(words[k]!) || words[k + 1] === 'which' || words[k + 1] === 'who' || words[k + 1] === 'and') {
        cut = k + 1;
        break;
      }
    }
  }
  let text = words
    .slice(0, cut)
    .join(' ')
    .replace(/^(and|,)\s+/i, '')
    .replace(/[,\s]+$/, '');
  text = text.replace(/\b(\w+) \1\b/g, '$1').replace(/\bthe the\b/g, 'the');
  if (!text) return '';
  return `${sentenceCase(text)}${cut < words.length ? ' …' : '.'}`;
}
