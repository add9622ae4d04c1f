/** Sends typed requests to the service worker; a failed or missing reply becomes a Result, never a throw. */
import browser from 'webextension-polyfill';
import type { Params, Reply, RequestType } from './messages';
import { errorMessage } from './result';

export async function request<K extends RequestType>(type: K, params: Params<K>): Promise<Reply<K>> {
  const envelope = { tarjuman: 1, type, params };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
    return reply ?? { ok: false, error: 'no reply from the extension' };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}
