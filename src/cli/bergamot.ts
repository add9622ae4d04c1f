/**
 * `--provider bergamot --model-dir DIR`: the Firefox Translations engine on the command line, for a model already on
 * disk (Firefox's file names: model.*.bin, lex.*.bin, and vocab.*.spm or srcvocab.* + trgvocab.*). The same
 * WebAssembly worker as in the extension runs under node:worker_threads (the package has a Node shim); the English
 * of every sentence goes to the contract's `sentences` in place of the rules' English, names, figures and dates of
 * our analysis kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SentenceEnglish } from '../core/english';
import type { TextAnalysis } from '../core/model';
import { BergamotClient, type ModelBuffers, type WorkerLike } from '../providers/bergamot-client';
import { factsOf, keepFacts } from '../providers/keep-facts';

/** The worker script shipped beside dist/cli.js (build.mjs copies it, as .cjs: this package is ESM). */
function workerScript(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const p of [
    path.join(here, 'bergamot', 'translator-worker.cjs'),
    path.join(here, '..', 'dist', 'bergamot', 'translator-worker.cjs'),
  ])
    if (fs.existsSync(p)) return p;
  throw new Error('the engine is missing: run `npm run build` first');
}

export function nodeWorker(): WorkerLike {
  const w = new Worker(workerScript());
  return {
    postMessage: (m: unknown) => w.postMessage(m),
    addEventListener: (type: 'message' | 'error', l: (e: { data: unknown }) => void) =>
      type === 'message' ? w.on('message', (data: unknown) => l({ data })) : w.on('error', (e: unknown) => l({ data: e })),
    terminate: () => void w.terminate(),
  } as WorkerLike;
}

const read = (file: string): ArrayBuffer => {
  const b = fs.readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

/** The model's files in `dir`, by Firefox's names; a clear error naming what is missing. */
export function modelFiles(dir: string): ModelBuffers {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`--model-dir ${dir} is not a folder`);
  const names = fs.readdirSync(dir);
  const find = (prefix: string) => names.find((n) => n.startsWith(prefix));
  const model = find('model.');
  const lex = find('lex.');
  const vocab = find('vocab.');
  const src = find('srcvocab.');
  const trg = find('trgvocab.');
  if (!model || !lex || !(vocab || (src && trg)))
    throw new Error(`${dir} needs model.*.bin, lex.*.bin and vocab.*.spm (or srcvocab.* and trgvocab.*), as Firefox names them`);
  return {
    model: read(path.join(dir, model)),
    shortlist: read(path.join(dir, lex)),
    vocabs: vocab ? [read(path.join(dir, vocab))] : [read(path.join(dir, src!)), read(path.join(dir, trg!))],
    modelName: model,
  };
}

/** The engine's English of every sentence of the analysis. */
export async function bergamotSentences(
  a: TextAnalysis,
  modelDir: string,
  makeWorker: () => WorkerLike = nodeWorker,
): Promise<SentenceEnglish[]> {
  const files = modelFiles(modelDir);
  const client = new BergamotClient(makeWorker);
  try {
    await client.loadModel(files);
    const english = await client.translate(a.sentences.map((s) => a.text.slice(s.start, s.end)));
    return a.sentences.map((s, i) => ({
      start: s.start,
      end: s.end,
      english: keepFacts(english[i] ?? '', factsOf(a.entities, s)).text,
      kind: 'sentence' as const,
    }));
  } finally {
    client.dispose();
  }
}
