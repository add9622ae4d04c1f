/**
 * A stand-in for Mozilla's Remote Settings on 127.0.0.1: the server root (with its attachments base_url), the
 * `translations-models` records of an Arabic → English model, and the attachments. The files are made-up bytes (no
 * model exists on this machine); their hashes are published right, or wrong for one file. The second file is served
 * slowly, so a test can cancel in the middle of it. Every request is logged. /article is the sample article as a page.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { articlePage } from './fake-openai';
import { listenOnLoopback } from './loopback';

export const FILES = [
  { fileType: 'model', name: 'model.aren.intgemm.alphas.bin', size: 600_000 },
  { fileType: 'lex', name: 'lex.50.50.aren.s2t.bin', size: 400_000 },
  { fileType: 'vocab', name: 'vocab.aren.spm', size: 200_000 },
] as const;

const bytesOf = (i: number, size: number) => {
  const b = Buffer.alloc(size);
  for (let k = 0; k < size; k++) b[k] = (k * 31 + i * 7) & 0xff;
  return b;
};
const BODIES = FILES.map((f, i) => bytesOf(i, f.size));

export interface FakeRegistry {
  /** the server to give the extension (storage.local modelRegistry) */
  server: string;
  requests: string[];
  /** publish a wrong SHA-256 for this file type */
  wrongHash: string | null;
  close(): Promise<void>;
}

export async function startFakeRegistry(): Promise<FakeRegistry> {
  const state = { wrongHash: null as string | null, requests: [] as string[] };
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    state.requests.push(url);
    // the real Remote Settings answers any origin; this one too, so only the extension's own checks decide
    res.setHeader('access-control-allow-origin', '*');
    if (url === '/favicon.ico') {
      res.statusCode = 204;
      return res.end();
    }
    if (url === '/article') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return res.end(articlePage());
    }
    if (url === '/v1/') return json(res, { capabilities: { attachments: { base_url: `${origin}/attachments/` } } });
    if (url === '/v1/buckets/main/collections/translations-models/records')
      return json(res, {
        data: FILES.map((f, i) => ({
          id: `rec-${i}`,
          name: f.name,
          fromLang: 'ar',
          toLang: 'en',
          fileType: f.fileType,
          version: '1.0',
          filter_expression: '',
          attachment: {
            hash: state.wrongHash === f.fileType ? 'f'.repeat(64) : createHash('sha256').update(BODIES[i]!).digest('hex'),
            size: f.size,
            location: `main-workspace/translations-models/${f.name}`,
            filename: f.name,
          },
        })),
      });
    const i = FILES.findIndex((f) => url === `/attachments/main-workspace/translations-models/${f.name}`);
    if (i < 0) {
      res.statusCode = 404;
      return res.end('not found');
    }
    const body = BODIES[i]!;
    res.setHeader('content-type', 'application/octet-stream');
    res.setHeader('content-length', String(body.length));
    if (i !== 1) return res.end(body);
    // the second file trickles: 20 KB every 100 ms (about 2 s), long enough to press Cancel in the middle
    let at = 0;
    const tick = () => {
      if (res.destroyed) return;
      res.write(body.subarray(at, (at += 20_000)));
      if (at >= body.length) res.end();
      else setTimeout(tick, 100);
    };
    tick();
  });
  const { url, close } = await listenOnLoopback(server);
  origin = url;
  return {
    server: `${url}/v1`,
    get requests() {
      return state.requests;
    },
    get wrongHash() {
      return state.wrongHash;
    },
    set wrongHash(v) {
      state.wrongHash = v;
    },
    close,
  };
}

function json(res: http.ServerResponse, body: unknown) {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

export const TOTAL = FILES.reduce((n, f) => n + f.size, 0);
