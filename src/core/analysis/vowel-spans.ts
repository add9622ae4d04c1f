/** The words of an analysed text as read: what "Add vowels" writes over the page's own letters. */
import type { Token } from '../model';

/** A word of a text as read, with its [start, end) in the analysed text. */
export interface VowelSpan {
  start: number;
  end: number;
  vowelled: string;
}

/** The words whose reading adds vowels to what is written, with their offsets. */
export function vowelSpans(tokens: readonly Token[]): VowelSpan[] {
  const out: VowelSpan[] = [];
  for (const t of tokens) {
    const v = t.kind === 'word' ? t.analyses[0]?.vowelled : undefined;
    if (v && v !== t.text) out.push({ start: t.start, end: t.end, vowelled: v });
  }
  return out;
}
