/**
 * The transliteration of a word as read in its sentence (sa-tastamirru, wal-qamar, bish-shamsi), from an analysis'
 * vowelled form: proclitics hyphenated, the article joined to the proclitic before it, a hamzat al-wasl elided.
 */

/** A segment of a reading (model's Segment, named here by its shape: the model's types import this package). */
interface Segment {
  text: string;
  role: string;
}
import { transliterate, transliterateBare } from './translit';

const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const IS_MARK = /[\u064B-\u065F\u0670\u0640]/;

/** The vowelled text of each segment, cut by the segments' letter counts; null when they do not add up. */
export function vowelledSegments(vowelled: string, segments: readonly Segment[]): string[] | null {
  const out: string[] = [];
  let i = 0;
  for (const s of segments) {
    let n = s.text.replace(MARKS, '').length;
    let j = i;
    while (j < vowelled.length && n > 0) {
      if (!IS_MARK.test(vowelled[j]!)) n--;
      j++;
      while (j < vowelled.length && IS_MARK.test(vowelled[j]!)) j++;
    }
    out.push(vowelled.slice(i, j));
    i = j;
  }
  return i === vowelled.length ? out : null;
}

/** The transliteration of an analysis' word as read, or undefined when it has no vowelled form. */
export function readingTranslit(a: { vowelled?: string; segments: readonly Segment[] }): string | undefined {
  if (!a.vowelled) return undefined;
  const parts = vowelledSegments(a.vowelled, a.segments);
  if (!parts) return transliterate(a.vowelled);
  const pro: string[] = [];
  let rest = '';
  let suffix = '';
  a.segments.forEach((s, i) => {
    const part = parts[i]!;
    if (s.role === 'proclitic') pro.push(transliterate(part));
    // a pronoun after a case vowel the sentence does not show stands apart: kitāb-hu, bilād-hum
    else if (s.role === 'enclitic' && !/[\u064B-\u0652\u0627\u0648\u064A\u0649]$/.test(rest))
      suffix = `-${transliterate(part.replace(/^\u0647(?![\u064B-\u0650])/, '\u0647\u064F'))}`;
    // the ل of لل is the article: read as al- (li + al-qimma → lil-qimma)
    else rest += s.role === 'article' && !part.startsWith('\u0627') ? '\u0627' + part : part;
  });
  // an unknown word has no vowels: its long vowels at least (qāhira)
  let word = (/[\u064B-\u0650]/.test(rest) ? transliterate(rest) : transliterateBare(rest)) + suffix;
  if (!pro.length) return word;
  const head = pro.join('-');
  // the article's a and a hamzat al-wasl are not heard after a proclitic: bish-shams, wal-qamar, wa-stamarra
  if (/^\u0627\u0644/.test(rest.replace(MARKS, '')) && word.startsWith('a')) return head + word.slice(1);
  if (rest.startsWith('\u0627') && /^[iu]/.test(word)) word = word.slice(1);
  // a hamza is heard once a proclitic stands before it: wa-ʾaʿlanat
  else if (/^[\u0623\u0625\u0622]/.test(rest)) word = `ʾ${word}`;
  return `${head}-${word}`;
}
