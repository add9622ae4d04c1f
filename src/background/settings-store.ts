/** Settings in storage.local, always read through sanitizeSettings. */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTINGS_KEY, sanitizeSettings, type Settings } from '../shared/settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return sanitizeSettings(stored[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Applies a patch; a failed write (full storage) is reported, and the old settings stay intact. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = sanitizeSettings(
    { ...current, ...patch, openai: { ...current.openai, ...(patch.openai ?? {}) }, anki: { ...current.anki, ...(patch.anki ?? {}) } },
    current,
  );
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
