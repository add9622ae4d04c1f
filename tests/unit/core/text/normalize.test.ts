import { LOOSE_RULES, STRICT_RULES, looseKey, strictKey } from '../../../../src/core/text';

describe('normalisation rules', () => {
  test.each([...STRICT_RULES, ...LOOSE_RULES].map((r) => [r.id, r] as const))('%s: its worked example holds', (_id, rule) => {
    expect(rule.apply(rule.example[0])).toBe(rule.example[1]);
  });

  test.each([
    ['وَزِيرُ', 'وزير', 'وزير'],
    ['أَكَّدَ', 'أكد', 'اكد'],
    ['مدينة', 'مدينة', 'مدينه'],
    ['على', 'على', 'علي'],
    ['مسؤول', 'مسؤول', 'مسوول'],
    ['الـــقاهرة', 'القاهرة', 'القاهره'],
    ['\u200Fجنيف\u200E', 'جنيف', 'جنيف'],
    ['٢٠٢١', '2021', '2021'],
    ['کتاب', 'كتاب', 'كتاب'],
  ])('%s → strict %s, loose %s', (input, strict, loose) => {
    expect(strictKey(input)).toBe(strict);
    expect(looseKey(input)).toBe(loose);
  });
});
