/**
 * Round trip over whole paradigms (issue 22): for a sample of lemmas stratified by verb form, root class and noun
 * pattern, every generated cell, unvowelled, analyses back to its lemma with the cell's features. Forms that exist
 * only before a pronoun are tested with ـه attached. Failures are reported by class.
 */
import { splitList, type LexEntry } from '../../../../src/core/lexicon';
import { strictKey } from '../../../../src/core/text';
import { realAnalyzer } from '../../helpers/analyzer';
import { entryForms } from '../../helpers/entry-forms';
import { label } from '../../helpers/grammar-labels';

const an = realAnalyzer();
const ENC_ONLY = 1;

/** The root class of a verb: the weak letter's place, a doubled root or a hamza. */
export function rootClass(root: string[]): string {
  const [r1, r2, r3] = root;
  const weak = (c?: string) => c === '\u0648' || c === '\u064A';
  if (root.length !== 3) return 'quadriliteral';
  if (weak(r3)) return 'defective';
  if (weak(r2)) return 'hollow';
  if (weak(r1)) return 'assimilated';
  if (r2 === r3) return 'doubled';
  if (root.includes('\u0621')) return 'hamzated';
  return 'sound';
}

/** The noun pattern by its ending (the part of the lemma inflection depends on). */
function nounClass(e: LexEntry): string {
  const b = strictKey(e.lemma);
  if (e.attrs.place) return `${e.pos} nisba`;
  if (b.endsWith('\u0629')) return `${e.pos} -a`;
  if (b.endsWith('\u0649')) return `${e.pos} -à`;
  if (b.endsWith('\u0627\u0621')) return `${e.pos} -aa'`;
  if (/[\u0623\u0621]$/.test(b)) return `${e.pos} hamza-final`;
  if (b.endsWith('\u064A')) return `${e.pos} -i`;
  return `${e.pos} ${splitList(e.attrs.pl).some((p) => !p.startsWith('+')) ? 'broken plural' : 'sound'}`;
}

const classOf = (e: LexEntry) => (e.pos === 'verb' ? `verb ${e.attrs.form ?? 'I'} ${rootClass(e.root.split(' '))}` : nounClass(e));

/** Up to `per` entries of each class, spread over the lexicon. */
function sample(per: number): LexEntry[] {
  const byClass = new Map<string, LexEntry[]>();
  for (const e of an.lexicon.entries) {
    if (!['verb', 'noun', 'adj'].includes(e.pos) || e.root === '-' || (e.pos === 'verb' && !e.attrs.impf)) continue;
    const k = classOf(e);
    byClass.set(k, [...(byClass.get(k) ?? []), e]);
  }
  return [...byClass.values()].flatMap((list) => list.filter((_, i) => i % Math.ceil(list.length / per) === 0));
}

const cells = entryForms;

const entries = sample(12);
/**
 * Rare cells that fall below the six readings kept (MAX_ANALYSES) under commoner readings of the same letters:
 * توصل + ي and وصل before the 2fs of أوصل; أوقف and توقف before the passive 2fs subjunctive of وقف (توقفي).
 * Ranking, not generation: the test fails when one of them starts passing, or when a new one appears. The sample
 * follows the lexicon (every nth lemma of a class), so the list changes when the lexicon grows.
 */
const BELOW_THE_CUT = ['توقفي', 'توصلي'];

test(`every cell of ${entries.length} lemmas sampled by form, root class and noun pattern analyses back`, () => {
  const failures = new Map<string, string[]>();
  const shadowed = new Map<string, string[]>();
  const belowCut = new Map<string, string[]>();
  let checked = 0;
  let shadowedCells = 0;
  let countered = 0;
  for (const e of entries) {
    // the same letters may spell several cells (تعينت: she / I / you; ـين: dual / plural): any of them will do
    const byWord = new Map<string, string[]>();
    for (const c of cells(e)) {
      const word = c.flags & ENC_ONLY ? c.form + '\u0647' : c.form;
      byWord.set(word, [...(byWord.get(word) ?? []), label(c)]);
    }
    // counter-examples: a form that exists only before a pronoun (ادرسو، كتابا) is not that cell when bare
    const bareCells = new Set(
      cells(e)
        .filter((c) => !(c.flags & ENC_ONLY))
        .map((c) => `${c.form} ${label(c)}`),
    );
    for (const c of cells(e)) {
      if (!(c.flags & ENC_ONLY) || bareCells.has(`${c.form} ${label(c)}`)) continue;
      countered++;
      const wrong = an.word(c.form).find((a) => strictKey(a.lemma) === strictKey(e.lemma) && a.grammar === c.grammar);
      if (wrong) failures.set('counter-example', [...(failures.get('counter-example') ?? []), `${c.form} bare is ${label(c)}`]);
    }
    for (const [word, feats] of byWord) {
      checked += feats.length;
      const same = an.word(word).filter((a) => strictKey(a.lemma) === strictKey(e.lemma));
      // one reading per lemma is kept: a commoner cell of the same letters (أعترى: the perfect, loosely spelled) may
      // stand for it, so the features are counted and the lemma is required
      if (same.some((a) => feats.some((f) => label(a).startsWith(f)))) continue;
      const k = classOf(e);
      const into = same.length ? shadowed : BELOW_THE_CUT.includes(word) ? belowCut : failures;
      into.set(k, [...(into.get(k) ?? []), `${word} (${feats.join(' | ')}) ≠ ${e.lemma}`]);
      if (same.length) shadowedCells += feats.length;
    }
  }
  const byClass = (m: Map<string, string[]>) => [...m].map(([k, list]) => `${k}: ${list.length} — ${list.slice(0, 4).join('; ')}`);
  const report = byClass(failures);
  console.log(
    `${checked} cells of ${entries.length} lemmas, ${countered} counter-examples; lemma missing:\n${report.join('\n')}\n` +
      `lemma found with another cell's features (${shadowedCells}):\n${byClass(shadowed).join('\n')}`,
  );
  expect(entries.length).toBeGreaterThanOrEqual(300);
  expect(report).toEqual([]);
  expect([...belowCut.values()].flat().map((f) => f.split(' ')[0])).toEqual(BELOW_THE_CUT);
  expect(shadowedCells / checked).toBeLessThan(0.005);
});
