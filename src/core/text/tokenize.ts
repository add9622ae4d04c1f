/** Tokeniser and sentence splitter. Every token and sentence carries [start, end) offsets into the original text. */

export type TokenKind = 'word' | 'number' | 'punct' | 'latin' | 'other';

export interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /**
   * Undefined here: the analyser fills in the word's readings in place. A token is born with the field so that it keeps
   * one shape (V8 gives an object literal room for its own fields only; a field added later goes to a separate store:
   * one more allocation per token, and a slower read of the field read most).
   */
  analyses?: readonly unknown[];
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last token of the sentence. */
  tokenStart: number;
  tokenEnd: number;
}

// Arabic letters (base block, supplement, extended-A, presentation forms) with the marks that live inside words:
// harakat, dagger alef, Quranic marks, tatweel, and ZWNJ/ZWJ that Persian and careful Arabic typing put mid-word.
export const AR_CHAR =
  '\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFB\\uFE70-\\uFEFC';
export const AR_MARK = '\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640\\u200C\\u200D';
const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';

// One alternation, tried left to right at each position (sticky): the order matters. Groups: 1 number, 2 word,
// 3 latin, 4 punct, 5 other.
const TOKEN_RE = new RegExp(
  [
    // numbers: 16/6/2021, 1,000.5, ٦٫٥, 12:30, 3-4 is two numbers and a dash
    `([${DIGIT}]+(?:[.,\\u066B\\u066C/:][${DIGIT}]+)*%?)`,
    // Arabic word: starts with a letter, may carry marks; a mark-only run is 'other'
    `([${AR_CHAR}][${AR_CHAR}${AR_MARK}]*)`,
    // Latin word, with inner apostrophes, hyphens and dots (U.S., al-Qaeda, don't)
    `([A-Za-z\\u00C0-\\u024F](?:[A-Za-z\\u00C0-\\u024F0-9]|['’.\\-](?=[A-Za-z\\u00C0-\\u024F0-9]))*)`,
    // punctuation, one character each (Arabic comma, semicolon, question mark, guillemets, quotes, dashes …)
    `([.,;:!?()\\[\\]{}"'«»‹›“”‘’\\-–—…/\\\\\\u060C\\u061B\\u061F\\u06D4\\u066A*•·])`,
    // anything else that is not white space: symbols, emoji, stray marks, lone surrogates
    `([\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^\\s])`,
  ].join('|'),
  'uy',
);

const SPACE_RE = /\s+/y;

/** An Arabic letter of AR_CHAR (the letters a word starts with). */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    c === 0x06ee ||
    c === 0x06ef ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** A mark of AR_MARK (inside a word only). */
export function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640 || c === 0x200c || c === 0x200d;
}

/** Splits text into tokens with [start, end) offsets; never throws, whatever the input. */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // the common cases without the regular expressions (a page is mostly Arabic words and single spaces): an Arabic
    // word is TOKEN_RE's group 2 exactly
    if (c === 0x20) {
      i++;
      continue;
    }
    if (isArabicLetter(c)) {
      let end = i + 1;
      for (let d = text.charCodeAt(end); end < n && (isArabicLetter(d) || isArabicMark(d)); d = text.charCodeAt(++end));
      tokens.push({ text: text.slice(i, end), start: i, end, kind: 'word', analyses: undefined });
      i = end;
      continue;
    }
    SPACE_RE.lastIndex = i;
    if (SPACE_RE.test(text)) {
      i = SPACE_RE.lastIndex;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m) {
      // a lone surrogate (invalid UTF-16) does not match with the u flag: take it as one code unit
      tokens.push({ text: text[i] ?? '', start: i, end: i + 1, kind: 'other', analyses: undefined });
      i += 1;
      continue;
    }
    // the groups in TOKEN_RE's order: number, word, latin, punct, other
    const kind: TokenKind = m[1] ? 'number' : m[2] ? 'word' : m[3] ? 'latin' : m[4] ? 'punct' : 'other';
    const end = i + m[0].length;
    tokens.push({ text: m[0], start: i, end, kind, analyses: undefined });
    i = end;
  }
  return tokens;
}

const SENTENCE_END = new Set(['.', '!', '?', '\u061F', '\u06D4', '…']);
// Latin abbreviations that end in a dot without ending a sentence.
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Dr', 'St', 'U.S', 'U.N', 'No', 'vs', 'etc', 'e.g', 'i.e']);

/** Groups tokens into sentences: a sentence ends at . ! ? ؟ … or a blank line (paragraph break). */
export function splitSentences(text: string, tokens: readonly RawToken[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (lastExclusive: number) => {
    if (lastExclusive <= first) return;
    const a = tokens[first];
    const b = tokens[lastExclusive - 1];
    if (a && b) out.push({ start: a.start, end: b.end, tokenStart: first, tokenEnd: lastExclusive });
    first = lastExclusive;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (next && text.slice(t.end, next.start).includes('\n')) {
      // a line break ends a sentence (headlines, datelines and paragraphs have no final stop)
      close(k + 1);
      continue;
    }
    if (t.kind === 'punct' && SENTENCE_END.has(t.text)) {
      const prev = tokens[k - 1];
      if (t.text === '.' && prev && prev.kind === 'latin' && ABBREVIATIONS.has(prev.text)) continue;
      if (t.text === '.' && prev && prev.kind === 'latin' && prev.text.length === 1) continue; // initials
      // keep closing quotes and brackets with the sentence they end
      let j = k + 1;
      while (
        j < tokens.length &&
        tokens[j]!.kind === 'punct' &&
        /^[»”"')\]]$/.test(tokens[j]!.text) &&
        tokens[j]!.start === tokens[j - 1]!.end
      )
        j++;
      close(j);
      k = j - 1;
    }
  }
  close(tokens.length);
  return out;
}
