// Bundle sizes per entry (as built: minified; and rebundled unminified with the same options), gzip sizes,
// the data asset and the store packages written by `node build.mjs --package`.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './inputs.mjs';

// the entries of build.mjs (the content script is an IIFE there, the others ESM)
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  reader: 'src/reader/index.tsx',
};

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

function dirSize(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return n;
}

async function unminified(name, entry) {
  const r = await esbuild.build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    format: name === 'content' ? 'iife' : 'esm',
    target: ['chrome120', 'firefox128'],
    minify: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  return r.outputFiles[0].contents.length;
}

export async function sizes() {
  const chrome = path.join(ROOT, 'dist', 'chrome');
  const entries = [];
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const built = path.join(chrome, `${name}.js`);
    if (!fs.existsSync(built) || !fs.existsSync(path.join(ROOT, entry))) continue;
    const buf = fs.readFileSync(built);
    entries.push({ name, entry, minified: buf.length, gzip: gzip(buf), unminified: await unminified(name, entry) });
  }
  const dataFile = path.join(ROOT, 'dist', 'data', 'tarjuman-data.json');
  const data = fs.readFileSync(dataFile);
  const cssDir = path.join(chrome, 'styles');
  const css = fs.existsSync(cssDir) ? dirSize(cssDir) : 0;
  // the store packages: node build.mjs --package (rebuilds dist/ as shipped, shadow roots closed, and writes the
  // zips); then the test build again (TARJUMAN_OPEN_SHADOW=1), whose tooltip the browser benchmarks look into
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const { TARJUMAN_OPEN_SHADOW: _open, ...shipped } = process.env;
  const build = spawnSync(process.execPath, ['build.mjs', '--package'], { cwd: ROOT, encoding: 'utf8', env: shipped });
  spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TARJUMAN_OPEN_SHADOW: '1' } });
  const packages = {};
  for (const browser of ['chrome', 'firefox']) {
    const zip = path.join(ROOT, 'dist', `tarjuman-${pkg.version}-${browser}.zip`);
    if (fs.existsSync(zip)) packages[browser] = { file: path.relative(ROOT, zip), bytes: fs.statSync(zip).size };
  }
  return {
    entries,
    data: { file: path.relative(ROOT, dataFile), bytes: data.length, gzip: gzip(data) },
    css,
    unpacked: dirSize(chrome),
    packages,
    packageBuild: build.status === 0 ? 'ok' : `failed (${build.status}): ${(build.stderr || '').trim().split('\n').slice(-3).join(' ')}`,
  };
}
