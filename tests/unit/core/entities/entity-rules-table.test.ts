/** The entity rules as described data (core/entities/entity-rule-table.ts): every example and counter-example, end to end. */
import { CANDIDATE_RULES, ENTITY_PASSES, NAME_RULES, type EntityExample } from '../../../../src/core/entities';
import { realAnalyzer } from '../../helpers/analyzer';

const an = realAnalyzer();
const RULES = [...NAME_RULES, ...CANDIDATE_RULES, ...ENTITY_PASSES];
const found = (e: EntityExample) => an.analyze(e.text).entities.find((x) => x.text === e.entity && x.type === e.type);
const show = (e: EntityExample) =>
  an.analyze(e.text).entities.map((x) => `${x.type}:${x.text}=${x.english}${x.role ? ` (${x.role})` : ''}`);

test.each(RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const)))('%s: %j', (_id, e) => {
  const x = found(e);
  if (!x) throw new Error(`no ${e.type} "${e.entity}" among ${show(e).join(', ')}`);
  if (e.english) expect(x.english).toBe(e.english);
  if (e.role) expect(x.role).toBe(e.role);
});

test.each(RULES.flatMap((r) => r.counterExamples.map((e) => [r.id, e] as const)))('not %s: %j', (_id, e) => {
  expect(found(e)).toBeUndefined();
});

test('every rule has an id of its own and an example', () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  expect(RULES.filter((r) => !r.examples.length).map((r) => r.id)).toEqual([]);
});
