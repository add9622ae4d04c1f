/** The tooltip's grammar labels in the interface language: every term the analyser writes has an English and an Arabic label. */
import fs from 'node:fs';
import path from 'node:path';
import ar from '../../locales/ar/translation.json';
import en from '../../locales/en/translation.json';
import { createI18nFrom } from '../../src/shared/i18n-core';
import { FEATURE_TERMS, featureLabel } from '../../src/ui/feature-label';

const feats = (): string[] => {
  const data = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../dist/data/tarjuman-data.json'), 'utf8')) as {
    index: { feats: string[] };
  };
  return data.index.feats;
};

test('every term of every label in the compiled data has a key, and the key a string in both locales', () => {
  const terms = new Set(feats().flatMap((f) => (f ? f.split(', ') : [])));
  terms.add('definite'); // added by the analyser to any form with the article
  expect([...terms].filter((term) => !FEATURE_TERMS[term])).toEqual([]);
  const missing = Object.values(FEATURE_TERMS).filter(
    (k) =>
      typeof (en.tooltip.feature as Record<string, string>)[k] !== 'string' ||
      typeof (ar.tooltip.feature as Record<string, string>)[k] !== 'string',
  );
  expect(missing).toEqual([]);
});

test.each([
  ['plural, definite', 'جمع، معرفة', 'plural, definite'],
  ['feminine', 'مؤنث', 'feminine'],
  ['perfect, she, passive', 'ماضٍ، هي، مبني للمجهول', 'perfect, she, passive'],
  ['imperfect (subjunctive), they/you (pl)', 'مضارع منصوب، هم/أنتم', 'imperfect (subjunctive), they/you (pl)'],
  ['related: كتب, كاتب', 'كلمات قريبة: كتب, كاتب', 'related: كتب, كاتب'],
  ['a term not known yet', 'a term not known yet', 'a term not known yet'],
])('%s → %s (Arabic interface), unchanged in English', (features, arabic, english) => {
  expect(featureLabel(features, createI18nFrom('ar', { en, ar }).t)).toBe(arabic);
  expect(featureLabel(features, createI18nFrom('en', { en, ar }).t)).toBe(english);
});

test('the verb form label is translated too', () => {
  expect(createI18nFrom('ar', { en, ar }).t('tooltip.verbForm', { form: 'VIII' })).toBe('الوزن VIII');
  expect(createI18nFrom('en', { en, ar }).t('tooltip.verbForm', { form: 'VIII' })).toBe('Form VIII');
});
