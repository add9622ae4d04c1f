/**
 * The second step of the offline gist: units grouped into English chunks — noun phrases, prepositional phrases, verbs
 * waiting for their subject, "that", relative words — with the turns English needs: "to" + verb for a verbal noun of
 * purpose (لتحقيق "to achieve", تسعى إلى إرساء "seeks to lay"), "on" after talks, "whose" for a relative clause whose
 * pronoun sits on a noun (الذي تم الاتفاق على إطلاقه "whose launch was agreed"), the future for a present verb with a
 * date ahead (تجري … الأسبوع المقبل "will hold … next week").
 */
import type { Chunk, VerbChunk } from './chunk';
import { lists, ofPhrases } from './coordination';
import { modalAfterQad } from './modals';
import { DEGREE_WORD } from './noun-phrase';
import { adjective, approximately, nominal, passiveSubject, prepositional, verbOf } from './phrase-chunks';
import type { Unit } from './unit';

export type { Chunk, VerbChunk } from './chunk';

const FUTURE_DATE = /\b(next|coming|tomorrow|upcoming)\b/i;

/** Verbs of state, which English does not put in the progressive (كانت المصانع تقع "the factories were located"). */
const STATIVE =
  /^(be|have|know|own|contain|include|belong|exist|consist|seem|mean|need|want|like|love|hate|believe|remain|possess|resemble|depend|deserve|understand|prefer|see|hear|consider|recognize|realize|suppose|doubt|agree|cost|suit|fit)\b/;

/** Whether a present-tense verb at units[i] has a date ahead (next week, tomorrow) in its own clause. */
function futureInClause(units: readonly Unit[], i: number): boolean {
  for (let k = i + 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind === 'that' || u.kind === 'rel' || u.kind === 'stop' || u.kind === 'verb') return false;
    if (u.type === 'DATE' && FUTURE_DATE.test(u.en)) return true;
  }
  return false;
}

export function chunks(units: Unit[]): Chunk[] {
  const out: Chunk[] = [];
  let pending: VerbChunk = { base: '', tense: 'past' };
  let hasPending = false;
  // قد before the verb, and whether كان came before it (كان قد وصل "had arrived")
  let qad = false;
  let afterKana = false;
  /** the كان before the verb is "be" (not أصبح "become") */
  let kanaIsBe = false;
  for (let i = 0; i < units.length;) {
    const u = units[i]!;
    const before = out.length;
    // ، والتي "…, which": a relative word after a comma goes on with the noun before it, with no "and"
    const relAfterComma = u.kind === 'rel' && out[out.length - 1]?.kind === 'stop';
    if (u.pre === 'and' && out.length && i > 0 && !relAfterComma) out.push({ kind: 'conj', text: 'and' });
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
        // (in its own clause: الذي أصبح ضابطا، أعدم … "who became an officer", not "who … was executed")
        const laterVerb = clauseVerb(units, i + 1);
        if (units[i + 1]?.kind === 'verb' || (laterVerb >= 0 && units[i + 1 + laterVerb]!.kind === 'verb')) {
          pending = { ...pending, tense: be.tense };
          hasPending = true;
          afterKana = true;
          // (and the verb is in its clause, not in a relative clause after its subject)
          kanaIsBe = u.en === 'be' && !units.slice(i + 1, i + 1 + laterVerb).some((x) => x.kind === 'rel' || x.kind === 'stop');
        } else {
          // ستكون "will be", لن يكون "will not be"
          out.push({ kind: 'vp', text: '', verb: { ...pending, ...be, aux: true, ...(u.modal ? { modal: u.modal } : {}) } });
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
        // (a verb after "to" is bare: يتوقع أن يصل غدا "is expected to arrive tomorrow")
        const dated = !pending.future && tense === 'present' && !pending.neg && u.pre !== 'to' && futureInClause(units, i);
        const future = pending.future || dated;
        out.push({
          kind: 'vp',
          text: '',
          verb: {
            ...pending,
            future,
            ...(dated ? { dated } : {}),
            base: u.en,
            tense,
            passive: u.passive,
            obj: u.obj,
            person: u.person,
            masculine: u.masculine,
            modal: u.modal,
            ownSubject: u.ownSubject,
          },
        });
        if (qad && !u.modal) out[out.length - 1]!.verb!.modal = modalAfterQad(u.tense ?? 'past', afterKana);
        // كان يقيم "was staying": كان and a present verb say what was going on
        else if (afterKana && kanaIsBe && u.tense === 'present' && tense === 'past' && !u.modal && !u.passive && !STATIVE.test(u.en))
          out[out.length - 1]!.verb!.progressive = true;
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
        // (also past a comma: جوزيف دارناند، الذي أصبح "Joseph Darnand, who became")
        out.push({ kind: u.kind, text: u.kind === 'rel' && personBefore(units, i) ? 'who' : u.en });
        i++;
        break;
      case 'conj':
        if (u.en) out.push({ kind: 'conj', text: u.en.split(/[;,]/)[0]!.trim() });
        i++;
        break;
      case 'adv': {
        if (!u.pre) {
          const k = approximately(units, i, out);
          if (k !== null) {
            i = k;
            break;
          }
        }
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
    if (u.quoted) for (let k = before; k < out.length; k++) out[k]!.quoted = true;
  }
  return lists(ofPhrases(whose(out)));
}

/** The offset from `from` of the first verb or "that" in the clause, or -1 (a comma or a relative word ends it). */
function clauseVerb(units: readonly Unit[], from: number): number {
  for (let k = from; k < units.length; k++) {
    const x = units[k]!;
    if (x.kind === 'verb' || x.kind === 'that') return k - from;
    if (x.kind === 'stop' || x.kind === 'rel') return -1;
  }
  return -1;
}

/** Whether a person's name stands right before units[i], or before the comma there. */
function personBefore(units: readonly Unit[], i: number): boolean {
  const before = units[i - 1]?.kind === 'stop' ? units[i - 2] : units[i - 1];
  return before?.type === 'PERSON';
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
