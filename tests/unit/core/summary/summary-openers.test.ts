/** The summary's opening cues (core/summary/summary-scores.ts, OPENER_RULES): every example and counter-example. */
import { OPENER_RULES, openerRuleOf } from '../../../../src/core/summary';
import { realAnalyzer } from '../../helpers/analyzer';

const an = realAnalyzer();
const ruleOf = (sentence: string) => {
  const a = an.analyze(sentence, { noSummary: true });
  return openerRuleOf(a.tokens, a.sentences[0]!)?.id;
};

test.each(OPENER_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const)))('%s: %s', (id, sentence) => {
  expect(ruleOf(sentence)).toBe(id);
});

test.each(OPENER_RULES.flatMap((r) => r.counterExamples.map((e) => [r.id, e] as const)))('not %s: %s', (id, sentence) => {
  expect(ruleOf(sentence)).not.toBe(id);
});
