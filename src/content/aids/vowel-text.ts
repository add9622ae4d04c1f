/** The text of "Add vowels" and of read-aloud: where a word's vowels go in the written text. */
import type { VowelSpan } from '../../shared/messages';

const MARK = /[\u064B-\u0652\u0670]/;

/**
 * The marks to insert after each character of `written` (by offset in it) so that it reads as `vowelled`: the marks
 * after a letter in the vowelled form, unless the writer already marked that letter. Null when the letters differ.
 */
export function vowelInserts(written: string, vowelled: string): Map<number, string> | null {
  const out = new Map<number, string>();
  let j = 0;
  for (let i = 0; i < written.length; i++) {
    const ch = written[i]!;
    if (MARK.test(ch)) continue;
    while (j < vowelled.length && MARK.test(vowelled[j]!)) j++;
    if (vowelled[j] !== ch) return null;
    j++;
    let marks = '';
    while (j < vowelled.length && MARK.test(vowelled[j]!)) marks += vowelled[j++];
    if (marks && !MARK.test(written[i + 1] ?? '')) out.set(i, marks);
  }
  return out;
}

/** `text` with the vowels of its words as read written in (what read-aloud speaks, so its pronunciation is ours). */
export function withVowels(text: string, spans: readonly VowelSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > text.length) continue;
    out += text.slice(at, s.start) + s.vowelled;
    at = s.end;
  }
  return out + text.slice(at);
}
