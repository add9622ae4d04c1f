/** The structured English summary (offline gist). */
import type { Summary, TextAnalysis } from './types';

export function summarize(a: TextAnalysis): Summary {
  return { headline: a.title ?? '', points: [], provider: 'offline gist' };
}
