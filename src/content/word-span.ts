/** Where the Arabic word at a position of page text starts and ends, and the sentence around it sent as context. */

/** Arabic-script word characters: letters, harakat, tatweel, ZWNJ/ZWJ, presentation forms. */
export const WORD_CHAR =
  /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFB\uFE70-\uFEFC\u200C\u200D]/;
/** A word must start with a letter (not a haraka or tatweel). */
const LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFB\uFE70-\uFEFC]/;
/** . ! ? ARABIC QUESTION MARK (\u061F), ARABIC FULL STOP (\u06D4), newline */
const SENTENCE_STOP = /[.!?\u061F\u06D4\n]/;
/** the service worker takes at most 5000 characters of context; a sentence rarely needs more than this each side */
const CONTEXT_RADIUS = 240;

export interface WordSpan {
  /** [start, end) of the word in the text */
  start: number;
  end: number;
  /** [contextStart, contextEnd) of its sentence, cut to CONTEXT_RADIUS each side */
  contextStart: number;
  contextEnd: number;
}

/** The word containing the character at `pos`, or null when that character is not part of an Arabic word. */
export function wordSpanAt(text: string, pos: number): WordSpan | null {
  if (!WORD_CHAR.test(text[pos] ?? '')) return null;
  let s = pos;
  let e = pos + 1;
  while (s > 0 && WORD_CHAR.test(text[s - 1]!)) s--;
  while (e < text.length && WORD_CHAR.test(text[e]!)) e++;
  while (s < e && !LETTER.test(text[s]!)) s++;
  if (s >= e) return null;
  let cs = s;
  while (cs > 0 && s - cs < CONTEXT_RADIUS && !SENTENCE_STOP.test(text[cs - 1]!)) cs--;
  let ce = e;
  while (ce < text.length && ce - e < CONTEXT_RADIUS && !SENTENCE_STOP.test(text[ce]!)) ce++;
  if (ce < text.length && SENTENCE_STOP.test(text[ce]!)) ce++;
  return { start: s, end: e, contextStart: cs, contextEnd: ce };
}
