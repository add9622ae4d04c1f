/** The command line on files: the contract of ../shared/eval/CONTRACT.md, and clear failures. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeJson } from '../../../src/cli/json-stream';

const ROOT = path.resolve(__dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/tarjuman.mjs'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('tarjuman analyze', () => {
  test('a .txt file gives contract JSON whose text is the file and whose offsets index it', () => {
    const file = path.join(ROOT, 'assets/sample/article.ar.txt');
    const r = run('analyze', '--json', file);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const text = fs.readFileSync(file, 'utf8');
    expect(out.text).toBe(text);
    expect(out.language).toBe('ar');
    let prev = 0;
    for (const t of out.tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(prev);
      prev = t.end;
      expect(['word', 'number', 'punct', 'latin', 'other']).toContain(t.kind);
      for (const a of t.analyses) expect(a.segments.map((s: { text: string }) => s.text).join('')).toBe(t.text);
    }
    for (const e of out.entities) expect(['PERSON', 'LOCATION', 'ORGANIZATION', 'DATE', 'NUMBER', 'MISC']).toContain(e.type);
    expect(out.summary.points.length).toBeGreaterThanOrEqual(3);
  });

  test('sentences: every sentence in order, not overlapping, a blank line ending one, each with its English', () => {
    const text = 'قال الوزير إن الاجتماع سيعقد في القاهرة. وأعلنت الحكومة خطة جديدة\n\nسافر الرئيس إلى باريس';
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/tarjuman.mjs'), 'analyze', '--json', '-'], {
      input: text,
      encoding: 'utf8',
    });
    const out = JSON.parse(r.stdout);
    const spans = out.sentences.map((s: { start: number; end: number }) => text.slice(s.start, s.end));
    expect(spans).toEqual(['قال الوزير إن الاجتماع سيعقد في القاهرة.', 'وأعلنت الحكومة خطة جديدة', 'سافر الرئيس إلى باريس']);
    expect(out.sentences[0].english).toMatch(/the meeting will be held in Cairo/);
    expect(out.sentences[2].english).toMatch(/Paris/);
    for (const s of out.sentences) expect(['sentence', 'keywords']).toContain(s.kind);
  });

  test('a BOM is removed and nothing else changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-cli-'));
    const file = path.join(dir, 'bom.txt');
    fs.writeFileSync(file, '\uFEFFقال الوزير.\r\n');
    const out = JSON.parse(run('analyze', '--json', file).stdout);
    expect(out.text).toBe('قال الوزير.\r\n');
    fs.rmSync(dir, { recursive: true });
  });

  test('standard input with -', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/tarjuman.mjs'), 'analyze', '--json', '-'], {
      input: 'مرحبا بكم',
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).text).toBe('مرحبا بكم');
  });

  test('the readable report names the summary, entities and words', () => {
    const r = run('analyze', path.join(ROOT, 'assets/sample/article.ar.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/SUMMARY/);
    expect(r.stdout).toMatch(/ENTITIES/);
    expect(r.stdout).toMatch(/WORDS/);
  });

  test.each([
    ['a missing file', ['analyze', '--json', '/nonexistent/x.txt'], /no such file/],
    ['a page with no Arabic article', ['analyze', '--json', path.join(ROOT, 'tests/fixtures/english.html')], /no Arabic article/],
    ['no file at all', ['analyze'], /usage/],
  ])('%s: non-zero exit and a one-line message', (_name, args, message) => {
    const r = run(...args);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('large or odd input: one clear refusal for every input kind, in bounded time and memory', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tarjuman-cli-odd-'));
  afterAll(() => fs.rmSync(dir, { recursive: true }));
  const file = (name: string, content: string | Buffer) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, content);
    return f;
  };
  // node with a small heap and a hard time bound: a CLI that reads everything, or never stops, is killed and fails
  const bounded = (args: string[], input?: string | Buffer) =>
    spawnSync(process.execPath, ['--max-old-space-size=256', path.join(ROOT, 'bin/tarjuman.mjs'), ...args], {
      input,
      encoding: 'utf8',
      cwd: ROOT,
      timeout: 60_000,
      maxBuffer: 1 << 20,
    });
  const MiB = 1024 * 1024;
  const big = 'ب'.repeat(4.5 * MiB); // 9 MiB of UTF-8, past the 8 MiB limit

  test.each([
    ['a text file over the limit', () => ['analyze', '--json', file('big.txt', big)], undefined, /larger than 8 MiB/],
    ['a page over the limit', () => ['analyze', '--json', file('big.html', `<p>${big}</p>`)], undefined, /larger than 8 MiB/],
    ['standard input over the limit', () => ['analyze', '--json', '-'], big, /standard input is larger than 8 MiB/],
    ['/dev/zero (never ends)', () => ['analyze', '--json', '/dev/zero'], undefined, /larger than 8 MiB/],
    ['binary on standard input', () => ['analyze', '--json', '-'], Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe]), /binary/],
    [
      'binary in a .html file',
      () => ['analyze', '--json', file('bin.html', Buffer.from([0x3c, 0x70, 0x3e, 0, 0xd8, 0xa8]))],
      undefined,
      /binary/,
    ],
    ['a .txt that is not UTF-8', () => ['analyze', '--json', file('latin1.txt', Buffer.from([0xe9, 0x74, 0xe9]))], undefined, /not UTF-8/],
    [
      'a .txt with no Arabic',
      () => ['analyze', '--json', file('en.txt', 'The minister said talks would go on.')],
      undefined,
      /no Arabic text in/,
    ],
    [
      'standard input with no Arabic',
      () => ['analyze', '--json', '-'],
      'The minister said talks would go on.',
      /no Arabic text in standard input/,
    ],
    [
      'an .html with no Arabic',
      () => ['analyze', '--json', path.join(ROOT, 'tests/fixtures/english.html')],
      undefined,
      /no Arabic article/,
    ],
  ])('%s: exit 1 and one line', (_name, args, input, message) => {
    const r = bounded(args(), input);
    // not killed by the time bound (an EPIPE is fine: the command stopped reading what it refused)
    expect((r.error as NodeJS.ErrnoException | undefined)?.code).not.toBe('ETIMEDOUT');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  test('the JSON is streamed: the same bytes as JSON.stringify', () => {
    const value = { text: 'نص', tokens: [{ a: 1 }, { b: [2, 3] }], none: undefined, empty: [], summary: { points: [] } };
    const parts: string[] = [];
    writeJson(value, (s) => parts.push(s));
    expect(parts.join('')).toBe(JSON.stringify(value));
  });
});

describe('tarjuman analyze --provider openai', () => {
  // the fake endpoint of the provider e2e tests, started in this process
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startFakeOpenAi } = require('../../e2e/fake-openai') as typeof import('../../e2e/fake-openai');
  const runAsync = (args: string[], env: Record<string, string>) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/tarjuman.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  test('a valid answer replaces the offline gist; the key goes in the header only', async () => {
    const fake = await startFakeOpenAi();
    try {
      const file = path.join(ROOT, 'assets/sample/article.ar.txt');
      const r = await runAsync(['analyze', '--json', '--provider', 'openai', '--base-url', `${fake.url}/v1`, '--model', 'valid', file], {
        TARJUMAN_API_KEY: 'sk-test',
      });
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.summary.headline).not.toBe('');
      expect(out.summary.provider).toMatch(/valid/);
      expect(r.stderr).not.toContain('sk-test');
    } finally {
      await fake.close();
    }
  });

  test('a broken endpoint falls back to the offline gist with one line on stderr', async () => {
    const fake = await startFakeOpenAi();
    try {
      const file = path.join(ROOT, 'assets/sample/article.ar.txt');
      const r = await runAsync(
        ['analyze', '--json', '--provider', 'openai', '--base-url', `${fake.url}/v1`, '--model', 'malformed', file],
        {},
      );
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).summary.provider).toBe('offline gist');
      expect(r.stderr).toMatch(/offline gist/);
    } finally {
      await fake.close();
    }
  });
});
