/** The share of an article's content words (every occurrence) whose lemma the learner marked known. */
export function knownShare(contentLemmas: ReadonlyArray<{ lemma: string; count: number }>, known: ReadonlySet<string>): number | null {
  let all = 0;
  let mine = 0;
  for (const w of contentLemmas) {
    all += w.count;
    if (known.has(w.lemma)) mine += w.count;
  }
  return all ? mine / all : null;
}
