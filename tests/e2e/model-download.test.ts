/**
 * The model download from the options page, in Chromium, against a fake Remote Settings on 127.0.0.1: a wrong
 * hash is refused and nothing kept; progress, cancel and resume; offline; storage full; remove. The bytes are not a
 * real model (none exists on this machine), so loading and translating with them is not part of these tests.
 */
import type { Page } from 'playwright-core';
import { FILES, TOTAL, startFakeRegistry, type FakeRegistry } from './fake-registry';
import { launchWithHostAccess, type Browser } from './host-access';

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

jest.setTimeout(90000);

let b: Browser;
let reg: FakeRegistry;

beforeAll(async () => {
  reg = await startFakeRegistry();
  b = await launchWithHostAccess();
  await b.worker.evaluate((server) => chrome.storage.local.set({ modelRegistry: server }), reg.server);
});
afterAll(async () => {
  await b?.close();
  await reg?.close();
});

async function options(init?: () => void): Promise<Page> {
  const page = await b.context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.locator('[data-testid=model-panel]').waitFor();
  return page;
}

const text = (page: Page, id: string) => page.locator(`[data-testid=${id}]`).textContent();
const cacheKeys = (page: Page) =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const out: string[] = [];
    for (const n of names) for (const r of await (await caches.open(n)).keys()) out.push(`${n} ${r.url}`);
    return out;
  });
const fileRequests = (name: string) => reg.requests.filter((r) => r.endsWith(`/${name}`)).length;

test('a file whose hash is not the published one is refused, and nothing is kept', async () => {
  reg.wrongHash = 'vocab';
  const page = await options();
  await page.click('[data-testid=model-download]');
  await page.locator('[data-testid=model-error]').waitFor({ timeout: 30000 });
  expect(await text(page, 'model-error')).toContain('did not match its published SHA-256');
  // the model and shortlist were fetched and checked before the vocabulary failed: they are gone too
  expect(fileRequests(FILES[0].name)).toBe(1);
  expect(await cacheKeys(page)).toEqual([]);
  const status = (await page.evaluate(() => chrome.runtime.sendMessage({ tarjuman: 1, type: 'engineStatus', params: {} }))) as {
    value: { model: unknown };
  };
  expect(status.value.model).toBeNull();
  reg.wrongHash = null;
  await page.close();
});

test('progress, cancel in the middle, then download again resumes after the files already checked', async () => {
  const before = fileRequests(FILES[0].name);
  const page = await options();
  await page.click('[data-testid=model-download]');
  // cancel while the slow second file is coming: the first is stored, the second is not
  await page.waitForFunction(
    (first) => Number(document.querySelector('[data-testid=model-progress]')?.getAttribute('value')) > first + 40_000,
    FILES[0].size,
    { timeout: 30000 },
  );
  expect(await page.locator('[data-testid=model-progress]').getAttribute('max')).toBe(String(TOTAL));
  await page.click('[data-testid=model-cancel]');
  await page.locator('[data-testid=model-cancelled]').waitFor();
  expect(await cacheKeys(page)).toHaveLength(1);
  expect(fileRequests(FILES[0].name)).toBe(before + 1);
  await page.click('[data-testid=model-download]');
  await page.locator('[data-testid=model-remove]').waitFor({ timeout: 30000 });
  // the stored first file was not fetched again; the cancelled one was fetched from its start
  expect(fileRequests(FILES[0].name)).toBe(before + 1);
  expect(await text(page, 'model-state')).toBe('Ready: version 1.0, stored in this browser.');
  expect(await text(page, 'model-details')).toContain(`${(TOTAL / 1e6).toFixed(1)} MB in 3 files`);
  expect(await text(page, 'model-details')).toContain(`Source: ${reg.server}/buckets/main/collections/translations-models/records`);
  expect(await cacheKeys(page)).toHaveLength(4);
  await page.close();
});

test('remove frees the storage and says so', async () => {
  const page = await options();
  expect(await text(page, 'model-remove')).toBe(`Remove the model (${(TOTAL / 1e6).toFixed(1)} MB)`);
  await page.click('[data-testid=model-remove]');
  await page.locator('[data-testid=model-download]').waitFor();
  expect(await text(page, 'model-state')).toContain('Not downloaded');
  expect(await cacheKeys(page)).toEqual([]);
  await page.close();
});

test('offline: a clear message, nothing stored', async () => {
  const page = await options();
  await b.context.setOffline(true);
  try {
    await page.click('[data-testid=model-download]');
    await page.locator('[data-testid=model-error]').waitFor({ timeout: 30000 });
    expect(await text(page, 'model-error')).toBe('You are offline: connect to the internet and try again.');
  } finally {
    await b.context.setOffline(false);
  }
  // the browser logs the refused request itself; that line is the test's doing, not the extension's
  b.errors.splice(0, b.errors.length, ...b.errors.filter((e) => !e.endsWith('net::ERR_INTERNET_DISCONNECTED')));
  expect(await cacheKeys(page)).toEqual([]);
  await page.close();
});

test('storage full: a clear message before anything is fetched', async () => {
  const requests = reg.requests.length;
  // the browser's own estimate says there is less room than the model needs
  const page = await options(() => {
    Object.defineProperty(navigator.storage, 'estimate', { value: async () => ({ quota: 1_000_000, usage: 900_000 }) });
  });
  await page.click('[data-testid=model-download]');
  await page.locator('[data-testid=model-error]').waitFor({ timeout: 30000 });
  expect(await text(page, 'model-error')).toBe('There is not enough storage space for the model. Free some space and try again.');
  // only the registry was read
  expect(reg.requests.slice(requests).every((r) => r.startsWith('/v1/'))).toBe(true);
  expect(await cacheKeys(page)).toEqual([]);
  await page.close();
});

test('the main thread stays free while the engine works in its worker', async () => {
  const page = await options();
  const r = await page.evaluate(async () => {
    // the worker exists before the watch starts and is stopped after it ends: what is watched is its work alone,
    // compiling and instantiating the 5 MB WebAssembly (about a second on this machine), as the offscreen document hosts it
    const w = new Worker('bergamot/translator-worker.js');
    await new Promise((r) => setTimeout(r, 200));
    const seen: number[] = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => seen.push(Math.round(e.duration))));
    obs.observe({ type: 'longtask' });
    const booted = await new Promise<boolean>((resolve) => {
      w.onmessage = (e) => resolve(!e.data.error);
      w.postMessage({ id: 1, name: 'initialize', args: [{}] });
    });
    await new Promise((r) => setTimeout(r, 100));
    obs.disconnect();
    w.terminate();
    return { seen, booted };
  });
  expect(r.booted).toBe(true);
  expect(r.seen).toEqual([]);
  await page.close();
});

test('nothing was thrown into any console', () => {
  expect(b.errors).toEqual([]);
});
