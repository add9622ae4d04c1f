/** The word-unit rules (core/english/word-unit-rules.ts): every example is decided by its rule, every counter-example is not. */
import { explainWord, sentenceUnits, WORD_UNIT_RULES } from '../../../../src/core/english';
import { realAnalyzer } from '../../helpers/analyzer';

/** The rule that decides `word` in `text`, and the last unit it makes. */
function decided(text: string, word: string) {
  const an = realAnalyzer();
  const a = an.analyze(text);
  const i = a.tokens.findIndex((t) => t.text === word);
  if (i < 0) throw new Error(`"${word}" is not a word of "${text}"`);
  const units = sentenceUnits(a.tokens, 0, i, a.entities, a.phrases, an.lexicon, an.phrases);
  const d = explainWord(units, a.tokens, i, a.tokens.length, an.lexicon);
  return { rule: d?.rule.id, unit: d?.made.units.at(-1) };
}

const rows = WORD_UNIT_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const));
test.each(rows)('%s: %j', (id, e) => {
  const { rule, unit } = decided(e.text, e.word);
  expect(rule).toBe(id);
  expect(unit).toMatchObject({ kind: e.kind, en: e.en });
});

const counter = WORD_UNIT_RULES.flatMap((r) => r.counterExamples.map((e) => [r.id, e] as const));
test.each(counter)('not %s: %j', (id, e) => {
  expect(decided(e.text, e.word).rule).not.toBe(id);
});

test('every rule has an example, and every rule but the last a counter-example', () => {
  expect(WORD_UNIT_RULES.filter((r) => !r.examples.length).map((r) => r.id)).toEqual([]);
  expect(
    WORD_UNIT_RULES.slice(0, -1)
      .filter((r) => !r.counterExamples.length)
      .map((r) => r.id),
  ).toEqual([]);
  expect(new Set(WORD_UNIT_RULES.map((r) => r.id)).size).toBe(WORD_UNIT_RULES.length);
});
