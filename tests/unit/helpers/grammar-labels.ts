/**
 * Tests write a reading's grammar as the label a learner sees ("perfect, she", "plural, definite"): readable specs.
 * `label` writes it from the structured grammar exactly as the CLI does; `grammarOf` finds the grammar of a label
 * among every grammar the shipped form index holds (the definite state added, as the article adds it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { englishLabel } from '../../../src/cli/contract';
import { grammarFromCode, withGrammar, type Grammar } from '../../../src/core/model';

export const label = (a: { grammar?: Grammar; related?: readonly string[] }): string => englishLabel(a);

let byLabel: Map<string, Grammar> | undefined;

/** Every grammar of the shipped index, with and without the article. */
export function shippedGrammars(): Grammar[] {
  const file = path.resolve(__dirname, '../../../dist/data/tarjuman-data.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { index: { grammars: string[] } };
  const own = data.index.grammars.map((code) => {
    const g = grammarFromCode(code);
    if (!g) throw new Error(`not a grammar code: ${code}`);
    return g;
  });
  return [...new Set([...own, ...own.filter((g) => !g.aspect && !g.state).map((g) => withGrammar(g, { state: 'definite' }))])];
}

export function grammarOf(text: string): Grammar {
  byLabel ??= new Map(shippedGrammars().map((g) => [label({ grammar: g }), g]));
  const g = byLabel.get(text);
  if (!g) throw new Error(`no grammar is labelled "${text}"`);
  return g;
}
