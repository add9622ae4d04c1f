/**
 * The reader's page layout, computed from the cached analysis: paragraphs (the text split on blank lines) with the
 * sentences that start in them, each sentence cut into words, gaps and entity runs, and the English line per sentence.
 * Pure functions of the analysis, so the view only renders.
 */
import { tokenize } from '../core/text';
import type { EntityType, Span, SummaryPoint } from '../core/model';
import type { ArticleAnalysis } from '../shared/messages';

export interface ReaderParagraph extends Span {
  /** indices into ArticleAnalysis.sentences */
  sentences: number[];
}

/** A word (hoverable) or the text between words (spaces, punctuation, figures, Latin). */
export interface Piece extends Span {
  word: boolean;
}

/** Consecutive pieces, inside one entity mention or outside any. */
export interface Run {
  entity?: { type: EntityType; english: string };
  pieces: Piece[];
}

export interface EnglishLine {
  text: string;
  /** the index of the summary point this line comes from; absent for the offline gist of the sentence */
  point?: number;
}

export interface ReaderLayout {
  /** the headline paragraph, when the text's first paragraph repeats the title */
  headline?: ReaderParagraph;
  paragraphs: ReaderParagraph[];
  /** the runs of each sentence, by sentence index */
  runs: Run[][];
}

const HARAKAT = /[\u064B-\u0652]/g; // fathatan … sukun

/** The text without short-vowel and related marks (U+064B–U+0652), for display only. */
export const stripHarakat = (s: string): string => s.replace(HARAKAT, '');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Paragraph spans of the text (split on blank lines, white space trimmed) holding the sentences that start in them. */
export function paragraphsOf(text: string, sentences: readonly Span[]): ReaderParagraph[] {
  const out: ReaderParagraph[] = [];
  const sep = /\n[^\S\n]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, sentences: [] });
  };
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  let p = 0;
  sentences.forEach((s, i) => {
    while (p < out.length - 1 && s.start >= out[p]!.end) p++;
    out[p]?.sentences.push(i);
  });
  return out.filter((x) => x.sentences.length > 0);
}

interface Mention extends Span {
  type: EntityType;
  english: string;
}

/** Entity mentions in text order, overlaps dropped (the earlier, then the longer, wins). */
function mentionsOf(entities: ArticleAnalysis['entities']): Mention[] {
  const all = entities.flatMap((g) => g.mentions.map((m) => ({ start: m.start, end: m.end, type: g.type, english: g.english })));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of all) if (!out.length || m.start >= out[out.length - 1]!.end) out.push(m);
  return out;
}

/** The runs of one sentence: words from the core tokenizer, the rest as gaps, grouped by entity mention. */
function sentenceRuns(text: string, s: Span, mentions: readonly Mention[]): Run[] {
  const pieces: Piece[] = [];
  let at = s.start;
  for (const t of tokenize(text.slice(s.start, s.end))) {
    if (t.kind !== 'word') continue;
    const start = s.start + t.start;
    if (start > at) pieces.push({ start: at, end: start, word: false });
    pieces.push({ start, end: s.start + t.end, word: true });
    at = s.start + t.end;
  }
  if (s.end > at) pieces.push({ start: at, end: s.end, word: false });
  const runs: Run[] = [];
  const inside = mentions.filter((m) => m.start < s.end && m.end > s.start);
  let cur: Run | null = null;
  for (const piece of pieces) {
    // a gap that straddles a mention's edge is cut there, so the underline covers the name only
    const cuts = [piece.start, ...inside.flatMap((m) => [m.start, m.end]).filter((x) => x > piece.start && x < piece.end), piece.end];
    cuts.sort((a, b) => a - b);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const part: Piece = { start: cuts[k]!, end: cuts[k + 1]!, word: piece.word };
      const m = inside.find((x) => x.start <= part.start && part.end <= x.end);
      const entity = m ? { type: m.type, english: m.english } : undefined;
      if (!cur || cur.entity?.english !== entity?.english || cur.entity?.type !== entity?.type) {
        cur = { entity, pieces: [] };
        runs.push(cur);
      }
      cur.pieces.push(part);
    }
  }
  return runs;
}

/** Paragraphs, headline and per-sentence runs of an article. */
export function readerLayout(article: Pick<ArticleAnalysis, 'text' | 'title' | 'sentences' | 'entities'>): ReaderLayout {
  const { text, sentences } = article;
  let paragraphs = paragraphsOf(text, sentences);
  let headline: ReaderParagraph | undefined;
  const first = paragraphs[0];
  if (first && article.title && squash(text.slice(first.start, first.end)) === squash(article.title)) {
    headline = first;
    paragraphs = paragraphs.slice(1);
  }
  const mentions = mentionsOf(article.entities);
  return { headline, paragraphs, runs: sentences.map((s) => sentenceRuns(text, s, mentions)) };
}

/**
 * One English line per sentence: a summary point's English on the first sentence it rests on, the offline gist of
 * the sentence everywhere else.
 */
export function englishLines(
  sentences: readonly Span[],
  gists: readonly string[],
  points: readonly SummaryPoint[],
  /** the lines are a translation: a point's sentence keeps its translation (and its mark) instead of the point's gist */
  translated = false,
): EnglishLine[] {
  const lines: EnglishLine[] = sentences.map((_, i) => ({ text: gists[i] ?? '' }));
  points.forEach((p, k) => {
    const i = sentenceOfPoint(sentences, p);
    if (i >= 0 && lines[i]!.point === undefined) lines[i] = { text: (translated && lines[i]!.text) || p.text, point: k };
  });
  return lines;
}

/** The sentence a summary point rests on (its first evidence), or -1. */
export function sentenceOfPoint(sentences: readonly Span[], p: SummaryPoint): number {
  const ev = p.evidence[0];
  return ev ? sentences.findIndex((s) => s.start <= ev.start && ev.start < s.end) : -1;
}
