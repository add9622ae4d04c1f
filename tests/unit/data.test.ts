/** The data sources pass the validator: fields, POS, roots that fit, no duplicates (scripts/validate-data.mjs). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { LEXICON_POS } from '../../src/core/model';

test('lexicon, phrases and gazetteer validate', () => {
  const r = spawnSync(process.execPath, [path.resolve(__dirname, '../../scripts/validate-data.mjs')], { encoding: 'utf8' });
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
    { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' },
  );
  expect(JSON.parse(r.stdout)).toEqual([...LEXICON_POS]);
});
