/** The layering rules of docs/architecture.md, checked on the real import graph. */
import path from 'node:path';
import { importCycles, importGraph, SRC } from './import-graph';

const graph = importGraph();
const rel = (f: string): string => path.relative(SRC, f).split(path.sep).join('/');

describe('the import graph', () => {
  test('has no cycles, type-only imports included', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  test('finds a cycle when there is one (the check itself can fail)', () => {
    const a = path.join(SRC, 'a.ts');
    const b = path.join(SRC, 'b.ts');
    expect(
      importCycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts']]);
  });

  test('shared/ imports nothing above it (only the core, and itself)', () => {
    const bad = [...graph].flatMap(([f, deps]) =>
      rel(f).startsWith('shared/')
        ? deps
            .map(rel)
            .filter((d) => !d.startsWith('shared/') && !d.startsWith('core/'))
            .map((d) => `${rel(f)} → ${d}`)
        : [],
    );
    expect(bad).toEqual([]);
  });

  test('the core imports nothing outside the core', () => {
    const bad = [...graph].flatMap(([f, deps]) =>
      rel(f).startsWith('core/')
        ? deps
            .map(rel)
            .filter((d) => !d.startsWith('core/'))
            .map((d) => `${rel(f)} → ${d}`)
        : [],
    );
    expect(bad).toEqual([]);
  });

  test('code outside a core package reaches it only through its index', () => {
    const pkg = (r: string): string | null => (r.startsWith('core/') ? r.split('/')[1]! : null);
    const bad = [...graph].flatMap(([f, deps]) =>
      deps
        .map(rel)
        .filter((d) => pkg(d) && pkg(d) !== pkg(rel(f)) && !d.endsWith('/index.ts'))
        .map((d) => `${rel(f)} → ${d}`),
    );
    expect(bad).toEqual([]);
  });

  test('src/core has no loose files: every module sits in a package with an index', () => {
    const loose = [...graph.keys()].map(rel).filter((r) => /^core\/[^/]+\.tsx?$/.test(r) && r !== 'core/index.ts');
    const pkgs = new Set(
      [...graph.keys()]
        .map(rel)
        .filter((r) => r.startsWith('core/'))
        .map((r) => r.split('/')[1]!),
    );
    const noIndex = [...pkgs].filter((p) => !graph.has(path.join(SRC, 'core', p, 'index.ts')));
    expect({ loose, noIndex }).toEqual({ loose: [], noIndex: [] });
  });
});
