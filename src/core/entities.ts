/** Named entities: gazetteer names with their clitics, then rules (titles, trigger nouns, dates and figures). */
import type { Gazetteer } from './gazetteer';
import type { Entity, TextAnalysis } from './types';

/** Finds entities in an analysed text. */
export function findEntities(a: TextAnalysis, gaz: Gazetteer, keysOf: (i: number) => Set<string>): Entity[] {
  const out: Entity[] = [];
  const { tokens, text } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    let best: { end: number; english: string; type: Entity['type']; role?: string } | null = null;
    for (const k of keysOf(i)) {
      for (const v of gaz.candidates(k)) {
        if (best && v.words.length <= best.end - i) continue;
        let ok = true;
        for (let w = 1; w < v.words.length; w++) {
          const u = tokens[i + w];
          if (!u || u.kind !== 'word' || !keysOf(i + w).has(v.words[w]!)) {
            ok = false;
            break;
          }
        }
        if (ok) best = { end: i + v.words.length, english: v.entry.english, type: v.entry.type, role: v.entry.attrs.role };
      }
    }
    if (best) {
      const b = tokens[best.end - 1]!;
      out.push({ text: text.slice(t.start, b.end), start: t.start, end: b.end, type: best.type, english: best.english, ...(best.role ? { role: best.role } : {}) });
      i = best.end - 1;
    }
  }
  return out;
}
