/**
 * Dates and figures: Gregorian, Levantine and Hijri months, weekdays and relative days, years, numbers in both digit
 * systems and in words (ستة آلاف → 6,000), percentages and units. Works on loose keys of word tokens.
 */
import { looseKey } from '../text';
import type { Token } from '../model';
import {
  DAYS,
  HUNDREDS,
  MONTHS,
  MONTH_PAIRS,
  PERIODS,
  PLURAL_SCALES,
  RELATIVE,
  SCALES,
  TENS,
  UNITS,
  UNIT_WORDS,
  WEEKDAYS,
} from './figure-words';

export interface Figure {
  type: 'DATE' | 'NUMBER';
  /** index of the first and one past the last token */
  from: number;
  to: number;
  english: string;
}

/** Removes و/ف/ب/ل and the article from a key (وفي، بالمئة, للعام) for matching figure words. */
function core(k: string): string {
  let s = k;
  if (s.length > 3 && (s[0] === 'و' || s[0] === 'ف')) s = s.slice(1);
  if (s.length > 3 && (s[0] === 'ب' || s[0] === 'ل')) s = s.slice(1);
  return s;
}

const PERCENT = new Set(['المئة', 'المائة', 'بالمئة', 'بالمائة'].map(looseKey));

/** 6000 → "6,000"; 6e9 → "6 billion" (as English news writes large round figures). */
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const LARGE_SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

function fmt(n: number): string {
  for (const [scale, word] of LARGE_SCALES) {
    if (n >= scale && (n / scale) * 100 === Math.round((n / scale) * 100)) return `${NUMBER_FORMAT.format(n / scale)} ${word}`;
  }
  return NUMBER_FORMAT.format(n);
}

/** The value of a digit token (both digit systems, thousands separators, decimal comma). */
export function digitValue(text: string): number | null {
  const ascii = text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  if (!/^\d+([.,\u066B\u066C]\d+)*%?$/.test(ascii)) return null;
  let s = ascii
    .replace('%', '')
    .replace(/\u066C/g, ',')
    .replace(/\u066B/g, '.');
  if (/^\d{1,3}(,\d{3})+$/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** The number words at tokens[i…]: [value, tokens consumed] or null. */
function numberWords(keys: string[], i: number): [number, number] | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < keys.length) {
    const k = core(keys[j]!);
    if (j > i && k === 'و') {
      j++;
      continue;
    }
    const w = j > i && keys[j]!.startsWith('و') ? keys[j]!.slice(1) : k;
    if (UNITS[w] !== undefined) current += UNITS[w]!;
    else if (TENS[w] !== undefined) current += TENS[w]!;
    else if (HUNDREDS[w] !== undefined) current += HUNDREDS[w]!;
    else if (SCALES[w] !== undefined) {
      // آلاف الأسر with no count before it is "thousands of families", not a figure
      if (!current && !total && PLURAL_SCALES.has(w)) break;
      // ستة آلاف = 6 × 1,000; ألفان (2,000) carries its own count
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else break;
    any = true;
    j++;
  }
  if (!any) return null;
  const value = total + current;
  return value > 0 ? [value, j - i] : null;
}

/** Finds dates and figures among the tokens. */
// Words that can begin a date or a figure written in words (loose keys, clitics removed by core()).
const STARTERS = new Set<string>([
  ...Object.keys(MONTHS),
  ...Object.keys(MONTH_PAIRS).map((k) => k.split(' ')[0]!),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(WEEKDAYS).map((k) => k.slice(2)),
  ...Object.keys(PERIODS),
  ...Object.keys(DAYS),
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(HUNDREDS),
  ...Object.keys(SCALES),
  looseKey('عام'),
  looseKey('العام'),
  looseKey('سنة'),
  looseKey('يوم'),
]);

/** First words of the two-word month names (كانون الثاني): only after one of them is a pair's key built and looked up. */
const PAIR_FIRSTS = new Set(Object.keys(MONTH_PAIRS).map((k) => k.split(' ')[0]!));
const monthPair = (first: string, second: string): string | undefined =>
  PAIR_FIRSTS.has(first) ? MONTH_PAIRS[`${first} ${second}`] : undefined;

/** The date starting at token i (a starter): [weekday] [day] month [year] | weekday [المقبل] | عام/سنة YEAR. */
function dateAt(tokens: readonly Token[], keys: readonly string[], i: number): Figure | null {
  let j = i;
  let weekday = '';
  let day = '';
  let month = '';
  let year = '';
  let rel = '';
  const c = core(keys[j] ?? '');
  // الأسبوع المقبل، الشهر الماضي، أمس
  const period = PERIODS[c];
  if (period && RELATIVE[keys[j + 1] ?? '']) return { type: 'DATE', from: i, to: i + 2, english: `${RELATIVE[keys[j + 1]!]} ${period}` };
  if (DAYS[c]) return { type: 'DATE', from: i, to: i + 1, english: DAYS[c]! };
  const wd = WEEKDAYS[c] ?? WEEKDAYS[`ال${c}`];
  if (wd && (c.startsWith('ال') || core(keys[j - 1] ?? '') === 'يوم')) {
    weekday = wd;
    j++;
    if (RELATIVE[keys[j] ?? '']) rel = RELATIVE[keys[j++]!]!;
  }
  if (tokens[j]?.kind === 'number') {
    const v = digitValue(tokens[j]!.text);
    const m = MONTHS[core(keys[j + 1] ?? '')] ?? monthPair(core(keys[j + 1] ?? ''), keys[j + 2] ?? '');
    if (v !== null && v >= 1 && v <= 31 && m) {
      day = String(v);
      j++;
    }
  }
  const pair = monthPair(core(keys[j] ?? ''), keys[j + 1] ?? '');
  const single = MONTHS[core(keys[j] ?? '')];
  if (pair || (single && (day || tokens[j + 1]?.kind === 'number' || RELATIVE[keys[j + 1] ?? '']))) {
    month = (pair ?? single)!;
    j += pair ? 2 : 1;
    if (RELATIVE[keys[j] ?? '']) rel ||= RELATIVE[keys[j++]!]!;
    const y = tokens[j]?.kind === 'number' ? digitValue(tokens[j]!.text) : null;
    if (y !== null && y >= 1000 && y <= 2200) {
      year = String(y);
      j++;
    }
  }
  if (!weekday && !month) {
    if ((c === 'عام' || c === 'سنه' || c === 'العام') && tokens[i + 1]?.kind === 'number') {
      const y = digitValue(tokens[i + 1]!.text);
      if (y !== null && y >= 1000 && y <= 2200) return { type: 'DATE', from: i + 1, to: i + 2, english: String(y) };
    }
    return null;
  }
  if (day) rel = ''; // 16 يونيو الماضي is simply 16 June
  const english = [rel, weekday, [day, month].filter(Boolean).join(' '), year].filter(Boolean).join(' ').replace(/ +/g, ' ').trim();
  // يوم الأحد: the word "day" belongs to the date
  const from = weekday && core(keys[i - 1] ?? '') === looseKey('يوم') ? i - 1 : i;
  return { type: 'DATE', from, to: j, english };
}

export function findFigures(tokens: readonly Token[]): Figure[] {
  // each distinct word once: its key, and whether it can start a date or a figure (most words start neither)
  const byWord = new Map<string, { key: string; starts: boolean }>();
  const keys: string[] = new Array<string>(tokens.length);
  const starts = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      keys[i] = t.kind === 'number' ? t.text : '';
      starts[i] = t.kind === 'number' ? 1 : 0;
      continue;
    }
    let w = byWord.get(t.text);
    if (!w) {
      const key = looseKey(t.text);
      w = { key, starts: STARTERS.has(core(key)) || STARTERS.has(key.slice(1)) };
      byWord.set(t.text, w);
    }
    keys[i] = w.key;
    starts[i] = w.starts ? 1 : 0;
  }
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!starts[i]) continue;
    const t = tokens[i]!;
    const d = dateAt(tokens, keys, i);
    if (d && d.to > d.from) {
      out.push(d);
      i = d.to - 1;
      continue;
    }
    // figures: digits or number words, then % / في المئة / a unit
    let value: number | null = null;
    let len = 0;
    if (t.kind === 'number') {
      value = digitValue(t.text);
      len = 1;
      // 700 ألف، 6 مليارات: digits times a scale word
      const scale = SCALES[core(keys[i + 1] ?? '')];
      if (value !== null && scale !== undefined && !t.text.endsWith('%')) {
        value *= [2e3, 2e6, 2e9].includes(scale) ? scale / 2 : scale; // a dual (ألفان) counts once after digits
        len = 2;
      }
    } else if (t.kind === 'word') {
      const nw = numberWords(keys, i);
      if (nw) [value, len] = nw;
    }
    if (value === null || len === 0) continue;
    let j = i + len;
    let english = fmt(value);
    if (t.text.endsWith('%') || t.text.endsWith('\u066A')) english += '%';
    else if (tokens[j]?.text === '%' || tokens[j]?.text === '\u066A') {
      english += '%';
      j++;
    } else if (PERCENT.has(core(keys[j] ?? '')) || PERCENT.has(keys[j] ?? '')) {
      english += '%';
      j++;
    } else if (keys[j] === 'في' && PERCENT.has(keys[j + 1] ?? '')) {
      english += '%';
      j += 2;
    } else {
      const unit = UNIT_WORDS[core(keys[j] ?? '')];
      if (unit) {
        english += ` ${unit}`;
        j++;
      } else if (unit === undefined && t.kind === 'word' && len === 1 && value < 11) continue; // a lone small number word
    }
    // a year on its own (1990–2100) is a date
    if (
      t.kind === 'number' &&
      len === 1 &&
      j === i + 1 &&
      value >= 1900 &&
      value <= 2100 &&
      Number.isInteger(value) &&
      !t.text.includes(',')
    ) {
      out.push({ type: 'DATE', from: i, to: j, english: String(value) });
    } else out.push({ type: 'NUMBER', from: i, to: j, english });
    i = j - 1;
  }
  return out;
}
