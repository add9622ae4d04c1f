/** The CLI's JSON: the contract of ../shared/eval/CONTRACT.md plus a few extra fields. */
import type { SentenceEnglish } from '../core/english';
import type { TextAnalysis } from '../core/model';
import { grammarTerms, type Labelled } from '../ui/feature-label';
import en from '../../locales/en/translation.json';

/** A reading's grammar label in English, as the tooltip shows it in an English interface ("perfect, she"). */
export function englishLabel(a: Labelled): string {
  const terms = en.tooltip.feature;
  if (a.related?.length) return terms.related.replace('{{words}}', a.related.join(', '));
  return a.grammar
    ? grammarTerms(a.grammar)
        .map((t) => terms[t])
        .join(terms.separator)
    : '';
}

const MAX_ANALYSES = 4;

export function toContractJson(a: TextAnalysis, sentences: readonly SentenceEnglish[]) {
  return {
    text: a.text,
    language: a.language,
    ...(a.title ? { title: a.title } : {}),
    tokens: a.tokens.map((t) => ({
      text: t.text,
      start: t.start,
      end: t.end,
      kind: t.kind,
      analyses: t.analyses.slice(0, MAX_ANALYSES).map((x) => ({
        lemma: x.lemma,
        pos: x.pos,
        ...(x.root ? { root: x.root } : {}),
        gloss: x.gloss,
        segments: x.segments,
        ...(x.translit ? { translit: x.translit } : {}),
        ...(x.vowelled ? { vowelled: x.vowelled } : {}),
        ...(englishLabel(x) ? { features: englishLabel(x) } : {}),
      })),
    })),
    phrases: a.phrases.map((p) => ({ text: p.text, start: p.start, end: p.end, gloss: p.gloss })),
    entities: a.entities.map((e) => ({
      text: e.text,
      start: e.start,
      end: e.end,
      type: e.type,
      english: e.english,
      ...(e.role ? { role: e.role } : {}),
      ...(e.guessed ? { guessed: true } : {}),
      confidence: e.confidence,
    })),
    sentences: sentences.map((s) => ({ start: s.start, end: s.end, english: s.english, kind: s.kind })),
    summary: a.summary,
  };
}
