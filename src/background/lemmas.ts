/** Token lemmas of a text and the learner's known lemmas: what the page needs to underline unknown words. */
import type { Envelope, Reply } from '../shared/messages';
import { ok } from '../shared/result';
import { getAnalyzer } from './engine';
import { listSavedWords } from './learn';

export type LemmaRequestType = 'articleLemmas' | 'knownLemmas';

export async function handleLemmas(env: Envelope<LemmaRequestType>): Promise<Reply<LemmaRequestType>> {
  if (env.type === 'articleLemmas') {
    const p = env.params as Envelope<'articleLemmas'>['params'];
    const analyzer = await getAnalyzer();
    const out: Array<{ start: number; end: number; lemma: string }> = [];
    for (const t of analyzer.analyze(p.text, { wordsOnly: true }).tokens) {
      if (t.kind !== 'word') continue;
      out.push({ start: t.start, end: t.end, lemma: t.analyses[0]?.lemma ?? t.text });
    }
    return ok(out);
  }
  const words = await listSavedWords();
  return words.ok ? ok(words.value.filter((w) => w.known).map((w) => w.lemma)) : words;
}
