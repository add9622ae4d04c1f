/**
 * Firefox end-to-end harness: Debian's firefox-esr (never a downloaded browser), headless, driven by puppeteer-core
 * over WebDriver BiDi, with dist/firefox installed as a temporary add-on, against pages served on 127.0.0.1.
 *
 * Why this way: BiDi is the protocol Firefox ships for automation (CDP is gone), puppeteer-core speaks it to a stock
 * Firefox and installs an extension from a folder (webExtension.install), so no profile building and no signing.
 * Firefox quirks handled here:
 *  - extension pages (moz-extension://) may be navigated to only with --remote-allow-system-access (Firefox 153);
 *  - the add-on's internal UUID is pinned by a preference, so its pages have fixed URLs;
 *  - navigating to an extension page detaches puppeteer's frame (a process switch): the goto is not awaited, the
 *    page's readiness is polled instead;
 *  - the toolbar popup cannot be clicked over BiDi: popup.html?tab=ID is opened in a tab, as the Chromium tests do.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { startServer, wordCentre } from '../e2e/harness';

const ROOT = path.resolve(__dirname, '..', '..');
export const EXTENSION_DIR = path.join(ROOT, 'dist', 'firefox');
const GECKO_ID = 'tarjuman@tarjuman.example';
const UUID = '7a1e5c2b-3d4f-4e6a-9b8c-0d1e2f3a4b5c';

// the extension API as seen from an extension page (code run there through page.evaluate)
declare const browser: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: object): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void>; get(k: string | null): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(m: object): Promise<unknown> };
};

export function firefoxPath(): string {
  const p = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!fs.existsSync(p))
    throw new Error(`Firefox not found at ${p}: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH`);
  return p;
}

export interface FirefoxHarness {
  browser: Browser;
  serverUrl: string;
  /** moz-extension://<uuid>/ */
  base: string;
  errors: string[];
  newPage(url: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** an extension page (options.html, popup.html?tab=…), ready to be scripted */
  extensionPage(file: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** the browser's tab id of a page */
  tabId(page: Page): Promise<number>;
  /** a message to the background, as the extension's pages send it */
  send<T>(type: string, params?: object): Promise<T>;
  setSettings(patch?: Partial<Settings>): Promise<void>;
  /** closes every page but the harness's own extension page and `keep` (a failed test may leave its pages open) */
  closePages(...keep: Page[]): Promise<void>;
  /** waits until the content script has reported the page's article to the background */
  articleReady(page: Page): Promise<void>;
  close(): Promise<void>;
}

/** Messages Firefox's automation layer logs about itself, not about the page or the extension. */
const AUTOMATION_NOISE = /browsingContext\.sys\.mjs|JSWindowActorChild|MessageHandlerFrame|context is null|RemoteError/;

async function sizeTo(page: Page, viewport?: { width: number; height: number }): Promise<void> {
  if (!viewport) return;
  // Firefox applies the size, then may reject the orientation part of the command (emulation.setScreenOrientationOverride)
  await page.setViewport(viewport).catch(() => undefined);
}

export async function launch(opts: { prefs?: Record<string, unknown> } = {}): Promise<FirefoxHarness> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/firefox is missing: run `node build.mjs` first');
  // the tests look inside the extension's shadow roots, which the build as shipped closes (src/content/shadow-mode.ts)
  if (fs.readFileSync(path.join(EXTENSION_DIR, 'content.js'), 'utf8').includes('"closed"'))
    throw new Error(
      'dist/firefox is the build as shipped (closed shadow roots): the tests need TARJUMAN_OPEN_SHADOW=1 node build.mjs (npm run test:firefox does it)',
    );
  const server = await startServer();
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'intl.locale.requested': 'en-US',
      ...opts.prefs,
    },
  });
  await ff.installExtension(EXTENSION_DIR);
  const base = `moz-extension://${UUID}/`;
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' && !AUTOMATION_NOISE.test(m.text())) errors.push(`${page.url()}: console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => {
      const msg = e instanceof Error ? e.message : String(e);
      if (!AUTOMATION_NOISE.test(msg)) errors.push(`${page.url()}: pageerror: ${msg}`);
    });
  };
  const extensionPage = async (file: string, viewport?: { width: number; height: number }) => {
    const page = await ff.newPage();
    watch(page);
    await sizeTo(page, viewport);
    // the navigation detaches puppeteer's frame (the page moves to the extension process): not awaited, polled
    page.goto(base + file, { timeout: 20000 }).catch(() => undefined);
    const end = Date.now() + 20000;
    for (;;) {
      const at = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
      if (at.startsWith(base)) return page;
      if (Date.now() > end) throw new Error(`${file} did not load`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  // an extension page kept open, to reach the extension's API (the Chromium tests use the service worker)
  const ext = await extensionPage('options.html');
  const tabId = async (page: Page) => {
    const url = page.url();
    const ids = await ext.evaluate(async (u) => (await browser.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1), url);
    if (ids.length !== 1) throw new Error(`${ids.length} tabs show ${url}: close the others first (closePages)`);
    return ids[0]!;
  };
  return {
    browser: ff,
    serverUrl: server.url,
    base,
    errors,
    async newPage(url, viewport) {
      const page = await ff.newPage();
      watch(page);
      await sizeTo(page, viewport);
      await page.goto(url.startsWith('http') ? url : `${server.url}${url}`);
      return page;
    },
    extensionPage,
    tabId,
    async send<T>(type: string, params: object = {}) {
      const r = (await ext.evaluate((m) => browser.runtime.sendMessage(m), { tarjuman: 1, type, params })) as {
        ok: boolean;
        value: T;
        error?: string;
      };
      if (!r?.ok) throw new Error(`${type}: ${r?.error}`);
      return r.value;
    },
    async setSettings(patch = {}) {
      await ext.evaluate((s) => browser.storage.local.set({ settings: s }), { ...DEFAULT_SETTINGS, ...patch });
    },
    async closePages(...keep) {
      // a close that never answers (Firefox 140, a tab without site access) is given up after a while
      const closing = (p: Page) => Promise.race([p.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
      for (const p of await ff.pages()) if (p !== ext && !keep.includes(p) && !p.isClosed()) await closing(p);
    },
    async articleReady(page) {
      const id = await tabId(page);
      await ext.evaluate(async (id) => {
        const session = (
          globalThis as unknown as { browser: { storage: { session: { get(k: string): Promise<Record<string, { status?: string }>> } } } }
        ).browser.storage.session;
        for (let i = 0; i < 200; i++) {
          if ((await session.get(`tab:${id}`))[`tab:${id}`]?.status === 'article') return;
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('no article');
      }, id);
    },
    async close() {
      await ff.close();
      await server.close();
    },
  };
}

export interface Tip {
  word: string;
  glosses: string[];
  text: string;
  rect: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  /** the smallest width and height of the tooltip's buttons */
  button: { width: number; height: number } | null;
}

/** The open tooltip (read from the extension's shadow root), or null. */
export function tooltip(page: Page): Promise<Tip | null> {
  return page.evaluate(() => {
    const tip = document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.tooltip');
    if (!tip) return null;
    const r = tip.getBoundingClientRect();
    const buttons = Array.from(tip.querySelectorAll('button')).map((b) => b.getBoundingClientRect());
    return {
      word: tip.querySelector('.word')?.textContent?.trim() ?? '',
      glosses: Array.from(tip.querySelectorAll('.glosses li')).map((li) => li.textContent ?? ''),
      text: tip.textContent ?? '',
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      viewport: { width: innerWidth, height: innerHeight },
      button: buttons.length
        ? { width: Math.min(...buttons.map((b) => b.width)), height: Math.min(...buttons.map((b) => b.height)) }
        : null,
    };
  });
}

/** Polls until `check` holds for the tooltip (null = closed); returns the last state seen. */
export async function waitForTip(page: Page, check: (t: Tip | null) => boolean = (t) => t !== null, timeout = 5000): Promise<Tip | null> {
  const end = Date.now() + timeout;
  let t = await tooltip(page);
  while (!check(t) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    t = await tooltip(page);
  }
  return t;
}

/** The centre of the nth occurrence of `word` inside `selector`, scrolled into view. */
export function wordPoint(page: Page, selector: string, word: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(wordCentre, { selector, word, nth });
}

/** Hovers a word until the tooltip shows `expected` (a fresh page's content script may still be starting). */
export async function hoverFor(page: Page, selector: string, word: string, expected = word): Promise<Tip | null> {
  let t: Tip | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const p = await wordPoint(page, selector, word);
    await page.mouse.move(p.x + 3, p.y + 4);
    await page.mouse.move(p.x, p.y, { steps: 2 });
    t = await waitForTip(page, (s) => s?.word === expected, 2000);
    if (t?.word === expected) return t;
  }
  return t;
}

/**
 * Polls a function in the page until it returns a truthy value. Not waitForFunction: that builds its poller with
 * Function(), which Firefox 140 blocks in extension pages (their CSP).
 */
export async function until<T>(page: Page, fn: () => T, timeout = 15000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = (await page.evaluate(fn).catch(() => undefined)) as T | undefined;
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
