/** The tooltip's grammar labels in the interface language: every term the analyser writes has an English and an Arabic label. */
import ar from '../../../locales/ar/translation.json';
import en from '../../../locales/en/translation.json';
import { createI18nFrom } from '../../../src/shared/i18n-core';
import { featureLabel, grammarTerms } from '../../../src/ui/feature-label';
import { grammar, grammarCode, type Grammar } from '../../../src/core/model';
import { label, shippedGrammars } from '../helpers/grammar-labels';

const arT = createI18nFrom('ar', { en, ar }).t;
const enT = createI18nFrom('en', { en, ar }).t;

test('every grammar of the compiled data has a label whose terms are strings in both locales', () => {
  const grammars = shippedGrammars();
  expect(grammars.length).toBeGreaterThan(30);
  const terms = new Set(grammars.flatMap(grammarTerms));
  const missing = [...terms].filter(
    (k) =>
      typeof (en.tooltip.feature as Record<string, string>)[k] !== 'string' ||
      typeof (ar.tooltip.feature as Record<string, string>)[k] !== 'string',
  );
  expect(missing).toEqual([]);
});

test('two different grammars of the data never get the same label (the label loses nothing the analyser knows)', () => {
  const byLabel = new Map<string, string[]>();
  for (const g of shippedGrammars()) byLabel.set(label({ grammar: g }), [...(byLabel.get(label({ grammar: g })) ?? []), grammarCode(g)]);
  expect([...byLabel].filter(([, codes]) => codes.length > 1)).toEqual([]);
});

const he = grammar({ aspect: 'perfect', voice: 'active', person: [3], number: 'singular', gender: 'masculine' });
test.each<[string, Grammar, string, string]>([
  ['a definite plural', grammar({ number: 'plural', state: 'definite' }), 'جمع، معرفة', 'plural, definite'],
  ['a feminine', grammar({ gender: 'feminine' }), 'مؤنث', 'feminine'],
  ['the bare perfect (he)', he, 'ماضٍ', 'perfect'],
  [
    'a passive perfect, she',
    grammar({ aspect: 'perfect', voice: 'passive', person: [3], number: 'singular', gender: 'feminine' }),
    'ماضٍ، هي، مبني للمجهول',
    'perfect, she, passive',
  ],
  [
    'a subjunctive plural',
    grammar({ aspect: 'imperfect', mood: 'subjunctive', voice: 'active', person: [2, 3], number: 'plural', gender: 'masculine' }),
    'مضارع منصوب، هم/أنتم',
    'imperfect (subjunctive), they/you (pl)',
  ],
  [
    'I or you (كتبتُ، كتبتَ)',
    grammar({ aspect: 'perfect', voice: 'active', person: [1, 2], number: 'singular' }),
    'ماضٍ، أنا/أنتَ',
    'perfect, I/you',
  ],
  [
    'the imperative to many',
    grammar({ aspect: 'imperative', voice: 'active', person: [2], number: 'plural', gender: 'masculine' }),
    'أمر، أنتم',
    'imperative, you (pl)',
  ],
])('%s: %s', (_what, g, arabic, english) => {
  expect(featureLabel({ grammar: g }, arT)).toBe(arabic);
  expect(featureLabel({ grammar: g }, enT)).toBe(english);
});

test('an unknown word shows the lexicon words of its root, in Arabic', () => {
  expect(featureLabel({ related: ['كتب', 'كاتب'] }, arT)).toBe('كلمات قريبة: كتب, كاتب');
  expect(featureLabel({ related: ['كتب', 'كاتب'] }, enT)).toBe('related: كتب, كاتب');
});

test('the verb form label is translated too', () => {
  expect(createI18nFrom('ar', { en, ar }).t('tooltip.verbForm', { form: 'VIII' })).toBe('الوزن VIII');
  expect(createI18nFrom('en', { en, ar }).t('tooltip.verbForm', { form: 'VIII' })).toBe('Form VIII');
});
