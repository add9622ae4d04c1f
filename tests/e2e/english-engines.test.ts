/**
 * One English, the best available, on every surface (summary, reader view, bilingual column), in Chromium. No real
 * model exists on this machine, so the engine's WebAssembly worker is replaced by a stand-in speaking the same
 * protocol (initialize, loadTranslationModel, translate): everything around it is the real thing — the download
 * from a fake Remote Settings with SHA-256 checks, the offscreen document, the model loaded from the Cache API after
 * a second check, our names and figures added back where the engine dropped them, and the engine named on each line.
 * A stand-in on-device Translator shows the order: the translator when available, the user's choice first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { startFakeRegistry, type FakeRegistry } from './fake-registry';
import { EXTENSION_DIR, tabIdOf } from './harness';
import { launchWithHostAccess, type Browser } from './host-access';

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

jest.setTimeout(120000);

/** The stand-in engine: every sentence becomes "EN(<its length>)", so names and figures are always dropped. */
const FAKE_WORKER = `self.addEventListener('message', function (e) {
  var d = e.data, result;
  if (d.name === 'translate') result = d.args[0].texts.map(function (t) { return { target: { text: 'EN(' + t.text.length + ')' } }; });
  self.postMessage({ id: d.id, result: result });
});`;

let b: Browser;
let reg: FakeRegistry;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-fake-engine-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'bergamot', 'translator-worker.js'), FAKE_WORKER);
  reg = await startFakeRegistry();
  b = await launchWithHostAccess(dir);
  await b.worker.evaluate((server) => chrome.storage.local.set({ modelRegistry: server }), reg.server);
});
afterAll(async () => {
  await b?.close();
  await reg?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const configure = (patch: Partial<Settings>) =>
  b.worker.evaluate((settings) => chrome.storage.local.set({ settings }), { ...DEFAULT_SETTINGS, ...patch });

/** A stand-in on-device Translator that is ready ("available"). */
const availableTranslator = () => {
  Object.defineProperty(self, 'Translator', {
    value: {
      availability: async () => 'available',
      create: async () => ({ translate: async (text: string) => `TR(${text.length})`, destroy() {} }),
    },
  });
};

async function article(): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(`${reg.server.replace('/v1', '')}/article`);
  const tabId = await tabIdOf(b.worker, page);
  // wait until the tab has reported its analysed article
  const ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/options.html`);
  await ext.waitForFunction(
    async (tabId) => {
      const r = (await chrome.runtime.sendMessage({ tarjuman: 1, type: 'getTabState', params: { tabId } })) as {
        value?: { status?: string };
      };
      return r.value?.status === 'article';
    },
    tabId,
    { timeout: 20000, polling: 300 },
  );
  await ext.close();
  return { page, tabId };
}

async function reader(tabId: number, init?: () => void): Promise<{ r: Page }> {
  const r = await b.context.newPage();
  if (init) await r.addInitScript(init);
  await r.goto(`chrome-extension://${b.extensionId}/reader.html?tab=${tabId}`);
  await r.waitForSelector('[data-testid=reader-engine]', { timeout: 20000 });
  return { r };
}

const readLines = (r: Page) => r.locator('[data-testid=en-line]').allTextContents();

test('no model, no translator: the offline gist, named, and the reader offers the download with its size', async () => {
  await configure({ provider: 'auto' });
  const { page, tabId } = await article();
  const { r } = await reader(tabId);
  await r.locator('[data-testid=reader-offer-model]').waitFor({ timeout: 20000 });
  expect(await r.locator('[data-testid=reader-engine]').textContent()).toBe('English by: offline gist');
  expect(await r.locator('[data-testid=reader-offer-model] summary').textContent()).toContain('about 30 MB');
  await r.close();
  await page.close();
});

test('with the model downloaded: reader, summary and bilingual column are written by it, names and figures kept', async () => {
  const opts = await b.context.newPage();
  await opts.goto(`chrome-extension://${b.extensionId}/options.html`);
  await opts.click('[data-testid=model-download]');
  await opts.locator('[data-testid=model-remove]').waitFor({ timeout: 30000 });
  await opts.close();

  const { page, tabId } = await article();
  const { r } = await reader(tabId);
  await r.waitForFunction(
    () => document.querySelector('[data-testid=reader-engine]')?.textContent === 'English by: Firefox Translations model, on this computer',
    undefined,
    { timeout: 30000 },
  );
  await r.waitForFunction(
    () => [...document.querySelectorAll('[data-testid=en-line]')].every((l) => l.textContent?.includes('EN(')),
    undefined,
    {
      timeout: 30000,
    },
  );
  const lines = await readLines(r);
  // the stand-in drops every name and figure: ours come back in brackets after its English
  const state = (await r.evaluate(
    (tabId) => chrome.runtime.sendMessage({ tarjuman: 1, type: 'getTabState', params: { tabId } }),
    tabId,
  )) as { value: { article: { entities: Array<{ english: string; type: string }> } } };
  const names = state.value.article.entities.filter((e) => e.type === 'PERSON' || e.type === 'LOCATION').map((e) => e.english);
  const repaired = lines.filter((l) => /\[.+\]$/.test(l));
  expect(repaired.length).toBeGreaterThan(0);
  expect(repaired.some((l) => names.some((n) => l.includes(n)))).toBe(true);
  expect(lines.some((l) => /\[[^\]]*2025[^\]]*\]/.test(l))).toBe(true);
  await r.close();

  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForFunction(
    () => document.querySelector('[data-testid=provider]')?.textContent === 'English by: Firefox Translations model, on this computer',
    undefined,
    { timeout: 30000 },
  );
  await popup.locator('[data-testid=translation]').first().waitFor();
  expect((await popup.locator('[data-testid=translation]').allTextContents()).every((t) => t.startsWith('EN('))).toBe(true);
  // the summary still selects its points with our own analysis
  expect(await popup.locator('[data-testid=point]').count()).toBeGreaterThan(0);
  await popup.evaluate(
    (tabId) => chrome.runtime.sendMessage({ tarjuman: 1, type: 'tabCommand', params: { tabId, command: 'toggle-bilingual', on: true } }),
    tabId,
  );
  await popup.close();
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('tarjuman-bilingual')];
      return all.length > 0 && all.every((el) => el.shadowRoot!.querySelectorAll('.s.pending').length === 0);
    },
    undefined,
    { timeout: 30000 },
  );
  const bilingual = await page.evaluate(() =>
    [...document.querySelectorAll('tarjuman-bilingual')].map((el) => ({
      note: el.shadowRoot!.querySelector('.note')?.textContent,
      lines: [...el.shadowRoot!.querySelectorAll('.s')].map((s) => s.textContent ?? ''),
    })),
  );
  expect(bilingual.every((h) => h.note?.startsWith('Firefox Translations model, on this computer'))).toBe(true);
  expect(bilingual.flatMap((h) => h.lines).every((l) => l.startsWith('EN('))).toBe(true);
  await page.close();
});

test("the on-device translator, when available, goes before the model; the user's choice goes first", async () => {
  const { page, tabId } = await article();
  await configure({ provider: 'auto' });
  const { r } = await reader(tabId, availableTranslator);
  await r.waitForFunction(
    () => document.querySelector('[data-testid=reader-engine]')?.textContent === 'English by: on-device translator',
    undefined,
    {
      timeout: 30000,
    },
  );
  await r.close();
  await configure({ provider: 'bergamot' });
  const second = await reader(tabId, availableTranslator);
  await second.r.waitForFunction(
    () => document.querySelector('[data-testid=reader-engine]')?.textContent === 'English by: Firefox Translations model, on this computer',
    undefined,
    { timeout: 30000 },
  );
  await second.r.close();
  await configure({ provider: 'offline' });
  const third = await reader(tabId, availableTranslator);
  await third.r.waitForFunction(() => [...document.querySelectorAll('[data-testid=en-line]')].every((l) => l.textContent !== '…'));
  expect(await third.r.locator('[data-testid=reader-engine]').textContent()).toBe('English by: offline gist');
  expect((await readLines(third.r)).some((l) => l.startsWith('EN(') || l.startsWith('TR('))).toBe(false);
  await third.r.close();
  await page.close();
});

test('nothing was thrown into any console', () => {
  expect(b.errors).toEqual([]);
});
