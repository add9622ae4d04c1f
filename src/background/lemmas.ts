/**
 * Token lemmas of a text and the learner's known lemmas (what the page needs to underline unknown words), and its
 * words as read (what "Add vowels" writes into the page).
 */
import type { Token } from '../core/model';
import type { Envelope, Reply, VowelSpan } from '../shared/messages';
import { ok } from '../shared/result';
import { contentWords } from './content-words';
import { getAnalyzer } from './engine';
import { listSavedWords } from './learn';

export type LemmaRequestType = 'articleLemmas' | 'knownLemmas' | 'vowelledText';

export async function handleLemmas(env: Envelope<LemmaRequestType>): Promise<Reply<LemmaRequestType>> {
  if (env.type === 'vowelledText') {
    const p = env.params as Envelope<'vowelledText'>['params'];
    const analyzer = await getAnalyzer();
    return ok(vowelSpans(analyzer.analyze(p.text, { wordsOnly: true }).tokens));
  }
  if (env.type === 'articleLemmas') {
    const p = env.params as Envelope<'articleLemmas'>['params'];
    const analyzer = await getAnalyzer();
    // with entities, so that names are left out as the popup's known share leaves them out
    return ok(contentWords(analyzer.analyze(p.text, { noSummary: true })));
  }
  const words = await listSavedWords();
  return words.ok ? ok(words.value.filter((w) => w.known).map((w) => w.lemma)) : words;
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
