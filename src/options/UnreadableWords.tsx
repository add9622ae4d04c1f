/** Saved items the store could not read: kept aside, never dropped; the user exports a copy or discards them. */
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/client';
import { learnMessage } from '../ui/learn-message';
import { downloadText } from './download';
import type { Status } from './vocabulary-status';

interface Props {
  t: TFunction;
  /** changes whenever the word list was reloaded, so the count is asked again */
  revision: unknown;
  onStatus: (s: Status) => void;
}

export function UnreadableWords({ t, revision, onStatus }: Props) {
  const [count, setCount] = useState(0);
  const check = () => void request('vocabularyHealth', {}).then((r) => setCount(r.ok ? r.value.unreadable : 0));
  useEffect(check, [revision]);
  if (count === 0) return null;
  const exportThem = async () => {
    const r = await request('exportUnreadable', {});
    if (!r.ok) return onStatus({ text: learnMessage(t, r.error) });
    downloadText(r.value.filename, r.value.mime, r.value.content);
    onStatus({ text: t('vocab.exported', { count: r.value.count, filename: r.value.filename }) });
  };
  const discard = async () => {
    const r = await request('discardUnreadable', {});
    onStatus({ text: r.ok ? t('vocab.discarded', { count: r.value }) : learnMessage(t, r.error) });
    check();
  };
  return (
    <section role="alert" data-testid="unreadable">
      <p>{t('vocab.unreadable', { count })}</p>
      <div class="row">
        <button type="button" data-testid="export-unreadable" onClick={() => void exportThem()}>
          {t('vocab.exportUnreadable')}
        </button>
        <button type="button" data-testid="discard-unreadable" onClick={() => void discard()}>
          {t('vocab.discardUnreadable')}
        </button>
      </div>
    </section>
  );
}
