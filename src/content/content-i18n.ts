/**
 * The content script's strings: only the sections it shows (tooltip, panel, names, bilingual mode, learning errors, reading aids).
 * Named imports of JSON sections let esbuild leave the rest of the locales out of the page bundle.
 */
import type { i18n } from 'i18next';
import {
  aids as arAids,
  bilingual as arBilingual,
  entityType as arEntity,
  learnError as arLearn,
  panel as arPanel,
  tooltip as arTooltip,
} from '../../locales/ar/translation.json';
import {
  aids as enAids,
  bilingual as enBilingual,
  entityType as enEntity,
  learnError as enLearn,
  panel as enPanel,
  tooltip as enTooltip,
} from '../../locales/en/translation.json';
import { createI18nFrom, type Lang } from '../shared/i18n-core';

export function createContentI18n(lang: Lang): i18n {
  return createI18nFrom(lang, {
    en: { tooltip: enTooltip, entityType: enEntity, panel: enPanel, bilingual: enBilingual, learnError: enLearn, aids: enAids },
    ar: { tooltip: arTooltip, entityType: arEntity, panel: arPanel, bilingual: arBilingual, learnError: arLearn, aids: arAids },
  });
}
