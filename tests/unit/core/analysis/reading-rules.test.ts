/** Reading choice in context: every rule's examples choose its reading, its counter-examples leave the word alone. */
import fs from 'node:fs';
import path from 'node:path';
import { lookupView } from '../../../../src/background/views';
import { READING_RULES } from '../../../../src/core/analysis';
import type { Analysis } from '../../../../src/core/model';
import { realAnalyzer } from '../../helpers/analyzer';

const MARKS = /[\u064B-\u0652\u0670\u0640]/g;
const bare = (s: string) => s.replace(MARKS, '');

/** The first reading of `word` in `text`, as the analysis of the whole text gives it. */
function readingIn(text: string, word: string): Analysis {
  const t = realAnalyzer()
    .analyze(text, { noSummary: true })
    .tokens.find((x) => x.text === word);
  if (!t?.analyses[0]) throw new Error(`${word} is not a word of ${text}`);
  return t.analyses[0];
}

describe.each(READING_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  test('has a description, examples and counter-examples', () => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.examples.length).toBeGreaterThanOrEqual(2);
    expect(rule.counterExamples.length).toBeGreaterThanOrEqual(1);
  });
  test.each(rule.examples.map((e) => [e.text, e] as const))('chooses the reading in %s', (_, e) => {
    const a = readingIn(e.text, e.word);
    expect(a.reason?.rule).toBe(id);
    if (e.lemma) expect(bare(a.lemma)).toBe(e.lemma);
    if (e.gloss) expect(a.gloss[0]).toBe(e.gloss);
    if (e.grammar) expect(a.grammar).toMatchObject(e.grammar);
  });
  test.each(rule.counterExamples.map((e) => [e.text, e] as const))('stays silent in %s', (_, e) => {
    const a = readingIn(e.text, e.word);
    expect(a.reason?.rule).not.toBe(id);
    if (e.lemma) expect(bare(a.lemma)).toBe(e.lemma);
    if (e.gloss) expect([a.gloss[0], ...a.segments.map((s) => s.gloss)]).toContain(e.gloss);
  });
});

test('every rule has a reason the tooltip can show, in English and in Arabic', () => {
  for (const lang of ['en', 'ar']) {
    const file = path.resolve(__dirname, `../../../../locales/${lang}/translation.json`);
    const reasons = (JSON.parse(fs.readFileSync(file, 'utf8')) as { tooltip: { reason: Record<string, string> } }).tooltip.reason;
    for (const r of READING_RULES) expect([lang, r.id, reasons[r.id]?.length ?? 0]).not.toEqual([lang, r.id, 0]);
  }
});

describe('the tooltip opens on the reading chosen in context (issue 21)', () => {
  /** The first reading the tooltip would show for `word` in `text`, with its first sense and reason. */
  function tooltipOf(text: string, word: string) {
    const a = realAnalyzer().analyze(text, { noSummary: true });
    const r = lookupView(a, text.indexOf(word) + 1)!.analyses[0]!;
    return { lemma: bare(r.lemma), pos: r.pos, gloss: r.gloss[0], reason: r.reason };
  }

  test.each([
    ['وأرسلت قوة بحرية إلى المنطقة', 'بحرية', 'بحري', 'naval', { rule: 'adjective-after-noun', word: 'قوة' }],
    ['لتأمين الممرات البحرية', 'البحرية', 'بحري', 'naval', { rule: 'definite-adjective', word: 'الممرات' }],
    ['اجتمع الوزراء لبحث الأزمة', 'لبحث', 'بحث', 'discuss', { rule: 'purpose-lam' }],
    ['ألقى الرئيس كلمة افتتاحية', 'كلمة', 'كلمة', 'speech', { rule: 'collocation', word: 'كلمة افتتاحية' }],
  ])('%s: %s', (text, word, lemma, gloss, reason) => {
    expect(tooltipOf(text, word)).toMatchObject({ lemma, gloss, reason });
  });
});
