/**
 * English renderings of Arabic-script names that are not in the gazetteer, in the conventions of English-language
 * news (Zamir Kabulov, Bashar, al-Tarawna). Unvowelled Arabic hides short vowels, so this is a guess and is
 * marked as one wherever it is shown.
 */

const CONS: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ء: '',
  ئ: '',
  ؤ: '',
  گ: 'g',
  پ: 'p',
  چ: 'ch',
  ڤ: 'v',
  ژ: 'zh',
  ک: 'k',
};
const LONG: Record<string, string> = { ا: 'a', آ: 'a', أ: 'a', إ: 'i', و: 'u', ي: 'i', ى: 'a', ی: 'i', ة: 'a' };

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** One name word → English. */
function word(w: string): string {
  const s = w.replace(/[\u064B-\u065F\u0640\u0670]/g, '');
  if (!s) return '';
  let prefix = '';
  let body = s;
  if (body.length > 3 && body.startsWith('ال')) {
    prefix = 'al-';
    body = body.slice(2);
  }
  // Russian and Central Asian surnames: final -وف/-يف/-وفا/-سكي read -ov/-ev/-ova/-sky
  let suffix = '';
  const endings: Array<[RegExp, string]> = [
    [/وفا$/, 'ova'],
    [/يفا$/, 'eva'],
    [/وف$/, 'ov'],
    [/يف$/, 'ev'],
    [/سكي$/, 'sky'],
    [/ية$/, 'iya'],
    [/ي$/, 'i'],
  ];
  for (const [re, en] of endings) {
    if (re.test(body) && body.length > 3) {
      suffix = en;
      body = body.replace(re, '');
      break;
    }
  }
  const chars = [...body];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const first = i === 0;
    if (c === 'و' || c === 'ي' || c === 'ی') {
      // a consonant at the start or before a long vowel, a long vowel between consonants
      const next = chars[i + 1];
      const prev = chars[i - 1];
      // a consonant at the start, before a long vowel, or after alef (طراونة → Tarawna); else a long vowel (كابول → Kabul)
      const asCons = first || (next !== undefined && 'اوي'.includes(next)) || prev === 'ا';
      out += asCons ? (c === 'و' ? 'w' : 'y') : c === 'و' ? 'u' : 'i';
      // an initial consonant before another consonant carries a vowel the script does not write (يسرا → Yasra)
      if (first && asCons && next !== undefined && CONS[next] !== undefined) out += 'a';
      continue;
    }
    if (LONG[c] !== undefined) {
      out += LONG[c];
      continue;
    }
    const cons = CONS[c] ?? '';
    out += cons;
    // a word-initial ع is heard as its vowel before a consonant (عزيز → Aziz, عمر → Amr), not dropped
    if (c === 'ع' && first && chars[1] !== undefined && CONS[chars[1]] !== undefined) out += 'a';
    // a short vowel the script does not write: 'a' after the first of two consonants
    const next = chars[i + 1];
    if (cons && next && CONS[next] !== undefined && (first || (i === chars.length - 2 && chars.length <= 4))) out += 'a';
  }
  out += suffix;
  return prefix + cap(out.replace(/aa+/g, 'a').replace(/ii+/g, 'i').replace(/uu+/g, 'u'));
}

/** A whole name (several words) → English, each word capitalised (al- stays lower case). */
export function nameToEnglish(arabic: string): string {
  return arabic.split(/\s+/).filter(Boolean).map(word).filter(Boolean).join(' ');
}
