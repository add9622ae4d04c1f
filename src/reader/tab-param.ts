/** The tab a reader page shows: ?tab=<id> (the popup opens reader.html?tab=<id>), or null. */
export function tabFromSearch(search: string): number | null {
  const v = new URLSearchParams(search).get('tab');
  return v && /^\d+$/.test(v) ? Number(v) : null;
}
