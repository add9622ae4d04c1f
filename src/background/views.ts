/** Turns core analyses into the smaller shapes the views receive. */
import type { Analysis } from '../core/model';
import type { TextAnalysis } from '../core/model';
import { GUESS_BELOW } from '../core/entities';
import type { ArticleAnalysis, EntityGroup, LookupResult, WordAnalysis } from '../shared/messages';
import { contentLemmaCounts, contentWords } from './content-words';

const stripScore = ({ score: _score, ...rest }: Analysis): WordAnalysis => rest;

/** The lookup result for the token at `offset` of an analysed context string. */
export function lookupView(a: TextAnalysis, offset: number): LookupResult | null {
  const i = a.tokens.findIndex((t) => t.start <= offset && offset < t.end);
  const t = a.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const phrase = a.phrases.find((p) => p.tokenStart <= i && i < p.tokenEnd);
  const entity = a.entities.find((e) => e.start <= t.start && t.end <= e.end && e.type !== 'NUMBER' && e.type !== 'DATE');
  return {
    word: t.text,
    start: t.start,
    end: t.end,
    analyses: t.analyses.map(stripScore),
    ...(phrase ? { phrase: { text: phrase.text, gloss: phrase.gloss } } : {}),
    ...(entity ? { entity: { english: entity.english, type: entity.type, role: entity.role, guessed: entity.guessed } } : {}),
  };
}

/** Groups entity mentions by the real thing they name, most mentioned first. */
export function groupEntities(a: TextAnalysis): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  for (const e of a.entities) {
    const key = e.group !== undefined ? `g${e.group}` : `${e.type}|${e.english}`;
    const g = groups.get(key);
    if (g) {
      g.mentions.push({ start: e.start, end: e.end });
      if (!g.role && e.role) g.role = e.role;
      g.confidence = Math.max(g.confidence, e.confidence);
    } else
      groups.set(key, {
        english: e.english,
        type: e.type,
        role: e.role,
        arabic: e.text,
        guessed: e.guessed,
        confidence: e.confidence,
        mentions: [{ start: e.start, end: e.end }],
      });
  }
  for (const g of groups.values()) if (g.confidence < GUESS_BELOW) g.guess = true;
  // sure names first, then guesses; each part most mentioned first
  return [...groups.values()].sort((x, y) => Number(!!x.guess) - Number(!!y.guess) || y.mentions.length - x.mentions.length);
}

/** The article view the popup and panel show. */
export function articleView(a: TextAnalysis, url: string, date?: string): ArticleAnalysis {
  const words = a.tokens.filter((t) => t.kind === 'word');
  const known = words.filter((t) => t.analyses[0] && t.analyses[0].pos !== 'unknown').length;
  return {
    url,
    title: a.title,
    date,
    language: a.language,
    wordCount: words.length,
    coverage: words.length ? known / words.length : 0,
    summary: a.summary,
    entities: groupEntities(a),
    sentences: a.sentences.map((s) => ({ start: s.start, end: s.end })),
    text: a.text,
    words: topWords(a),
    contentLemmas: contentLemmaCounts(contentWords(a)),
  };
}

const CONTENT_POS = new Set(['noun', 'verb', 'adj', 'adv']);

/** The most frequent content lemmas of the article (function words and names left out). */
function topWords(a: TextAnalysis, limit = 40): ArticleAnalysis['words'] {
  const counts = new Map<string, ArticleAnalysis['words'][number]>();
  for (const t of a.tokens) {
    const top = t.analyses[0];
    if (!top || !CONTENT_POS.has(top.pos)) continue;
    const w = counts.get(top.lemma) ?? { lemma: top.lemma, gloss: top.gloss.slice(0, 2).join('; '), pos: top.pos, count: 0 };
    w.count++;
    counts.set(top.lemma, w);
  }
  return [...counts.values()].sort((x, y) => y.count - x.count).slice(0, limit);
}
