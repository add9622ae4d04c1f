/**
 * Golden files of `tarjuman analyze --json` for the sample article and the summary fixtures, written as one line per
 * token, phrase, entity, sentence and point, so that any change in analysis shows up in review as a readable diff.
 * After an intended change: `npm run golden:update`, then read the diff of tests/golden/ before committing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const GOLDEN = path.join(ROOT, 'tests/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const INPUTS = [
  'assets/sample/article.ar.txt',
  ...fs
    .readdirSync(path.join(ROOT, 'tests/fixtures/summary'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `tests/fixtures/summary/${f}`),
];

interface Json {
  text: string;
  tokens: {
    text: string;
    kind: string;
    analyses: { lemma: string; pos: string; gloss: string[]; segments: { text: string; role: string }[]; vowelled?: string }[];
  }[];
  phrases: { text: string; gloss: string[] }[];
  entities: { text: string; type: string; english: string; role?: string }[];
  sentences?: { start: number; end: number; english: string; kind?: string }[];
  summary: { headline: string; points: { text: string }[] };
}

/** The analysis as reviewable lines. */
function render(j: Json): string {
  const out: string[] = ['# tokens: text | segments | lemma pos | first glosses'];
  for (const t of j.tokens) {
    if (t.kind !== 'word') continue;
    const a = t.analyses[0];
    if (!a) {
      out.push(`${t.text} | (unknown)`);
      continue;
    }
    const segs = a.segments.map((s) => (s.role === 'stem' ? s.text : `${s.text}:${s.role}`)).join(' + ');
    out.push([t.text, segs, `${a.lemma} ${a.pos}`, a.gloss.slice(0, 2).join('; '), a.vowelled ?? ''].join(' | ').replace(/ \| $/, ''));
  }
  out.push('', '# phrases');
  for (const p of j.phrases) out.push(`${p.text} → ${p.gloss[0] ?? ''}`);
  out.push('', '# entities');
  for (const e of j.entities) out.push(`${e.type} ${e.text} → ${e.english}${e.role ? ` (${e.role})` : ''}`);
  if (j.sentences) {
    out.push('', '# sentences');
    for (const s of j.sentences) out.push(`[${s.start}-${s.end}]${s.kind === 'keywords' ? ' (keywords)' : ''} ${s.english}`);
  }
  out.push('', '# summary', j.summary.headline, ...j.summary.points.map((p) => `- ${p.text}`));
  return out.join('\n') + '\n';
}

describe('golden analyses', () => {
  test.each(INPUTS)('%s', (input) => {
    const json = execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'analyze', '--json', path.join(ROOT, input)], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const actual = render(JSON.parse(json) as Json);
    const file = path.join(GOLDEN, path.basename(input).replace(/\.txt$/, '.golden.txt'));
    if (UPDATE || !fs.existsSync(file)) {
      if (!UPDATE && process.env.CI) throw new Error(`${file} is missing: run npm run golden:update`);
      fs.writeFileSync(file, actual);
    }
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  });
});
