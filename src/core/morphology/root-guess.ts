/** Guesses the root of an unknown word by stripping the letters of common patterns (best effort, for learners). */

// Letters that patterns add: hamza-alef, taa, meem, noon, seen, waw, yaa, alef (the "سألتمونيها" letters).
const PATTERN_LETTERS = new Set(['\u0627', '\u0623', '\u062A', '\u0645', '\u0646', '\u0633', '\u0648', '\u064A', '\u0647', '\u0644']);

/** Three or four root letters, or null when the word is too short or too long to guess. */
export function guessRoot(stem: string): string[] | null {
  let s = stem.replace(/[\u0629\u0647]$/, ''); // ة / ه ending
  if (s.length > 7) return null;
  s = s.replace(/^(\u0627\u0633\u062A|\u0645\u0633\u062A|\u064A\u0633\u062A|\u062A\u0633\u062A)/, ''); // است مست يست تست
  const letters = [...s];
  if (letters.length <= 3) return letters.length === 3 ? letters : null;
  // drop pattern letters from the edges first, then long vowels inside, until three or four remain
  const core = [...letters];
  while (core.length > 3 && PATTERN_LETTERS.has(core[0]!)) core.shift();
  while (core.length > 3 && ['\u0627', '\u062A', '\u0646', '\u064A'].includes(core[core.length - 1]!)) core.pop();
  for (let i = 1; core.length > 3 && i < core.length - 1;) {
    if (['\u0627', '\u0648', '\u064A'].includes(core[i]!)) core.splice(i, 1);
    else if (core[i] === '\u062A' && i === 1)
      core.splice(i, 1); // افتعل
    else i++;
  }
  return core.length === 3 || core.length === 4 ? core : null;
}
