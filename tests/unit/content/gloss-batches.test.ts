/** The interlinear gloss's batches: whole paragraphs asked for together, and which batches a paragraph's text is in. */
import { batchesByElement, glossBatches } from '../../../src/content/aids/interlinear-gloss';
import { MAX_GLOSS_TEXT } from '../../../src/shared/aids-site';

// the module's messaging is not used here: no extension APIs in Node
jest.mock('webextension-polyfill', () => ({}));

/** paragraphs of the given lengths, separated by two characters (as the extraction joins them) */
function paragraphs(lengths: number[]): Array<{ start: number; end: number; element: Element }> {
  let at = 0;
  return lengths.map((n, i) => {
    const p = { start: at, end: at + n, element: { id: `p${i}` } as unknown as Element };
    at += n + 2;
    return p;
  });
}

const textOf = (length: number) => 'كلمة '.repeat(Math.ceil(length / 5)).slice(0, length);

test('short paragraphs go together up to the batch size; a paragraph longer than a message is cut at a space', () => {
  const ps = paragraphs([400, 400, 400, 400, MAX_GLOSS_TEXT + 500]);
  const text = textOf(ps[4]!.end);
  const batches = glossBatches(text, ps);
  expect(batches[0]).toEqual({ start: ps[0]!.start, end: ps[2]!.end });
  expect(batches[1]).toEqual({ start: ps[3]!.start, end: ps[3]!.end });
  // the long one: in parts each within a message, the first ending at a space, together the whole paragraph
  const long = batches.slice(2);
  expect(long.length).toBeGreaterThan(1);
  expect(long[0]!.start).toBe(ps[4]!.start);
  expect(long[long.length - 1]!.end).toBe(ps[4]!.end);
  for (const b of long) expect(b.end - b.start).toBeLessThanOrEqual(MAX_GLOSS_TEXT);
  expect(text[long[0]!.end]).toBe(' ');
});

test('each paragraph element maps to the batches holding its text, one element of several paragraphs to all of theirs', () => {
  const ps = paragraphs([400, 400, 400, 400, MAX_GLOSS_TEXT + 500]);
  ps[1]!.element = ps[0]!.element; // two paragraphs of one element (lines split by <br>)
  const batches = glossBatches(textOf(ps[4]!.end), ps);
  const byElement = batchesByElement(batches, ps);
  expect(byElement.get(ps[0]!.element)).toEqual([0]);
  expect(byElement.get(ps[2]!.element)).toEqual([0]);
  expect(byElement.get(ps[3]!.element)).toEqual([1]);
  expect(byElement.get(ps[4]!.element)).toEqual(batches.map((_, i) => i).slice(2));
});
