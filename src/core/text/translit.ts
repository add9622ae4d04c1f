/**
 * Learner transliteration (documented in docs/transliteration.md): consonants as in English-language textbooks
 * (sh, th, kh, gh, dh; ḥ ṣ ḍ ṭ ẓ for the emphatics; ʿ for ain, ʾ for a medial hamza), long vowels ā ī ū, doubled
 * consonants for shadda, the article as al- with sun-letter assimilation. Derived from the vowelled lemma,
 * never typed by hand.
 */

const CONS: Record<string, string> = {
  '\u0621': 'ʾ',
  '\u0623': 'ʾ',
  '\u0625': 'ʾ',
  '\u0624': 'ʾ',
  '\u0626': 'ʾ',
  '\u0622': 'ʾā',
  '\u0628': 'b',
  '\u062A': 't',
  '\u062B': 'th',
  '\u062C': 'j',
  '\u062D': 'ḥ',
  '\u062E': 'kh',
  '\u062F': 'd',
  '\u0630': 'dh',
  '\u0631': 'r',
  '\u0632': 'z',
  '\u0633': 's',
  '\u0634': 'sh',
  '\u0635': 'ṣ',
  '\u0636': 'ḍ',
  '\u0637': 'ṭ',
  '\u0638': 'ẓ',
  '\u0639': 'ʿ',
  '\u063A': 'gh',
  '\u0641': 'f',
  '\u0642': 'q',
  '\u0643': 'k',
  '\u0644': 'l',
  '\u0645': 'm',
  '\u0646': 'n',
  '\u0647': 'h',
  '\u0648': 'w',
  '\u064A': 'y',
  '\u0629': 'a',
  '\u0649': 'ā',
  '\u0627': 'ā',
  '\u0671': '',
  '\u06A4': 'v',
  '\u067E': 'p',
  '\u06AF': 'g',
  '\u0686': 'ch',
};
const FATHA = '\u064E';
const FATHATAN = '\u064B';
const DAMMA = '\u064F';
const KASRA = '\u0650';
const SUKUN = '\u0652';
const SHADDA = '\u0651';
const VOWELS: Record<string, string> = { [FATHA]: 'a', [DAMMA]: 'u', [KASRA]: 'i', '\u064B': 'an', '\u064C': 'un', '\u064D': 'in' };
const SUN = new Set([...'تثدذرزسشصضطظلن']);

/** Transliterates a vowelled word or lemma. */
export function transliterate(vowelled: string): string {
  // shadda first, then its vowel (both orders occur in typed text)
  const s = vowelled
    .replace(/\u0640/g, '')
    .replace(/\u0670/g, 'ا')
    .replace(/([\u064B-\u0650])\u0651/g, '\u0651$1');
  let out = '';
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1];
    const prevVowel = chars[i - 1];
    if (c === ' ') {
      out += ' ';
      continue;
    }
    if (VOWELS[c] !== undefined) {
      // a vowel followed by its long-vowel letter becomes the long vowel; the alef that carries tanwin is silent
      if (c === FATHATAN && (next === '\u0627' || next === '\u0649')) {
        out += 'an';
        i++;
      } else if (c === FATHA && (next === '\u0627' || next === '\u0649')) {
        out += 'ā';
        i++;
      } else if (c === KASRA && next === '\u064A' && !isVowelMark(chars[i + 2])) {
        out += 'ī';
        i++;
      } else if (c === DAMMA && next === '\u0648' && !isVowelMark(chars[i + 2])) {
        out += 'ū';
        i++;
      } else out += VOWELS[c];
      continue;
    }
    if (c === SUKUN) continue;
    if (c === SHADDA) {
      const prev = lastConsonant(out);
      if (prev) out += prev;
      else if (/[aiu]$/.test(out)) {
        // the vowel was written before the shadda (تِّ): double the consonant in front of it
        const vowel = out.slice(-1);
        const cons = lastConsonant(out.slice(0, -1));
        if (cons) out = out.slice(0, -1) + cons + vowel;
      }
      continue;
    }
    // the article: al-, assimilated before sun letters
    if (i === 0 && (c === '\u0627' || c === '\u0671') && next === '\u0644' && chars.length > 3) {
      const after = chars[i + 2] ?? '';
      if (after === SHADDA) {
        // the article's lam merged with the word's: الَّذِي → alladhī
        out += 'all';
        i += 2;
        continue;
      }
      out += SUN.has(after) && after !== '\u0644' ? `a${CONS[after]}-` : 'al-';
      i += 1;
      if (SUN.has(after) && after !== '\u0644') {
        out += CONS[after];
        i += 1;
        if (chars[i + 1] === SHADDA) i++;
      }
      continue;
    }
    // word-initial hamza is not written in learner transliteration; hamzat al-wasl takes the following vowel
    if (i === 0 && '\u0623\u0625\u0627\u0671'.includes(c)) {
      if (c === '\u0625' && !isVowelMark(next)) out += 'i';
      else if (c === '\u0623' && !isVowelMark(next)) out += 'a';
      else if ((c === '\u0627' || c === '\u0671') && !isVowelMark(next)) out += 'i';
      continue;
    }
    if (c === '\u0627' && i > 0) {
      // silent: the alef after the و of a plural verb (katabū), and the alef written before tanwin (ʿāman)
      if (next === FATHATAN) out += 'an';
      // after a kasra or damma an alef is a silent hamzat al-wasl (al-iqtiṣād) or the old spelling of مائة
      else if (prevVowel === KASRA || prevVowel === DAMMA) out += '';
      else if (!(i === chars.length - 1 && (prevVowel === '\u0648' || chars[i - 2] === '\u0648'))) out += 'ā';
      if (next === FATHATAN) i++;
      continue;
    }
    if (c === '\u0629') {
      // -a in pause (also after a shadda: baḥriyya); read as -at- when a case vowel follows (al-qimmati)
      if (!/[aā]$/.test(out)) out += 'a';
      if (isVowelMark(next)) out += 't';
      continue;
    }
    if (c === '\u064A' && prevVowel === KASRA && chars[i + 1] === SHADDA) {
      out += 'yy';
      i++;
      continue;
    }
    out += CONS[c] ?? '';
  }
  // nisba and doubled final waw read as long vowels at the end of a word (rūsī, ʿaduww → ʿadū is not wanted: only iyy)
  return out
    .replace(/aa/g, 'ā')
    .replace(/ā+/g, 'ā')
    .replace(/iyy(?!\p{L})/gu, 'ī');
}

function isVowelMark(c: string | undefined): boolean {
  return c !== undefined && /[\u064B-\u0652]/.test(c);
}

function lastConsonant(out: string): string {
  for (const digraph of ['th', 'kh', 'sh', 'dh', 'gh']) if (out.endsWith(digraph)) return digraph;
  const ch = out.slice(-1);
  return /[aiuāīū-]/.test(ch) ? '' : ch;
}

const CONSONANT = '(th|kh|sh|dh|gh|[bdfhjklmnqrstvwyzḥṣḍṭẓʿʾ])';
const KASRA_STEM = new RegExp(`(ā)${CONSONANT}${CONSONANT}$`);

/** Best-effort transliteration of an unvowelled word: consonants with long vowels from ا و ي. */
export function transliterateBare(word: string): string {
  const chars = [...word.replace(/[\u064B-\u065F\u0640]/g, '')];
  let out = '';
  chars.forEach((c, i) => {
    const isFirst = i === 0;
    const isLast = i === chars.length - 1;
    if (c === '\u0627') out += isFirst ? 'a' : 'ā';
    else if (c === '\u0648' && !isFirst) out += isLast || chars[i + 1] !== '\u0627' ? 'ū' : 'w';
    else if (c === '\u064A' && !isFirst) out += isLast || chars[i + 1] !== '\u0627' ? 'ī' : 'y';
    else if (c === '\u0649') out += 'ā';
    // ة after ā and two consonants is the feminine of فاعِل, its kasra unwritten: qāhira, ʿāṣima
    else if (c === '\u0629') out = out.replace(KASRA_STEM, '$1$2i$3') + 'a';
    else out += (isFirst && '\u0623\u0625\u0622'.includes(c) ? 'a' : CONS[c]) ?? '';
  });
  return out;
}
