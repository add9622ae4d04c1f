// Child process for the core benchmarks (run by scripts/bench.mjs; prints one JSON object on stdout).
//   node core.mjs throughput BUNDLE DATA        analysis time on 1k/10k/100k words, entity and summary shares
//   node --expose-gc core.mjs load BUNDLE DATA  one asset load + index build, heap after load (one per process)
//   node core.mjs profile BUNDLE DATA           V8 CPU profiles of the index build and of a 10k-word analysis
// BUNDLE is src/core/analysis (+ findEntities, summarize) bundled by esbuild (platform node, format esm).
import fs from 'node:fs';
import inspector from 'node:inspector';
import { article1k, textOfWords } from './inputs.mjs';

const [mode, bundle, dataFile] = process.argv.slice(2);
const core = await import(bundle);
const now = () => performance.now();

function loadAnalyzer() {
  return new core.Analyzer(JSON.parse(fs.readFileSync(dataFile, 'utf8')));
}

/** Empties the Analyzer's per-word cache, so every run analyses its words from scratch (the cache is kept within a run). */
function clearCache(analyzer) {
  const c = analyzer.cache;
  if (c && typeof c.clear === 'function') c.clear();
}

function timeAnalyze(analyzer, text, opts, warmCache = false) {
  if (!warmCache) clearCache(analyzer);
  const c0 = process.cpuUsage();
  const t0 = now();
  const r = analyzer.analyze(text, opts);
  const ms = now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, r };
}

function throughput() {
  const analyzer = loadAnalyzer();
  const sizes = [
    { words: 1000, reps: 15 },
    { words: 10000, reps: 7 },
    { words: 100000, reps: 3 },
  ];
  const out = { sizes: [] };
  for (const { words, reps } of sizes) {
    const text = textOfWords(words);
    const modes = { full: {}, wordsOnly: { wordsOnly: true } };
    const first = {};
    const runs = { full: [], wordsOnly: [], entities: [], summary: [] };
    const cpu = [];
    let info = null;
    // one rep: the full analysis; the words-only analysis; then, on that result, findEntities() and summarize()
    // timed directly, exactly as analyze() calls them
    const rep = (record) => {
      const full = timeAnalyze(analyzer, text, modes.full);
      const words = timeAnalyze(analyzer, text, modes.wordsOnly);
      const r = words.r;
      let t0 = now();
      r.entities = core.findEntities(r, { gazetteer: analyzer.gazetteer, lexicon: analyzer.lexicon });
      const entMs = now() - t0;
      t0 = now();
      r.summary = core.summarize(r, analyzer.lexicon, analyzer.phrases);
      const sumMs = now() - t0;
      record({ full: full.ms, wordsOnly: words.ms, entities: entMs, summary: sumMs }, full);
    };
    rep((t, full) => {
      Object.assign(first, t);
      const wordTokens = full.r.tokens.filter((x) => x.kind === 'word');
      info = {
        tokens: full.r.tokens.length,
        wordTokens: wordTokens.length,
        distinctWords: new Set(wordTokens.map((x) => x.text)).size,
        entities: full.r.entities.length,
        chars: text.length,
      };
    });
    for (let i = 0; i < reps; i++)
      rep((t, full) => {
        for (const k of Object.keys(runs)) runs[k].push(t[k]);
        cpu.push(full.cpuMs);
      });
    // the service worker keeps its Analyzer (and word cache) between articles: the same text again, cache warm
    const warm = [];
    if (words === 10000) for (let i = 0; i < reps; i++) warm.push(timeAnalyze(analyzer, text, {}, true).ms);
    out.sizes.push({ words, reps, ...info, first, runs, cpu, warm });
  }
  // the summary alone, on the ~1,000-word article (analysis without summary first, then summarize() repeatedly)
  const a = article1k();
  clearCache(analyzer);
  const base = analyzer.analyze(a.text, { title: a.title, noSummary: true });
  const sum = [];
  let firstSummary = NaN;
  let points = 0;
  for (let i = 0; i < 31; i++) {
    const t0 = now();
    const s = core.summarize(base, analyzer.lexicon, analyzer.phrases);
    const ms = now() - t0;
    if (i === 0) firstSummary = ms;
    else sum.push(ms);
    points = s.points.length;
  }
  const full1k = [];
  for (let i = 0; i < 15; i++) full1k.push(timeAnalyze(analyzer, a.text, { title: a.title }).ms);
  out.summary = { words: a.words, first: firstSummary, runs: sum, points, fullAnalysis: full1k };
  // "Add vowels" on the ~1,000-word article, as the service worker answers it (vowelledText: the words-only analysis,
  // then the words whose reading adds vowels): right after the article's own analysis (word cache warm, as in the
  // extension) and from a cleared cache
  const vowels = { warm: [], cold: [], spans: 0 };
  analyzer.analyze(a.text, { title: a.title });
  for (let i = 0; i < 30; i++) {
    const t0 = now();
    const spans = core.vowelSpans(analyzer.analyze(a.text, { wordsOnly: true }).tokens);
    vowels.warm.push(now() - t0);
    vowels.spans = spans.length;
  }
  for (let i = 0; i < 15; i++) {
    clearCache(analyzer);
    const t0 = now();
    core.vowelSpans(analyzer.analyze(a.text, { wordsOnly: true }).tokens);
    vowels.cold.push(now() - t0);
  }
  out.vowels = vowels;
  return out;
}

function load() {
  const gc = globalThis.gc;
  if (typeof gc !== 'function') throw new Error('run with --expose-gc');
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = now();
  const raw = fs.readFileSync(dataFile, 'utf8');
  const t1 = now();
  let data = JSON.parse(raw);
  const t2 = now();
  const analyzer = new core.Analyzer(data);
  const t3 = now();
  gc();
  const heapWithData = process.memoryUsage().heapUsed;
  data = null; // the service worker keeps only the Analyzer
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  globalThis.keep = analyzer;
  return {
    readMs: t1 - t0,
    parseMs: t2 - t1,
    indexMs: t3 - t2,
    heapBaseline: heap0,
    heapAfterLoad: heapAfter,
    heapDelta: heapAfter - heap0,
    heapWithData: heapWithData - heap0,
    rss: process.memoryUsage().rss,
  };
}

function post(session, method, params) {
  return new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
}

async function profile() {
  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  const raw = fs.readFileSync(dataFile, 'utf8');
  await post(session, 'Profiler.start');
  const analyzer = new core.Analyzer(JSON.parse(raw));
  const { profile: loadProfile } = await post(session, 'Profiler.stop');
  const text = textOfWords(10000);
  analyzer.analyze(text); // warm-up (JIT), not profiled
  await post(session, 'Profiler.start');
  for (let i = 0; i < 3; i++) {
    clearCache(analyzer);
    analyzer.analyze(text);
  }
  const { profile: analyzeProfile } = await post(session, 'Profiler.stop');
  session.disconnect();
  return { load: loadProfile, analyze: analyzeProfile };
}

const result = mode === 'throughput' ? throughput() : mode === 'load' ? load() : mode === 'profile' ? await profile() : null;
if (!result) throw new Error(`unknown mode ${mode}`);
process.stdout.write(JSON.stringify(result));
