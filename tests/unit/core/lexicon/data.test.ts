/** The data sources pass the validator: fields, POS, roots that fit, no duplicates (scripts/validate-data.mjs). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packData, unpackData, type PackedLexiconData } from '../../../../src/core/lexicon';
import { LEXICON_POS } from '../../../../src/core/model';
import { realAnalyzer } from '../../helpers/analyzer';

test('lexicon, phrases and gazetteer validate', () => {
  const r = spawnSync(process.execPath, [path.resolve(__dirname, '../../../../scripts/validate-data.mjs')], { encoding: 'utf8' });
  expect(r.stdout.split('\n').filter((l) => l.startsWith('error'))).toEqual([]);
  expect(r.status).toBe(0);
  const [, lemmas, phrases, names] = /(\d+) lemmas, (\d+) phrases, (\d+) gazetteer/.exec(r.stdout) ?? [];
  expect(Number(lemmas)).toBeGreaterThanOrEqual(7800);
  expect(Number(phrases)).toBeGreaterThanOrEqual(600);
  expect(Number(names)).toBeGreaterThanOrEqual(4000);
});

test('the data compiler accepts exactly the parts of speech the core types name (LEXICON_POS)', () => {
  const r = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "import('./scripts/data-compiler.mjs').then((m) => console.log(JSON.stringify([...m.POS])))"],
    { cwd: path.resolve(__dirname, '../../../..'), encoding: 'utf8' },
  );
  expect(JSON.parse(r.stdout)).toEqual([...LEXICON_POS]);
});

test('the data compiler refuses "^", which the asset uses to pack a row’s fields', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-data-'));
  fs.mkdirSync(path.join(dir, 'assets', 'lexicon'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'assets', 'lexicon', 'x.txt'), 'كِتاب | noun | ك ت ب | book^volume | pl=كُتُب\n');
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import('./scripts/data-compiler.mjs').then((m) => console.log(JSON.stringify(m.compileData(${JSON.stringify(dir)}).errors)))`,
    ],
    { cwd: path.resolve(__dirname, '../../../..'), encoding: 'utf8' },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  expect(JSON.parse(r.stdout)).toEqual([expect.stringMatching(/x\.txt:1: "\^" is reserved/)]);
});

test('the asset’s packed rows are the data: unpacked and packed again, nothing changes', () => {
  const file = path.resolve(__dirname, '../../../../dist/data/tarjuman-data.json');
  const packed = JSON.parse(fs.readFileSync(file, 'utf8')) as PackedLexiconData;
  expect(packed.version).toBe(3);
  const data = unpackData(packed);
  expect(data.lemmas.length).toBeGreaterThan(9000);
  expect(packData(data)).toEqual(packed);
  // a row as arrays packs to the same line the asset has
  const rows = data.lemmas.slice(0, 50).map((r) => (typeof r === 'string' ? r.split('^') : r)) as LemmaRowLike[];
  expect(
    packData({ ...data, lemmas: rows })
      .lemmas.split('\n')
      .slice(0, 50),
  ).toEqual(packed.lemmas.split('\n').slice(0, 50));
});

type LemmaRowLike = [string, string, string, string, string];

test('no common word of the lexicon hides a well-known place or body: each reads first as its name', () => {
  // a lexicon word spelled like a one-word name keeps the name out of the readings (lexicon.ts, addName): a new entry
  // such as مُصِرّ "insistent" once hid Egypt, خرطوم "hose" Khartoum and أزهر "bloom" Al-Azhar
  const a = realAnalyzer();
  const names = ['مصر', 'الخرطوم', 'المنامة', 'الأزهر', 'فاس', 'قابس', 'البيرة', 'بغداد', 'دمشق', 'عمان', 'الرياض', 'تونس', 'لبنان'];
  expect(names.filter((n) => a.word(n)[0]?.pos !== 'propn')).toEqual([]);
});

test('a gloss field splits into senses at ";" outside brackets only', () => {
  const code =
    "import('./scripts/data-compiler.mjs').then((m) => console.log(JSON.stringify([m.splitGlosses('time (once; twice); occasion'), m.splitGlosses('say; tell')])))";
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    encoding: 'utf8',
    cwd: path.resolve(__dirname, '../../../..'),
  });
  expect(JSON.parse(r.stdout)).toEqual([
    ['time (once; twice)', 'occasion'],
    ['say', 'tell'],
  ]);
});
