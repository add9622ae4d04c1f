/**
 * `--provider bergamot --model-dir DIR` on the command line: the engine's WebAssembly runs under Node's worker
 * threads. No real model exists here, so a folder of made-up files shows the whole path up to the model: the
 * worker starts, the engine reads the files and refuses them with its own error, and the command says so.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BergamotClient, type WorkerLike } from '../../../src/providers/bergamot-client';

const ROOT = path.resolve(__dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/tarjuman.mjs'), ...args], { encoding: 'utf8', cwd: ROOT });
const SAMPLE = path.join(ROOT, 'assets/sample/article.ar.txt');

jest.setTimeout(60000);

test('the engine boots in Node with no model (the same worker and wasm as the extension)', async () => {
  const script = path.join(ROOT, 'dist/bergamot/translator-worker.cjs');
  if (!fs.existsSync(script)) throw new Error('run `node build.mjs` first');
  // what src/cli/bergamot.ts does (it is ESM-only, import.meta, so the test wraps the worker itself)
  const nodeWorker = (): WorkerLike => {
    const w = new Worker(script);
    return {
      postMessage: (m: unknown) => w.postMessage(m),
      addEventListener: (type: string, l: (e: { data: unknown }) => void) =>
        type === 'message' ? w.on('message', (data: unknown) => l({ data })) : w.on('error', (e: unknown) => l({ data: e })),
      terminate: () => void w.terminate(),
    } as WorkerLike;
  };
  const c = new BergamotClient(nodeWorker);
  try {
    await c.boot();
    expect(c.isBooted).toBe(true);
    await expect(c.translate(['مرحبا'])).rejects.toThrow('no model is loaded');
  } finally {
    c.dispose();
  }
});

test('without --model-dir: a clear message, exit 1', () => {
  const r = run('analyze', '--json', '--provider', 'bergamot', SAMPLE);
  expect(r.status).toBe(1);
  expect(r.stderr).toBe('tarjuman: --provider bergamot needs --model-dir DIR (a Firefox Translations ar→en model on disk)\n');
});

test.each([
  ['a folder without the model files', [] as string[], /needs model\.\*\.bin, lex\.\*\.bin and vocab\.\*\.spm/],
  // the engine itself reads the made-up vocabulary and refuses it
  [
    'made-up files',
    ['model.aren.intgemm.alphas.bin', 'lex.50.50.aren.s2t.bin', 'vocab.aren.spm'],
    /the bergamot engine could not run: .*Abort/,
  ],
])('%s: refused with a message, exit 1', (_, files, message) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-model-'));
  try {
    files.forEach((f, i) => fs.writeFileSync(path.join(dir, f), Buffer.alloc(1000 * (i + 1), i + 1)));
    const r = run('analyze', '--json', '--provider', 'bergamot', '--model-dir', dir, SAMPLE);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    // the engine's own log lines (from its worker thread) may come before or after ours
    expect(r.stderr.split('\n').filter((l) => l.startsWith('tarjuman: '))).toEqual([expect.stringMatching(message)]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
