/** The popup's list of entities: sure names first, guesses after them and marked. */
import { groupEntities } from '../../../src/background/views';
import type { Entity, TextAnalysis } from '../../../src/core/model';

const entity = (english: string, confidence: number, start: number): Entity => ({
  text: 'x',
  start,
  end: start + 1,
  type: 'PERSON',
  english,
  confidence,
  group: start,
});

test('guesses come after sure names, whatever their mentions', () => {
  const entities = [entity('Sarkis', 0.55, 0), entity('Sarkis', 0.55, 0), entity('Badr Abdelatty', 0.95, 5)];
  const groups = groupEntities({ entities } as unknown as TextAnalysis);
  expect(groups.map((g) => [g.english, g.guess ?? false])).toEqual([
    ['Badr Abdelatty', false],
    ['Sarkis', true],
  ]);
});
