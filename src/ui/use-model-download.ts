/**
 * The offline English model as an extension page sees it: what is stored (from the background), and a download that
 * runs in this page on the user's click (the host permission is asked in that click), with progress, cancel and
 * remove. Closing the page cancels; the next download resumes after the files already stored and checked.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { downloadModel, type DownloadFailure } from '../providers/model-download';
import { ATTACHMENTS_ORIGIN, REGISTRY_SERVER } from '../providers/model-registry';
import { cacheModelStore } from '../providers/model-store';
import type { EngineStatus } from '../shared/engine-status';
import { request } from '../shared/client';
import { hostPattern } from '../shared/host-pattern';

/** storage.local key naming another registry server (tests point it at 127.0.0.1; never set by the UI) */
export const REGISTRY_OVERRIDE_KEY = 'modelRegistry';

export type ModelPhase = 'idle' | 'downloading' | 'failed' | 'cancelled' | 'done';

export interface ModelDownload {
  status: EngineStatus | null;
  phase: ModelPhase;
  progress: { loaded: number; total: number } | null;
  failure: DownloadFailure | 'permission' | 'storage' | null;
  /** must be called straight from a click: it asks for the host permission */
  start(): void;
  cancel(): void;
  remove(): Promise<void>;
}

const originsOf = (server: string) =>
  server === REGISTRY_SERVER ? [hostPattern(new URL(server)), hostPattern(new URL(ATTACHMENTS_ORIGIN))] : [hostPattern(new URL(server))];

export function useModelDownload(): ModelDownload {
  const [status, setStatus] = useState<EngineStatus | null>(null);
  const [phase, setPhase] = useState<ModelPhase>('idle');
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [failure, setFailure] = useState<ModelDownload['failure']>(null);
  const [server, setServer] = useState(REGISTRY_SERVER);
  const run = useRef<AbortController | null>(null);

  const refresh = async () => {
    const r = await request('engineStatus', {});
    if (r.ok) setStatus(r.value);
  };

  useEffect(() => {
    void refresh();
    void browser.storage.local.get(REGISTRY_OVERRIDE_KEY).then((v) => {
      const s = v[REGISTRY_OVERRIDE_KEY];
      if (typeof s === 'string' && /^https?:\/\//.test(s)) setServer(s.replace(/\/$/, ''));
    });
    return () => run.current?.abort();
  }, []);

  const download = async (ctl: AbortController) => {
    const out = await downloadModel(
      server,
      {
        fetch: (url, init) => fetch(url, init),
        store: cacheModelStore(caches),
        online: () => navigator.onLine,
        estimate: async () => (navigator.storage?.estimate ? navigator.storage.estimate() : {}),
      },
      { signal: ctl.signal, onProgress: (loaded, total) => !ctl.signal.aborted && setProgress({ loaded, total }) },
    ).catch((): { kind: 'failed'; reason: 'storage' } => ({ kind: 'failed', reason: 'storage' }));
    if (run.current !== ctl) return;
    run.current = null;
    if (out.kind === 'done') setPhase('done');
    else if (out.kind === 'cancelled') setPhase('cancelled');
    else {
      setFailure(out.reason);
      setPhase('failed');
    }
    // a new model replaces the one the engine may hold
    await request('engineUnload', {});
    await refresh();
  };

  const start = () => {
    if (run.current) return;
    setFailure(null);
    setProgress(null);
    const ctl = (run.current = new AbortController());
    setPhase('downloading');
    browser.permissions.request({ origins: originsOf(server) }).then(
      (granted) => {
        if (granted) return download(ctl);
        run.current = null;
        setFailure('permission');
        setPhase('failed');
      },
      () => {
        run.current = null;
        setFailure('permission');
        setPhase('failed');
      },
    );
  };

  const cancel = () => run.current?.abort();

  const remove = async () => {
    run.current?.abort();
    await cacheModelStore(caches).clear();
    await request('engineUnload', {});
    setPhase('idle');
    setProgress(null);
    await refresh();
  };

  return { status, phase, progress, failure, start, cancel, remove };
}
