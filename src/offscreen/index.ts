/**
 * Chrome's offscreen document: a service worker cannot start a Worker, so the translation engine's worker lives
 * here. It answers only engine messages ({tarjumanEngine: 1, ...}) from this extension; the model comes from the
 * Cache API this document shares with the rest of the extension.
 */
import browser from 'webextension-polyfill';
import { BergamotHost, parseEngineOp } from '../providers/bergamot-host';
import { engineWorker } from '../providers/engine-worker';
import { cacheModelStore } from '../providers/model-store';

const host = new BergamotHost(engineWorker, cacheModelStore(caches));

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  const op = parseEngineOp(msg);
  if (!op || sender.id !== browser.runtime.id) return undefined;
  return host.handle(op);
});
