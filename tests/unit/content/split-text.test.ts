/** Text nodes split for the interlinear gloss: offsets map both ways, and undoing puts back the very same node. */
import Module from 'node:module';
import { livePoint, originalPoint, splitText, unsplitText, unsplitMapping } from '../../../src/content/split-text';
import type { ExtractedArticle } from '../../../src/extract/article';

// linkedom through Node's own require, as in extract.test.ts (its CommonJS build needs an ESM-only package)
const NodeModule = Object.getPrototypeOf(Module) as typeof Module;
const { parseHTML } = NodeModule.createRequire(__filename)('linkedom') as typeof import('linkedom');

function page() {
  const { document } = parseHTML('<p id="p">قال <a href="#x">الوزير</a> إن الولايات المتحدة ستشارك.</p>');
  const p = document.getElementById('p')!;
  const text = p.lastChild as Text; // " إن الولايات المتحدة ستشارك."
  return { document, p, text };
}

const ruby = (doc: Document) => (base: Text) => {
  const r = doc.createElement('ruby');
  r.append(base, doc.createElement('rt'));
  return r;
};

test('a node is cut at its words and put back whole', () => {
  const { document, p, text } = page();
  const before = p.innerHTML;
  const data = text.data;
  const us = data.indexOf('الولايات المتحدة');
  const cuts = [
    { start: 1, end: 3 },
    { start: us, end: us + 'الولايات المتحدة'.length },
  ];
  expect(splitText(text, cuts, ruby(document as unknown as Document))).toBe(5); // text, ruby, text, ruby, text
  expect(p.querySelectorAll('ruby')).toHaveLength(2);
  expect(p.textContent).toBe('قال الوزير' + data);
  expect(text.parentNode).toBeNull();
  // an offset in the page's node is found in its part, and back
  const live = livePoint(text, us + 3, false);
  expect(live.node.parentNode).toBe(p.querySelectorAll('ruby')[1]);
  expect(live.offset).toBe(3);
  expect(originalPoint(live.node, live.offset)).toEqual({ node: text, offset: us + 3 });
  // at a boundary the start of a range takes the later part, its end the earlier
  expect(livePoint(text, 3, false).node.data).toBe(data.slice(3, us));
  expect(livePoint(text, 3, true).node.data).toBe('إن');
  expect(splitText(text, cuts, ruby(document as unknown as Document))).toBe(0); // already split
  expect(unsplitText(text)).toBe(6);
  expect(p.innerHTML).toBe(before);
  expect(p.lastChild).toBe(text);
  expect(originalPoint(live.node, 1)).toEqual({ node: live.node, offset: 1 }); // a part no longer stands for anything
});

test('overlapping or out-of-range cuts leave the node alone', () => {
  const { document, p, text } = page();
  const before = p.innerHTML;
  const wrap = ruby(document as unknown as Document);
  expect(
    splitText(
      text,
      [
        { start: 1, end: 5 },
        { start: 4, end: 6 },
      ],
      wrap,
    ),
  ).toBe(0);
  expect(splitText(text, [{ start: 1, end: 500 }], wrap)).toBe(0);
  expect(p.innerHTML).toBe(before);
});

test('an extraction made while split maps back to the page nodes', () => {
  const { document, text } = page();
  splitText(text, [{ start: 1, end: 3 }], ruby(document as unknown as Document));
  const parts = text.data; // the original keeps its text
  const inRuby = livePoint(text, 1, false).node;
  const after = livePoint(text, 3, false).node;
  const e = {
    text: '',
    paragraphs: [],
    arabicLetters: 0,
    pieces: [
      { start: 0, end: 2, node: inRuby, nodeOffset: 0 },
      { start: 2, end: 3, node: after, nodeOffset: 0 },
    ],
  } as unknown as ExtractedArticle;
  expect(unsplitMapping(e).pieces).toEqual([{ start: 0, end: 3, node: text, nodeOffset: 1 }]);
  expect(parts).toContain('إن');
  unsplitText(text);
});
