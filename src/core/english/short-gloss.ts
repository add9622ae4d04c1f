/**
 * The interlinear gloss: a few English words under each Arabic word, read at a glance rather than studied, so one
 * sense, in the form the word has on the page. A word is glossed from its best reading's segments — conjunction and
 * preposition, article, the stem's first sense (past for a perfect verb, plural or dual for such a noun), a pronoun
 * suffix as possessive (after a noun) or object (after a verb or preposition): وبمكتبتها → "and with its library";
 * then the rules of gloss-rules.ts fix what word-by-word English gets wrong in context (an emphatic إنّ, "the" on an
 * adjective after its noun). A multi-word expression or name is glossed once, as a whole.
 */
import { firstSense, participle, past, plural } from './english-words';
import { POSSESSIVE } from './unit-words';
import type { Analysis, Segment } from '../model';
import type { TextAnalysis, Token } from '../model';
import { GLOSS_RULES, type GlossContext, type GlossParts } from './gloss-rules';

/** longer glosses are cut at a word: a ruby wider than its word spreads the line apart */
const MAX_CHARS = 28;
/** harakat, and the superscript alef: the suffix tables are keyed on bare letters */
const HARAKAT = /[\u064B-\u0652\u0670]/g;
/** lam (U+0644): before a verb it is "to" (ليقولوا "to say"), before a noun "for" */
const LAM = '\u0644';
/** the kinds of name glossed once across their words (figures and dates are left to the reader) */
const NAMED = new Set(['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC']);
/** readings whose pronoun suffix is a possessive ("its library") rather than an object ("visit it") */
const POSSESSOR_POS = new Set(['noun', 'adj', 'propn']);

const bare = (s: string) => s.replace(HARAKAT, '');
/** the first of a segment's listed senses ("with; by; in" → "with") */
const firstOf = (gloss: string | undefined) => gloss?.split(';')[0]?.trim() ?? '';

/** The stem's sense in the form of the word: said, officials, was opened. */
function stemSense(a: Analysis): string {
  const sense = firstSense(a.gloss);
  if (!sense) return '';
  const g = a.grammar;
  if (a.pos === 'verb') {
    const head = sense.replace(/^to /, '');
    if (g.voice === 'passive') return `was ${participle(head)}`;
    return g.aspect === 'perfect' ? past(head) : head;
  }
  if (a.pos === 'noun' && g.number === 'dual') return `two ${plural(sense)}`;
  if (a.pos === 'noun' && g.number === 'plural') return plural(sense);
  return sense;
}

/** What a pronoun suffix adds, and whether it goes before the stem (a possessive). */
function suffixWord(seg: Segment, pos: string): { word: string; before: boolean } {
  const forms = POSSESSIVE[bare(seg.text)];
  if (POSSESSOR_POS.has(pos)) return { word: forms?.[0] ?? firstOf(seg.gloss), before: true };
  return { word: forms?.[1] ?? firstOf(seg.gloss), before: false };
}

/** Cuts a gloss to MAX_CHARS at a word boundary. */
function cut(s: string): string {
  if (s.length <= MAX_CHARS) return s;
  const head = s.slice(0, MAX_CHARS);
  const space = head.lastIndexOf(' ');
  return `${(space > MAX_CHARS / 2 ? head.slice(0, space) : head).replace(/[\s,;:]+$/, '')}…`;
}

/** The parts of the short gloss of one reading, or null when its stem has no English (an unknown word). */
function glossParts(a: Analysis): GlossParts | null {
  const stem = stemSense(a);
  if (!stem) return null;
  const parts: GlossParts = { proclitics: [], possessive: [], the: false, stem, object: [] };
  let article = false;
  for (const seg of a.segments) {
    if (seg.role === 'proclitic') parts.proclitics.push(bare(seg.text) === LAM && a.pos === 'verb' ? 'to' : firstOf(seg.gloss));
    else if (seg.role === 'article') article = true;
    else if (seg.role === 'enclitic') {
      const s = suffixWord(seg, a.pos);
      (s.before ? parts.possessive : parts.object).push(s.word);
      if (s.before) article = false;
    }
  }
  // the article goes next to the stem, after the proclitics ("and with the library"); a name has none in English
  parts.the = article && a.pos !== 'propn' && !/^the\b/i.test(stem);
  return parts;
}

const NO_CONTEXT: GlossContext = { prev: undefined, clause: [] };

/**
 * The short gloss of one reading, or '' when its stem has no English (an unknown word) or English says nothing for
 * it; `context` (the neighbours) lets the rules of gloss-rules.ts fix the word-by-word English.
 */
export function shortGloss(a: Analysis, context: GlossContext = NO_CONTEXT): string {
  let parts = glossParts(a);
  if (!parts) return '';
  for (const rule of GLOSS_RULES) parts = rule.apply(parts, a, context);
  const words = [...parts.proclitics, ...parts.possessive, parts.the ? 'the' : '', parts.stem, ...parts.object];
  return cut(words.filter(Boolean).join(' '));
}

/** how many words back the rules look for the verb of a clause */
const CLAUSE_WORDS = 8;
/** punctuation that ends a sentence: the next word's clause starts after it */
const SENTENCE_END = /[.!?\u061F\u061B:]/; // (U+061F Arabic question mark, U+061B Arabic semicolon)

/** The neighbours of token `i` the gloss rules look at: not across the end of a sentence or a paragraph. */
function contextOf(a: TextAnalysis, i: number): GlossContext {
  const clause: Analysis[] = [];
  let prev: Analysis | undefined;
  for (let j = i - 1; j >= 0 && clause.length < CLAUSE_WORDS; j--) {
    const t = a.tokens[j]!;
    if (a.text.slice(t.end, a.tokens[j + 1]!.start).includes('\n')) break;
    if (t.kind === 'punct' && SENTENCE_END.test(t.text)) break;
    const top = t.kind === 'word' ? t.analyses[0] : undefined;
    if (j === i - 1) prev = top;
    if (top) clause.push(top);
  }
  return { prev, clause };
}

interface Expression {
  tokenStart: number;
  tokenEnd: number;
  gloss: string;
}

/** The index of the token starting (or ending) at a text offset, or -1. */
function tokenAt(tokens: readonly Token[], offset: number, edge: 'start' | 'end'): number {
  return tokens.findIndex((t) => t[edge] === offset);
}

/** Multi-word expressions, then multi-word names not overlapping one, by first token. */
function expressions(a: TextAnalysis): Map<number, Expression> {
  const byStart = new Map<number, Expression>();
  const taken = new Set<number>();
  const add = (x: Expression) => {
    for (let i = x.tokenStart; i < x.tokenEnd; i++) if (taken.has(i)) return;
    for (let i = x.tokenStart; i < x.tokenEnd; i++) taken.add(i);
    byStart.set(x.tokenStart, x);
  };
  for (const p of a.phrases) {
    const gloss = firstSense(p.gloss);
    if (gloss) add({ tokenStart: p.tokenStart, tokenEnd: p.tokenEnd, gloss });
  }
  for (const e of a.entities) {
    if (!NAMED.has(e.type) || !e.english) continue;
    const first = tokenAt(a.tokens, e.start, 'start');
    const last = tokenAt(a.tokens, e.end, 'end');
    // a name inside a word (و + واشنطن) is the word's own gloss; only names of several whole words are glossed once
    if (first >= 0 && last > first) add({ tokenStart: first, tokenEnd: last + 1, gloss: e.english });
  }
  return byStart;
}

/** The interlinear glosses of an analysed text: one per glossed word, one per expression or name. */
/** The interlinear gloss of one word, or once for a whole expression or name, with its [start, end) in the sent text. */
export interface GlossSpan {
  start: number;
  end: number;
  gloss: string;
}

export function glossView(a: TextAnalysis): GlossSpan[] {
  const out: GlossSpan[] = [];
  const multi = expressions(a);
  for (let i = 0; i < a.tokens.length; i++) {
    const x = multi.get(i);
    if (x) {
      out.push({ start: a.tokens[i]!.start, end: a.tokens[x.tokenEnd - 1]!.end, gloss: cut(x.gloss) });
      i = x.tokenEnd - 1;
      continue;
    }
    const t = a.tokens[i]!;
    const top = t.analyses[0];
    const gloss = t.kind === 'word' && top ? shortGloss(top, contextOf(a, i)) : '';
    if (gloss) out.push({ start: t.start, end: t.end, gloss });
  }
  return out;
}
