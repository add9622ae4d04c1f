/** The glossary tooltip: phrase first, then the word's segments, lemma, root, glosses, other readings. */
import type { TFunction } from 'i18next';
import { readingTranslit } from '../../core/text';
import type { LookupResult, RootWord, WordAnalysis } from '../../shared/messages';
import { featureLabel } from '../../ui/feature-label';
import { trusted } from '../guard';

/** A reading the learner saved, or saved and marked known (null: neither). */
export type LearnState = 'saved' | 'known' | null;

export interface TooltipProps {
  result: LookupResult;
  /** which analysis is shown as the main one (cycled with A) */
  active: number;
  t: TFunction;
  rootWords?: { root: string; words: RootWord[] } | null;
  onRoot: (root: string) => void;
  note?: string;
  /** saves the shown reading (known: also mark it as known); absent where saving is not possible */
  onSave?: (known: boolean) => void;
  /** reads the word aloud; absent when the browser has no Arabic voice */
  onSpeak?: () => void;
  /** for each analysis, whether it is a saved word (and known) */
  states?: readonly LearnState[];
}

/** "In your words" or "You know this word" beside the word. */
function StateBadge({ state, t }: { state: LearnState; t: TFunction }) {
  if (!state) return null;
  return (
    <span class={`learn-state learn-${state}`} data-state={state}>
      {state === 'known' ? `✓ ${t('tooltip.youKnow')}` : `★ ${t('tooltip.inWords')}`}
    </span>
  );
}

function Segments({ a, t }: { a: WordAnalysis; t: TFunction }) {
  if (a.segments.length < 2) return null;
  return (
    <div class="segments" aria-label={t('tooltip.role.stem')}>
      {a.segments.map((s, i) => (
        <span class={`seg seg-${s.role}`} key={i} title={t(`tooltip.role.${s.role}`)}>
          {i > 0 && (
            <span class="plus" aria-hidden="true">
              +
            </span>
          )}
          <bdi lang="ar" dir="rtl" class="seg-ar">
            {s.text}
          </bdi>
          {s.gloss && s.role !== 'stem' && (
            <span class="seg-gloss" lang="en">
              {s.gloss.split(';')[0]}
            </span>
          )}
        </span>
      ))}
    </div>
  );
}

function Main({ a, t, onRoot }: { a: WordAnalysis; t: TFunction; onRoot: (root: string) => void }) {
  const known = a.pos !== 'unknown';
  const label = featureLabel(a, t);
  return (
    <div class="main">
      <div class="lemma-line">
        <bdi class="lemma" lang="ar" dir="rtl">
          {a.lemma}
        </bdi>
        {a.translit && (
          <span class="translit" lang="ar-Latn">
            {a.translit}
          </span>
        )}
        <span class="pos">{t(`tooltip.pos.${a.pos}`, { defaultValue: a.pos })}</span>
        {a.verbForm && a.pos === 'verb' && <span class="pos">{t('tooltip.verbForm', { form: a.verbForm })}</span>}
      </div>
      {label && <div class="features">{label}</div>}
      {a.reason && <div class="reason">{t(`tooltip.reason.${a.reason.rule}`, { word: a.reason.word ?? '', defaultValue: '' })}</div>}
      {known && a.gloss.length > 0 ? (
        <>
          <ol class="glosses" lang="en">
            {a.gloss.slice(0, 5).map((g, i) => (
              <li key={i}>{g}</li>
            ))}
          </ol>
          {a.note && <div class="usage-note">{a.note}</div>}
        </>
      ) : (
        <div class="unknown">{t('tooltip.unknown')}</div>
      )}
      {a.root && (
        <div class="root">
          {t('tooltip.root')}:{' '}
          <button
            type="button"
            class="root-btn"
            lang="ar"
            dir="rtl"
            onClick={trusted(() => onRoot(a.root!))}
            title={t('tooltip.rootWords')}
          >
            {a.root}
          </button>
        </div>
      )}
    </div>
  );
}

/** Entries of the user's imported dictionaries: text only, whatever markup the dictionary file had. */
function Extra({ extra, t }: { extra: NonNullable<LookupResult['extra']>; t: TFunction }) {
  return (
    <div class="extra">
      <div class="label">{t('tooltip.fromDictionaries')}</div>
      <ul>
        {extra.map((e, i) => (
          <li key={i} class="extra-entry">
            <bdi lang="ar" dir="rtl">
              {e.term}
            </bdi>
            {e.reading && <span class="translit"> {e.reading}</span>} <span class="extra-dict">({e.dictionary})</span>
            <ol class="extra-glosses">
              {e.glosses.slice(0, 4).map((g, j) => (
                <li key={j} dir="auto">
                  {g}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Tooltip({ result, active, t, rootWords, onRoot, note, onSave, onSpeak, states }: TooltipProps) {
  const shown = result.analyses[active] ? active : 0;
  const a = result.analyses[shown];
  const state = states?.[shown] ?? null;
  const others = result.analyses
    .map((o, i) => ({ o, state: states?.[i] ?? null }))
    .filter((_, i) => i !== shown)
    .slice(0, 3);
  return (
    <div class="tooltip" role="tooltip" aria-live="polite">
      {result.phrase && (
        <div class="phrase">
          <div class="label">{t('tooltip.phrase')}</div>
          <bdi class="phrase-ar" lang="ar" dir="rtl">
            {result.phrase.text}
          </bdi>
          <div class="phrase-gloss" lang="en">
            {result.phrase.gloss.join('; ')}
          </div>
        </div>
      )}
      {result.entity && (
        <div class={`entity entity-${result.entity.type.toLowerCase()}`}>
          <span class="label">{t(`entityType.${result.entity.type}`)}</span> <strong lang="en">{result.entity.english}</strong>
          {result.entity.role && <span class="role"> — {result.entity.role}</span>}
          {result.entity.guessed && <span class="guess"> ({t('tooltip.guessedName')})</span>}
        </div>
      )}
      <div class="word-line">
        <StateBadge state={state} t={t} />
        <div class="word" lang="ar" dir="rtl">
          {result.word}
        </div>
      </div>
      {a?.vowelled && (
        <div class="as-read" title={t('tooltip.asRead')}>
          {a.vowelled !== result.word && (
            <bdi class="read" lang="ar" dir="rtl">
              {a.vowelled}
            </bdi>
          )}
          <span class="reading" lang="ar-Latn">
            {readingTranslit(a)}
          </span>
        </div>
      )}
      {a && <Segments a={a} t={t} />}
      {a && <Main a={a} t={t} onRoot={onRoot} />}
      {result.extra && result.extra.length > 0 && <Extra extra={result.extra} t={t} />}
      {rootWords && rootWords.words.length > 0 && (
        <div class="root-words">
          <div class="label">
            {t('tooltip.rootWords')} <bdi lang="ar">{rootWords.root}</bdi>
          </div>
          <ul>
            {rootWords.words.slice(0, 12).map((w, i) => (
              <li key={i}>
                <bdi lang="ar" dir="rtl">
                  {w.lemma}
                </bdi>{' '}
                <span lang="en">{w.gloss}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {others.length > 0 && (
        <details class="others">
          <summary>{t('tooltip.otherAnalyses')}</summary>
          <ul>
            {others.map(({ o, state: s }, i) => (
              <li key={i}>
                <bdi lang="ar" dir="rtl">
                  {o.lemma}
                </bdi>{' '}
                <span class="pos">{t(`tooltip.pos.${o.pos}`, { defaultValue: o.pos })}</span>{' '}
                <span lang="en">{o.gloss.slice(0, 2).join('; ')}</span> <StateBadge state={s} t={t} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="footer">
        {onSpeak && (
          <button type="button" class="act speak" onClick={trusted(onSpeak)} title={t('aids.speakWord')} aria-label={t('aids.speakWord')}>
            🔊
          </button>
        )}
        {onSave && a && a.pos !== 'unknown' && (
          <span class="actions">
            {!state && (
              <button type="button" class="act" onClick={trusted(() => onSave(false))}>
                {t('tooltip.save')}
              </button>
            )}
            <button type="button" class="act" aria-pressed={state === 'known'} onClick={trusted(() => onSave(true))}>
              {state === 'known' ? t('tooltip.notKnown') : t('tooltip.known')}
            </button>
          </span>
        )}
        <span class="keys" title={t('tooltip.keys')}>
          {note ?? (onSave ? t('tooltip.keysShort') : t('tooltip.keys'))}
        </span>
      </div>
    </div>
  );
}
