/**
 * Normalisation for lookup keys. The text the user sees is never changed: these functions only build the keys
 * the lexicon is indexed by. Each rule is a small descriptor with a worked example that the tests check.
 */

export interface NormRule {
  id: string;
  description: string;
  /** [input, output] of this rule alone. */
  example: [string, string];
  apply: (s: string) => string;
}

// Harakat U+064B–U+065F (fathatan … wavy hamza below) and the superscript alef U+0670.
const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
// U+0640 ARABIC TATWEEL (kashida), stretched for justification only.
const TATWEEL = /\u0640/g;
// Zero-width and bidi controls: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, LRE…RLO, LRI…PDI, BOM/ZWNBSP, soft hyphen.
const INVISIBLES = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;

/** Strict rules: safe in every context; a key built with them keeps ة, ى and hamza seats apart. */
export const STRICT_RULES: readonly NormRule[] = [
  {
    id: 'presentation-forms',
    description: 'Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) become their base letters',
    example: ['\uFEFB', '\u0644\u0627'], // LAM WITH ALEF ISOLATED FORM → lam + alef
    apply: (s) => (/[\uFB50-\uFDFF\uFE70-\uFEFC]/.test(s) ? s.replace(/[\uFB50-\uFDFF\uFE70-\uFEFC]+/g, (m) => m.normalize('NFKC')) : s),
  },
  {
    id: 'invisibles',
    description: 'zero-width and bidi control characters are removed',
    example: ['\u0643\u200C\u062A\u0628', '\u0643\u062A\u0628'], // ك ZWNJ ت ب
    apply: (s) => s.replace(INVISIBLES, ''),
  },
  {
    id: 'diacritics',
    description: 'harakat, tanwin, shadda, sukun and the dagger alef are removed',
    example: ['\u0643\u064E\u062A\u064E\u0628\u064E', '\u0643\u062A\u0628'], // كَتَبَ → كتب
    apply: (s) => s.replace(DIACRITICS, ''),
  },
  {
    id: 'tatweel',
    description: 'tatweel (kashida) is removed',
    example: ['\u0643\u0640\u0640\u062A\u0628', '\u0643\u062A\u0628'], // كــتب → كتب
    apply: (s) => s.replace(TATWEEL, ''),
  },
  {
    id: 'persian-letters',
    description: 'Persian/Urdu letter shapes used in Arabic text become the Arabic letters',
    // KEHEH → KAF, FARSI YEH → YEH, HEH GOAL / AE → HEH / TEH MARBUTA
    example: ['\u06A9\u062A\u0627\u0628\u06CC', '\u0643\u062A\u0627\u0628\u064A'],
    apply: (s) =>
      /[\u06A9\u06AA\u06CC\u06C1\u06C0\u06D5]/.test(s)
        ? s
            .replace(/[\u06A9\u06AA]/g, '\u0643')
            .replace(/\u06CC/g, '\u064A')
            .replace(/\u06C1/g, '\u0647')
            .replace(/[\u06C0\u06D5]/g, '\u0629')
        : s,
  },
  {
    id: 'digits',
    description: 'Arabic-Indic and Persian digits become ASCII digits',
    example: ['\u0661\u0666/\u06F6', '16/6'],
    apply: (s) => s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) - (d >= '\u06F0' ? 0x06f0 : 0x0660)) % 10)),
  },
];

/** Loose rules: the spelling variation of real news text (hamza seats, ى/ي, ة/ه). */
export const LOOSE_RULES: readonly NormRule[] = [
  {
    id: 'alef-variants',
    description: 'alef with hamza above/below, madda and wasla become bare alef',
    example: ['\u0623\u0625\u0622\u0671', '\u0627\u0627\u0627\u0627'], // أإآٱ → اااا
    apply: (s) => s.replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627'),
  },
  {
    id: 'alef-maqsura',
    description: 'alef maqsura ى is written as yeh ي',
    example: ['\u0639\u0644\u0649', '\u0639\u0644\u064A'], // على → علي
    apply: (s) => s.replace(/\u0649/g, '\u064A'),
  },
  {
    id: 'teh-marbuta',
    description: 'teh marbuta ة is written as heh ه',
    example: ['\u0645\u062F\u064A\u0646\u0629', '\u0645\u062F\u064A\u0646\u0647'], // مدينة → مدينه
    apply: (s) => s.replace(/\u0629/g, '\u0647'),
  },
  {
    id: 'hamza-seats',
    description: 'waw and yeh with hamza become bare waw and yeh',
    example: ['\u0645\u0624\u062A\u0645\u0631 \u0631\u0626\u064A\u0633', '\u0645\u0648\u062A\u0645\u0631 \u0631\u064A\u064A\u0633'],
    apply: (s) => s.replace(/\u0624/g, '\u0648').replace(/\u0626/g, '\u064A'),
  },
];

const applyAll = (rules: readonly NormRule[], s: string): string => rules.reduce((acc, r) => r.apply(acc), s);

/*
 * Every rule maps one character to zero, one or (presentation forms) two characters, independently of its
 * neighbours, so the rules compile into two lookup tables over the code points they touch. Keys are built with
 * one pass over the string: this is the hot path of analysis.
 */
const RANGES: Array<[number, number]> = [
  [0x0600, 0x06ff],
  [0x00ad, 0x00ad],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xfb50, 0xfefc],
  [0xfeff, 0xfeff],
];
/** A rule table: the Arabic block as an array (the hot path: one index per character), the rest in a map. */
interface CharTable {
  arabic: (string | undefined)[];
  other: Map<number, string>;
}
const ARABIC_FIRST = 0x0600;
const ARABIC_LAST = 0x06ff;
const newTable = (): CharTable => ({
  arabic: new Array<string | undefined>(ARABIC_LAST - ARABIC_FIRST + 1).fill(undefined),
  other: new Map(),
});
const STRICT_TABLE = newTable();
const LOOSE_TABLE = newTable();
const setChar = (t: CharTable, c: number, to: string) => {
  if (c >= ARABIC_FIRST && c <= ARABIC_LAST) t.arabic[c - ARABIC_FIRST] = to;
  else t.other.set(c, to);
};
for (const [a, b] of RANGES) {
  for (let c = a; c <= b; c++) {
    const ch = String.fromCharCode(c);
    const strict = applyAll(STRICT_RULES, ch);
    const loose = applyAll(LOOSE_RULES, strict);
    if (strict !== ch) setChar(STRICT_TABLE, c, strict);
    if (loose !== ch) setChar(LOOSE_TABLE, c, loose);
  }
}

function mapChars(s: string, table: CharTable): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x00ad || (c > ARABIC_LAST && c < 0x200b)) continue;
    const m = c >= ARABIC_FIRST && c <= ARABIC_LAST ? table.arabic[c - ARABIC_FIRST] : table.other.get(c);
    if (m === undefined) continue;
    out += s.slice(from, i) + m;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Strict key: no diacritics, tatweel or invisibles; letters and hamza seats as written. */
export function strictKey(s: string): string {
  return mapChars(s, STRICT_TABLE);
}

/** Loose key: the strict key with hamza seats, ى/ي and ة/ه unified (the comparison form of the evaluation). */
export function looseKey(s: string): string {
  return mapChars(s, LOOSE_TABLE);
}

/** Removes only diacritics (harakat, shadda, sukun, dagger alef). */
export function stripDiacritics(s: string): string {
  return s.replace(DIACRITICS, '');
}
