/** Property-based: any string gives a valid analysis, never throws, and is deterministic. */
import fc from 'fast-check';
import { realAnalyzer } from '../../helpers/analyzer';

const an = realAnalyzer();

function checkInvariants(text: string): void {
  const a = an.analyze(text);
  expect(a.text).toBe(text);
  let prev = 0;
  for (const t of a.tokens) {
    expect(t.start).toBeGreaterThanOrEqual(prev);
    expect(t.end).toBeGreaterThan(t.start);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    prev = t.end;
    for (const x of t.analyses) expect(x.segments.map((s) => s.text).join('')).toBe(t.text);
  }
  for (const p of [...a.phrases, ...a.entities]) expect(text.slice(p.start, p.end)).toBe(p.text);
  for (const p of a.summary.points) for (const e of p.evidence) expect(e.end).toBeLessThanOrEqual(text.length);
}

const arabicish = fc.string({
  unit: fc.constantFrom(...'وقالبمنتيسالإأةىءئؤ ،.؟«»0123٤٥ \u064E\u0651\u200C\u200F\n'.split('')),
  maxLength: 200,
});

test('random full-Unicode strings', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (s) => checkInvariants(s)),
    { numRuns: 300 },
  );
});

test('random Arabic-like strings with marks, digits and punctuation', () => {
  fc.assert(
    fc.property(arabicish, (s) => checkInvariants(s)),
    { numRuns: 500 },
  );
});

test('adversarial inputs', () => {
  for (const s of [
    '',
    ' ',
    '\uD800',
    '\uDC00\uD800',
    '\u064E\u064E\u064E',
    'و'.repeat(10000),
    'قال '.repeat(3000),
    '\u202Eقال\u202C',
    'ـــــ',
    'ﻻ ﷲ ﷺ',
  ])
    checkInvariants(s);
});

test('deterministic', () => {
  const s = 'وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستعقد في جنيف يوم 16 يونيو.';
  expect(JSON.stringify(an.analyze(s))).toBe(JSON.stringify(an.analyze(s)));
});
