/** The sentence around a word in a lookup context, with the word's offsets moved into it. */
import type { MarkedSentence } from './types';

// full stop, ! ? and the Arabic question mark (U+061F), semicolon (U+061B), full stop (U+06D4), line breaks
const END = /[.!?\u061F\u061B\u06D4\n\r]/;
const MAX = 300;

/** The sentence of `context` that holds [start, end), trimmed to about 300 characters around the word. */
export function sentenceAround(context: string, start: number, end: number, max = MAX): MarkedSentence {
  let from = start;
  while (from > 0 && !END.test(context[from - 1]!)) from--;
  let to = end;
  while (to < context.length && !END.test(context[to]!)) to++;
  if (to < context.length && context[to] !== '\n' && context[to] !== '\r') to++; // keep the sentence's own mark
  // a sentence longer than `max`: a window around the word, cut at spaces
  if (to - from > max) {
    const room = Math.max(0, max - (end - start));
    const lo = Math.max(from, start - Math.floor(room / 2));
    const hi = Math.min(to, end + (room - (start - lo)));
    const space = (i: number, dir: 1 | -1, limit: number) => {
      let j = i;
      while (j !== limit && !/\s/.test(context[dir === 1 ? j : j - 1] ?? ' ')) j += dir;
      return j === limit ? i : j;
    };
    from = lo > from ? space(lo, 1, start) : from;
    to = hi < to ? space(hi, -1, end) : to;
  }
  while (from < start && /\s/.test(context[from]!)) from++;
  while (to > end && /\s/.test(context[to - 1]!)) to--;
  return { text: context.slice(from, to), start: start - from, end: end - from };
}
