/** Point selection on short news articles the team wrote (economy, floods, football): merged, deduplicated, on topic. */
import fs from 'node:fs';
import path from 'node:path';
import { pointCount } from '../../../../src/core/summary';
import type { TextAnalysis } from '../../../../src/core/model';
import { realAnalyzer } from '../../helpers/analyzer';

const an = realAnalyzer();
const read = (name: string) => fs.readFileSync(path.resolve(__dirname, `../../../fixtures/summary/${name}.ar.txt`), 'utf8');
const ARTICLES = ['economy', 'floods', 'football'].map((name) => ({ name, text: read(name) }));

/** The sentence index of each evidence span of each point. */
const evidenceSentences = (a: TextAnalysis) =>
  a.summary.points.map((p) => p.evidence.map((e) => a.sentences.findIndex((s) => s.start === e.start && s.end === e.end)));
/** The sentence index of the sentence that contains this Arabic. */
const sentenceWith = (a: TextAnalysis, arabic: string) => a.sentences.findIndex((s) => a.text.slice(s.start, s.end).includes(arabic));

describe.each(ARTICLES)('$name', ({ text }) => {
  const a = an.analyze(text);

  test('at most the points its length allows, each one sentence or two that follow each other', () => {
    const words = a.tokens.filter((t) => t.kind === 'word').length;
    expect(a.summary.points.length).toBeGreaterThan(0);
    expect(a.summary.points.length).toBeLessThanOrEqual(pointCount(words));
    for (const ids of evidenceSentences(a)) {
      expect(ids.length === 1 || ids.length === 2).toBe(true);
      expect(ids.every((k) => k > 0)).toBe(true); // the title line is the headline, never a point
      if (ids.length === 2) expect(ids[1]).toBe(ids[0]! + 1);
    }
  });

  test('every figure in a point is in its evidence', () => {
    for (const p of a.summary.points) {
      const figures = a.entities.filter((e) => p.evidence.some((ev) => e.start >= ev.start && e.end <= ev.end)).map((e) => e.english);
      for (const d of p.text.match(/\d[\d,.]*\d|\d/g) ?? []) expect(figures.join(' ')).toContain(d);
    }
  });
});

test('a sentence that repeats one already told is left out', () => {
  const a = an.analyze(read('economy'));
  const told = evidenceSentences(a).flat();
  const first = sentenceWith(a, 'وقال الخبير الاقتصادي');
  const repeat = sentenceWith(a, 'وأكد شوقي');
  expect(told.includes(first) && told.includes(repeat)).toBe(false);
});

test('a statement and the sentence that goes on with it (وأضاف) make one point', () => {
  const a = an.analyze(read('floods'));
  const said = sentenceWith(a, 'وقال مسؤول');
  expect(evidenceSentences(a)).toContainEqual([said, said + 1]);
});

test('an aside about another story (وفي سياق آخر) is not a point; the story’s own news is', () => {
  const a = an.analyze(read('floods'));
  const told = evidenceSentences(a).flat();
  expect(told).not.toContain(sentenceWith(a, 'وفي سياق آخر'));
  expect(told).toContain(sentenceWith(a, 'أدت السيول'));
});

test('a sentence that turns to a new thread (وفي سياق متصل) never joins the point before it', () => {
  const a = an.analyze(read('economy'));
  const turn = sentenceWith(a, 'وفي سياق متصل');
  for (const ids of evidenceSentences(a)) if (ids.length === 2) expect(ids[1]).not.toBe(turn);
});
