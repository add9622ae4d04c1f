/** The engine's worker in a browser: the package's own worker script, shipped unchanged under bergamot/. */
import browser from 'webextension-polyfill';
import type { WorkerLike } from './bergamot-client';

export const WORKER_PATH = 'bergamot/translator-worker.js';

export const engineWorker = (): WorkerLike => new Worker(browser.runtime.getURL(WORKER_PATH)) as unknown as WorkerLike;
