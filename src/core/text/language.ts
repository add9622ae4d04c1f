/** Language of a text in Arabic script: Arabic, Persian, Urdu, or other (not mainly Arabic script). */

export type Language = 'ar' | 'fa' | 'ur' | 'other';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN_ETC = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0900-\u097F\u4E00-\u9FFF]/g;
// Letters Arabic does not use: Persian پ چ ژ گ ک ی and Urdu ٹ ڈ ڑ ں ے ھ ہ.
const PERSIAN_LETTERS = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/g;
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06C1]/g;
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

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/** Detects the language from letter and function-word evidence; looks at most at the first 20,000 characters. */
export function detectLanguage(text: string): Language {
  const s = text.length > 20000 ? text.slice(0, 20000) : text;
  const arabicScript = count(s, ARABIC_SCRIPT);
  const other = count(s, LATIN_ETC);
  if (arabicScript < 20 || arabicScript < other) return 'other';
  const words = s.split(/[\s.,،؛:!?؟()«»"]+/);
  let fa = 0;
  let ur = 0;
  let ar = 0;
  for (const w of words) {
    if (PERSIAN_WORDS.has(w)) fa++;
    if (URDU_WORDS.has(w)) ur++;
    if (ARABIC_WORDS.has(w)) ar++;
  }
  const urduLetters = count(s, URDU_LETTERS);
  const persianLetters = count(s, PERSIAN_LETTERS);
  const n = Math.max(1, words.length);
  if ((urduLetters / n > 0.05 || ur / n > 0.04) && ur >= fa) return 'ur';
  if ((persianLetters / n > 0.1 || fa / n > 0.04) && fa > ar) return 'fa';
  return 'ar';
}

/** Language of a short Arabic-script passage (a sentence or a word): Persian/Urdu evidence, else Arabic. */
export function passageLanguage(text: string): Exclude<Language, 'other'> {
  const urdu = count(text, URDU_LETTERS);
  const persian = count(text, PERSIAN_LETTERS);
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
