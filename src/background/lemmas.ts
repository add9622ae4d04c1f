/**
 * Content-word lemmas of a text (with the learner's known lemmas, what the page needs to underline unknown words), and
 * its words as read (what "Add vowels" writes into the page).
 */
import { vowelSpans, type VowelSpan } from '../core/analysis';
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
