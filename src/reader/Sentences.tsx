/**
 * One Arabic sentence (its words are the glossary's targets, entity mentions underlined by type) and its English line.
 * Sentences and lines carry data-s, the sentence index, which the reader uses to pair them on hover and focus.
 */
import type { TFunction } from 'i18next';
import type { VowelSpan } from '../shared/messages';
import type { EnglishLine as Line, Run } from './layout';
import { stripHarakat } from './layout';

export interface SentenceView {
  text: string;
  /** show the diacritics as written */
  harakat: boolean;
  /** "Add vowels" on: each word as read, by its start offset (null when off or not yet known) */
  vowels: ReadonlyMap<number, VowelSpan> | null;
  /** the sentence highlighted (pointer or focus on it or on its English line) */
  highlight: number | null;
  /** the sentence that is the keyboard's tab stop */
  cursor: number;
  /** the word the keyboard is on: sentence index and word index within it */
  word: { s: number; w: number } | null;
  /** the offline gists are still being computed */
  pending: boolean;
  t: TFunction;
}

export function ArabicSentence({ i, runs, v }: { i: number; runs: Run[]; v: SentenceView }) {
  const show = (s: string) => (v.harakat ? s : stripHarakat(s));
  let w = -1;
  const pieces = (run: Run) =>
    run.pieces.map((p) => {
      const read = p.word ? v.vowels?.get(p.start) : undefined;
      const text = read?.end === p.end ? read.vowelled : show(v.text.slice(p.start, p.end));
      if (!p.word) return text;
      w++;
      const current = v.word?.s === i && v.word.w === w;
      return (
        <span class={current ? 'w w-current' : 'w'} data-start={p.start} key={p.start}>
          {text}
        </span>
      );
    });
  return (
    // the one tab stop into the text says how the keys move from there
    <span
      class={`ar-s${v.highlight === i ? ' hl' : ''}`}
      data-s={i}
      data-testid="ar-sentence"
      tabIndex={i === v.cursor ? 0 : -1}
      aria-describedby={i === v.cursor ? 'reader-keys' : undefined}
    >
      {runs.map((run, k) =>
        run.entity ? (
          <span
            class={`ent ent-${run.entity.type.toLowerCase()}`}
            title={`${v.t(`entityType.${run.entity.type}`)}: ${run.entity.english}`}
            key={k}
          >
            {pieces(run)}
          </span>
        ) : (
          pieces(run)
        ),
      )}
    </span>
  );
}

export function EnglishLine({ i, line, v, lang }: { i: number; line: Line; v: SentenceView; lang: string }) {
  const cls = `en-line${line.point !== undefined ? ' en-point' : ''}${line.text ? '' : ' en-empty'}${v.highlight === i ? ' hl' : ''}`;
  return (
    <span class={cls} data-s={i} data-testid="en-line" lang="en" dir="ltr">
      {line.point !== undefined && (
        <>
          <span class="point-mark" aria-hidden="true" title={v.t('reader.pointLine')}>
            ★
          </span>
          <span class="sr-only" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
            {v.t('reader.pointLine')}:{' '}
          </span>
        </>
      )}
      {line.text || (
        <span class="muted" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
          {v.pending ? '…' : v.t('reader.noGist')}
        </span>
      )}
    </span>
  );
}
