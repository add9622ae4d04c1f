/** The real analyzer on the compiled asset (built by `node build.mjs`, which `npm test` runs first). */
import fs from 'node:fs';
import path from 'node:path';
import { Analyzer } from '../../../src/core/analysis';
import type { PackedLexiconData } from '../../../src/core/lexicon';

let shared: Analyzer | null = null;

export function realAnalyzer(): Analyzer {
  if (!shared) {
    const file = path.resolve(__dirname, '../../../dist/data/tarjuman-data.json');
    if (!fs.existsSync(file)) throw new Error('dist/data/tarjuman-data.json is missing: run `node build.mjs` first (npm test does)');
    shared = new Analyzer(JSON.parse(fs.readFileSync(file, 'utf8')) as PackedLexiconData);
  }
  return shared;
}

export const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../../../assets/sample/article.ar.txt'), 'utf8');
