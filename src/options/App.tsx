/** The options page: hover behaviour, theme, interface language, and the optional English providers. */
import { useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { useSettings } from '../ui/use-settings';

export function App() {
  const { settings, i18n, update } = useSettings();
  const t = i18n.t.bind(i18n);
  const [note, setNote] = useState<string>('');
  const save = async (patch: Partial<Settings>) => {
    const err = await update(patch);
    setNote(err ? t('options.saveFailed', { message: err }) : t('options.saved'));
  };
  const select = <K extends keyof Settings>(key: K, options: Array<[string, string]>, label: string) => (
    <label class="row">
      <span>{label}</span>
      <select
        value={String(settings[key])}
        onChange={(e) => void save({ [key]: (e.target as HTMLSelectElement).value } as Partial<Settings>)}
      >
        {options.map(([v, l]) => (
          <option value={v} key={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  const check = (key: 'enabled' | 'hoverInInputs' | 'otherArabicScript' | 'highlights', label: string) => (
    <label class="row check">
      <input type="checkbox" checked={settings[key]} onChange={(e) => void save({ [key]: (e.target as HTMLInputElement).checked })} />
      <span>{label}</span>
    </label>
  );
  return (
    <div class="options">
      <h1>{t('options.title')}</h1>
      <section>
        <h2>{t('options.general')}</h2>
        {check('enabled', t('options.enabled'))}
        {select(
          'modifier',
          [
            ['none', t('options.modifierNone')],
            ['shift', t('options.modifierShift')],
            ['alt', t('options.modifierAlt')],
            ['ctrl', t('options.modifierCtrl')],
          ],
          t('options.modifier'),
        )}
        {select(
          'theme',
          [
            ['auto', t('options.themeAuto')],
            ['light', t('options.themeLight')],
            ['dark', t('options.themeDark')],
          ],
          t('options.theme'),
        )}
        {select(
          'uiLanguage',
          [
            ['auto', t('options.languageAuto')],
            ['en', 'English'],
            ['ar', 'العربية'],
          ],
          t('options.uiLanguage'),
        )}
        {check('hoverInInputs', t('options.hoverInInputs'))}
        {check('otherArabicScript', t('options.otherScripts'))}
      </section>
      <section>
        <h2>{t('options.provider')}</h2>
        {select(
          'provider',
          [
            ['offline', t('options.providerOffline')],
            ['translator', t('options.providerTranslator')],
            ['openai', t('options.providerOpenai')],
          ],
          t('options.provider'),
        )}
        {settings.provider === 'openai' && (
          <div class="provider">
            {(['baseUrl', 'model', 'apiKey'] as const).map((k) => (
              <label class="row" key={k}>
                <span>{t(`options.${k}`)}</span>
                <input
                  type={(k === 'apiKey' ? 'password' : 'text') as 'text'}
                  value={settings.openai[k]}
                  autocomplete="off"
                  onChange={(e) => void save({ openai: { ...settings.openai, [k]: (e.target as HTMLInputElement).value } })}
                />
              </label>
            ))}
          </div>
        )}
      </section>
      <p class="note" role="status">
        {note}
      </p>
    </div>
  );
}
