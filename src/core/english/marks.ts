/**
 * The brackets and quotation marks of the Arabic in the English gist: which runs of chunks they go around, the words
 * they add while a clause is put in English order (each mark tagged \u0001 on its inner side, so it joins the word it
 * touches), and the text with them joined, or without them when they do not pair up.
 */
import type { Chunk } from './chunk';

const TAG = '\u0001';

/**
 * Where the brackets and quotation marks of the Arabic go in the English: around each run of chunks from inside them
 * (الرئيس (72 عاما) "the president (72 years)"). Where putting a clause in English order could move words across a
 * mark, the run is left without marks; withMarks() drops marks that still come out unpaired.
 */
export interface Marks {
  /** chunk index → the mark that opens before it */
  open: Map<number, string>;
  /** chunk index → the mark that closes after it */
  close: Map<number, string>;
}

export function marks(cs: readonly Chunk[]): Marks {
  const open = new Map<number, string>();
  const close = new Map<number, string>();
  const runs = (inside: (c: Chunk) => boolean | undefined, left: string, right: string) => {
    for (let k = 0; k < cs.length; k++) {
      if (!inside(cs[k]!)) continue;
      let end = k;
      while (end < cs.length && inside(cs[end]!)) end++;
      // a verb just before the run may take its first noun phrase as subject; a verb ending it, the noun phrase after
      const moves = cs[k - 1]?.kind === 'vp' || (cs[end - 1]!.kind === 'vp' && cs[end]?.kind === 'np');
      if (!moves && !open.has(k) && !close.has(end - 1)) {
        open.set(k, left);
        close.set(end - 1, right);
      }
      k = end;
    }
  };
  runs((c) => c.aside, '(', ')');
  runs((c) => c.quoted, '"', '"');
  return { open, close };
}

/**
 * The words of the marked run that opens at chunk `start` (brackets after a subject), added to `words` with its marks;
 * the index of its last chunk, or undefined when no run without a verb opens there.
 */
export function markedAfter(cs: readonly Chunk[], marked: Marks, start: number, words: string[]): number | undefined {
  const left = marked.open.get(start);
  if (!left) return undefined;
  let end = start;
  while (!marked.close.has(end)) end++;
  const run = cs.slice(start, end + 1);
  if (run.some((c) => c.kind === 'vp')) return undefined;
  words.push(`${left}${TAG}`, ...run.map((c) => c.text), `${TAG}${marked.close.get(end)}`);
  return end;
}

/** Adds the mark that opens before chunk i, if any. */
export function openAt(marked: Marks, i: number, words: string[]): void {
  const mark = marked.open.get(i);
  if (mark) words.push(`${mark}${TAG}`);
}

/** Adds the mark that closes after chunk i, if any. */
export function closeAt(marked: Marks, i: number, words: string[]): void {
  const mark = marked.close.get(i);
  if (mark) words.push(`${TAG}${mark}`);
}

/** The text with its brackets and quotation marks, or without any when they do not pair up. */
function paired(text: string): string {
  let depth = 0;
  let quotes = 0;
  for (const m of text.matchAll(TAGGED)) {
    const mark = m[0].replace(TAG, '');
    if (mark === '"') quotes++;
    else if (mark === '(') depth++;
    else if (--depth < 0) break;
  }
  return depth === 0 && quotes % 2 === 0 ? text : text.replace(TAGGED, '');
}

/** A mark with its tag on the inner side. */
const TAGGED = /[()"]\u0001|\u0001[()"]/g;

/** The text with its marks joined to the words they touch (and dropped when they do not pair up). */
export function withMarks(text: string): string {
  return (
    paired(text)
      .replace(/\s+/g, ' ')
      .replace(/\u0001 /g, '')
      .replace(/ \u0001/g, '')
      .replace(/\u0001/g, '')
      // (WHO): an acronym in brackets after its name has no article
      .replace(/\(the ([A-Z]{2,})\)/g, '($1)')
      .replace(/\(\)|"" ?/g, '')
  );
}
