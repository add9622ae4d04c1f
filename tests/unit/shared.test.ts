/** Locales, message validation and settings: the contracts between contexts. */
import ar from '../../locales/ar/translation.json';
import en from '../../locales/en/translation.json';
import { specs } from '../../src/background/specs';
import { parseEnvelope } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../src/shared/settings';
import { resolveLanguage } from '../../src/shared/i18n';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

test('the English and Arabic locales have the same keys', () => {
  expect(keys(ar).sort()).toEqual(keys(en).sort());
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
