/**
 * One English, the best available: the engine order with a fake probe, the fallback between engines behind the same
 * interface, the worker client against a fake worker speaking the engine's protocol, and names, figures and dates
 * kept through a translation.
 */
import { BergamotClient, gemmPrecision, type WorkerLike } from '../../../src/providers/bergamot-client';
import { BergamotHost, parseEngineOp } from '../../../src/providers/bergamot-host';
import { chooseEngine, translateFirst, type EngineProbe, type SentenceEngine } from '../../../src/providers/english-engine';
import { factsOf, keepFacts, withFacts } from '../../../src/providers/keep-facts';
import type { ModelStore, StoredModel } from '../../../src/providers/model-store';
import type { TranslatorAvailability } from '../../../src/providers/translator';
import type { ProviderId } from '../../../src/shared/settings';

const probe = (translator: TranslatorAvailability | null, bergamot: boolean): EngineProbe => ({
  translator: async () => translator,
  bergamot: async () => bergamot,
});

describe('chooseEngine', () => {
  test.each<[ProviderId, 'summary' | 'sentences', TranslatorAvailability | null, boolean, object]>([
    // auto: translator when available, else the downloaded model, else the gist
    ['auto', 'summary', 'available', true, { engine: 'translator' }],
    ['auto', 'sentences', null, true, { engine: 'bergamot' }],
    ['auto', 'sentences', 'unavailable', false, { engine: 'offline' }],
    ['auto', 'summary', 'downloadable', false, { engine: 'offline', translatorDownloadable: true }],
    ['auto', 'summary', 'downloadable', true, { engine: 'bergamot', translatorDownloadable: true }],
    // the user's choice first
    ['bergamot', 'summary', 'available', true, { engine: 'bergamot' }],
    ['offline', 'summary', 'available', true, { engine: 'offline' }],
    ['translator', 'sentences', 'available', true, { engine: 'translator' }],
    // a choice that cannot run falls to the next engine, and says so
    ['bergamot', 'sentences', 'available', false, { engine: 'translator', chosenUnavailable: 'bergamot' }],
    ['bergamot', 'sentences', null, false, { engine: 'offline', chosenUnavailable: 'bergamot' }],
    ['translator', 'summary', null, true, { engine: 'bergamot', chosenUnavailable: 'translator' }],
    // a configured endpoint stays a choice for the summary; it does not translate sentences
    ['openai', 'summary', 'available', true, { engine: 'openai' }],
    ['openai', 'sentences', null, true, { engine: 'bergamot' }],
  ])('%s for %s (translator %s, model %s)', async (pref, surface, t, b, want) => {
    expect(await chooseEngine(pref, surface, probe(t, b))).toEqual(want);
  });

  test('a probe that throws counts as absent', async () => {
    const broken: EngineProbe = { translator: () => Promise.reject(new Error('x')), bergamot: () => Promise.reject(new Error('y')) };
    expect(await chooseEngine('auto', 'summary', broken)).toEqual({ engine: 'offline' });
  });
});

describe('translateFirst: engines behind one interface', () => {
  const fake = (id: SentenceEngine['id'], f: (t: readonly string[]) => string[] | Promise<string[]>): SentenceEngine => ({
    id,
    translate: async (t) => f(t),
  });
  test('the first engine that answers in full writes, and is named', async () => {
    const broken = fake('translator', () => {
      throw new Error('gone');
    });
    const short = fake('translator', () => ['only one']);
    const good = fake('bergamot', (t) => t.map((x) => `EN(${x})`));
    expect(await translateFirst([broken, short, good], ['أ', 'ب'])).toEqual({ by: 'bergamot', english: ['EN(أ)', 'EN(ب)'] });
  });
  test('none answers: null (the gist stays)', async () => {
    expect(await translateFirst([fake('bergamot', () => Promise.reject(new Error('x')))], ['أ'])).toBeNull();
  });
});

/** A fake worker speaking translator-worker.js's protocol: {id, name, args} in, {id, result|error} out. */
function fakeWorker(log: string[], opts: { failInit?: boolean } = {}): WorkerLike {
  const listeners: Array<(e: { data: unknown }) => void> = [];
  return {
    postMessage(m) {
      const { id, name, args } = m as { id: number; name: string; args: unknown[] };
      log.push(name);
      let reply: object;
      if (name === 'initialize' && opts.failInit)
        reply = { id, error: { message: 'CompileError: WebAssembly.instantiate(): refused by CSP' } };
      else if (name === 'translate') {
        const { texts } = args[0] as { texts: Array<{ text: string }> };
        reply = { id, result: texts.map((t) => ({ target: { text: `EN:${t.text}` } })) };
      } else if (name === 'loadTranslationModel') {
        log.push(JSON.stringify((args[1] as { config: object }).config));
        reply = { id, result: undefined };
      } else reply = { id, result: undefined };
      queueMicrotask(() => listeners.forEach((l) => l({ data: reply })));
    },
    addEventListener(type: string, l: (e: { data: unknown }) => void) {
      if (type === 'message') listeners.push(l);
    },
    terminate() {
      log.push('terminate');
    },
  } as WorkerLike;
}

describe('BergamotClient and BergamotHost', () => {
  test('boots once, loads with the precision the file name says, translates in batches of 8', async () => {
    const log: string[] = [];
    const c = new BergamotClient(() => fakeWorker(log));
    await c.boot();
    await c.boot();
    await c.loadModel({
      model: new ArrayBuffer(4),
      shortlist: new ArrayBuffer(4),
      vocabs: [new ArrayBuffer(4)],
      modelName: 'model.aren.intgemm8.bin',
    });
    const texts = Array.from({ length: 17 }, (_, i) => `s${i}`);
    expect(await c.translate(texts)).toEqual(texts.map((t) => `EN:${t}`));
    expect(log.filter((n) => n === 'initialize')).toHaveLength(1);
    expect(log.filter((n) => n === 'translate')).toHaveLength(3);
    expect(log).toContain('{"gemm-precision":"int8shiftAll"}');
    expect(gemmPrecision('model.aren.intgemm.alphas.bin')).toBe('int8shiftAlphaAll');
  });

  test('a failed start is an error value from the host, and the next call starts a new worker', async () => {
    const log: string[] = [];
    let fail = true;
    const host = new BergamotHost(() => fakeWorker(log, { failInit: fail }), emptyStore());
    const a = await host.handle({ op: 'boot' });
    expect(a).toMatchObject({ ok: false, error: 'engine', message: expect.stringContaining('CSP') });
    expect(log).toContain('terminate');
    fail = false;
    expect(await host.handle({ op: 'boot' })).toMatchObject({ ok: true });
  });

  test('no stored model: translate says noModel; a stored file that no longer matches its hash is refused', async () => {
    const log: string[] = [];
    expect(await new BergamotHost(() => fakeWorker(log), emptyStore()).handle({ op: 'translate', texts: ['x'] })).toEqual({
      ok: false,
      error: 'noModel',
    });
    const manifest: StoredModel = {
      from: 'ar',
      to: 'en',
      version: '1.0',
      source: 'test',
      storedAt: 0,
      files: [{ fileType: 'model', name: 'model.aren.intgemm.alphas.bin', sha256: '0'.repeat(64), size: 3 }],
    };
    const damaged: ModelStore = { ...emptyStore(), getManifest: async () => manifest, getFile: async () => new ArrayBuffer(3) };
    const r = await new BergamotHost(() => fakeWorker(log), damaged).handle({ op: 'translate', texts: ['x'] });
    expect(r).toMatchObject({ ok: false, error: 'corrupt' });
    expect(log).not.toContain('loadTranslationModel');
  });

  test.each([
    [{ tarjumanEngine: 1, op: 'boot' }, { op: 'boot' }],
    [
      { tarjumanEngine: 1, op: 'translate', texts: ['a'] },
      { op: 'translate', texts: ['a'] },
    ],
    [{ tarjumanEngine: 1, op: 'translate', texts: [1] }, null],
    [{ tarjuman: 1, type: 'engineBoot' }, null],
    [{ tarjumanEngine: 1, op: 'eval' }, null],
  ])('parseEngineOp(%j)', (msg, want) => expect(parseEngineOp(msg)).toEqual(want));
});

function emptyStore(): ModelStore {
  return {
    hasFile: async () => false,
    putFile: async () => undefined,
    getFile: async () => null,
    putManifest: async () => undefined,
    getManifest: async () => null,
    clear: async () => undefined,
  };
}

describe('keepFacts: names, figures and dates survive', () => {
  const span = { start: 0, end: 100 };
  test('facts of a sentence are the entities inside it', () => {
    const f = factsOf(
      [
        { start: 0, end: 5, type: 'PERSON', english: 'Mohammed Abdel Ati' },
        { start: 10, end: 14, type: 'NUMBER', english: '3.5 billion' },
        { start: 20, end: 24, type: 'MISC', english: 'Ramadan' },
        { start: 120, end: 130, type: 'LOCATION', english: 'Cairo' },
      ],
      span,
    );
    expect(f).toEqual({ names: ['Mohammed Abdel Ati'], figures: ['3.5 billion'] });
  });

  test.each([
    // kept: another spelling of the same name, digits grouped differently, the article off a name
    ['Minister Abdul Ati met the delegation.', { names: ['Mohammed Abdel Ati'], figures: [] }, 'Minister Abdul Ati met the delegation.'],
    ['Exports reached 1,500 tons.', { names: [], figures: ['1500 tons'] }, 'Exports reached 1,500 tons.'],
    ['Sisi said so.', { names: ['al-Sisi'], figures: [] }, 'Sisi said so.'],
    ['The talks end on 5 March 2024.', { names: [], figures: ['March 5, 2024'] }, 'The talks end on 5 March 2024.'],
    // repaired: a dropped name, a changed number, a lost date
    [
      'The minister met the delegation.',
      { names: ['Mohammed Abdel Ati'], figures: [] },
      'The minister met the delegation. [Mohammed Abdel Ati]',
    ],
    ['Exports reached 15 tons.', { names: [], figures: ['1500 tons'] }, 'Exports reached 15 tons. [1500 tons]'],
    ['The talks end on 6 March.', { names: ['Cairo'], figures: ['March 5'] }, 'The talks end on 6 March. [Cairo; March 5]'],
  ])('%s', (english, facts, want) => expect(keepFacts(english, facts).text).toBe(want));

  test('Arabic-Indic digits in our figure match Western digits in the English', () => {
    expect(keepFacts('It rose 25 percent.', { names: [], figures: ['٢٥ percent'] }).added).toEqual([]);
  });

  test("the views' entity groups: each mention in the sentence counts, once", () => {
    const groups = [
      {
        english: 'Amman',
        type: 'LOCATION' as const,
        mentions: [
          { start: 3, end: 8 },
          { start: 50, end: 55 },
        ],
      },
      { english: '12 October 2025', type: 'DATE' as const, mentions: [{ start: 120, end: 130 }] },
    ];
    expect(withFacts('Jordan will host it.', groups, span)).toBe('Jordan will host it. [Amman]');
    expect(withFacts('Jordan will host it.', groups, undefined)).toBe('Jordan will host it.');
    expect(withFacts('It met on 12 October 2025.', groups, { start: 100, end: 140 })).toBe('It met on 12 October 2025.');
  });
});
