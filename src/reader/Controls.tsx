/** The reader's display controls: text size, line spacing, diacritics, added vowels, entity highlights, English column, print. */
import type { TFunction } from 'i18next';
import type { EntityType } from '../core/model';
import { PREF_LIMITS, type ReaderPrefs } from './prefs';

const LEGEND: EntityType[] = ['PERSON', 'LOCATION', 'ORGANIZATION', 'DATE', 'NUMBER'];

export function Controls({ prefs, t, onChange }: { prefs: ReaderPrefs; t: TFunction; onChange: (patch: Partial<ReaderPrefs>) => void }) {
  const check = (key: 'harakat' | 'vowels' | 'entities' | 'english', label: string) => (
    <label class="check">
      <input
        type="checkbox"
        data-testid={`pref-${key}`}
        checked={prefs[key]}
        onChange={(e) => onChange({ [key]: (e.target as HTMLInputElement).checked })}
      />{' '}
      {label}
    </label>
  );
  const range = (key: 'size' | 'spacing', label: string, text: string) => (
    <label class="range">
      <span>{label}</span>
      <input
        type="range"
        data-testid={`pref-${key}`}
        min={PREF_LIMITS[key][0]}
        max={PREF_LIMITS[key][1]}
        step={2}
        value={prefs[key]}
        aria-valuetext={text}
        onInput={(e) => onChange({ [key]: Number((e.target as HTMLInputElement).value) })}
      />
      <output aria-hidden="true">{text}</output>
    </label>
  );
  return (
    <section class="controls" aria-label={t('reader.controls')}>
      {range('size', t('reader.fontSize'), `${prefs.size}px`)}
      {range('spacing', t('reader.lineSpacing'), (prefs.spacing / 10).toFixed(1))}
      {check('harakat', t('reader.diacritics'))}
      {check('vowels', t('aids.vowels'))}
      {check('entities', t('reader.entities'))}
      {prefs.entities && (
        <ul class="legend" aria-label={t('reader.legend')}>
          {LEGEND.map((type) => (
            <li key={type} class={`ent ent-${type.toLowerCase()}`}>
              {t(`entityType.${type}`)}
            </li>
          ))}
        </ul>
      )}
      {check('english', t('reader.english'))}
      <button type="button" onClick={() => window.print()}>
        {t('reader.print')}
      </button>
    </section>
  );
}
