/** Token lemmas of a text: with the learner's known lemmas, what the page needs to underline unknown words. */
import { ok, type Result } from '../shared/result';
import { getAnalyzer } from './engine';

export async function articleLemmas(text: string): Promise<Result<Array<{ start: number; end: number; lemma: string }>>> {
  const analyzer = await getAnalyzer();
  const out: Array<{ start: number; end: number; lemma: string }> = [];
  for (const t of analyzer.analyze(text, { wordsOnly: true }).tokens) {
    if (t.kind !== 'word') continue;
    out.push({ start: t.start, end: t.end, lemma: t.analyses[0]?.lemma ?? t.text });
  }
  return ok(out);
}
