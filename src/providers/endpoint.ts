/** Where an OpenAI-compatible endpoint lives, and the host permission pattern that covers it. */
import { hostPattern } from '../shared/host-pattern';

export interface Endpoint {
  /** e.g. http://127.0.0.1:11434 */
  origin: string;
  /** the pattern for permissions.request / permissions.contains */
  pattern: string;
  chatUrl: string;
}

/** The endpoint of a base URL such as `http://127.0.0.1:11434/v1`, or null when it is not an http(s) URL. */
export function endpointOf(baseUrl: string): Endpoint | null {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // credentials in the URL would travel with every request and show in the settings: refuse them
  if (url.username || url.password || url.search || url.hash) return null;
  const path = url.pathname.replace(/\/+$/, '');
  return { origin: url.origin, pattern: hostPattern(url), chatUrl: `${url.origin}${path}/chat/completions` };
}
