/**
 * The model registry and the download, with an in-memory store and a fake fetch: which records make a plan, and
 * that progress, cancel, resume, a wrong hash, offline and a full storage each end as they should.
 */
import { createHash } from 'node:crypto';
import { compareVersions, planModel, type ModelPlan } from '../../../src/providers/model-registry';
import { downloadModel, downloadPlan, type DownloadDeps } from '../../../src/providers/model-download';
import { cacheModelStore, type CacheLike, type CacheStorageLike } from '../../../src/providers/model-store';

const hex = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const BASE = 'https://cdn.example/';

function rec(fileType: string, version: string, extra: Record<string, unknown> = {}) {
  const bytes = `${fileType}-${version}`;
  return {
    id: `${fileType}-${version}`,
    name: `${fileType}.aren.bin`,
    fromLang: 'ar',
    toLang: 'en',
    fileType,
    version,
    attachment: { hash: hex(bytes), size: bytes.length, location: `main-workspace/translations-models/${fileType}-${version}.bin` },
    ...extra,
  };
}

describe('planModel follows how Firefox picks model records', () => {
  const plan = (records: unknown[], major = { min: 1, max: 1 }) =>
    planModel(records, { from: 'ar', to: 'en', attachmentsBase: BASE, source: 'test', major });

  test.each([
    ['1.0', '1.1', -1],
    ['1.10', '1.9', 1],
    ['2.0a1', '2.0', -1],
    ['1.0', '1.0', 0],
  ])('compareVersions(%s, %s) = %d', (a, b, want) => expect(compareVersions(a, b)).toBe(want));

  test('the highest supported version of each file, all of the model file version', () => {
    const p = plan([
      rec('model', '1.0'),
      rec('model', '1.1'),
      rec('lex', '1.1'),
      rec('vocab', '1.1'),
      rec('vocab', '1.0'),
      rec('model', '2.0'),
    ]);
    expect('files' in p && p.version).toBe('1.1');
    expect('files' in p && p.files.map((f) => `${f.fileType}@${f.url}`)).toEqual([
      `model@${BASE}main-workspace/translations-models/model-1.1.bin`,
      `lex@${BASE}main-workspace/translations-models/lex-1.1.bin`,
      `vocab@${BASE}main-workspace/translations-models/vocab-1.1.bin`,
    ]);
  });

  test('a left-over older vocabulary is not mixed with a newer model (split vocabularies)', () => {
    const p = plan([rec('model', '1.2'), rec('lex', '1.2'), rec('srcvocab', '1.2'), rec('trgvocab', '1.2'), rec('vocab', '1.1')]);
    expect('files' in p && p.files.map((f) => f.fileType)).toEqual(['model', 'lex', 'srcvocab', 'trgvocab']);
  });

  test.each([
    ['only 2.x models (a newer engine)', [rec('model', '2.0'), rec('lex', '2.0'), rec('vocab', '2.0')], 'noModel'],
    ['another pair', [{ ...rec('model', '1.0'), fromLang: 'fr' }], 'noModel'],
    [
      'a channel filter',
      [rec('model', '1.0', { filter_expression: "env.channel == 'nightly'" }), rec('lex', '1.0'), rec('vocab', '1.0')],
      'noModel',
    ],
    ['no shortlist', [rec('model', '1.0'), rec('vocab', '1.0')], 'incomplete'],
    ['no vocabulary', [rec('model', '1.0'), rec('lex', '1.0')], 'incomplete'],
    ['a malformed hash', [{ ...rec('model', '1.0'), attachment: { hash: 'abc', size: 3, location: 'x' } }], 'noModel'],
    [
      'a location on another host',
      [
        rec('model', '1.0', { attachment: { ...rec('model', '1.0').attachment, location: 'https://evil.example/m.bin' } }),
        rec('lex', '1.0'),
        rec('vocab', '1.0'),
      ],
      'incomplete',
    ],
  ])('%s: no plan', (_, records, error) => expect(plan(records)).toEqual({ error }));
});

/** An in-memory Cache API with an optional byte limit (to play a full disk). */
function memoryCaches(limit = Infinity) {
  const caches = new Map<string, Map<string, ArrayBuffer>>();
  const used = () => [...caches.values()].flatMap((c) => [...c.values()]).reduce((n, b) => n + b.byteLength, 0);
  const storage: CacheStorageLike = {
    async open(name) {
      let c = caches.get(name);
      if (!c) caches.set(name, (c = new Map()));
      const cache = c;
      const api: CacheLike = {
        async match(key) {
          const b = cache.get(key);
          return b ? new Response(b.slice(0)) : undefined;
        },
        async put(key, res) {
          const b = await res.arrayBuffer();
          if (used() + b.byteLength > limit) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
          cache.set(key, b);
        },
      };
      return api;
    },
    async delete(name) {
      return caches.delete(name);
    },
  };
  return { storage, keys: () => [...caches.values()].flatMap((c) => [...c.keys()]) };
}

const FILES = { model: 'M'.repeat(3000), lex: 'L'.repeat(1000), vocab: 'V'.repeat(2000) };

function testPlan(overrides: Partial<Record<keyof typeof FILES, string>> = {}): ModelPlan {
  return {
    from: 'ar',
    to: 'en',
    version: '1.0',
    source: 'test',
    files: (Object.keys(FILES) as Array<keyof typeof FILES>).map((t) => ({
      fileType: t,
      name: `${t}.aren`,
      url: `${BASE}${t}`,
      sha256: hex(overrides[t] ?? FILES[t]),
      size: FILES[t].length,
    })),
  };
}

/** A fetch that serves FILES in 500-byte chunks; `fail` makes one URL throw or one chunk abort. */
function fakeFetch(opts: { throwOn?: string; calls?: string[] } = {}): DownloadDeps['fetch'] {
  return async (url, init) => {
    opts.calls?.push(url);
    if (init?.signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    if (url === opts.throwOn) throw new TypeError('Failed to fetch');
    const body = FILES[url.slice(BASE.length) as keyof typeof FILES];
    if (!body) return new Response('no', { status: 404 });
    const bytes = new TextEncoder().encode(body);
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (init?.signal?.aborted) return c.error(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        if (at >= bytes.length) return c.close();
        c.enqueue(bytes.slice(at, (at += 500)));
      },
    });
    return new Response(stream, { status: 200 });
  };
}

describe('downloadPlan', () => {
  test('progress rises to the total, every file is stored under its hash, the manifest last', async () => {
    const mem = memoryCaches();
    const store = cacheModelStore(mem.storage);
    const seen: number[] = [];
    const out = await downloadPlan(testPlan(), { fetch: fakeFetch(), store }, { onProgress: (l, t) => seen.push(l / t) });
    expect(out.kind).toBe('done');
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.every((v, i) => i === 0 || v >= seen[i - 1]!)).toBe(true);
    expect(seen.length).toBeGreaterThan(6);
    expect((await store.getManifest())?.files.map((f) => f.fileType)).toEqual(['model', 'lex', 'vocab']);
    expect(new TextDecoder().decode((await store.getFile(hex(FILES.lex)))!)).toBe(FILES.lex);
  });

  test('a wrong hash is refused and nothing is kept, not even the files checked before it', async () => {
    const mem = memoryCaches();
    const store = cacheModelStore(mem.storage);
    const out = await downloadPlan(testPlan({ vocab: 'something else' }), { fetch: fakeFetch(), store });
    expect(out).toEqual({ kind: 'failed', reason: 'hash', detail: 'vocab.aren' });
    expect(mem.keys()).toEqual([]);
    expect(await store.getManifest()).toBeNull();
  });

  test('cancel stops at once; the next run resumes after the files already stored', async () => {
    const mem = memoryCaches();
    const store = cacheModelStore(mem.storage);
    const ctl = new AbortController();
    const out = await downloadPlan(
      testPlan(),
      { fetch: fakeFetch(), store },
      { signal: ctl.signal, onProgress: (l) => l > 3500 && ctl.abort() },
    );
    expect(out).toEqual({ kind: 'cancelled' });
    expect(await store.hasFile(hex(FILES.model))).toBe(true);
    expect(await store.hasFile(hex(FILES.lex))).toBe(false);
    expect(await store.getManifest()).toBeNull();
    const calls: string[] = [];
    const firsts: number[] = [];
    const again = await downloadPlan(testPlan(), { fetch: fakeFetch({ calls }), store }, { onProgress: (l) => firsts.push(l) });
    expect(again.kind).toBe('done');
    expect(calls).toEqual([`${BASE}lex`, `${BASE}vocab`]);
    expect(firsts[0]).toBe(3000);
  });

  test('offline and a dropped server are told apart', async () => {
    const store = cacheModelStore(memoryCaches().storage);
    const off = await downloadPlan(testPlan(), { fetch: fakeFetch({ throwOn: `${BASE}model` }), store, online: () => false });
    expect(off).toEqual({ kind: 'failed', reason: 'offline', detail: undefined });
    const down = await downloadPlan(testPlan(), { fetch: fakeFetch({ throwOn: `${BASE}model` }), store, online: () => true });
    expect(down.kind === 'failed' && down.reason).toBe('network');
  });

  test('full storage: refused up front by the estimate, or when a write hits the quota; the model is not marked complete', async () => {
    const store = cacheModelStore(memoryCaches().storage);
    const early = await downloadPlan(testPlan(), { fetch: fakeFetch(), store, estimate: async () => ({ quota: 1000, usage: 900 }) });
    expect(early.kind === 'failed' && early.reason).toBe('quota');
    const small = cacheModelStore(memoryCaches(4500).storage);
    const late = await downloadPlan(testPlan(), { fetch: fakeFetch(), store: small });
    expect(late.kind === 'failed' && late.reason).toBe('quota');
    expect(await small.getManifest()).toBeNull();
  });

  test('an HTTP error names its status', async () => {
    const store = cacheModelStore(memoryCaches().storage);
    const plan = testPlan();
    plan.files[0]!.url = `${BASE}missing`;
    expect(await downloadPlan(plan, { fetch: fakeFetch(), store })).toEqual({ kind: 'failed', reason: 'http', detail: '404' });
  });
});

describe('downloadModel reads the registry first', () => {
  const server = 'https://settings.example/v1';
  const registry =
    (records: unknown, base: unknown = BASE): DownloadDeps['fetch'] =>
    async (url, init) => {
      if (url === `${server}/`) return Response.json({ capabilities: { attachments: { base_url: base } } });
      if (url === `${server}/buckets/main/collections/translations-models/records`) return Response.json(records);
      return fakeFetch()(url, init);
    };

  test('no Arabic model in the collection', async () => {
    const out = await downloadModel(server, {
      fetch: registry({ data: [rec('model', '1.0', { fromLang: 'de' })] }),
      store: cacheModelStore(memoryCaches().storage),
    });
    expect(out.kind === 'failed' && out.reason).toBe('noModel');
  });

  test.each([
    ['no attachments host', { data: [] }, null],
    ['records not a list', { data: 'x' }, BASE],
  ])('a malformed registry: %s', async (_, records, base) => {
    const out = await downloadModel(server, { fetch: registry(records, base), store: cacheModelStore(memoryCaches().storage) });
    expect(out.kind === 'failed' && out.reason).toBe('registry');
  });
});
