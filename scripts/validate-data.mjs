// Checks the lexicon, phrase and gazetteer sources (docs/data-format.md): prints every error and exits 1 on any.
//   node scripts/validate-data.mjs [--warnings]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileData } from './data-compiler.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { errors, warnings, counts } = compileData(root);
for (const e of errors) console.log(`error: ${e}`);
if (process.argv.includes('--warnings')) for (const w of warnings) console.log(`warning: ${w}`);
console.log(
  `${counts.lemmas} lemmas, ${counts.phrases} phrases, ${counts.gazetteer} gazetteer entries; ${errors.length} errors, ${warnings.length} warnings`,
);
process.exit(errors.length ? 1 : 0);
