/** Content-word lemmas of a text and the learner's known lemmas: what the page needs to underline unknown words. */
import type { Envelope, Reply } from '../shared/messages';
import { ok } from '../shared/result';
import { contentWords } from './content-words';
import { getAnalyzer } from './engine';
import { listSavedWords } from './learn';

export type LemmaRequestType = 'articleLemmas' | 'knownLemmas';

export async function handleLemmas(env: Envelope<LemmaRequestType>): Promise<Reply<LemmaRequestType>> {
  if (env.type === 'articleLemmas') {
    const p = env.params as Envelope<'articleLemmas'>['params'];
    const analyzer = await getAnalyzer();
    // with entities, so that names are left out as the popup's known share leaves them out
    return ok(contentWords(analyzer.analyze(p.text, { noSummary: true })));
  }
  const words = await listSavedWords();
  return words.ok ? ok(words.value.filter((w) => w.known).map((w) => w.lemma)) : words;
}
