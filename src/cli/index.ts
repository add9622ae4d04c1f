/**
 * tarjuman analyze [--json] [--provider NAME] FILE|-
 * Runs the same core as the extension on a text file, a saved web page (.html) or standard input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../core/analysis';
import type { PackedLexiconData } from '../core/lexicon';
import { toContractJson } from './contract';
import { bergamotSentences } from './bergamot';
import { CliError, MAX_INPUT_BYTES, readInput } from './input';
import { writeJson } from './json-stream';
import { improveSummary } from './provider';
import { report } from './report';

const USAGE =
  'usage: tarjuman analyze [--json] [--provider openai|bergamot|offline] [--base-url URL] [--model NAME] [--model-dir DIR] FILE|-   (FILE: .txt plain text, .html a saved web page, - standard input; UTF-8, at most ' +
  `${MAX_INPUT_BYTES / 1024 / 1024} MiB; the API key comes from TARJUMAN_API_KEY; --model-dir: a Firefox Translations ar→en model on disk, for --provider bergamot)`;
const VALUE_FLAGS = new Set(['--provider', '--base-url', '--model', '--model-dir']);

function dataPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const p of [path.join(here, 'data', 'tarjuman-data.json'), path.join(here, '..', 'dist', 'data', 'tarjuman-data.json')]) {
    if (fs.existsSync(p)) return p;
  }
  throw new CliError('the lexicon asset is missing: run `npm run build` first');
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'analyze') {
    process.stderr.write(`${USAGE}\n`);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const json = rest.includes('--json');
  const flag = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const files = rest.filter((a, i) => (a === '-' || !a.startsWith('--')) && !VALUE_FLAGS.has(rest[i - 1] ?? ''));
  if (files.length !== 1) throw new CliError(USAGE);
  const input = await readInput(files[0]!);
  const data = JSON.parse(fs.readFileSync(dataPath(), 'utf8')) as PackedLexiconData;
  const analyzer = new Analyzer(data);
  const analysis = analyzer.analyze(input.text, { title: input.title });
  const provider = flag('--provider');
  let engineSentences;
  if (provider === 'bergamot') {
    const dir = flag('--model-dir');
    if (!dir) throw new CliError('--provider bergamot needs --model-dir DIR (a Firefox Translations ar→en model on disk)');
    engineSentences = await bergamotSentences(analysis, dir).catch((e: unknown) => {
      throw new CliError(`the bergamot engine could not run: ${e instanceof Error ? e.message : String(e)}`);
    });
  } else if (provider)
    analysis.summary = await improveSummary(analysis, { provider, baseUrl: flag('--base-url'), model: flag('--model') }, (l) =>
      process.stderr.write(`tarjuman: ${l}\n`),
    );
  // the engine's English where asked for, else the offline rules' (the contract's `sentences`)
  const sentences = engineSentences ?? analyzer.english(analysis);
  if (json) {
    writeJson({ ...toContractJson(analysis, sentences), date: input.date }, (s) => process.stdout.write(s));
    process.stdout.write('\n');
  } else process.stdout.write(report(analysis));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const msg = err instanceof CliError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(`tarjuman: ${msg.split('\n')[0]}\n`);
    process.exitCode = err instanceof CliError ? 1 : 70;
  },
);
