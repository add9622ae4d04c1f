import { AR_CHAR, AR_MARK, isArabicLetter, isArabicMark, splitSentences, tokenize } from '../../../../src/core/text';

const texts = (s: string) => tokenize(s).map((t) => `${t.kind}:${t.text}`);

describe('tokeniser', () => {
  test.each([
    [
      'قال الوزير، إن المحادثات «مهمة».',
      ['word:قال', 'word:الوزير', 'punct:،', 'word:إن', 'word:المحادثات', 'punct:«', 'word:مهمة', 'punct:»', 'punct:.'],
    ],
    ['في 16/6/2021 و١٦ يونيو', ['word:في', 'number:16/6/2021', 'word:و', 'number:١٦', 'word:يونيو']],
    ['نحو 40% من 1,500.5 دولار', ['word:نحو', 'number:40%', 'word:من', 'number:1,500.5', 'word:دولار']],
    ['صحيفة "Kommersant" الروسية', ['word:صحيفة', 'punct:"', 'latin:Kommersant', 'punct:"', 'word:الروسية']],
    ['U.S. al-Qaeda', ['latin:U.S', 'punct:.', 'latin:al-Qaeda']],
    ['مُحادَثاتٌ', ['word:مُحادَثاتٌ']],
    ['ك\u200Cتاب', ['word:ك\u200Cتاب']],
    ['😀 ✓', ['other:😀', 'other:✓']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('offsets index the original text', () => {
    const s = '  وقال\u00A0لافروف:\n«نعم»؟ ';
    for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  test('a lone surrogate is one "other" token', () => {
    const s = 'a\uD800b';
    expect(tokenize(s).map((t) => t.text)).toEqual(['a', '\uD800', 'b']);
  });

  test('sentences end at . ؟ ! and at line breaks, not at initials', () => {
    const s = 'العنوان بلا نقطة\nقال الرئيس: نعم. هل ستأتي؟ قال J. Smith ذلك!';
    const toks = tokenize(s);
    const sents = splitSentences(s, toks).map((x) => s.slice(x.start, x.end));
    expect(sents).toEqual(['العنوان بلا نقطة', 'قال الرئيس: نعم.', 'هل ستأتي؟', 'قال J. Smith ذلك!']);
  });
});

describe('tokenize fast path', () => {
  it('reads the same Arabic letters and marks as the word pattern, for every BMP code unit', () => {
    const letter = new RegExp(`^[${AR_CHAR}]$`, 'u');
    const mark = new RegExp(`^[${AR_MARK}]$`, 'u');
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (isArabicLetter(c) !== letter.test(ch) || isArabicMark(c) !== mark.test(ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('gives words with marks, tatweel and joiners whole, and numbers and Latin after them', () => {
    const text = 'وَالكِتَابُ\u200Cها ـمرحباـ 12٫5 U.S. كتب،قال';
    expect(tokenize(text).map((t) => [t.kind, t.text])).toEqual([
      ['word', 'وَالكِتَابُ\u200Cها'],
      ['other', 'ـ'],
      ['word', 'مرحباـ'],
      ['number', '12٫5'],
      ['latin', 'U.S'],
      ['punct', '.'],
      ['word', 'كتب'],
      ['punct', '،'],
      ['word', 'قال'],
    ]);
  });
});
