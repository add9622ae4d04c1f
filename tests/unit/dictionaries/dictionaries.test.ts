/** Imported dictionaries: Yomitan term banks (structured content as text), lookup keys, zip checks and the IndexedDB store. */
import { IDBFactory } from 'fake-indexeddb';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { DictionaryError, type DictionaryErrorCode } from '../../../src/dictionaries/dictionary-error';
import { DictionaryStore } from '../../../src/dictionaries/dictionary-store';
import { lookupKeys } from '../../../src/dictionaries/lookup-keys';
import { DICTIONARY_LIMITS, readDictionaryZip, type ParsedDictionary } from '../../../src/dictionaries/read-zip';
import { definitionText, flattenStructuredContent } from '../../../src/dictionaries/structured-content';
import { parseIndex, parseTermBank, termKey } from '../../../src/dictionaries/term-bank';
import type { LookupResult } from '../../../src/shared/messages';
import { NO_GRAMMAR } from '../../../src/core/model';

const INDEX = { title: 'Test Arabic', revision: '2024-01', format: 3, author: 'Tarjuman tests' };
const json = (v: unknown) => strToU8(JSON.stringify(v));

/** A dictionary zip as Yomitan writes it: index.json and numbered term banks. */
function dictZip(banks: unknown[][], index: object = INDEX, extra: Zippable = {}): Uint8Array {
  const files: Zippable = { 'index.json': json(index), ...extra };
  banks.forEach((b, i) => (files[`term_bank_${i + 1}.json`] = json(b)));
  return zipSync(files);
}

/** The code of the DictionaryError `f` throws. */
function codeOf(f: () => unknown): DictionaryErrorCode | 'none' {
  try {
    f();
  } catch (e) {
    if (e instanceof DictionaryError) return e.code;
    throw e;
  }
  return 'none';
}

describe('structured content becomes plain text', () => {
  test.each<[string, unknown, string]>([
    ['a string', 'minister', 'minister'],
    ['an array', ['head of ', { tag: 'span', content: 'a ministry' }], 'head of a ministry'],
    [
      'list items on their own lines',
      {
        tag: 'ul',
        content: [
          { tag: 'li', content: 'talks' },
          { tag: 'li', content: 'negotiations' },
        ],
      },
      'talks; negotiations',
    ],
    ['a line break', ['one', { tag: 'br' }, 'two'], 'one; two'],
    ['ruby readings dropped', { tag: 'ruby', content: ['漢', { tag: 'rt', content: 'かん' }] }, '漢'],
    ['images dropped', ['see', { tag: 'img', path: 'x.png', alt: 'picture' }], 'see'],
    ['a link keeps its text only', { tag: 'a', href: 'https://example.com/', content: 'example' }, 'example'],
    [
      'table cells spaced',
      {
        tag: 'table',
        content: {
          tag: 'tr',
          content: [
            { tag: 'td', content: 'a' },
            { tag: 'td', content: 'b' },
          ],
        },
      },
      'a b',
    ],
    ['markup in strings stays text', '<b>bold</b>', '<b>bold</b>'],
    ['unknown shapes ignored', [42, true, null, { content: 'kept' }], 'kept'],
  ])('%s', (_name, node, text) => {
    expect(flattenStructuredContent(node)).toBe(text);
  });

  test('a very deep tree stops instead of overflowing the stack', () => {
    let node: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) node = { tag: 'span', content: node };
    expect(flattenStructuredContent(node)).toBe('');
  });

  test.each<[unknown, string | null]>([
    ['  a  gloss ', 'a gloss'],
    [{ type: 'text', text: 'plain' }, 'plain'],
    [{ type: 'structured-content', content: { tag: 'div', content: ['x', { tag: 'div', content: 'y' }] } }, 'x; y'],
    [{ type: 'image', path: 'img.png' }, null],
    [['كتب', ['v']], null], // a deinflection link
    ['', null],
  ])('definition %j → %j', (def, text) => {
    expect(definitionText(def)).toBe(text);
  });
});

describe('term banks', () => {
  test('rows become entries keyed by the loose key; tags, rules and sequence are dropped', () => {
    const entries = parseTermBank(
      [
        [
          'وَزِيرٌ',
          '',
          'n',
          '',
          10,
          ['minister', { type: 'structured-content', content: { tag: 'ol', content: [{ tag: 'li', content: 'vizier' }] } }],
          1,
          '',
        ],
        ['مُحادَثة', 'muḥādatha', null, '', 0, [{ type: 'text', text: 'conversation' }], 2, ''],
        ['صورة', '', '', '', 0, [{ type: 'image', path: 'a.png' }], 3, ''], // nothing to show: left out
      ],
      'term_bank_1.json',
    );
    expect(entries).toEqual([
      { key: 'وزير', term: 'وَزِيرٌ', glosses: ['minister', 'vizier'], score: 10 },
      { key: 'محادثه', term: 'مُحادَثة', reading: 'muḥādatha', glosses: ['conversation'], score: 0 },
    ]);
  });

  test.each<[string, string]>([
    ['الْمُحَادَثَاتُ', 'المحادثات'], // harakat removed
    ['أمْر', 'امر'], // hamza seat
    ['مستشفى', 'مستشفي'], // alef maqsura
    ['حكومة', 'حكومه'], // teh marbuta
    ['كــتاب', 'كتاب'], // tatweel
    ['  الأمم   المتحدة ', 'الامم المتحده'], // spaces
  ])('termKey(%s) = %s', (term, key) => {
    expect(termKey(term)).toBe(key);
  });

  test.each<[string, unknown]>([
    ['not an array', { terms: [] }],
    ['a row that is not an array', ['كتاب']],
    ['a row without definitions', [['كتاب', '', '', '', 0, 'book', 1, '']]],
    ['a row whose term is not a string', [[1, '', '', '', 0, ['one'], 1, '']]],
    ['an empty term', [['  ', '', '', '', 0, ['x'], 1, '']]],
  ])('%s is an error', (_name, bank) => {
    expect(codeOf(() => parseTermBank(bank, 'term_bank_1.json'))).toBe('badTerms');
  });

  test.each<[unknown, DictionaryErrorCode | 'none']>([
    [INDEX, 'none'],
    [{ title: 'Old', revision: '1', version: 3 }, 'none'],
    [{ title: 'Numbered', revision: 7, format: 3 }, 'none'],
    [{ title: 'Old', revision: '1', format: 2 }, 'unsupportedFormat'],
    [{ revision: '1', format: 3 }, 'badIndex'],
    [{ title: 'No revision', format: 3 }, 'badIndex'],
    [[INDEX], 'badIndex'],
  ])('index %j → %s', (index, code) => {
    expect(codeOf(() => parseIndex(index))).toBe(code);
  });
});

describe('dictionary zips', () => {
  const bank = [
    ['وزير', '', '', '', 5, ['minister'], 1, ''],
    ['كتاب', '', '', '', 0, [{ type: 'structured-content', content: ['book', { tag: 'br' }, 'letter'] }], 2, ''],
  ];

  test('a small dictionary is read with its index and terms, banks in number order', () => {
    const d = readDictionaryZip(dictZip([bank, [['قلم', '', '', '', 0, ['pen'], 3, '']]], INDEX, { 'tag_bank_1.json': json([]) }));
    expect(d.index).toEqual({ title: 'Test Arabic', revision: '2024-01', author: 'Tarjuman tests' });
    expect(d.terms.map((t) => [t.key, t.glosses])).toEqual([
      ['وزير', ['minister']],
      ['كتاب', ['book; letter']],
      ['قلم', ['pen']],
    ]);
  });

  test('the limits are 50 MB uncompressed and 500,000 terms', () => {
    expect(DICTIONARY_LIMITS).toEqual({ maxBytes: 50 * 1024 * 1024, maxTerms: 500_000 });
  });

  test.each<[string, () => Uint8Array, DictionaryErrorCode]>([
    ['random bytes', () => new Uint8Array(1000).map((_, i) => (i * 37) % 251), 'notZip'],
    ['an empty file', () => new Uint8Array(0), 'notZip'],
    ['a truncated zip', () => dictZip([bank]).slice(0, 60), 'notZip'],
    ['a zip without index.json', () => zipSync({ 'term_bank_1.json': json(bank) }), 'noIndex'],
    ['index.json in a folder', () => zipSync({ 'dict/index.json': json(INDEX), 'dict/term_bank_1.json': json(bank) }), 'noIndex'],
    ['index.json that is not JSON', () => zipSync({ 'index.json': strToU8('{title: oops') }), 'badJson'],
    ['a term bank that is not JSON', () => zipSync({ 'index.json': json(INDEX), 'term_bank_1.json': strToU8('[["x"') }), 'badJson'],
    [
      'a term bank that is not UTF-8',
      () => zipSync({ 'index.json': json(INDEX), 'term_bank_1.json': new Uint8Array([0x5b, 0xff, 0x5d]) }),
      'badJson',
    ],
    ['format 1', () => dictZip([bank], { ...INDEX, format: 1 }), 'unsupportedFormat'],
    ['a malformed row', () => dictZip([[...bank, ['x']]]), 'badTerms'],
    ['no term banks', () => dictZip([]), 'noTerms'],
  ])('%s is refused', (_name, bytes, code) => {
    expect(codeOf(() => readDictionaryZip(bytes()))).toBe(code);
  });

  test('too many uncompressed bytes or too many terms are refused before the terms are stored', () => {
    const zip = dictZip([bank, bank]);
    expect(codeOf(() => readDictionaryZip(zip, { maxBytes: 100, maxTerms: 10 }))).toBe('tooLarge');
    expect(codeOf(() => readDictionaryZip(zip, { maxBytes: 1e6, maxTerms: 3 }))).toBe('tooManyTerms');
    expect(codeOf(() => readDictionaryZip(zip, { maxBytes: 1e6, maxTerms: 4 }))).toBe('none');
  });

  test('a zip that compresses far more than the limit is refused from its directory alone', () => {
    // 60 MB of spaces deflate to about 60 KB: the declared size is what counts
    const bomb = zipSync({ 'index.json': json(INDEX), 'term_bank_1.json': new Uint8Array(60 * 1024 * 1024).fill(32) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(codeOf(() => readDictionaryZip(bomb))).toBe('tooLarge');
  });
});

describe('zips that lie are refused, not inflated', () => {
  const bank = (n: number) => json(Array.from({ length: n }, (_, i) => [`كلمة${i}`, '', '', '', 0, ['word'], i, '']));
  /** Changes one field of an entry's record in the central directory. */
  function patchCentral(
    zip: Uint8Array,
    name: string,
    field: 'size' | 'localOffset',
    value: number | ((z: Uint8Array) => number),
  ): Uint8Array {
    const out = zip.slice();
    const view = new DataView(out.buffer);
    for (let p = 0; p + 46 <= out.length; p++) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const n = view.getUint16(p + 28, true);
      if (new TextDecoder().decode(out.subarray(p + 46, p + 46 + n)) !== name) continue;
      view.setUint32(p + (field === 'size' ? 24 : 42), typeof value === 'number' ? value : value(out), true);
      return out;
    }
    throw new Error(`no entry ${name}`);
  }
  const localOffsetOf = (zip: Uint8Array, name: string) => {
    const view = new DataView(zip.buffer, zip.byteOffset);
    for (let p = 0; p + 46 <= zip.length; p++)
      if (view.getUint32(p, true) === 0x02014b50) {
        const n = view.getUint16(p + 28, true);
        if (new TextDecoder().decode(zip.subarray(p + 46, p + 46 + n)) === name) return view.getUint32(p + 42, true);
      }
    throw new Error(`no entry ${name}`);
  };

  test('two entries sharing the same compressed bytes (overlap) are refused', () => {
    const zip = zipSync({ 'index.json': json(INDEX), 'term_bank_1.json': bank(50), 'term_bank_2.json': bank(50) });
    expect(codeOf(() => readDictionaryZip(zip))).toBe('none');
    const overlapping = patchCentral(zip, 'term_bank_2.json', 'localOffset', (z) => localOffsetOf(z, 'term_bank_1.json'));
    expect(codeOf(() => readDictionaryZip(overlapping))).toBe('notZip');
  });

  test('a stored entry that declares a smaller size than it holds is refused', () => {
    const zip = zipSync({ 'index.json': json(INDEX), 'term_bank_1.json': [bank(200), { level: 0 }] });
    expect(codeOf(() => readDictionaryZip(zip, { maxBytes: 100_000, maxTerms: 1000 }))).toBe('none');
    const lying = patchCentral(zip, 'term_bank_1.json', 'size', 10);
    expect(codeOf(() => readDictionaryZip(lying, { maxBytes: 1000, maxTerms: 1000 }))).toBe('notZip');
  });

  test('a deflated entry that understates its size stops at the declared size', () => {
    const zip = zipSync({ 'index.json': json(INDEX), 'term_bank_1.json': bank(5000) });
    const lying = patchCentral(zip, 'term_bank_1.json', 'size', 1000);
    expect(codeOf(() => readDictionaryZip(lying, { maxBytes: 10_000, maxTerms: 10_000 }))).toBe('notZip');
    // and one that overstates it ends short: refused too, not read as padded JSON
    const over = patchCentral(zip, 'term_bank_1.json', 'size', 1_000_000);
    expect(codeOf(() => readDictionaryZip(over))).toBe('notZip');
  });
});

describe('lookup keys', () => {
  const result: LookupResult = {
    word: 'والمحادثات',
    start: 0,
    end: 10,
    analyses: [
      {
        lemma: 'مُحادَثة',
        pos: 'noun',
        grammar: NO_GRAMMAR,
        gloss: ['talks'],
        segments: [
          { text: 'و', role: 'proclitic' },
          { text: 'ال', role: 'article' },
          { text: 'محادثات', role: 'stem' },
        ],
      },
      { lemma: 'مُحادَثة', pos: 'noun', grammar: NO_GRAMMAR, gloss: ['talks'], segments: [{ text: 'والمحادثات', role: 'stem' }] },
    ],
  };
  test('each lemma and stem unvowelled, then the surface form, without repeats', () => {
    expect(lookupKeys(result)).toEqual(['محادثه', 'محادثات', 'والمحادثات']);
  });
  test('a word without analyses is looked up as written', () => {
    expect(lookupKeys({ word: 'الزرنيخوفات', analyses: [] })).toEqual(['الزرنيخوفات']);
  });
});

describe('the dictionary store (IndexedDB)', () => {
  const parsed = (title: string, terms: Array<[string, string[]]>, revision = '1'): ParsedDictionary => ({
    index: { title, revision },
    terms: terms.map(([term, glosses], i) => ({ key: termKey(term), term, glosses, score: -i })),
  });
  const LIMITS = { maxEntries: 6, maxGlosses: 5 };
  let store: DictionaryStore;
  beforeEach(async () => {
    store = await DictionaryStore.open(new IDBFactory());
  });
  afterEach(() => store.close());

  test('an imported dictionary is listed and found by key; disabled or removed, it is not', async () => {
    const progress: number[] = [];
    const d = await store.import(
      parsed('Mini', [
        ['وَزِير', ['minister']],
        ['وزير', ['vizier', 'minister']],
        ['كتاب', ['book']],
      ]),
      (done) => progress.push(done),
    );
    expect(progress).toEqual([3]);
    expect((await store.list()).map((x) => [x.title, x.termCount, x.enabled])).toEqual([['Mini', 3, true]]);
    expect(await store.find(['وزير'], LIMITS)).toEqual([
      { dictionary: 'Mini', term: 'وَزِير', glosses: ['minister'] },
      { dictionary: 'Mini', term: 'وزير', glosses: ['vizier', 'minister'] },
    ]);
    expect(await store.find(['قلم'], LIMITS)).toEqual([]);
    await store.setEnabled(d.id, false);
    expect(await store.find(['وزير'], LIMITS)).toEqual([]);
    await store.setEnabled(d.id, true);
    expect(await store.find(['كتاب'], LIMITS)).toHaveLength(1);
    await store.remove(d.id);
    expect(await store.list()).toEqual([]);
    expect(await store.find(['كتاب'], LIMITS)).toEqual([]);
  });

  test('dictionaries come in import order and keys in the order given; limits apply', async () => {
    await store.import(parsed('First', [['كتاب', ['book']]]), undefined, 1000);
    await store.import(
      parsed('Second', [
        ['كتب', ['books', 'wrote', 'a', 'b', 'c', 'd']],
        ['كتاب', ['volume']],
      ]),
      undefined,
      2000,
    );
    const found = await store.find(['كتب', 'كتاب'], LIMITS);
    expect(found.map((e) => `${e.dictionary}:${e.term}`)).toEqual(['First:كتاب', 'Second:كتب', 'Second:كتاب']);
    expect(found[1]!.glosses).toHaveLength(5);
    expect(await store.find(['كتب', 'كتاب'], { maxEntries: 2, maxGlosses: 1 })).toHaveLength(2);
  });

  test('importing a dictionary with the same title replaces it and keeps it disabled if it was', async () => {
    const old = await store.import(parsed('Mini', [['كتاب', ['book']]]), undefined, 1000);
    await store.setEnabled(old.id, false);
    await store.import(parsed('Mini', [['قلم', ['pen']]], '2'), undefined, 2000);
    const list = await store.list();
    expect(list.map((x) => [x.revision, x.enabled])).toEqual([['2', false]]);
    await store.setEnabled(list[0]!.id, true);
    expect(await store.find(['كتاب'], LIMITS)).toEqual([]);
    expect(await store.find(['قلم'], LIMITS)).toHaveLength(1);
  });

  test('a failed import changes nothing: its terms are deleted and the old dictionaries stay', async () => {
    await store.import(parsed('Kept', [['كتاب', ['book']]]), undefined, 1000);
    const broken = parsed(
      'Broken',
      Array.from({ length: 10 }, (_, i): [string, string[]] => [`كلمة${i}`, ['word']]),
    );
    // the failure comes after a batch of terms was written: they must go again
    const failing = store.import(broken, () => {
      throw new Error('disk full');
    });
    await expect(failing).rejects.toMatchObject({ code: 'storage', detail: 'disk full' });
    expect((await store.list()).map((d) => d.title)).toEqual(['Kept']);
    expect(await store.find(['كلمه0', 'كلمه1'], LIMITS)).toEqual([]);
    // nothing left behind, not even invisible rows
    await store.import(parsed('Probe', [['كلمة0', ['probe']]]));
    expect((await store.find(['كلمه0'], LIMITS)).map((e) => e.dictionary)).toEqual(['Probe']);
  });

  test('an import cut short long ago is cleaned up; a recent one is left to finish', async () => {
    const factory = new IDBFactory();
    const s = await DictionaryStore.open(factory);
    await s.import(parsed('Done', [['كتاب', ['book']]]), undefined, 0);
    // simulate a tab closed mid-import: a record left `importing` with its terms
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('tarjuman-dictionaries');
      req.onsuccess = () => {
        const tx = req.result.transaction(['dictionaries', 'terms'], 'readwrite');
        tx.objectStore('dictionaries').put({
          id: 'cut',
          title: 'Cut',
          revision: '1',
          termCount: 1,
          enabled: true,
          importedAt: 0,
          state: 'importing',
        });
        tx.objectStore('terms').add({ dict: 'cut', key: 'كتاب', term: 'كتاب', glosses: ['x'], score: 0 });
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    await s.cleanUp(30 * 60 * 1000);
    expect(await s.find(['كتاب'], LIMITS)).toHaveLength(1); // only Done's: the import is invisible
    await s.cleanUp(2 * 60 * 60 * 1000);
    expect((await s.list()).map((d) => d.title)).toEqual(['Done']);
    s.close();
  });

  test('a whole zip round trip: read, store, look up through the analyser keys', async () => {
    const zip = dictZip([
      [['مُحَادَثَة', '', '', '', 0, [{ type: 'structured-content', content: { tag: 'div', content: 'a conversation' } }], 1, '']],
    ]);
    await store.import(readDictionaryZip(zip));
    const found = await store.find(
      lookupKeys({
        word: 'والمحادثة',
        analyses: [{ lemma: 'مُحادَثة', pos: 'noun', grammar: NO_GRAMMAR, gloss: [], segments: [{ text: 'محادثة', role: 'stem' }] }],
      }),
      LIMITS,
    );
    expect(found).toEqual([{ dictionary: 'Test Arabic', term: 'مُحَادَثَة', glosses: ['a conversation'] }]);
  });
});
