/** The Vocabulary tab: saved words with search, sort and filters, notes, known flags, delete with undo, and tools. */
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { VOCABULARY_CHANGED_KEY } from '../learn/schema';
import type { SavedWord } from '../learn/types';
import { request } from '../shared/client';
import type { Settings } from '../shared/settings';
import { learnMessage } from '../ui/learn-message';
import { EMPTY_QUERY, facets, filterWords, type Show, type SortKey, type VocabularyQuery } from './vocabulary-filter';
import { UnreadableWords } from './UnreadableWords';
import { VocabularyTools } from './VocabularyTools';
import type { Status } from './vocabulary-status';

interface Props {
  t: TFunction;
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<string | null>;
}

function Sentence({ w }: { w: SavedWord }) {
  const { text, start, end } = w.sentence;
  return (
    <span lang="ar" dir="rtl" class="ar">
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </span>
  );
}

function WordRow({ w, t, onRoot, onStatus }: { w: SavedWord; t: TFunction; onRoot: (r: string) => void; onStatus: (s: Status) => void }) {
  const [note, setNote] = useState(w.note);
  // shown at once on a click; a reload caused by an earlier change must not flip it back
  const [known, setKnown] = useState(w.known);
  useEffect(() => setNote(w.note), [w.note]);
  useEffect(() => setKnown(w.known), [w.known]);
  const patch = async (p: { note?: string; known?: boolean }) => {
    const r = await request('updateWord', { id: w.id, ...p });
    onStatus({ text: r.ok ? (p.note !== undefined ? t('vocab.noteSaved') : '') : learnMessage(t, r.error) });
  };
  const remove = async () => {
    const r = await request('deleteWord', { id: w.id });
    onStatus(r.ok ? { text: t('vocab.deleted', { word: w.vowelled }), undo: r.value } : { text: learnMessage(t, r.error) });
  };
  const source = /^https?:/.test(w.url) ? w.url : '';
  return (
    <tr data-testid="word-row" data-id={w.id} class={known ? 'known' : ''}>
      <td>
        <bdi lang="ar" dir="rtl" class="ar lemma">
          {w.vowelled}
        </bdi>
        {w.translit && <div class="translit">{w.translit}</div>}
        <div class="pos">{t(`tooltip.pos.${w.pos}`, { defaultValue: w.pos })}</div>
      </td>
      <td lang="en" dir="ltr">
        {w.gloss}
      </td>
      <td>
        {w.root && (
          <button type="button" class="link ar" lang="ar" dir="rtl" onClick={() => onRoot(w.root!)} title={t('vocab.root')}>
            {w.root}
          </button>
        )}
      </td>
      <td class="sentence">
        <Sentence w={w} />
        {source && (
          <div class="source">
            <a href={source} target="_blank" rel="noopener noreferrer">
              {w.title || source}
            </a>
          </div>
        )}
      </td>
      <td>
        <textarea
          rows={2}
          value={note}
          placeholder={t('vocab.notePlaceholder')}
          aria-label={t('vocab.colNote')}
          onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
          onChange={() => note !== w.note && void patch({ note })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          checked={known}
          aria-label={t('vocab.colKnown')}
          onChange={(e) => {
            const checked = (e.target as HTMLInputElement).checked;
            setKnown(checked);
            void patch({ known: checked });
          }}
        />
      </td>
      <td>
        <button type="button" onClick={() => void remove()} aria-label={t('vocab.deleteWord', { word: w.vowelled })}>
          {t('vocab.delete')}
        </button>
      </td>
    </tr>
  );
}

export function Vocabulary({ t, settings, update }: Props) {
  const [words, setWords] = useState<SavedWord[] | null>(null);
  const [query, setQuery] = useState<VocabularyQuery>(EMPTY_QUERY);
  const [status, setStatus] = useState<Status>({ text: '' });
  const reload = async () => {
    const r = await request('listWords', {});
    setWords(r.ok ? r.value : []);
    if (!r.ok) setStatus({ text: learnMessage(t, r.error) });
  };
  useEffect(() => {
    void reload();
    // words saved from a page, or changed in another view, show up here at once
    const onChange = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && changes[VOCABULARY_CHANGED_KEY]) void reload();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  const shown = useMemo(() => filterWords(words ?? [], query), [words, query]);
  const { roots, articles } = useMemo(() => facets(words ?? []), [words]);
  const set = <K extends keyof VocabularyQuery>(k: K, v: VocabularyQuery[K]) => setQuery({ ...query, [k]: v });
  const undo = async (w: SavedWord) => {
    const r = await request('restoreWord', { word: w });
    setStatus({ text: r.ok ? t('vocab.restored', { word: w.vowelled }) : learnMessage(t, r.error) });
  };
  const pick = (label: string, value: string, options: Array<[string, string]>, onPick: (v: string) => void, testId: string) => (
    <label class="row">
      <span>{label}</span>
      <select value={value} data-testid={testId} onChange={(e) => onPick((e.target as HTMLSelectElement).value)}>
        {options.map(([v, l]) => (
          <option value={v} key={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div class="vocabulary">
      <UnreadableWords t={t} revision={words} onStatus={setStatus} />
      <section>
        <h2>{t('vocab.title')}</h2>
        <div class="filters">
          <label class="row">
            <span>{t('vocab.search')}</span>
            <input
              type="search"
              data-testid="vocab-search"
              value={query.search}
              placeholder={t('vocab.searchPlaceholder')}
              onInput={(e) => set('search', (e.target as HTMLInputElement).value)}
            />
          </label>
          {pick(
            t('vocab.sort'),
            query.sort,
            (['newest', 'oldest', 'arabic', 'english', 'due'] as const).map((k) => [k, t(`vocab.sort${k[0]!.toUpperCase()}${k.slice(1)}`)]),
            (v) => set('sort', v as SortKey),
            'vocab-sort',
          )}
          {pick(
            t('vocab.root'),
            query.root,
            [['', t('vocab.allRoots')], ...roots.map((r): [string, string] => [r, r])],
            (v) => set('root', v),
            'vocab-root',
          )}
          {pick(
            t('vocab.article'),
            query.article,
            [['', t('vocab.allArticles')], ...articles.map((a): [string, string] => [a.url, a.title])],
            (v) => set('article', v),
            'vocab-article',
          )}
          {pick(
            t('vocab.show'),
            query.show,
            [
              ['all', t('vocab.showAll')],
              ['learning', t('vocab.showLearning')],
              ['known', t('vocab.showKnown')],
            ],
            (v) => set('show', v as Show),
            'vocab-show',
          )}
        </div>
        <p class="note" role="status" data-testid="vocab-status">
          {status.text}{' '}
          {status.undo && (
            <button type="button" data-testid="undo" onClick={() => void undo(status.undo!)}>
              {t('vocab.undo')}
            </button>
          )}
        </p>
        {words === null ? (
          <p class="note">{t('vocab.loading')}</p>
        ) : words.length === 0 ? (
          <p class="note" data-testid="vocab-empty">
            {t('vocab.empty')}
          </p>
        ) : (
          <>
            <p class="note" data-testid="vocab-count">
              {t('vocab.count', { shown: shown.length, total: words.length })}
            </p>
            <table class="words">
              <thead>
                <tr>
                  <th>{t('vocab.colWord')}</th>
                  <th>{t('vocab.colEnglish')}</th>
                  <th>{t('vocab.root')}</th>
                  <th>{t('vocab.colSentence')}</th>
                  <th>{t('vocab.colNote')}</th>
                  <th>{t('vocab.colKnown')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {shown.map((w) => (
                  <WordRow key={w.id} w={w} t={t} onRoot={(r) => set('root', r)} onStatus={setStatus} />
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <VocabularyTools t={t} settings={settings} update={update} count={words?.length ?? 0} onStatus={setStatus} />
    </div>
  );
}
