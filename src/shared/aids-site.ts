/**
 * Where the reading aids are remembered: one storage.local key per site (like bilingual mode), written by the popup
 * and followed by the page through storage.onChanged.
 */

export interface ReadingAids {
  /** dotted underline (CSS Custom Highlight API) under words whose lemma is not a known word */
  underline: boolean;
  /** the article's harakat hidden by rewriting its text nodes (restored exactly when turned off) */
  hideDiacritics: boolean;
  /** the article's paragraphs in a larger font (inline font-size, the previous style restored exactly) */
  largeFont: boolean;
  /** the article's words written with their vowels as read (text nodes rewritten, restored exactly when off) */
  vowels: boolean;
  /** a short English gloss under each article word, as ruby (the page's own text nodes put back exactly when off) */
  gloss: boolean;
}

/** the interlinear gloss asks the service worker paragraph by paragraph; a longer paragraph is sent in parts of this */
export const MAX_GLOSS_TEXT = 8000;

export const NO_AIDS: ReadingAids = { underline: false, hideDiacritics: false, vowels: false, largeFont: false, gloss: false };

/** The storage.local key of the site of `url` (its hostname; every file:// page shares one), or null for a bad URL. */
export function aidsKey(url: string): string | null {
  try {
    const u = new URL(url);
    return `aids:${u.hostname || u.protocol}`;
  } catch {
    return null;
  }
}

/** The stored value as ReadingAids (anything else counts as off). */
export function sanitizeAids(v: unknown): ReadingAids {
  const o = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  return {
    underline: o.underline === true,
    hideDiacritics: o.hideDiacritics === true,
    vowels: o.vowels === true,
    largeFont: o.largeFont === true,
    gloss: o.gloss === true,
  };
}
