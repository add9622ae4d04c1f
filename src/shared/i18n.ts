/** i18next with the bundled English and Arabic resources; the UI language follows the browser unless overridden. */
import i18next, { type i18n } from 'i18next';
import ar from '../../locales/ar/translation.json';
import en from '../../locales/en/translation.json';
import type { UiLanguage } from './settings';

export type Lang = 'en' | 'ar';

/** The UI language for a setting and the browser's languages. */
export function resolveLanguage(setting: UiLanguage, browserLanguages: readonly string[] = []): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguages.some((l) => l.toLowerCase().startsWith('ar')) && !browserLanguages[0]?.toLowerCase().startsWith('en')
    ? 'ar'
    : 'en';
}

export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

/** A fresh i18next instance (one per view), initialised synchronously. */
export function createI18n(lang: Lang): i18n {
  const inst = i18next.createInstance();
  void inst.init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: en }, ar: { translation: ar } },
    interpolation: { escapeValue: false }, // preact escapes text; nothing is rendered as HTML
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  return inst;
}
