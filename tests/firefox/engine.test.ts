/**
 * The Firefox Translations engine in Firefox: its worker starts in the background page itself (Firefox's event page
 * can start workers; Chrome needs an offscreen document) and its WebAssembly boots under the extension's CSP.
 * No model exists on this machine: a request for English says so.
 */
import { launch, type FirefoxHarness } from './harness';

let h: FirefoxHarness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

test('the engine boots in the background page, with no model', async () => {
  expect(await h.send('engineStatus')).toEqual({ model: null, running: false, loaded: false });
  const boot = await h.send<{ ms: number }>('engineBoot');
  expect(typeof boot.ms).toBe('number');
  expect(await h.send('engineStatus')).toEqual({ model: null, running: true, loaded: false });
  await expect(h.send('engineEnglish', { text: 'قال الوزير.', sentences: [{ start: 0, end: 11 }] })).rejects.toThrow('noModel');
});

test('nothing was thrown into any console', () => {
  expect(h.errors).toEqual([]);
});
