/** i18next with all of the English and Arabic resources, for the extension pages (popup, options, reader). */
import type { i18n } from 'i18next';
import ar from '../../locales/ar/translation.json';
import en from '../../locales/en/translation.json';
import { createI18nFrom, type Lang } from './i18n-core';

export { dirOf, resolveLanguage, type Lang } from './i18n-core';

/** A fresh i18next instance (one per view), initialised synchronously. */
export function createI18n(lang: Lang): i18n {
  return createI18nFrom(lang, { en, ar });
}
