/** The word found under the pointer: what is sent to the service worker, and where it is on screen. */

export interface WordHit {
  /** the word's DOM range in page text (for the highlight); null inside a form field, whose text has no nodes */
  range: Range | null;
  /** the block of page text the word is in (absent inside a form field) */
  block?: Element;
  /** the word's box on screen now, to place the tooltip by */
  rect(): DOMRect;
  /** sentence-sized context sent to the analyser */
  context: string;
  /** offset of the word's first character in `context` */
  offset: number;
  word: string;
  /** true when the character at (node, offset) belongs to this word: the pointer has not left it */
  contains(node: Node, offset: number): boolean;
}
