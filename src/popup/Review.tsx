/**
 * The review view: the saved sentence is the cue (the word marked), the answer is revealed on demand, and the learner
 * grades it Again/Hard/Good/Easy (keys 1–4; Space or Enter reveals). The service worker schedules with FSRS.
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Grade, ReviewItem } from '../learn/types';
import { request } from '../shared/client';
import { learnMessage } from '../ui/learn-message';
import { relativeDue } from '../ui/relative-due';

const GRADES: Array<[Grade, string]> = [
  [1, 'review.again'],
  [2, 'review.hard'],
  [3, 'review.good'],
  [4, 'review.easy'],
];

export function Review({ t, lang, onClose }: { t: TFunction; lang: string; onClose: () => void }) {
  const [item, setItem] = useState<ReviewItem | null | undefined>(undefined);
  const [revealed, setRevealed] = useState(false);
  const [error, setError] = useState('');
  const busy = useRef(false);
  const load = async () => {
    const r = await request('reviewNext', {});
    setRevealed(false);
    if (r.ok) setItem(r.value);
    else {
      setItem(null);
      setError(learnMessage(t, r.error));
    }
  };
  const grade = async (g: Grade) => {
    if (!item || !revealed || busy.current) return;
    busy.current = true;
    const r = await request('gradeCard', { id: item.word.id, grade: g });
    if (!r.ok) setError(learnMessage(t, r.error));
    await load();
    busy.current = false;
  };
  useEffect(() => {
    void load();
  }, []);
  // a card graded Again comes back in this session once it is due: wait for it
  const at = item?.at;
  useEffect(() => {
    if (!at) return;
    const timer = window.setTimeout(() => void load(), Math.max(0, Date.parse(at) - Date.now()) + 250);
    return () => clearTimeout(timer);
  }, [item]);
  // the key handler is registered once and reads the latest render's state, so a key pressed right after a
  // render is never handled by a stale closure
  const latest = useRef({ item, revealed, grade, onClose });
  latest.current = { item, revealed, grade, onClose };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || (e.target as HTMLElement | null)?.closest?.('input, select, textarea')) return;
      const { item, revealed, grade, onClose } = latest.current;
      if (e.key === 'Escape') onClose();
      else if (!revealed && (e.key === ' ' || e.key === 'Enter')) {
        e.preventDefault();
        if (item && !item.at) setRevealed(true);
      } else if (revealed && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        void grade(Number(e.key) as Grade);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const now = new Date();
  const waiting = item?.at ? item : null;
  const w = waiting ? undefined : item?.word;
  return (
    <div class="review" data-testid="review">
      <header class="bar">
        <h1>{t('review.title')}</h1>
        <button type="button" onClick={onClose} data-testid="review-back">
          {t('review.back')}
        </button>
      </header>
      {error && (
        <p class="status status-error" role="alert">
          {error}
        </p>
      )}
      {item === undefined && <p class="note">{t('review.loading')}</p>}
      {(item === null || waiting) && (
        <p class="status" data-testid="review-done">
          {t('review.done')}
        </p>
      )}
      {waiting?.at && (
        <p class="note" data-testid="review-soon">
          {t('review.soon', { when: relativeDue(waiting.at, now, lang) })}
        </p>
      )}
      {item && w && (
        <>
          <p class="note" data-testid="review-left">
            {t('review.left', { count: item.due })}
          </p>
          <p class="note">{t('review.cue')}</p>
          <blockquote lang="ar" dir="rtl" class="cue" data-testid="review-cue">
            {w.sentence.text.slice(0, w.sentence.start)}
            <mark>{w.sentence.text.slice(w.sentence.start, w.sentence.end)}</mark>
            {w.sentence.text.slice(w.sentence.end)}
          </blockquote>
          {!revealed ? (
            <button type="button" class="reveal" data-testid="reveal" onClick={() => setRevealed(true)}>
              {t('review.reveal')}
            </button>
          ) : (
            <div class="answer" data-testid="review-answer">
              <div>
                <bdi lang="ar" dir="rtl" class="lemma">
                  {w.vowelled}
                </bdi>{' '}
                {w.translit && <span class="translit">{w.translit}</span>}{' '}
                {w.root && (
                  <bdi lang="ar" dir="rtl" class="root">
                    {w.root}
                  </bdi>
                )}
              </div>
              <div lang="en" dir="ltr" class="gloss">
                {w.gloss}
              </div>
              {w.note && <div class="note">{w.note}</div>}
              {w.title && <div class="note">{t('review.from', { title: w.title })}</div>}
              <div class="grades" role="group" aria-label={t('review.grades')}>
                {GRADES.map(([g, label]) => (
                  <button type="button" key={g} data-testid={`grade-${g}`} onClick={() => void grade(g)}>
                    <kbd>{g}</kbd> {t(label)}
                    <small>{relativeDue(item.next[g], now, lang)}</small>
                  </button>
                ))}
              </div>
            </div>
          )}
          <p class="note keys">{t('review.keys')}</p>
        </>
      )}
    </div>
  );
}
