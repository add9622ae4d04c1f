/** Locales, message validation and settings: the contracts between contexts. */
import ar from '../../../locales/ar/translation.json';
import en from '../../../locales/en/translation.json';
import { specs } from '../../../src/background/specs';
import { parseEnvelope } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS, keyFollowsEndpoint, sanitizeSettings, withoutSecrets, type Settings } from '../../../src/shared/settings';
import { resolveLanguage } from '../../../src/shared/i18n';
import { createI18nFrom } from '../../../src/shared/i18n-core';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

/** a counted string's plural forms: English has one and other, Arabic all six (Intl.PluralRules('ar')) */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const AR_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const valueOf = (o: object, key: string): unknown => key.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)?.[p], o);

test('the English and Arabic locales have the same keys (a counted string has its own plural forms in each)', () => {
  const base = (o: object) => [...new Set(keys(o).map((k) => k.replace(PLURAL, '')))].sort();
  expect(base(ar)).toEqual(base(en));
});

test('every counted string has all six Arabic plural forms and both English ones, and no bare key', () => {
  const counted = [
    ...new Set(
      [...keys(en), ...keys(ar)]
        .filter((k) => /\{\{count\}\}/.test(String(valueOf(en, k) ?? valueOf(ar, k))))
        .map((k) => k.replace(PLURAL, '')),
    ),
  ];
  expect(counted.length).toBeGreaterThanOrEqual(5);
  const missing: string[] = [];
  for (const k of counted) {
    for (const f of AR_FORMS) if (typeof valueOf(ar, `${k}_${f}`) !== 'string') missing.push(`ar ${k}_${f}`);
    for (const f of ['one', 'other']) if (typeof valueOf(en, `${k}_${f}`) !== 'string') missing.push(`en ${k}_${f}`);
    if (valueOf(ar, k) !== undefined || valueOf(en, k) !== undefined) missing.push(`bare ${k}`);
  }
  expect(missing).toEqual([]);
});

test('"4 mentions" and every other count reads in Arabic in the Arabic interface, never in English', () => {
  const t = createI18nFrom('ar', { en, ar }).t;
  expect(t('popup.mentions', { count: 4 })).toBe('ذُكر 4 مرات');
  expect(t('popup.mentions', { count: 2 })).toBe('ذُكر مرتين');
  expect(t('popup.mentions', { count: 11 })).toBe('ذُكر 11 مرة');
  for (const n of [0, 1, 2, 3, 10, 11, 99, 100, 101, 1000])
    for (const k of ['popup.status.article', 'popup.mentions', 'vocab.exported', 'review.open', 'review.left'])
      expect(t(k, { count: n, filename: 'f' })).toMatch(/[\u0600-\u06FF]/);
});

test('every Arabic string is translated (not left in English), except key names and product names', () => {
  const untranslated = keys(ar).filter((k) => {
    const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], ar) as string;
    return !/[\u0600-\u06FF]/.test(v) && !/^(Shift|Alt|Ctrl)$/.test(v);
  });
  expect(untranslated).toEqual([]);
});

describe('messages are validated where they arrive', () => {
  test.each([
    [{ tarjuman: 1, type: 'lookup', params: { context: 'قال', offset: 0 } }, true],
    [{ tarjuman: 1, type: 'lookup', params: { context: 'قال', offset: 9 } }, false],
    [{ tarjuman: 1, type: 'lookup', params: { context: 'x'.repeat(6000), offset: 0 } }, false],
    [{ tarjuman: 1, type: 'lookupBatch', params: { items: [{ context: 'قال الوزير', offsets: [0, 4] }] } }, true],
    [{ tarjuman: 1, type: 'lookupBatch', params: { items: [{ context: 'قال', offsets: [0, 7] }] } }, false],
    [{ tarjuman: 1, type: 'lookupBatch', params: { items: [{ context: 'قال', offsets: ['0'] }] } }, false],
    [{ tarjuman: 1, type: 'lookupBatch', params: { items: Array.from({ length: 101 }, () => ({ context: 'قال', offsets: [0] })) } }, false],
    [
      {
        tarjuman: 1,
        type: 'lookupBatch',
        params: { items: Array.from({ length: 20 }, () => ({ context: 'ب'.repeat(4000), offsets: [0] })) },
      },
      false,
    ],
    [{ tarjuman: 1, type: 'getTabState', params: { tabId: 3 } }, true],
    [{ tarjuman: 1, type: 'getTabState', params: { tabId: -1 } }, false],
    [{ tarjuman: 1, type: 'nope', params: {} }, false],
    [{ type: 'lookup' }, false],
    ['string', false],
    [null, false],
    [{ tarjuman: 1, type: 'setSettings', params: { patch: { enabled: false } } }, true],
    [{ tarjuman: 1, type: 'glossText', params: { text: 'قال الوزير' } }, true],
    [{ tarjuman: 1, type: 'glossText', params: { text: 'x'.repeat(9000) } }, false],
    [{ tarjuman: 1, type: 'glossText', params: {} }, false],
  ])('%j → %s', (msg, valid) => {
    expect(parseEnvelope(msg, { kind: 'extension' }, specs)?.ok === true).toBe(valid);
  });
});

describe('settings from storage are sanitised', () => {
  test('unknown or wrong-typed fields fall back to defaults', () => {
    expect(sanitizeSettings({ modifier: 'hyper', enabled: 'yes', extra: 1 })).toEqual(DEFAULT_SETTINGS);
  });
  test('valid fields are kept', () => {
    const s = sanitizeSettings({ modifier: 'alt', uiLanguage: 'ar', openai: { model: 'llama3' } });
    expect(s.modifier).toBe('alt');
    expect(s.uiLanguage).toBe('ar');
    expect(s.openai.model).toBe('llama3');
    expect(s.openai.baseUrl).toBe(DEFAULT_SETTINGS.openai.baseUrl);
  });
  test('garbage is defaults', () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(42)).toEqual(DEFAULT_SETTINGS);
  });
});

test.each([
  ['auto', ['ar-EG', 'en'], 'ar'],
  ['auto', ['en-US', 'ar'], 'en'],
  ['auto', ['fr'], 'en'],
  ['ar', ['en-US'], 'ar'],
] as const)('UI language %s with browser %j → %s', (setting, langs, expected) => {
  expect(resolveLanguage(setting, langs)).toBe(expected);
});

describe('the API key', () => {
  const at = (baseUrl: string, apiKey: string): Settings => ({
    ...DEFAULT_SETTINGS,
    openai: { ...DEFAULT_SETTINGS.openai, baseUrl, apiKey },
  });
  test.each([
    ['the endpoint moves to another origin, key unchanged: dropped', at('https://a.example/v1', 'k'), at('https://b.example/v1', 'k'), ''],
    ['same origin, another path: kept', at('https://a.example/v1', 'k'), at('https://a.example/v2', 'k'), 'k'],
    ['another port is another origin: dropped', at('http://127.0.0.1:11434/v1', 'k'), at('http://127.0.0.1:8080/v1', 'k'), ''],
    ['a new key given with the new endpoint: kept', at('https://a.example/v1', 'k'), at('https://b.example/v1', 'k2'), 'k2'],
    ['the key changed, same endpoint: kept', at('https://a.example/v1', 'k'), at('https://a.example/v1', 'k2'), 'k2'],
  ])('%s', (_name, current, next, key) => {
    expect(keyFollowsEndpoint(current, next).openai.apiKey).toBe(key);
  });
  test('content scripts see the settings without it', () => {
    expect(withoutSecrets(at('https://a.example/v1', 'secret')).openai.apiKey).toBe('');
  });
});
