/**
 * End-to-end harness: Debian Chromium (never a downloaded browser), headless, with the built extension loaded,
 * against pages served on 127.0.0.1. Collects console errors and page errors so tests can assert there are none.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Frame, type Page, type Worker, type Locator } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

// the extension API as seen from the service worker (code run there through worker.evaluate)
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: { local: { set(items: object): Promise<void> } };
};

const ROOT = path.resolve(__dirname, '..', '..');
export const EXTENSION_DIR = path.join(ROOT, 'dist', 'chrome');

export function chromiumPath(): string {
  const p = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(p))
    throw new Error(`Chromium not found at ${p}: install Debian's chromium (apt-get install chromium) or set CHROME_PATH`);
  return p;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serverUrl: string;
  worker: Worker;
  errors: string[];
  newPage(url: string): Promise<Page>;
  popup(tabUrlPage: Page): Promise<Page>;
  close(): Promise<void>;
}

/** Starts scripts/server.mjs (an ES module shared with `npm start`) in a child process; resolves its URL. */
export function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'server.mjs'), '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        resolve({
          url: line.trim(),
          close: () =>
            new Promise<void>((r) => {
              child.once('exit', () => r());
              child.kill();
            }),
        });
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`test server exited with ${code}`)));
  });
}

/** A phone: its viewport, touch events, a mobile layout viewport. */
export const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

/**
 * A copy of the built extension whose manifest already grants `hosts`. A host permission cannot be granted from a
 * test (permissions.request needs a click on a prompt nobody can click in headless Chromium), so the copy holds what a
 * user's "Grant access" click would have granted; the extension's own permission checks stay the real ones.
 */
/**
 * The tests look inside the extension's shadow roots, which the build as shipped closes (src/content/shadow-mode.ts):
 * they need the test build, where the one "closed" of the content script is "open".
 */
export function assertTestBuild(dir: string): void {
  if (fs.readFileSync(path.join(dir, 'content.js'), 'utf8').includes('"closed"'))
    throw new Error(
      `${dir} is the build as shipped (closed shadow roots): the e2e tests need TARJUMAN_OPEN_SHADOW=1 node build.mjs (npm test does it)`,
    );
}

export function extensionWithHosts(hosts: string[], source = EXTENSION_DIR): string {
  assertTestBuild(source);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-ext-'));
  fs.cpSync(source, dir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = hosts;
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/**
 * A copy of the test build with its shadow roots closed, as the build as shipped has them: the content script's one
 * "open" (src/content/shadow-mode.ts, compiled in by build.mjs) becomes "closed".
 */
export function shippedShadowCopy(): string {
  assertTestBuild(EXTENSION_DIR);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-ext-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'content.js');
  const js = fs.readFileSync(file, 'utf8');
  if (js.split('"open"').length !== 2) throw new Error('content.js: expected exactly one "open" (the shadow mode)');
  fs.writeFileSync(file, js.replace('"open"', '"closed"'));
  return dir;
}

export async function launch(
  opts: { locale?: string; device?: typeof PHONE; hosts?: string[]; extensionDir?: string } = {},
): Promise<Harness> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/chrome is missing: run `node build.mjs` first');
  if (!opts.extensionDir) assertTestBuild(EXTENSION_DIR);
  const extDir = opts.extensionDir ?? (opts.hosts ? extensionWithHosts(opts.hosts) : EXTENSION_DIR);
  const server = await startServer();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: opts.locale ?? 'en-US',
    ...opts.device,
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${opts.locale ?? 'en-US'}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`${page.url()}: console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: pageerror: ${e.message}`));
  };
  context.on('page', watch);
  return {
    context,
    extensionId,
    serverUrl: server.url,
    worker,
    errors,
    async newPage(url: string) {
      const page = await context.newPage();
      await page.goto(url.startsWith('http') || url.startsWith('chrome') ? url : `${server.url}${url}`);
      return page;
    },
    async popup(target: Page) {
      const tabId = await tabIdOf(worker, target);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
      if (extDir !== EXTENSION_DIR) fs.rmSync(extDir, { recursive: true, force: true });
    },
  };
}

/** The browser's tab id of a page: bring it to the front and ask the service worker for the active tab. */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!t || t.id === undefined) throw new Error('no active tab');
    return t.id;
  });
}

/** Moves the pointer over the middle of the nth occurrence of `word` inside `selector`. */
export async function hoverWord(page: Page, selector: string, word: string, nth = 0): Promise<void> {
  const box = await wordPoint(page, selector, word, nth);
  // from an empty corner, once any open tooltip has closed: on the way, the pointer must cross neither another word
  // nor an open tooltip (a tall one flips above its word and covers the lines above, and the pointer over it keeps it)
  await page.mouse.move(2, 2);
  await tooltipGone(page);
  await page.mouse.move(box.x, box.y);
}

/** The tooltip's text (from the extension's shadow root), or null when no tooltip appears in time. */
export async function tooltipText(page: Page, timeout = 5000): Promise<string | null> {
  try {
    const handle = await page.waitForFunction(
      () => document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.tooltip')?.textContent ?? null,
      undefined,
      { timeout },
    );
    return (await handle.jsonValue()) as string;
  } catch {
    return null;
  }
}

/** Waits until the tooltip is gone. */
export async function tooltipGone(page: Page, timeout = 3000): Promise<boolean> {
  try {
    await page.waitForFunction(() => !document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.tooltip'), undefined, {
      timeout,
    });
    return true;
  } catch {
    return false;
  }
}

/** Stores settings (defaults plus `patch`) from the service worker; open tabs get them through storage.onChanged. */
export async function setSettings(worker: Worker, patch: Partial<Settings> = {}): Promise<void> {
  const settings = { ...DEFAULT_SETTINGS, ...patch };
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

/** In the page: the centre of the nth occurrence of `word` inside `selector`, scrolled into view (shared with tests/firefox). */
export const wordCentre = ({ selector, word, nth }: { selector: string; word: string; nth: number }): { x: number; y: number } => {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`no ${selector}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n as Text).data;
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (seen++ !== nth) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + word.length);
      let b = r.getBoundingClientRect();
      if (b.top < 0 || b.bottom > innerHeight || b.left < 0 || b.right > innerWidth) {
        n.parentElement?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
        b = r.getBoundingClientRect();
      }
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
  }
  throw new Error(`word ${word} not found`);
};

/** The centre of the nth occurrence of `word` inside `selector`, in page coordinates (a frame's offset added). */
export async function wordPoint(target: Page | Frame, selector: string, word: string, nth = 0): Promise<{ x: number; y: number }> {
  const p = await target.evaluate(wordCentre, { selector, word, nth });
  if ('parentFrame' in target && target.parentFrame()) {
    const frameEl = await target.frameElement();
    const box = await frameEl.boundingBox();
    if (!box) throw new Error('frame not visible');
    // the iframe's border and padding: the frame's own viewport starts at its content box
    const inset = await frameEl.evaluate((el) => {
      const cs = getComputedStyle(el as Element);
      return {
        x: parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft),
        y: parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop),
      };
    });
    return { x: p.x + box.x + inset.x, y: p.y + box.y + inset.y };
  }
  return p;
}

/** What the open tooltip shows, read from the shadow root, or null when none is open in `target`. */
export interface TooltipState {
  word: string;
  phrase: string | null;
  phraseGloss: string | null;
  segments: Array<{ ar: string; gloss: string | null; role: string }>;
  lemma: string | null;
  translit: string | null;
  glosses: string[];
  unknown: string | null;
  /** why the context chose this reading ("as an adjective after قوة"), and the entry's usage note */
  reason: string | null;
  note: string | null;
  keys: string;
  rect: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  background: string;
  color: string;
}

export async function tooltipState(target: Page | Frame): Promise<TooltipState | null> {
  return target.evaluate(() => {
    const tip = document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.tooltip');
    if (!tip) return null;
    const text = (sel: string) => tip.querySelector(sel)?.textContent?.trim() ?? null;
    const r = tip.getBoundingClientRect();
    const cs = getComputedStyle(tip);
    return {
      word: text('.word') ?? '',
      phrase: text('.phrase-ar'),
      phraseGloss: text('.phrase-gloss'),
      segments: Array.from(tip.querySelectorAll('.seg')).map((s) => ({
        ar: s.querySelector('.seg-ar')?.textContent ?? '',
        gloss: s.querySelector('.seg-gloss')?.textContent ?? null,
        role: (s.className.match(/seg-(\w+)/) ?? [])[1] ?? '',
      })),
      lemma: text('.lemma'),
      translit: text('.translit'),
      glosses: Array.from(tip.querySelectorAll('.glosses li')).map((li) => li.textContent ?? ''),
      unknown: text('.unknown'),
      reason: text('.reason'),
      note: text('.usage-note'),
      keys: text('.keys') ?? '',
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      viewport: { width: innerWidth, height: innerHeight },
      background: cs.backgroundColor,
      color: cs.color,
    };
  });
}

/** Polls until `check` holds for the tooltip state (null = closed); returns the last state seen. */
export async function waitForTooltip(
  target: Page | Frame,
  check: (s: TooltipState | null) => boolean = (s) => s !== null,
  timeout = 5000,
): Promise<TooltipState | null> {
  const end = Date.now() + timeout;
  let s = await tooltipState(target);
  while (!check(s) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    s = await tooltipState(target);
  }
  return s;
}

/**
 * Sets a checkbox that follows stored state (it changes a moment after the click, once the setting is saved):
 * clicks when needed, then waits for the state. Playwright's check() would fail on the moment in between.
 */
export async function setChecked(box: Locator, value: boolean, timeout = 10000): Promise<void> {
  if ((await box.isChecked()) !== value) await box.click();
  const deadline = Date.now() + timeout;
  while ((await box.isChecked()) !== value) {
    if (Date.now() > deadline) throw new Error(`checkbox did not become ${value ? 'checked' : 'unchecked'}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The saved words' lemmas without their vowels, as the options page lists them. */
export async function savedLemmas(h: Harness): Promise<string[]> {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  const r = (await options.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({
      tarjuman: 1,
      type: 'listWords',
      params: {},
    }),
  )) as { ok: boolean; value: Array<{ lemma: string }> };
  await options.close();
  return r.ok ? r.value.map((w) => w.lemma.replace(/[\u064B-\u0652]/g, '')) : [];
}
