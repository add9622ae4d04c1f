/** The options page: hover behaviour, theme, interface language, and the optional English providers. */
import type { TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import { request } from '../shared/client';
import type { OpenAiSettings, Settings } from '../shared/settings';
import { ModelPanel } from '../ui/ModelPanel';
import { useHostPermission } from '../ui/use-host-permission';
import { useSettings } from '../ui/use-settings';
import { Dictionaries } from './Dictionaries';
import { PageTabs, useOptionsPage } from './PageTabs';
import { Vocabulary } from './Vocabulary';

/** The endpoint's host permission (asked for on a click, as browsers require) and a connection test. */
function EndpointAccess({ openai, t }: { openai: OpenAiSettings; t: TFunction }) {
  const { endpoint, granted, request: requestAccess } = useHostPermission(openai.baseUrl);
  const [result, setResult] = useState('');
  if (!endpoint) return <p class="note">{t('options.badUrl')}</p>;
  // called straight from the click so the browser sees the user gesture
  const grant = () => requestAccess(() => setResult(t('options.accessDenied')));
  const test = async () => {
    setResult(t('options.testing'));
    const r = await request('testEndpoint', {});
    if (!r.ok) setResult(t('options.testFailed', { reason: r.error }));
    else if (r.value.kind === 'improved') setResult(t('options.testOk', { model: r.value.model }));
    else setResult(t('options.testFailed', { reason: t(`providerNote.${r.value.reason}`, { status: r.value.status ?? '' }) }));
  };
  return (
    <div class="access">
      <p class="note" data-testid="access">
        {t(granted ? 'options.access' : 'options.accessMissing', { origin: endpoint.origin })}
      </p>
      <p class="note">{t('options.providerPrivacy')}</p>
      {!granted && (
        <button type="button" onClick={grant} data-testid="grant">
          {t('options.grantAccess')}
        </button>
      )}{' '}
      <button type="button" onClick={() => void test()} data-testid="test-connection">
        {t('options.testConnection')}
      </button>
      <p class="note" role="status" data-testid="test-result">
        {result}
      </p>
    </div>
  );
}

export function App() {
  const { settings, i18n, update } = useSettings();
  const t = i18n.t.bind(i18n);
  const [note, setNote] = useState<string>('');
  const [page, setPage] = useOptionsPage();
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
  if (page === 'vocabulary')
    return (
      <div class="options">
        <h1>{t('options.title')}</h1>
        <PageTabs page={page} onPage={setPage} t={t} />
        <Vocabulary t={t} settings={settings} update={update} />
      </div>
    );
  return (
    <div class="options">
      <h1>{t('options.title')}</h1>
      <PageTabs page={page} onPage={setPage} t={t} />
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
            ['auto', t('options.providerAuto')],
            ['offline', t('options.providerOffline')],
            ['translator', t('options.providerTranslator')],
            ['bergamot', t('options.providerBergamot')],
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
            <label class="row">
              <span>{t('options.timeoutSeconds')}</span>
              <input
                type="number"
                min={1}
                max={300}
                value={settings.openai.timeoutSeconds}
                onChange={(e) =>
                  void save({ openai: { ...settings.openai, timeoutSeconds: Math.round(Number((e.target as HTMLInputElement).value)) } })
                }
              />
            </label>
            <EndpointAccess openai={settings.openai} t={t} />
          </div>
        )}
      </section>
      <section>
        <h2>{t('engine.section')}</h2>
        <ModelPanel t={t} />
      </section>
      <Dictionaries t={t} />
      <p class="note" role="status">
        {note}
      </p>
    </div>
  );
}
