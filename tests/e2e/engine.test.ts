/**
 * The Firefox Translations engine inside the built extension, in Debian Chromium: its WebAssembly boots in the
 * offscreen document's worker under the extension's real CSP (and does not without 'wasm-unsafe-eval'), and the
 * options page shows that no model is stored. No model exists on this machine: translation itself is not run here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR, launch, type Harness } from './harness';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown>; getContexts?(f: object): Promise<Array<{ documentUrl?: string }>> };
};

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const ask = (page: Page, type: string) => page.evaluate((type) => chrome.runtime.sendMessage({ tarjuman: 1, type, params: {} }), type);

test('the shipped CSP allows WebAssembly and nothing more', () => {
  const m = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(m.content_security_policy.extension_pages).toBe(
    "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  );
  expect(m.permissions).toContain('offscreen');
});

test('the engine boots in an offscreen document under that CSP, with no model', async () => {
  const page = await h.newPage(`chrome-extension://${h.extensionId}/options.html`);
  const before = (await ask(page, 'engineStatus')) as { ok: boolean; value: { running: boolean; model: unknown } };
  expect(before).toEqual({ ok: true, value: { model: null, running: false, loaded: false } });
  const boot = (await ask(page, 'engineBoot')) as { ok: boolean; value?: { ms: number }; error?: string };
  expect(boot.error).toBeUndefined();
  expect(boot.ok && typeof boot.value?.ms).toBe('number');
  const after = (await ask(page, 'engineStatus')) as { value: { running: boolean; loaded: boolean } };
  expect(after.value).toMatchObject({ running: true, loaded: false });
  const contexts = await h.worker.evaluate(
    async () => (await chrome.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [],
  );
  expect(contexts.map((c) => c.documentUrl)).toEqual([`chrome-extension://${h.extensionId}/offscreen.html`]);
  // with no model, a request for English says so and the English column falls back
  const english = await page.evaluate(() =>
    chrome.runtime.sendMessage({ tarjuman: 1, type: 'engineEnglish', params: { text: 'قال الوزير.', sentences: [{ start: 0, end: 11 }] } }),
  );
  expect(english).toEqual({ ok: false, error: 'noModel' });
  await page.close();
});

test('the options page shows the model as not downloaded, with its size and a Download button', async () => {
  const page = await h.newPage(`chrome-extension://${h.extensionId}/options.html`);
  await page.waitForSelector('[data-testid=model-download]');
  expect(await page.locator('[data-testid=model-state]').textContent()).toContain('Not downloaded (about 30 MB');
  await page.close();
});

test('nothing was thrown into any page console', () => {
  expect(h.errors).toEqual([]);
});

test("without 'wasm-unsafe-eval' the same engine cannot start (the CSP is what allows it)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-nowasm-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  m.content_security_policy.extension_pages = "script-src 'self'; object-src 'none'";
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    const boot = (await ask(page, 'engineBoot')) as { ok: boolean; error?: string };
    expect(boot.ok).toBe(false);
    expect(boot.error).toMatch(/WebAssembly|wasm|Content Security Policy|CompileError/i);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
