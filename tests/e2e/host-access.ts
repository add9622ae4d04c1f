/**
 * Chromium with a copy of the built extension whose manifest already grants http://127.0.0.1/*. A host permission
 * cannot be granted from a test (permissions.request needs a click on a prompt nobody can click in headless
 * Chromium), so the copy holds what a user's "Grant access" click would have granted; the checks are the real ones.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { EXTENSION_DIR, chromiumPath, extensionWithHosts } from './harness';

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  errors: string[];
  close(): Promise<void>;
}

/** Chromium with a copy of the built extension whose manifest already grants http://127.0.0.1/* (see the top). */
export async function launchWithHostAccess(source = process.env.TARJUMAN_EXTENSION_DIR || EXTENSION_DIR): Promise<Browser> {
  if (!fs.existsSync(path.join(source, 'manifest.json'))) throw new Error(`${source} is missing: run \`node build.mjs\` first`);
  const extDir = extensionWithHosts(['http://127.0.0.1/*'], source);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  });
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    errors,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
      fs.rmSync(extDir, { recursive: true, force: true });
    },
  };
}
