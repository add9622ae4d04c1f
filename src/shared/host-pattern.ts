/**
 * The host permission pattern of a URL: its origin (scheme, host and port) and every path. Firefox's old documentation
 * says it ignores a port in a match pattern; Firefox ESR 153 accepts and matches one (tests/firefox/firefox-specifics),
 * so the permission stays as narrow as the address.
 */
export function hostPattern(url: URL): string {
  return `${url.origin}/*`;
}
