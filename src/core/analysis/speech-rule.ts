/**
 * Direct speech: news narrates in the third person, so the analyser ranks the second person and the imperative low
 * (their cells are marked rare). After the vocative يا someone is being spoken to, and a quotation that opens with a
 * verb often gives an order: there a close second-person or imperative reading comes first («احترموا القانون»
 * "respect the law", «قل الحقيقة» "tell the truth", يا شباب كونوا "be").
 *
 * Inside a quotation, past its first word, nothing changes: a quoted minister speaks of the government as "she" and
 * of himself in the past tense as often as he gives orders.
 */
import type { Analysis, Token } from '../model';
import { closeReading, closeReadingOf, RULE_WEIGHTS, type ReadingRule } from './rule-kit';

const { speechMargin: SPEECH_MARGIN, vocativeReach: VOCATIVE_REACH } = RULE_WEIGHTS;

const OPENING = new Set(['«', '“', '‹', '„']);
const STRAIGHT = new Set(['"', '\u201F']);
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
const VOCATIVES = new Set(['يا', 'أيها', 'أيتها', 'ايها', 'ايتها']);

/**
 * A reading that speaks to someone: an imperative or an active verb whose subject may be the second person (كتبت "I
 * / you wrote", تكتبون "they / you write"); a passive "you are …" is rarer still.
 */
const addressed = (a: Analysis): boolean =>
  a.grammar.voice !== 'passive' && (a.grammar.aspect === 'imperative' || a.grammar.person?.includes(2) === true);

/** Whether token i is the first word of a quotation: an opening quotation mark just before it. */
export function opensQuote(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.kind !== 'punct') return false;
  const m = before.text;
  const last = m[m.length - 1]!;
  if (OPENING.has(last)) return true;
  if (!STRAIGHT.has(last)) return false;
  // a straight quotation mark opens when it is the first of its sentence, or follows a colon
  for (let k = i - 2; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') return false;
    if (t.text.includes(':')) return true;
  }
  return true;
}

/** Whether a vocative (يا، أيها) stands a few words before token i, in the same sentence. */
export function afterVocative(tokens: readonly Token[], i: number): boolean {
  let words = 0;
  for (let k = i - 1; k >= 0 && words < VOCATIVE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      for (const ch of t.text) if (SENTENCE_END.has(ch)) return false;
      continue;
    }
    if (t.kind !== 'word') continue;
    if (VOCATIVES.has(t.text) || (t.text.startsWith('و') && VOCATIVES.has(t.text.slice(1)))) return true;
    words++;
  }
  return false;
}

/**
 * An imperative with its ending (ـوا، ـي، ـا، ـن: to many, to a woman, to two) opening a quotation; a bare one
 * (اجتمع، انطلق) is as often the quoted speaker's own past tense of the same verb, so it needs a vocative.
 */
const suffixedImperative = (a: Analysis): boolean =>
  a.grammar.aspect === 'imperative' && (a.grammar.number !== 'singular' || a.grammar.gender === 'feminine');

/** A word not read first as speaking to someone that has a close reading that does (the rule's word test). */
const mayAddress = (list: readonly Analysis[]): boolean =>
  !addressed(list[0]!) && list.length >= 2 && closeReadingOf(list, addressed, SPEECH_MARGIN) >= 0;

export const speechAddressee: ReadingRule = {
  id: 'speech-addressee',
  description:
    'Inside quotation marks or after the vocative يا, a close second-person or imperative reading comes first (direct speech addresses someone)',
  phase: 'word',
  examples: [
    { text: 'وقال المتظاهرون: «احترموا القانون»', word: 'احترموا', lemma: 'احترم', grammar: { aspect: 'imperative' } },
    { text: 'وقال للصحفيين: «قل الحقيقة كما هي»', word: 'قل', lemma: 'قال', grammar: { aspect: 'imperative' } },
    { text: 'يا شباب كن صادقا مع نفسك', word: 'كن', lemma: 'كان', grammar: { aspect: 'imperative' } },
  ],
  counterExamples: [
    { text: 'وقال الوزير إن الطلاب احترموا القانون', word: 'احترموا', lemma: 'احترم' },
    { text: 'وقال: «اجتمع الوزراء أمس في القاهرة»', word: 'اجتمع', lemma: 'اجتمع' },
    { text: 'وقال الوزير: «الحكومة تريد الحقيقة كن على ثقة»', word: 'كن', lemma: 'كان' },
  ],
  // most words have no such reading: no context to read
  appliesTo: mayAddress,
  apply(tokens, i) {
    const t = tokens[i]!;
    if (!mayAddress(t.analyses)) return null;
    const vocative = afterVocative(tokens, i);
    if (!vocative && !opensQuote(tokens, i)) return null;
    const k = addressedReading(t, vocative);
    return k > 0 ? { index: k, reason: { rule: 'speech-addressee' } } : null;
  },
};

/**
 * The close reading of t that speaks to someone. (A function of its own, past the rule's cheap tests: a variable that
 * a closure captures costs the function that declares it an allocation at every call, and the rule runs at every word.)
 */
function addressedReading(t: Token, vocative: boolean): number {
  const top = t.analyses[0]!;
  const fits = (a: Analysis) => addressed(a) && (vocative || suffixedImperative(a) || a.lemma !== top.lemma);
  // the same verb addressed comes before another verb that happens to share the letters (مروا: مرّ "pass", not أمر)
  const same = closeReading(t, (a) => a.lemma === top.lemma && fits(a), SPEECH_MARGIN);
  return same > 0 ? same : closeReading(t, fits, SPEECH_MARGIN);
}
