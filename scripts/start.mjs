// npm start: build, serve the sample article on 127.0.0.1, and open it in Chrome/Chromium with Tarjuman loaded.
// No browser (or no display)? It prints how to load dist/chrome by hand and keeps serving the article.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// not 8765: that is where AnkiConnect listens, and a reader running Anki must keep both
const PORT = Number(process.env.PORT || 8787);

function findBrowser() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  for (const c of candidates) if (fs.existsSync(c)) return c;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      // not on PATH
    }
  }
  return null;
}

execFileSync(process.execPath, [path.join(ROOT, 'build.mjs')], { stdio: 'inherit' });
const { url } = await startServer(PORT).catch(() => startServer(0));
const ext = path.join(ROOT, 'dist', 'chrome');
console.log(`\nSample article: ${url}/`);
const manual = `To load Tarjuman by hand:
  Chrome/Chromium: open chrome://extensions, turn on "Developer mode", click "Load unpacked" and choose
    ${ext}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and choose
    ${path.join(ROOT, 'dist', 'firefox', 'manifest.json')}
Then open ${url}/ and hover any Arabic word. Press Ctrl+C here to stop the server.`;
const browser = findBrowser();
const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (!browser || headlessLinux) {
  console.log(browser ? `\nNo display to open ${browser} on.` : '\nNo Chrome or Chromium found (set CHROME_PATH to use one).');
  console.log(manual);
} else {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-profile-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-first-run',
    '--no-default-browser-check',
    `${url}/`,
  ];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  console.log(`Opening ${browser} with Tarjuman loaded…\n(${manual.split('\n')[0]} — see README if the extension does not appear)`);
  const child = spawn(browser, args, { stdio: 'ignore' });
  child.on('exit', () => process.exit(0));
}
