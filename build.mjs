// Builds Tarjuman: compiles the data sources into one asset, bundles every entry with esbuild, and writes
// dist/chrome and dist/firefox from the one manifest.json (plus dist/cli.js for the command line).
//   node build.mjs            build both browsers and the CLI
//   node build.mjs --package  also write store-ready zips to dist/
//   node build.mjs --dev      no minification, inline source maps
//   node build.mjs --cli-only the data asset and dist/cli.js only
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileData } from './scripts/data-compiler.mjs';
import { writeZip } from './scripts/zip.mjs';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(ROOT, 'dist');
const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const BROWSERS = ['chrome', 'firefox'];

function compileAssets() {
  const { data, errors, counts } = compileData(ROOT);
  // --lenient: build while data files are being written (duplicates and bad lines are skipped, not fatal)
  if (errors.length && args.has('--lenient')) console.warn(`data: ${errors.length} errors skipped (--lenient)`);
  else if (errors.length) {
    console.error(`data: ${errors.length} errors (run npm run validate-data for all of them)`);
    for (const e of errors.slice(0, 20)) console.error(`  ${e}`);
    process.exit(1);
  }
  const json = JSON.stringify(data);
  fs.mkdirSync(path.join(DIST, 'data'), { recursive: true });
  fs.writeFileSync(path.join(DIST, 'data', 'tarjuman-data.json'), json);
  console.log(
    `data: ${counts.lemmas} lemmas, ${counts.phrases} phrases, ${counts.gazetteer} names (${(json.length / 1024).toFixed(0)} KB)`,
  );
  return json;
}

/** The browser manifest: Chrome gets a service worker, Firefox background scripts and its gecko id. */
function manifestFor(browser) {
  const m = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  m.version = pkg.version;
  if (browser === 'firefox') {
    m.background = { scripts: ['background.js'], type: 'module' };
    m.browser_specific_settings = {
      // nothing is collected: summaries go to a model endpoint only when the user configures and enables one
      gecko: { id: 'tarjuman@tarjuman.example', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
    };
    delete m.minimum_chrome_version;
  } else {
    m.background = { service_worker: 'background.js', type: 'module' };
  }
  return m;
}

const entries = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  reader: 'src/reader/index.tsx',
};

async function bundleExtension(outdir) {
  const present = Object.fromEntries(Object.entries(entries).filter(([, f]) => fs.existsSync(path.join(ROOT, f))));
  await esbuild.build({
    entryPoints: present,
    outdir,
    bundle: true,
    format: 'esm',
    target: ['chrome120', 'firefox128'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
  });
  // the content script is injected as a classic script: rebundle it as an IIFE so it has no top-level import/export
  if (!present.content) return;
  await esbuild.build({
    entryPoints: [path.join(ROOT, entries.content)],
    outfile: path.join(outdir, 'content.js'),
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

async function bundleCli() {
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/cli/index.ts')],
    outfile: path.join(DIST, 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['linkedom'],
    sourcemap: dev ? 'inline' : false,
    logLevel: 'warning',
  });
}

function copyStatic(outdir, browser, dataJson) {
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2));
  for (const page of ['popup', 'options', 'reader']) {
    const html = path.join(ROOT, 'src', page, `${page}.html`);
    if (fs.existsSync(html)) fs.copyFileSync(html, path.join(outdir, `${page}.html`));
  }
  if (fs.existsSync(path.join(ROOT, 'locales'))) fs.cpSync(path.join(ROOT, 'locales'), path.join(outdir, 'locales'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'assets', 'icons'), path.join(outdir, 'icons'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'src', 'styles'), path.join(outdir, 'styles'), { recursive: true });
  fs.mkdirSync(path.join(outdir, 'data'), { recursive: true });
  fs.writeFileSync(path.join(outdir, 'data', 'tarjuman-data.json'), dataJson);
  const messages = path.join(ROOT, 'locales', '_locales');
  if (fs.existsSync(messages)) fs.cpSync(messages, path.join(outdir, '_locales'), { recursive: true });
}

const t0 = performance.now();
const dataJson = compileAssets();
// --cli-only: the data and the command line (for evaluating the core)
for (const browser of args.has('--cli-only') ? [] : BROWSERS) {
  const outdir = path.join(DIST, browser);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  await bundleExtension(outdir);
  copyStatic(outdir, browser, dataJson);
}
await bundleCli();
if (args.has('--package')) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  for (const browser of BROWSERS) {
    const zip = path.join(DIST, `tarjuman-${pkg.version}-${browser}.zip`);
    writeZip(path.join(DIST, browser), zip);
    console.log(`package: ${path.relative(ROOT, zip)} (${(fs.statSync(zip).size / 1024).toFixed(0)} KB)`);
  }
}
console.log(`build: ${args.has('--cli-only') ? '' : 'dist/chrome, dist/firefox, '}dist/cli.js in ${Math.round(performance.now() - t0)} ms`);
