/** Language of a text in Arabic script: Arabic, Persian, Urdu, or other (not mainly Arabic script). */

export type Language = 'ar' | 'fa' | 'ur' | 'other';

/** Arabic script: the Arabic blocks and their presentation forms. */
const arabicScript = (c: number) =>
  (c >= 0x0600 && c <= 0x06ff) ||
  (c >= 0x0750 && c <= 0x077f) ||
  (c >= 0x08a0 && c <= 0x08ff) ||
  (c >= 0xfb50 && c <= 0xfdff) ||
  (c >= 0xfe70 && c <= 0xfeff);
/** Latin, Greek, Cyrillic, Hebrew, Devanagari and CJK letters: a text mostly in them is not Arabic. */
const latinEtc = (c: number) =>
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x00c0 && c <= 0x024f) ||
  (c >= 0x0370 && c <= 0x04ff) ||
  (c >= 0x0590 && c <= 0x05ff) ||
  (c >= 0x0900 && c <= 0x097f) ||
  (c >= 0x4e00 && c <= 0x9fff);
// Letters Arabic does not use: Persian پ چ ژ گ ک ی and Urdu ٹ ڈ ڑ ں ے ھ ہ.
const PERSIAN_SET = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc]);
const URDU_SET = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06be, 0x06c1]);
const persianLetter = (c: number) => PERSIAN_SET.has(c);
const urduLetter = (c: number) => URDU_SET.has(c);
const PERSIAN_WORDS = new Set(['است', 'این', 'که', 'را', 'می', 'برای', 'از', 'با', 'آن', 'شد', 'های', 'بود', 'کرد', 'شده', 'نیز', 'تا']);
const URDU_WORDS = new Set(['کے', 'کی', 'ہے', 'میں', 'اور', 'سے', 'کو', 'نے', 'یہ', 'ہیں', 'کا', 'پر', 'تھا', 'گیا']);
const ARABIC_WORDS = new Set([
  'في',
  'من',
  'على',
  'إلى',
  'أن',
  'التي',
  'الذي',
  'عن',
  'مع',
  'هذا',
  'هذه',
  'كان',
  'قال',
  'وقال',
  'إن',
  'لا',
  'ما',
  'بين',
  'بعد',
]);

/** How many UTF-16 units of `s` pass `test` (a loop over char codes: no match arrays on a long text). */
function count(s: string, test: (c: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (test(s.charCodeAt(i))) n++;
  return n;
}

/** The letters of a text by script, counted in one pass (detectLanguage reads a whole page's worth). */
function scriptCounts(s: string): { arabic: number; other: number; urdu: number; persian: number } {
  let arabic = 0;
  let other = 0;
  let urdu = 0;
  let persian = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (arabicScript(c)) {
      arabic++;
      // the Urdu and Persian letters all lie past the Arabic alphabet (U+0679…U+06D2): most letters need no lookup
      if (c < 0x0679) continue;
      if (urduLetter(c)) urdu++;
      if (persianLetter(c)) persian++;
    } else if (latinEtc(c)) other++;
  }
  return { arabic, other, urdu, persian };
}

/** What separates words for the function-word counts: white space (as \s matches it) and punctuation. */
const WORD_SEPARATORS = new Set(
  [...' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff.,،؛:!?؟()«»"'].map((ch) => ch.charCodeAt(0)),
);
// (none lies between the Arabic letters and U+1680: a letter of a word needs no lookup)
const isWordSeparator = (c: number) => !(c >= 0x0621 && c < 0x1680) && (WORD_SEPARATORS.has(c) || (c >= 0x2000 && c <= 0x200a));
const FUNCTION_WORD_MAX = Math.max(...[...PERSIAN_WORDS, ...URDU_WORDS, ...ARABIC_WORDS].map((w) => w.length));

/**
 * The words of a text (as s.split(/[\s.,،؛:!?؟()«»"]+/) cuts them, empty ones at the ends included) and how many of
 * them are Persian, Urdu and Arabic function words. One pass, and only a word short enough to be a function word is
 * cut out: a page's text is long.
 */
function wordCounts(s: string): { words: number; fa: number; ur: number; ar: number } {
  let words = 0;
  let fa = 0;
  let ur = 0;
  let ar = 0;
  let start = 0;
  for (;;) {
    let end = start;
    while (end < s.length && !isWordSeparator(s.charCodeAt(end))) end++;
    // the word [start, end): empty before a separator that starts the text, and after one that ends it
    words++;
    if (end - start <= FUNCTION_WORD_MAX) {
      const w = s.slice(start, end);
      if (PERSIAN_WORDS.has(w)) fa++;
      if (URDU_WORDS.has(w)) ur++;
      if (ARABIC_WORDS.has(w)) ar++;
    }
    if (end === s.length) break;
    start = end;
    while (start < s.length && isWordSeparator(s.charCodeAt(start))) start++;
  }
  return { words, fa, ur, ar };
}

/**
 * How much evidence, per word of the text, makes it Urdu or Persian rather than Arabic: letters Arabic does not use
 * (PERSIAN_SET, URDU_SET; Arabic writes some Persian letters in loanwords now and then, so Persian needs more), or their
 * function words (PERSIAN_WORDS, URDU_WORDS).
 */
const OTHER_SCRIPT_EVIDENCE = { urduLetters: 0.05, persianLetters: 0.1, functionWords: 0.04 } as const;

/**
 * Detects the language from letter and function-word evidence; looks at most at the first 20,000 characters.
 * `minArabic`: how many Arabic-script letters a text needs at least (a page needs some; a sentence being analysed, one).
 */
export function detectLanguage(text: string, minArabic = 20): Language {
  const s = text.length > 20000 ? text.slice(0, 20000) : text;
  const { arabic, other, urdu: urduLetters, persian: persianLetters } = scriptCounts(s);
  if (arabic < Math.max(1, minArabic) || arabic < other) return 'other';
  const { words, fa, ur, ar } = wordCounts(s);
  const n = Math.max(1, words);
  const E = OTHER_SCRIPT_EVIDENCE;
  if ((urduLetters / n > E.urduLetters || ur / n > E.functionWords) && ur >= fa) return 'ur';
  if ((persianLetters / n > E.persianLetters || fa / n > E.functionWords) && fa > ar) return 'fa';
  return 'ar';
}

/** Language of a short Arabic-script passage (a sentence or a word): Persian/Urdu evidence, else Arabic. */
export function passageLanguage(text: string): Exclude<Language, 'other'> {
  const urdu = count(text, urduLetter);
  const persian = count(text, persianLetter);
  if (urdu === 0 && persian === 0) {
    const words = text.split(/[\s.,،؛:!?؟()«»"]+/);
    const fa = words.filter((w) => PERSIAN_WORDS.has(w)).length;
    const ar = words.filter((w) => ARABIC_WORDS.has(w)).length;
    return fa > ar && fa >= 2 ? 'fa' : 'ar';
  }
  const words = text.split(/[\s.,،؛:!?؟()«»"]+/);
  const ur = words.filter((w) => URDU_WORDS.has(w)).length;
  return urdu > 0 || ur > 1 ? 'ur' : 'fa';
}
