/** The readable terminal report: summary, entities and the article's words with their glosses. */
import type { TextAnalysis } from '../core/model';

export function report(a: TextAnalysis): string {
  const out: string[] = [];
  const words = a.tokens.filter((t) => t.kind === 'word');
  out.push(`Language: ${a.language}   Words: ${words.length}${a.title ? `   Title: ${a.title}` : ''}`, '');
  if (a.summary.headline || a.summary.points.length) {
    out.push(`SUMMARY (${a.summary.provider ?? 'offline gist'})`, `  ${a.summary.headline}`);
    for (const p of a.summary.points) out.push(`  • ${p.text}`);
    out.push('');
  }
  if (a.entities.length) {
    out.push('ENTITIES');
    const seen = new Set<string>();
    for (const e of a.entities) {
      const k = `${e.type}|${e.english}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(`  ${e.type.padEnd(12)} ${e.english}${e.role ? ` — ${e.role}` : ''}  (${e.text})`);
    }
    out.push('');
  }
  out.push('WORDS');
  const lemmas = new Map<string, { gloss: string; count: number; pos: string }>();
  for (const t of words) {
    const top = t.analyses[0];
    if (!top || !top.gloss.length) continue;
    const e = lemmas.get(top.lemma) ?? { gloss: top.gloss.slice(0, 3).join('; '), count: 0, pos: top.pos };
    e.count++;
    lemmas.set(top.lemma, e);
  }
  for (const [lemma, e] of [...lemmas].sort((x, y) => y[1].count - x[1].count)) {
    out.push(`  ${String(e.count).padStart(3)}  ${lemma}  (${e.pos})  ${e.gloss}`);
  }
  return out.join('\n') + '\n';
}
