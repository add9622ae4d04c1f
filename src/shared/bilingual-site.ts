/** Where the bilingual mode is remembered: one storage.local key per site, written by the page and read by the popup. */

/** The storage.local key of the site of `url` (its hostname; every file:// page shares one), or null for a bad URL. */
export function bilingualKey(url: string): string | null {
  try {
    const u = new URL(url);
    return `bilingual:${u.hostname || u.protocol}`;
  } catch {
    return null;
  }
}
