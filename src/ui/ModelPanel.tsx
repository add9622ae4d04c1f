/**
 * The offline English model: its state, size and source, and the buttons to download, cancel or remove it. Used on
 * the options page and in the reader view (the first time English is shown), always on the user's click.
 */
import type { TFunction } from 'i18next';
import { useModelDownload } from './use-model-download';

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);

export function ModelPanel({ t, compact = false }: { t: TFunction; compact?: boolean }) {
  const m = useModelDownload();
  const model = m.status?.model ?? null;
  const busy = m.phase === 'downloading';
  const state = busy
    ? t('model.stateDownloading')
    : model
      ? t('model.stateReady', { version: model.version })
      : m.phase === 'failed'
        ? t('model.stateFailed')
        : t('model.stateNone');
  return (
    <div class="model-panel" data-testid="model-panel">
      {!compact && <p class="note">{t('model.about')}</p>}
      <p data-testid="model-state">{state}</p>
      {model && (
        <p class="note" data-testid="model-details">
          {t('model.details', { size: mb(model.size), files: model.files, date: new Date(model.storedAt).toLocaleDateString() })}{' '}
          <span dir="ltr">{t('model.source', { source: model.source })}</span>
        </p>
      )}
      {busy && (
        <p>
          <progress
            max={m.progress?.total || 1}
            value={m.progress ? m.progress.loaded : undefined}
            aria-label={t('model.progress')}
            data-testid="model-progress"
          />{' '}
          <span data-testid="model-progress-text">
            {m.progress ? t('model.progressText', { loaded: mb(m.progress.loaded), total: mb(m.progress.total) }) : t('model.asking')}
          </span>
        </p>
      )}
      {m.phase === 'failed' && m.failure && (
        <p class="note fallback" role="alert" data-testid="model-error">
          {t(`model.failure.${m.failure}`)}
        </p>
      )}
      {m.phase === 'cancelled' && (
        <p class="note" role="status" data-testid="model-cancelled">
          {t('model.cancelled')}
        </p>
      )}
      <p>
        {!model && !busy && (
          // the click is the user's word: the host permission is asked in it, and only then is anything fetched
          <button type="button" onClick={m.start} data-testid="model-download">
            {m.phase === 'cancelled' || m.phase === 'failed' ? t('model.resume') : t('model.download')}
          </button>
        )}
        {busy && (
          <button type="button" onClick={m.cancel} data-testid="model-cancel">
            {t('model.cancel')}
          </button>
        )}
        {model && !busy && (
          <button type="button" onClick={() => void m.remove()} data-testid="model-remove">
            {t('model.remove', { size: mb(model.size) })}
          </button>
        )}
      </p>
    </div>
  );
}
