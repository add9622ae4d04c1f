/** The reader's display choices, kept in the extension page's own localStorage (they concern this view only). */

export interface ReaderPrefs {
  /** Arabic font size in px: 16–32, even */
  size: number;
  /** line height in tenths: 14–26, even */
  spacing: number;
  harakat: boolean;
  /** every word written with its vowels as read */
  vowels: boolean;
  entities: boolean;
  english: boolean;
}

export const PREF_LIMITS = { size: [16, 32], spacing: [14, 26] } as const;
export const DEFAULT_PREFS: ReaderPrefs = { size: 22, spacing: 20, harakat: true, vowels: false, entities: true, english: true };
const KEY = 'tarjuman.reader';

const even = (v: unknown, [min, max]: readonly [number, number], d: number) =>
  Number.isInteger(v) && (v as number) % 2 === 0 && (v as number) >= min && (v as number) <= max ? (v as number) : d;
const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);

/** Preferences from untrusted storage: every field checked, defaults filled in. */
export function sanitizePrefs(raw: unknown): ReaderPrefs {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    size: even(r.size, PREF_LIMITS.size, DEFAULT_PREFS.size),
    spacing: even(r.spacing, PREF_LIMITS.spacing, DEFAULT_PREFS.spacing),
    harakat: bool(r.harakat, DEFAULT_PREFS.harakat),
    vowels: bool(r.vowels, DEFAULT_PREFS.vowels),
    entities: bool(r.entities, DEFAULT_PREFS.entities),
    english: bool(r.english, DEFAULT_PREFS.english),
  };
}

export function loadPrefs(storage: Pick<Storage, 'getItem'> = localStorage): ReaderPrefs {
  try {
    return sanitizePrefs(JSON.parse(storage.getItem(KEY) ?? '{}'));
  } catch {
    return DEFAULT_PREFS;
  }
}

export function savePrefs(p: ReaderPrefs, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(p));
  } catch {
    // storage full or disabled: the choice lasts for this page only
  }
}
