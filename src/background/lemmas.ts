/**
 * Content-word lemmas of a text (with the learner's known lemmas, what the page needs to underline unknown words), and
 * its words as read (what "Add vowels" writes into the page).
 */
import type { Token } from '../core/model';
import type { VowelSpan } from '../shared/messages';
import { ok, type Result } from '../shared/result';
import { contentWords } from './content-words';
import { getAnalyzer } from './engine';

export async function articleLemmas(text: string): Promise<Result<Array<{ start: number; end: number; lemma: string }>>> {
  const analyzer = await getAnalyzer();
  // with entities, so that names are left out as the popup's known share leaves them out
  return ok(contentWords(analyzer.analyze(text, { noSummary: true })));
}

export async function vowelledText(text: string): Promise<Result<VowelSpan[]>> {
  const analyzer = await getAnalyzer();
  return ok(vowelSpans(analyzer.analyze(text, { wordsOnly: true }).tokens));
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
