/** Export (CSV/TSV for Anki, JSON backup), import of a backup, and sending the words to Anki through AnkiConnect. */
import type { TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES } from '../learn/backup';
import { learnError } from '../learn/errors';
import type { ExportFormat } from '../learn/types';
import { request } from '../shared/client';
import type { AnkiSettings, Settings } from '../shared/settings';
import { learnMessage } from '../ui/learn-message';
import { useHostPermission } from '../ui/use-host-permission';
import { downloadText } from './download';
import type { Status } from './vocabulary-status';

interface Props {
  t: TFunction;
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<string | null>;
  count: number;
  onStatus: (s: Status) => void;
}

/** Host access to AnkiConnect's origin: asked on a click (browsers require a gesture). */
function AnkiAccess({ url, t, onStatus }: { url: string; t: TFunction; onStatus: (s: Status) => void }) {
  const { endpoint, granted, request: requestAccess } = useHostPermission(url);
  if (!endpoint) return <p class="note">{t('vocab.badAnkiUrl')}</p>;
  const grant = () => requestAccess(() => onStatus({ text: t('options.accessDenied') }));
  return (
    <p class="note" data-testid="anki-access">
      {t(granted ? 'vocab.ankiAccess' : 'vocab.ankiAccessMissing', { origin: endpoint.origin })}{' '}
      {granted === false && (
        <button type="button" onClick={grant}>
          {t('vocab.grantAnki')}
        </button>
      )}
    </p>
  );
}

export function VocabularyTools({ t, settings, update, count, onStatus }: Props) {
  const [busy, setBusy] = useState(false);
  const exportAs = async (format: ExportFormat) => {
    const r = await request('exportWords', { format });
    if (!r.ok) return onStatus({ text: learnMessage(t, r.error) });
    downloadText(r.value.filename, r.value.mime, r.value.content);
    onStatus({ text: t('vocab.exported', { count: r.value.count, filename: r.value.filename }) });
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      input.value = '';
      return onStatus({ text: learnMessage(t, learnError('importInvalid', 'the file is too large for a Tarjuman backup')) });
    }
    onStatus({ text: t('vocab.importing') });
    const r = await request('importWords', { json: await file.text() });
    input.value = ''; // the same file can be picked again
    onStatus({ text: r.ok ? t('vocab.imported', { ...r.value }) : learnMessage(t, r.error) });
  };
  const push = async () => {
    setBusy(true);
    onStatus({ text: t('vocab.pushing') });
    const r = await request('pushToAnki', {});
    setBusy(false);
    onStatus({ text: r.ok ? t('vocab.pushed', { ...r.value }) : learnMessage(t, r.error) });
  };
  const setAnki = (k: keyof AnkiSettings, v: string) => void update({ anki: { ...settings.anki, [k]: v } });
  return (
    <>
      <section>
        <h2>{t('vocab.export')}</h2>
        <p class="note">{t('vocab.exportHelp')}</p>
        <div class="row">
          {(['csv', 'tsv', 'json'] as const).map((f) => (
            <button type="button" key={f} disabled={count === 0} data-testid={`export-${f}`} onClick={() => void exportAs(f)}>
              {t(`vocab.export${f[0]!.toUpperCase()}${f.slice(1)}`)}
            </button>
          ))}
        </div>
        <label class="row">
          <span>{t('vocab.import')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            onChange={(e) => void importFile(e.target as HTMLInputElement)}
          />
        </label>
      </section>
      <section>
        <h2>{t('vocab.anki')}</h2>
        <p class="note">{t('vocab.ankiHelp')}</p>
        {(
          [
            ['url', 'vocab.ankiUrl'],
            ['deck', 'vocab.ankiDeck'],
            ['model', 'vocab.ankiModel'],
          ] as const
        ).map(([k, label]) => (
          <label class="row" key={k}>
            <span>{t(label)}</span>
            <input
              type="text"
              dir="auto"
              value={settings.anki[k]}
              data-testid={`anki-${k}`}
              onChange={(e) => setAnki(k, (e.target as HTMLInputElement).value)}
            />
          </label>
        ))}
        <AnkiAccess url={settings.anki.url} t={t} onStatus={onStatus} />
        <button type="button" disabled={busy || count === 0} data-testid="push-anki" onClick={() => void push()}>
          {t('vocab.push')}
        </button>
      </section>
    </>
  );
}
