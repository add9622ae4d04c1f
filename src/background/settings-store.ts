/**
 * Settings: storage.local holds them without secrets (content scripts read that, and its change events reach them);
 * the API key lives in the background's own database (secrets.ts). Always read through sanitizeSettings; writes run
 * one at a time, so two patches arriving together both land.
 */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY, keyFollowsEndpoint, sanitizeSettings, withoutSecrets, type Settings } from '../shared/settings';
import { getSecret, setSecret } from './secrets';

const API_KEY = 'openai.apiKey';

/** The settings as stored (no secrets), or the defaults. */
async function storedSettings(): Promise<Record<string, unknown> | undefined> {
  try {
    return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown> | undefined;
  } catch {
    return undefined;
  }
}

/** A key that earlier versions kept in storage.local moves to the secrets database, then leaves storage.local. */
async function moveStoredKey(settings: Settings): Promise<void> {
  await setSecret(API_KEY, settings.openai.apiKey);
  await browser.storage.local.set({ [SETTINGS_KEY]: withoutSecrets(settings) });
}

/** The settings with the key from where it lives (still storage.local when an earlier version put it there). */
async function readSettings(): Promise<{ settings: Settings; keyInStorage: boolean }> {
  const stored = sanitizeSettings(await storedSettings());
  if (stored.openai.apiKey) return { settings: stored, keyInStorage: true };
  const apiKey = await getSecret(API_KEY).catch(() => '');
  return { settings: { ...stored, openai: { ...stored.openai, apiKey } }, keyInStorage: false };
}

/** The full settings, secrets included: for the background and extension pages only. */
export async function loadSettings(): Promise<Settings> {
  const { settings, keyInStorage } = await readSettings();
  if (keyInStorage) await queued(() => moveStoredKey(settings)).catch(() => undefined);
  return settings;
}

let queue: Promise<unknown> = Promise.resolve();
function queued<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** Applies a patch; a failed write (full storage) is reported, and the old settings stay intact. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return queued(async () => {
    const current = (await readSettings()).settings;
    const next = keyFollowsEndpoint(
      current,
      sanitizeSettings(
        { ...current, ...patch, openai: { ...current.openai, ...(patch.openai ?? {}) }, anki: { ...current.anki, ...(patch.anki ?? {}) } },
        current,
      ),
    );
    // the key first: if storing it fails, storage.local (which may still hold an older version's key) is not touched
    await setSecret(API_KEY, next.openai.apiKey);
    await browser.storage.local.set({ [SETTINGS_KEY]: withoutSecrets(next) });
    return next;
  });
}
