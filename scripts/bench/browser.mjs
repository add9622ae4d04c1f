// The in-browser benchmarks: real headless Debian Chromium with dist/chrome loaded (flags as scripts/screenshots.mjs),
// pages served by scripts/server.mjs. Content-script start-up (long tasks, scripting time, per-task trace), the
// article detection + extraction cost, and hover latency measured in the page.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../server.mjs';
import { summarizeProfile, sourceMapperFromText } from './profile.mjs';
import { ROOT } from './inputs.mjs';

const EXT = path.join(ROOT, 'dist', 'chrome');
const TRACE_CATEGORIES = process.env.BENCH_TRACE_CATS || '-*,toplevel,devtools.timeline,blink';

/** Launches Chromium as scripts/screenshots.mjs does (with or without the extension). */
export async function launch({ extension = true } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 760 },
    args: [
      ...(extension ? [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const worker = extension ? (ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20000 }))) : null;
  return {
    ctx,
    worker,
    version: ctx.browser()?.version() ?? '',
    async close() {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Long tasks of every document, from before its first script (main world). */
function initObservers() {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the list stays empty
  }
}

const metricsOf = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/**
 * Main-thread tasks of the page's renderer from a trace (categories toplevel + devtools.timeline): which tasks ran
 * content.js (an EvaluateScript or FunctionCall whose url is the extension's: the injection, the idle callback that
 * detects and extracts the article, timers) and every task over 50 ms, labelled by what it mostly did. Code run from
 * promise callbacks of extension APIs (the service worker's reply: highlights) carries no url in the trace; it shows
 * among the long tasks by its label (script without a url, or the style/layout/paint it causes).
 */
export function analyseTrace(events, pagePath) {
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name);
  const main = events.filter((e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const extUrl = (e) => {
    const u = e.args?.data?.url;
    return typeof u === 'string' && u.startsWith('chrome-extension://');
  };
  // the page's renderer: where its HTML was parsed
  const parses = main
    .filter((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(pagePath))
    .sort((a, b) => a.ts - b.ts);
  const pid = parses[0]?.pid ?? main.find(extUrl)?.pid;
  const t0 = parses[0]?.ts ?? 0;
  const mine = main.filter((e) => e.pid === pid);
  const scripts = mine.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && extUrl(e)).sort((a, b) => a.ts - b.ts);
  // a task is "ThreadControllerImpl::RunTask" (toplevel) or "RunTask" (devtools.timeline); one name only
  const taskName = mine.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const tasks = mine.filter((e) => e.name === taskName).sort((a, b) => a.ts - b.ts);
  const within = (t, e) => e !== t && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur + 1;
  const outer = [];
  for (const s of scripts) {
    const last = outer[outer.length - 1];
    if (last && last.tid === s.tid && s.ts < last.ts + (last.dur ?? 0)) continue; // FunctionCall can nest
    outer.push(s);
  }
  const IGNORE =
    /^(Receive mojo message|SimpleWatcher::OnHandleReady|ThreadControllerImpl::RunTask|RunTask|BlinkScheduler_|v8\.|V8\.|MinorGC|MajorGC|.*GC_)/;
  const extTasks = [];
  const longTasks = [];
  let longestAny = 0;
  for (const t of tasks) {
    if (t.ts < t0) continue; // the blank page's tasks before the navigation
    const ms = t.dur / 1000;
    longestAny = Math.max(longestAny, ms);
    const own = outer.filter((s) => within(t, s));
    let label = null;
    if (own.length) {
      const inner = mine.filter((e) => within(t, e));
      const kind = own.some((s) => s.name === 'EvaluateScript')
        ? 'inject'
        : inner.some((e) => e.name === 'FireIdleCallback')
          ? 'idle'
          : inner.some((e) => e.name === 'TimerFire')
            ? 'timer'
            : 'other';
      extTasks.push({ kind, ms, scriptMs: own.reduce((a, s) => a + (s.dur ?? 0) / 1000, 0), at: (t.ts - t0) / 1000 });
      label = `content.js (${kind === 'idle' ? 'idle callback: article detection + extraction' : kind})`;
    }
    if (ms <= 50) continue;
    if (!label) {
      const inner = mine.filter((e) => within(t, e) && !IGNORE.test(e.name));
      const by = new Map();
      for (const e of inner) by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      const top = [...by.entries()]
        .filter(([, d]) => d >= 1)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3);
      label = top.length
        ? top.map(([n, d]) => `${n} ${Math.round(d)} ms`).join(', ')
        : 'nothing traced inside (IPC, navigation, or the CPU taken by another process)';
    }
    longTasks.push({ at: (t.ts - t0) / 1000, ms, label });
  }
  const max = (xs) => xs.reduce((a, x) => Math.max(a, x), 0);
  return {
    scriptMs: outer.filter((s) => s.ts >= t0).reduce((a, s) => a + (s.dur ?? 0) / 1000, 0),
    longestExtTaskMs: max(extTasks.map((t) => t.ms)),
    idleTaskMs: max(extTasks.filter((t) => t.kind === 'idle').map((t) => t.ms)),
    injectMs: extTasks.filter((t) => t.kind === 'inject').reduce((a, t) => a + t.ms, 0),
    extTasks,
    longTasks,
    longestAnyTaskMs: longestAny,
  };
}

async function traced(cdp, fn) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  let value;
  try {
    value = await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { value, events };
}

/**
 * One content-script start-up: a new tab on a blank same-origin page (so the renderer and the CDP counters exist
 * before the navigation), then the page; waits until the article's entities are highlighted (the analysis came back
 * from the service worker and was applied) plus a quiet second.
 */
export async function startupRun(b, server, pageUrl, { extension = true, settleMs = 1000, trace = true, readyTimeout = 30000 } = {}) {
  const page = await b.ctx.newPage();
  await page.addInitScript(initObservers);
  const cdp = await b.ctx.newCDPSession(page);
  await page.goto(`${server}/fixtures/bench/blank.html`);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(400);
  const m0 = await metricsOf(cdp);
  const run = async () => {
    await page.goto(`${server}${pageUrl}`, { waitUntil: 'load' });
    let readyMs = NaN;
    if (extension) {
      // a lost reply from the service worker leaves the page without highlights: recorded as a failed run
      const h = await page
        .waitForFunction(() => (CSS.highlights.size > 0 ? performance.now() : 0), undefined, { timeout: readyTimeout, polling: 250 })
        .catch(() => null);
      readyMs = h ? await h.jsonValue() : NaN;
    }
    await page.waitForTimeout(settleMs);
    return readyMs;
  };
  const { value: readyMs, events } = trace ? await traced(cdp, run) : { value: await run(), events: [] };
  const m1 = await metricsOf(cdp);
  // the page's JavaScript heap after a full collection: content scripts share the page's heap (their own world)
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBytes = (await metricsOf(cdp)).JSHeapUsedSize;
  const longTasks = await page.evaluate(() => window.__benchLongTasks);
  await cdp.detach();
  await page.close();
  return {
    readyMs,
    ready: !extension || Number.isFinite(readyMs),
    scriptDurationMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000,
    taskDurationMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
    longTasks,
    longestTaskMs: longTasks.reduce((a, t) => Math.max(a, t.duration), 0),
    heapBytes,
    trace: trace ? analyseTrace(events, pageUrl === '/' ? '127.0.0.1' : pageUrl) : null,
  };
}

/**
 * The service worker's JavaScript heap after a full collection, read over CDP: a page session attaches to the worker's
 * target and sends it raw protocol messages (Playwright opens sessions on pages and frames only).
 */
export async function serviceWorkerHeap(b) {
  const page = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
    if (!sw) throw new Error('no service worker target');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
    let id = 0;
    const call = (method) =>
      new Promise((resolve, reject) => {
        const my = ++id;
        const onMessage = (e) => {
          if (e.sessionId !== sessionId) return;
          const m = JSON.parse(e.message);
          if (m.id !== my) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          if (m.error) reject(new Error(m.error.message));
          else resolve(m.result);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: my, method }) }).catch(reject);
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return usage.usedSize;
  } finally {
    await cdp.detach();
    await page.close();
  }
}

/** esbuild bundle (IIFE) of the content script's article detection: detectLanguage on the body text sample + extractArticle. */
async function extractorBundle(minify = true) {
  const r = await esbuild.build({
    stdin: {
      contents: `
        import { detectLanguage } from './src/core/text/language';
        import { extractArticle } from './src/extract/article';
        const SAMPLE_CHARS = 20000;
        globalThis.__benchExtract = () => {
          const t0 = performance.now();
          const t = document.body ? document.body.textContent || '' : '';
          const sample = t.length > SAMPLE_CHARS * 4 ? t.slice(0, SAMPLE_CHARS * 4) : t;
          const lang = detectLanguage(sample);
          const t1 = performance.now();
          const a = lang === 'ar' ? extractArticle(document) : null;
          const t2 = performance.now();
          return { lang, detectMs: t1 - t0, extractMs: t2 - t1, totalMs: t2 - t0, chars: a ? a.text.length : 0 };
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: ['chrome120'],
    minify,
    write: false,
    logLevel: 'warning',
  });
  return r.outputFiles[0].text;
}

async function extractionTimes(b, server, pageUrl, code, reps) {
  const page = await b.ctx.newPage();
  await page.goto(`${server}${pageUrl}`);
  await page.addScriptTag({ content: code });
  const runs = [];
  for (let i = 0; i < reps + 1; i++) runs.push(await page.evaluate(() => globalThis.__benchExtract()));
  await page.close();
  return { first: runs[0], runs: runs.slice(1) };
}

/** V8 CPU profile (CDP Profiler) of three detection + extraction calls on a page, with readable code for the names. */
async function extractionProfile(b, server, pageUrl) {
  const name = 'tarjuman-bench-extract.js';
  const code = `${await extractorBundle(false)}\n//# sourceURL=${name}\n`;
  const page = await b.ctx.newPage();
  await page.goto(`${server}${pageUrl}`);
  await page.addScriptTag({ content: code });
  await page.evaluate(() => globalThis.__benchExtract()); // warm-up
  const cdp = await b.ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 3; i++) await page.evaluate(() => globalThis.__benchExtract());
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  await page.close();
  return summarizeProfile(profile, sourceMapperFromText(code, name), 6);
}

/**
 * Installs the in-page hover probe (main world): the first pointer event of a move (pointerrawupdate where the browser
 * has it, else pointermove) → the .tooltip element in <tarjuman-root>'s shadow root.
 */
function installHoverProbe() {
  const tip = () => document.querySelector('tarjuman-root')?.shadowRoot?.querySelector('.tooltip') ?? null;
  const MOVE_EVENTS = ['pointerrawupdate', 'pointermove'];
  window.__benchHover = {
    tip: () => tip() !== null,
    arm(timeout) {
      const st = { t0: NaN, stamp: NaN, frame: NaN, t1: NaN };
      const observers = [];
      let root = null;
      let finish;
      const done = new Promise((resolve) => {
        finish = () => {
          clearTimeout(timer);
          for (const o of observers) o.disconnect();
          for (const type of MOVE_EVENTS) window.removeEventListener(type, onMove, true);
          resolve(st);
        };
      });
      const onMove = (e) => {
        if (Number.isNaN(st.t0)) {
          st.t0 = performance.now();
          st.stamp = e.timeStamp;
          // moves that follow within a frame are handled in the next animation frame; this callback runs in that frame
          requestAnimationFrame(() => {
            st.frame = performance.now();
          });
        }
      };
      const check = () => {
        if (!Number.isNaN(st.t0) && Number.isNaN(st.t1) && tip()) {
          st.t1 = performance.now();
          finish();
        }
      };
      const watchRoot = () => {
        const sr = document.querySelector('tarjuman-root')?.shadowRoot;
        if (sr && sr !== root) {
          root = sr;
          const mo = new MutationObserver(check);
          mo.observe(sr, { childList: true, subtree: true });
          observers.push(mo);
        }
      };
      const docMo = new MutationObserver(() => {
        watchRoot();
        check();
      });
      docMo.observe(document.documentElement, { childList: true });
      observers.push(docMo);
      watchRoot();
      for (const type of MOVE_EVENTS) window.addEventListener(type, onMove, true);
      const timer = setTimeout(finish, timeout);
      this.pending = done;
    },
  };
}

/** Centres of Arabic words visible in the viewport inside the article, `count` of them spread evenly. */
function visibleWords(count) {
  const article = document.querySelector('article') ?? document.body;
  const vh = window.innerHeight;
  const out = [];
  for (const p of article.querySelectorAll('p, h1')) {
    const pr = p.getBoundingClientRect();
    if (pr.bottom < 80 || pr.top > vh - 80) continue;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const re = /[\u0621-\u064A]{3,}/g;
      for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const b = r.getBoundingClientRect();
        if (b.top > 80 && b.bottom < vh - 80 && b.width > 6) out.push({ x: b.left + b.width / 2, y: b.top + b.height / 2, word: m[0] });
      }
    }
  }
  if (out.length <= count) return out;
  const step = out.length / count;
  return Array.from({ length: count }, (_, i) => out[Math.floor(i * step)]);
}

async function hoverOnce(page, pt, timeout = 3000) {
  await page.evaluate((t) => window.__benchHover.arm(t), timeout);
  await page.mouse.move(pt.x, pt.y);
  const st = await page.evaluate(() => window.__benchHover.pending);
  if (Number.isNaN(st.t1)) return null;
  const sinceStamp = st.t0 - st.stamp >= 0 && st.t0 - st.stamp < 1000 ? st.t1 - st.stamp : NaN;
  return { ms: st.t1 - st.t0, sinceEventMs: sinceStamp, frameWaitMs: st.frame - st.t0, afterFrameMs: st.t1 - st.frame, word: pt.word };
}

async function hideTooltip(page) {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.__benchHover.tip(), undefined, { timeout: 3000, polling: 'raf' }).catch(() => undefined);
}

async function openHoverPage(b, server, url, { waitReady }) {
  const page = await b.ctx.newPage();
  await page.addInitScript(installHoverProbe);
  await page.goto(`${server}${url}`, { waitUntil: 'load' });
  if (waitReady) {
    // hovers still work without an analysed article; a missing analysis shows in the start-up numbers
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 30000, polling: 250 }).catch(() => undefined);
    await page.waitForTimeout(300);
  }
  await page.mouse.move(5, 5); // a neutral start, off the text
  return page;
}

/** Warm hovers: `n` words over several scroll positions; Escape hides the tooltip before each hover. */
async function warmHovers(page, n) {
  const positions = 4;
  const per = Math.ceil(n / positions);
  const height = await page.evaluate(() => document.querySelector('article').getBoundingClientRect().height);
  const results = [];
  let failures = 0;
  for (let p = 0; p < positions && results.length + failures < n; p++) {
    await page.evaluate((y) => window.scrollTo(0, y), Math.round((height * p) / (positions + 0.5)));
    await page.waitForTimeout(150);
    const pts = await page.evaluate(visibleWords, per);
    for (const pt of pts) {
      if (results.length + failures >= n) break;
      await hideTooltip(page);
      const r = await hoverOnce(page, pt);
      if (r) results.push(r);
      else failures++;
    }
  }
  await hideTooltip(page);
  return { results, failures };
}

/** Console errors and uncaught page errors of every page of a context (a broken build shows up here, not as a hang). */
function collectErrors(ctx, errors) {
  ctx.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' && errors.length < 20) errors.push(`${page.url()}: console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => {
      if (errors.length < 20) errors.push(`${page.url()}: ${e.message}`);
    });
  });
}

/**
 * Runs the browser section. pages: {name: {url, words}} from inputs.writePages(). Returns raw samples; never throws:
 * a section that fails records its error in out.errors and the report shows n/a for it.
 * opts.reps: start-up runs per page; opts.firstHoverReps: fresh browsers for the first-hover numbers; opts.only: names of
 * the sections to run ('baseline', 'startup', 'hover', 'first-hover', 'engine'; all when absent), for a quick look during work.
 */
export async function browserBench(pages, opts = {}, log = () => undefined) {
  const reps = opts.reps ?? { 'news-1k': 5, sample: 5, 'long-50k': 3 };
  const firstReps = opts.firstHoverReps ?? 5;
  const out = {
    startup: {},
    baseline: {},
    extraction: {},
    hover: { firstNewTab: [], warm: { results: [], failures: 0 }, firstColdSw: [] },
    engine: [],
    chromium: '',
    errors: [],
    pageErrors: [],
  };
  const wanted = (group) => !opts.only || opts.only.includes(group);
  const section = async (name, fn, group = 'startup') => {
    if (!wanted(group)) return;
    try {
      await fn();
    } catch (e) {
      out.errors.push(`${name}: ${String(e?.message ?? e).split('\n')[0]}`);
      log(`  ${name} failed: ${String(e?.message ?? e).split('\n')[0]}`);
    }
  };
  const server = await startServer(0);
  try {
    const code = await extractorBundle();
    const targets = { sample: { url: '/', words: 245 }, 'news-1k': pages['news-1k'], 'long-50k': pages['long-50k'] };

    // the pages without the extension: what the page itself costs (layout of 50,000 words is a long task of its own)
    log('chromium without the extension: baseline page cost');
    await section(
      'baseline',
      async () => {
        const plain = await launch({ extension: false });
        out.chromium = plain.version;
        try {
          for (const [name, p] of Object.entries(targets)) {
            const runs = [];
            for (let i = 0; i < 2; i++) runs.push(await startupRun(plain, server.url, p.url, { extension: false, settleMs: 1500 }));
            out.baseline[name] = runs;
          }
        } finally {
          await plain.close();
        }
      },
      'baseline',
    );

    const b = await launch();
    out.chromium ||= b.version;
    collectErrors(b.ctx, out.pageErrors);
    try {
      for (const [name, p] of Object.entries(targets)) {
        log(`content-script start-up: ${name} (${p.words} words) ×${reps[name]}`);
        await section(`start-up ${name}`, async () => {
          const runs = [];
          out.startup[name] = runs;
          for (let i = 0; i < reps[name]; i++) {
            runs.push(await startupRun(b, server.url, p.url, { settleMs: name === 'long-50k' ? 1500 : 1000 }));
            if (!runs[runs.length - 1].ready) {
              out.errors.push(`start-up ${name}: the article was not analysed within 30 s (no highlights); remaining runs skipped`);
              break;
            }
          }
        });
        await section(`extraction ${name}`, async () => {
          out.extraction[name] = await extractionTimes(b, server.url, p.url, code, name === 'long-50k' ? 5 : 15);
        });
      }
      await section('service worker heap', async () => {
        out.serviceWorkerHeap = await serviceWorkerHeap(b);
      });
      await section('extraction profile', async () => {
        out.extractionProfile = await extractionProfile(b, server.url, targets['long-50k'].url);
      });

      log('hover: first hover in a new tab (service worker warm), then 200 warm hovers on the 5,000-word page');
      await section(
        'first hover (new tab)',
        async () => {
          for (let i = 0; i < firstReps; i++) {
            const page = await openHoverPage(b, server.url, pages['hover-5k'].url, { waitReady: true });
            const [pt] = await page.evaluate(visibleWords, 1);
            out.hover.firstNewTab.push(await hoverOnce(page, pt, 15000));
            await page.close();
          }
        },
        'hover',
      );
      await section(
        'warm hovers',
        async () => {
          const page = await openHoverPage(b, server.url, pages['hover-5k'].url, { waitReady: true });
          out.hover.warm = await warmHovers(page, opts.hovers ?? 200);
          await page.close();
        },
        'hover',
      );
    } finally {
      await b.close();
    }

    // the very first hover after the browser starts: the service worker loads the lexicon and analyses the article first
    log(`hover: first hover right after load in a fresh browser ×${firstReps}`);
    await section(
      'first hover (fresh browser)',
      async () => {
        for (let i = 0; i < firstReps; i++) {
          const fresh = await launch();
          try {
            const page = await openHoverPage(fresh, server.url, pages['hover-5k'].url, { waitReady: false });
            const [pt] = await page.evaluate(visibleWords, 1);
            out.hover.firstColdSw.push(await hoverOnce(page, pt, 30000));
          } finally {
            await fresh.close();
          }
        }
      },
      'first-hover',
    );

    // the offline English engine (Firefox Translations' bergamot): its WebAssembly booted in the offscreen document's
    // worker, in a fresh browser each time; no model exists on this machine, so loading one and translating are not run
    log(`engine: WebAssembly boot without a model, fresh browser ×${opts.engineReps ?? 3}`);
    await section(
      'engine boot',
      async () => {
        for (let i = 0; i < (opts.engineReps ?? 3); i++) {
          const fresh = await launch();
          try {
            const id = new URL(fresh.worker.url()).host;
            const page = await fresh.ctx.newPage();
            await page.goto(`chrome-extension://${id}/options.html`);
            const r = await page.evaluate(async () => {
              const t0 = performance.now();
              const reply = await chrome.runtime.sendMessage({ tarjuman: 1, type: 'engineBoot', params: {} });
              return { reply, roundTripMs: performance.now() - t0 };
            });
            if (!r.reply?.ok) throw new Error(`engineBoot: ${JSON.stringify(r.reply)}`);
            out.engine.push({ workerMs: r.reply.value.ms, roundTripMs: r.roundTripMs });
          } finally {
            await fresh.close();
          }
        }
      },
      'engine',
    );
  } finally {
    await server.close();
  }
  return out;
}
