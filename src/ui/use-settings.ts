/** Settings and the i18n instance for an extension page; the page's lang/dir follow the UI language. */
import type { i18n } from 'i18next';
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { request } from '../shared/client';
import { createI18n, dirOf, resolveLanguage } from '../shared/i18n';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../shared/settings';

export interface SettingsState {
  settings: Settings;
  i18n: i18n;
  update: (patch: Partial<Settings>) => Promise<string | null>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const load = () => void request('getSettings', {}).then((r) => r.ok && setSettings(r.value));
    load();
    // the stored copy has no secrets: the background gives the whole settings
    const onChange = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) load();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  const lang = resolveLanguage(settings.uiLanguage, navigator.languages);
  const i18n = useMemo(() => createI18n(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = i18n.t('appName');
  }, [lang, i18n]);
  const update = async (patch: Partial<Settings>): Promise<string | null> => {
    const r = await request('setSettings', { patch });
    if (r.ok) {
      setSettings(r.value);
      return null;
    }
    return r.error;
  };
  return { settings, i18n, update };
}
