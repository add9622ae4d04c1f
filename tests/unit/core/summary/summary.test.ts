import { pointCount } from '../../../../src/core/summary';
import { realAnalyzer, SAMPLE } from '../../helpers/analyzer';

const an = realAnalyzer();
const digitsIn = (s: string) => s.match(/\d[\d,.]*/g) ?? [];

describe('summary of the sample article', () => {
  const a = an.analyze(SAMPLE);
  const { summary } = a;

  test('an English headline and points by length, each with evidence inside the text', () => {
    expect(summary.headline).toMatch(/^[A-Z][A-Za-z ,'’–-]+/);
    expect(summary.points.length).toBe(pointCount(a.tokens.filter((t) => t.kind === 'word').length));
    for (const p of summary.points) {
      expect(p.text).toMatch(/^[A-Z"]/);
      expect(p.text).not.toMatch(/[\u0600-\u06FF]/);
      expect(p.evidence.length).toBeGreaterThan(0);
      for (const e of p.evidence) expect(e.end).toBeLessThanOrEqual(SAMPLE.length);
    }
  });

  test('every figure in a point comes from its evidence (digits, or a number written in words there)', () => {
    for (const p of summary.points) {
      const arabic = p.evidence.map((e) => SAMPLE.slice(e.start, e.end)).join(' ');
      const figures = a.entities
        .filter((e) => p.evidence.some((ev) => e.start >= ev.start && e.end <= ev.end))
        .map((e) => e.english)
        .join(' ');
      for (const d of digitsIn(p.text)) expect(`${arabic} ${figures}`).toContain(d.replace(/[,.]$/, ''));
    }
  });

  test('points name the people and places of their sentence in English', () => {
    const all = summary.points.map((p) => p.text).join(' ');
    expect(all).toContain('Arab League');
    expect(all).toMatch(/Red Sea/);
  });
});

test.each([
  [50, 2],
  [120, 3],
  [240, 5],
  [330, 6],
  [900, 7],
])('%i words → %i points', (words, n) => {
  expect(pointCount(words)).toBe(n);
});
