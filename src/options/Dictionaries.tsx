/**
 * The options page's Dictionaries section: import Yomitan dictionaries (.zip) into IndexedDB, show, hide or remove
 * them. The import runs in a worker of this page (dictionaries/import-worker.ts), which writes the database itself;
 * the service worker reads it on each lookup, so no message is needed.
 */
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { DictionaryError } from '../dictionaries/dictionary-error';
import { DictionaryStore, type DictionaryRecord } from '../dictionaries/dictionary-store';
import { importDictionary } from '../dictionaries/import-client';
import { DICTIONARY_LIMITS } from '../dictionaries/read-zip';

let opening: Promise<DictionaryStore> | null = null;
const store = (): Promise<DictionaryStore> => {
  opening ??= DictionaryStore.open(indexedDB);
  opening.catch(() => {
    opening = null;
  });
  return opening;
};

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Why an import failed, in the interface language. */
function reasonOf(t: TFunction, e: unknown): string {
  const err = e instanceof DictionaryError ? e : new DictionaryError('storage', messageOf(e));
  const message = t(`dicts.error.${err.code}`);
  return err.detail ? t('dicts.withDetail', { message, detail: err.detail }) : message;
}

function DictionaryRow({ d, t, onChanged }: { d: DictionaryRecord; t: TFunction; onChanged: (status: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const act = async (change: (s: DictionaryStore) => Promise<void>, done: string) => {
    try {
      await change(await store());
      onChanged(done);
    } catch (e) {
      onChanged(t('dicts.changeFailed', { message: messageOf(e) }));
    }
  };
  return (
    <li data-testid="dict-row" data-id={d.id}>
      <div>
        <bdi class="dict-title">
          <strong>{d.title}</strong>
        </bdi>{' '}
        <span class="note">{t('dicts.details', { revision: d.revision, n: d.termCount.toLocaleString() })}</span>
      </div>
      {(d.author || d.attribution) && <div class="note">{[d.author, d.attribution].filter(Boolean).join(' · ')}</div>}
      <label class="row check">
        <input
          type="checkbox"
          data-testid="dict-enabled"
          checked={d.enabled}
          onChange={(e) => void act((s) => s.setEnabled(d.id, (e.target as HTMLInputElement).checked), '')}
        />
        <span>{t('dicts.enabled')}</span>
      </label>
      {confirming ? (
        <p>
          {t('dicts.confirmRemove', { title: d.title })}{' '}
          <button
            type="button"
            data-testid="dict-remove-confirm"
            onClick={() => void act((s) => s.remove(d.id), t('dicts.removed', { title: d.title }))}
          >
            {t('dicts.remove')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('dicts.cancel')}
          </button>
        </p>
      ) : (
        <button type="button" data-testid="dict-remove" onClick={() => setConfirming(true)}>
          {t('dicts.remove')}
        </button>
      )}
    </li>
  );
}

export function Dictionaries({ t }: { t: TFunction }) {
  const [list, setList] = useState<DictionaryRecord[] | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const reload = async () => {
    try {
      setList(await (await store()).list());
    } catch (e) {
      setList([]);
      setStatus(t('dicts.listFailed', { message: messageOf(e) }));
    }
  };
  useEffect(() => {
    // leftovers of a removal or an import cut short are deleted first
    void store()
      .then((s) => s.cleanUp())
      .catch(() => undefined)
      .then(reload);
  }, []);
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const name = file.name;
    setBusy(true);
    setStatus(t('dicts.reading', { name }));
    try {
      // a zip is never larger than what it holds, so a bigger file is over the limit without reading it
      if (file.size > DICTIONARY_LIMITS.maxBytes) throw new DictionaryError('tooLarge', `${(file.size / 1024 / 1024).toFixed(1)} MB`);
      const record = await importDictionary(
        await file.arrayBuffer(),
        (done, total) => setStatus(t('dicts.importing', { name, percent: Math.floor((done * 100) / total) })),
        store,
      );
      setStatus(t('dicts.imported', { title: record.title, n: record.termCount.toLocaleString() }));
    } catch (e) {
      setStatus(t('dicts.failed', { name, reason: reasonOf(t, e) }));
    } finally {
      input.value = ''; // the same file can be chosen again
      setBusy(false);
      await reload();
    }
  };
  return (
    <section class="dictionaries">
      <h2>{t('dicts.title')}</h2>
      <p class="note">{t('dicts.intro')}</p>
      <label class="row">
        <span>{t('dicts.choose')}</span>
        <input
          type="file"
          accept=".zip,application/zip"
          data-testid="dict-file"
          disabled={busy}
          onChange={(e) => void importFile(e.target as HTMLInputElement)}
        />
      </label>
      <p class="note" role="status" data-testid="dict-status">
        {status}
      </p>
      {list === null ? (
        <p class="note">{t('dicts.loading')}</p>
      ) : list.length === 0 ? (
        <p class="note" data-testid="dict-empty">
          {t('dicts.empty')}
        </p>
      ) : (
        <ul class="dict-list">
          {list.map((d) => (
            <DictionaryRow
              key={d.id}
              d={d}
              t={t}
              onChanged={(s) => {
                setStatus(s);
                void reload();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
