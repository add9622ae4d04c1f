/**
 * The analyser's grammar labels ("perfect, she", "plural, definite", "related: …") in the interface language: each
 * comma-separated term through a `tooltip.feature.*` key. A term without a key is shown as the analyser wrote it.
 */
import type { TFunction } from 'i18next';

/** Every term the analyser's labels are made of, and its locale key under `tooltip.feature`. */
export const FEATURE_TERMS: Readonly<Record<string, string>> = {
  perfect: 'perfect',
  imperfect: 'imperfect',
  'imperfect (subjunctive)': 'subjunctive',
  jussive: 'jussive',
  imperative: 'imperative',
  passive: 'passive',
  'I/you': 'iYou',
  we: 'we',
  she: 'she',
  they: 'they',
  'they (f)': 'theyF',
  'they two': 'theyTwo',
  'they two (f)': 'theyTwoF',
  'you (f)': 'youF',
  'you two': 'youTwo',
  'you (pl)': 'youPl',
  'you (f pl)': 'youFPl',
  'they/you two': 'theyYouTwo',
  'they/you (pl)': 'theyYouPl',
  'they/you (f pl)': 'theyYouFPl',
  definite: 'definite',
  feminine: 'feminine',
  'feminine dual': 'feminineDual',
  'feminine plural': 'femininePlural',
  dual: 'dual',
  plural: 'plural',
  accusative: 'accusative',
  construct: 'construct',
};

const RELATED = 'related: ';

/** The label in the interface language (the lemmas after "related:" stay Arabic). */
export function featureLabel(features: string, t: TFunction): string {
  if (features.startsWith(RELATED)) return t('tooltip.feature.related', { words: features.slice(RELATED.length) });
  const sep = t('tooltip.feature.separator');
  return features
    .split(', ')
    .map((term) => {
      const key = FEATURE_TERMS[term];
      return key ? t(`tooltip.feature.${key}`) : term;
    })
    .join(sep);
}
