/** i18next set-up shared by every view; which resources a view bundles is its own choice (the content script takes a few sections). */
import i18next, { type i18n } from 'i18next';
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

/** A fresh i18next instance with the given resources, initialised synchronously. */
export function createI18nFrom(lang: Lang, resources: { en: object; ar: object }): i18n {
  const inst = i18next.createInstance();
  void inst.init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: resources.en }, ar: { translation: resources.ar } },
    interpolation: { escapeValue: false }, // preact escapes text; nothing is rendered as HTML
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  return inst;
}
