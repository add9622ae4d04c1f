/**
 * Names, figures and dates our own analysis found must survive a neural translation. A neural model may drop a
 * number, misspell a rare name or turn a date into another one; the reader must not lose them. Each fact of the
 * sentence is looked for in the English (leniently: a name's spelling varies, a figure's digits may be grouped);
 * what is missing is added after the sentence, in brackets, so the line stays honest about what the engine wrote.
 */
import type { Entity, Span } from '../core/model';

export interface SentenceFacts {
  /** people, places and organisations, in our English */
  names: string[];
  /** numbers and dates, in our English */
  figures: string[];
}

const NAME_TYPES = new Set(['PERSON', 'LOCATION', 'ORGANIZATION']);
const FIGURE_TYPES = new Set(['NUMBER', 'DATE']);

/** The facts of one sentence: the entities whose mention lies inside it, each once. */
export function factsOf(entities: readonly Pick<Entity, 'start' | 'end' | 'type' | 'english'>[], span: Span): SentenceFacts {
  const names: string[] = [];
  const figures: string[] = [];
  for (const e of entities) {
    if (e.start < span.start || e.end > span.end || !e.english.trim()) continue;
    const list = NAME_TYPES.has(e.type) ? names : FIGURE_TYPES.has(e.type) ? figures : null;
    if (list && !list.includes(e.english)) list.push(e.english);
  }
  return { names, figures };
}

/** The same from the views' entity groups (one English name, many mentions). */
export function factsOfGroups(
  groups: readonly { english: string; type: Entity['type']; mentions: readonly Span[] }[],
  span: Span,
): SentenceFacts {
  return factsOf(
    groups.flatMap((g) => g.mentions.map((m) => ({ start: m.start, end: m.end, type: g.type, english: g.english }))),
    span,
  );
}

/** A translator's line with the sentence's facts kept (see keepFacts). */
export const withFacts = (
  english: string,
  groups: readonly { english: string; type: Entity['type']; mentions: readonly Span[] }[] | undefined,
  span: Span | undefined,
): string => (groups && span ? keepFacts(english, factsOfGroups(groups, span)).text : english);

// Arabic-Indic and Persian digits read as ASCII; grouping commas and spaces between digits dropped
const asciiDigits = (s: string) =>
  s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
const digitRuns = (s: string) =>
  (
    asciiDigits(s)
      .replace(/(\d)[,\u066C\s](?=\d{3}\b)/g, '$1')
      .match(/\d+(?:[.\u066B]\d+)?/g) ?? []
  ).map((d) => d.replace('\u066B', '.'));

/** Letters only, lower case, accents and the article "al-" off: "Al-Sisi" and "el Sisi" both read "sisi". */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(?:al|el|ad|as|ar|an|at)[-\s]/g, '')
    .replace(/['’ʿʾ`-]/g, '');

const words = (s: string) => fold(s).match(/\p{L}{3,}/gu) ?? [];

/** A word's consonants, doubled letters once: the spellings of one Arabic name agree (Abdel / Abdul, Mohammed / Muhammad). */
const skeleton = (w: string) =>
  (w[0] ?? '') +
  w
    .slice(1)
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');

/** A name is kept when one of its words appears, as spelled or with other vowels (skeletons of 3+ letters). */
function hasName(english: string, name: string): boolean {
  const have = words(english);
  const exact = new Set(have);
  const skeletons = new Set(have.map(skeleton).filter((k) => k.length >= 3));
  return words(name).some((w) => exact.has(w) || (skeleton(w).length >= 3 && skeletons.has(skeleton(w))));
}

/** A figure is kept when all of its digits appear; a figure written in words, when its words do. */
function hasFigure(english: string, figure: string): boolean {
  const want = digitRuns(figure);
  if (want.length) {
    const have = new Set(digitRuns(english));
    return want.every((d) => have.has(d));
  }
  const have = new Set(words(english));
  return words(figure).every((w) => have.has(w));
}

/** The English with every missing fact added in brackets at its end, and the facts it added. */
export function keepFacts(english: string, facts: SentenceFacts): { text: string; added: string[] } {
  const added = [...facts.names.filter((n) => !hasName(english, n)), ...facts.figures.filter((f) => !hasFigure(english, f))];
  if (!added.length || !english.trim()) return { text: english, added: [] };
  return { text: `${english.trimEnd()} [${added.join('; ')}]`, added };
}
