/**
 * The Arabic word at an offset of a text field's value (input, textarea). Its characters have no DOM nodes, so the
 * tooltip is placed by the field's box and nothing is highlighted.
 */
import type { TextField } from './caret';
import type { WordHit } from './word-hit';
import { wordSpanAt } from './word-span';

/** The word at `offset` of the field's value (the caret may sit just after the character under the pointer). */
export function wordInField(field: TextField, offset: number): WordHit | null {
  const text = field.value;
  const span = wordSpanAt(text, offset) ?? wordSpanAt(text, offset - 1);
  if (!span) return null;
  return {
    range: null,
    rect: () => field.getBoundingClientRect(),
    context: text.slice(span.contextStart, span.contextEnd),
    offset: span.start - span.contextStart,
    word: text.slice(span.start, span.end),
    contains: (n, o) => n === field && field.value === text && o >= span.start && o <= span.end,
  };
}
