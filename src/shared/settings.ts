/**
 * User settings: defaults, validation and the storage key. Stored in storage.local without secrets (content scripts
 * read them, and changes reach open tabs live); the API key is kept by the background alone.
 */

export type ScanModifier = 'none' | 'shift' | 'alt' | 'ctrl';
export type Theme = 'auto' | 'light' | 'dark';
export type UiLanguage = 'auto' | 'en' | 'ar';
/**
 * Who writes the English. 'auto' takes the best engine present: the on-device Translator when the browser says it is
 * available, else the downloaded Firefox Translations model ('bergamot'), else the offline gist.
 */
export type ProviderId = 'auto' | 'offline' | 'translator' | 'bergamot' | 'openai';

export interface OpenAiSettings {
  baseUrl: string;
  model: string;
  apiKey: string;
  /** how long one request may take before the offline gist is shown instead */
  timeoutSeconds: number;
}

/** Where AnkiConnect listens, and the deck and note type new notes go to. */
export interface AnkiSettings {
  url: string;
  deck: string;
  model: string;
}

export interface Settings {
  /** the hover glossary is on */
  enabled: boolean;
  /** key that must be held for the tooltip to appear */
  modifier: ScanModifier;
  theme: Theme;
  uiLanguage: UiLanguage;
  /** entity highlights in the article */
  highlights: boolean;
  /** the on-page summary panel */
  summaryPanel: boolean;
  /** hover also in inputs and editors */
  hoverInInputs: boolean;
  /** look up Persian and Urdu text too */
  otherArabicScript: boolean;
  provider: ProviderId;
  openai: OpenAiSettings;
  anki: AnkiSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  modifier: 'none',
  theme: 'auto',
  uiLanguage: 'auto',
  highlights: true,
  summaryPanel: false,
  hoverInInputs: false,
  otherArabicScript: false,
  provider: 'auto',
  openai: { baseUrl: 'http://127.0.0.1:11434/v1', model: '', apiKey: '', timeoutSeconds: 30 },
  anki: { url: 'http://127.0.0.1:8765', deck: 'Tarjuman', model: 'Basic' },
};

export const SETTINGS_KEY = 'settings';

const oneOf = <T extends string>(v: unknown, allowed: readonly T[], d: T): T => (allowed.includes(v as T) ? (v as T) : d);
const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
const str = (v: unknown, d: string, max = 2000) => (typeof v === 'string' ? v.slice(0, max) : d);
const int = (v: unknown, d: number, min: number, max: number) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : d;

/** Settings from untrusted storage or a message: every field checked, unknown fields dropped, defaults filled in. */
export function sanitizeSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const o = (r.openai && typeof r.openai === 'object' ? r.openai : {}) as Record<string, unknown>;
  const a = (r.anki && typeof r.anki === 'object' ? r.anki : {}) as Record<string, unknown>;
  return {
    enabled: bool(r.enabled, base.enabled),
    modifier: oneOf(r.modifier, ['none', 'shift', 'alt', 'ctrl'], base.modifier),
    theme: oneOf(r.theme, ['auto', 'light', 'dark'], base.theme),
    uiLanguage: oneOf(r.uiLanguage, ['auto', 'en', 'ar'], base.uiLanguage),
    highlights: bool(r.highlights, base.highlights),
    summaryPanel: bool(r.summaryPanel, base.summaryPanel),
    hoverInInputs: bool(r.hoverInInputs, base.hoverInInputs),
    otherArabicScript: bool(r.otherArabicScript, base.otherArabicScript),
    provider: oneOf(r.provider, ['auto', 'offline', 'translator', 'bergamot', 'openai'], base.provider),
    openai: {
      baseUrl: str(o.baseUrl, base.openai.baseUrl, 500),
      model: str(o.model, base.openai.model, 200),
      apiKey: str(o.apiKey, base.openai.apiKey, 500),
      timeoutSeconds: int(o.timeoutSeconds, base.openai.timeoutSeconds, 1, 300),
    },
    anki: {
      url: str(a.url, base.anki.url, 500),
      // an empty deck or note type would make every note fail in Anki
      deck: str(a.deck, base.anki.deck, 200).trim() || base.anki.deck,
      model: str(a.model, base.anki.model, 200).trim() || base.anki.model,
    },
  };
}

/** The origin of a base URL ('' when it is not a URL). */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/**
 * A key belongs to its endpoint: when the base URL moves to another origin and the key was not set anew with it,
 * the key is dropped rather than sent to the new server.
 */
export function keyFollowsEndpoint(current: Settings, next: Settings): Settings {
  const moved = originOf(next.openai.baseUrl) !== originOf(current.openai.baseUrl);
  if (!moved || !next.openai.apiKey || next.openai.apiKey !== current.openai.apiKey) return next;
  return { ...next, openai: { ...next.openai, apiKey: '' } };
}

/** The settings as content scripts may see them: the API key left out. */
export const withoutSecrets = (s: Settings): Settings => ({ ...s, openai: { ...s.openai, apiKey: '' } });
