/**
 * Times and years as English writes them: الساعة before a clock time is not "the hour" (في الساعة 11 "at 11"), صباحا /
 * مساء after one are am / pm, the hours named by ordinals are figures (الساعة الثامنة مساء "8 pm"), and a year's figure
 * makes the word "year" redundant (في عام 1990 "in 1990").
 */
import type { Token } from '../model';
import { looseKey } from '../text';
import type { Unit } from './unit';

/** Arabic-Indic and Persian digits as the digits English writes (٩:٣٠ → 9:30). */
export const westernDigits = (s: string): string =>
  s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));

/** Year words that a year's figure after them makes redundant in English (عام 1990، سنة 2010). */
const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'السنه', 'وعام', 'بعام', 'لعام', 'للعام', 'لسنه', 'بسنه', 'وسنه']);
/** A token that is a year of the calendar after a year word (عام 833، عام 1990), in either digits. */
function yearFigure(t: Token | undefined): boolean {
  if (t?.kind !== 'number') return false;
  const n = Number(westernDigits(t.text));
  return Number.isInteger(n) && n >= 100 && n < 2200;
}

/** Words after a clock time that English writes as am / pm. */
const DAY_PART: Record<string, string> = { صباحا: 'am', صباح: 'am', مساء: 'pm', مساءا: 'pm', ظهرا: 'pm', ليلا: 'pm' };

/**
 * Whether token t says only what a clock time beside it says: الساعة before one (its proclitic ب, when it has one, is
 * left to the time: English needs no "at the hour"), or صباحا / مساء after one.
 */
function clockWord(t: Token, next: Token | undefined, last: Unit | undefined): boolean {
  const key = looseKey(t.text);
  if (key === 'الساعه' && (next?.kind === 'number' ? HOUR_FIGURE.test(westernDigits(next.text)) : !!HOURS[looseKey(next?.text ?? '')]))
    return true;
  return !!DAY_PART[key] && last?.kind === 'figure' && HOUR_FIGURE.test(last.en);
}

/** Words of approximation a clock time may follow (في حوالي الساعة 11). */
const APPROXIMATE = /^(about|around|approximately|nearly)$/;
/** A figure that can be an hour of the clock (9, 9:30), which صباحا / مساء after it make am / pm. */
const HOUR_FIGURE = /^\d{1,2}([:.]\d{2})?$/;
/** The hours as the ordinals Arabic names them after الساعة (loose keys); 11 and 12 take عشرة after them. */
const HOURS: Record<string, number> = {
  الواحده: 1,
  الثانيه: 2,
  الثالثه: 3,
  الرابعه: 4,
  الخامسه: 5,
  السادسه: 6,
  السابعه: 7,
  الثامنه: 8,
  التاسعه: 9,
  العاشره: 10,
  الحاديه: 11,
};

/** The hour named by the ordinal at token i right after الساعة, and how many tokens it takes; null otherwise. */
function hourOrdinal(tokens: readonly Token[], i: number): [string, number] | null {
  const hour = HOURS[looseKey(tokens[i]!.text)];
  if (!hour || looseKey(tokens[i - 1]?.text ?? '').replace(/^[وب]/, '') !== 'الساعه') return null;
  // الحادية عشرة، الثانية عشرة
  if (looseKey(tokens[i + 1]?.text ?? '') === 'عشره') return [String(hour === 2 ? 12 : hour === 11 ? 11 : hour + 10), 2];
  return hour === 11 ? null : [String(hour), 1];
}

/**
 * Adds the unit(s) of a time word at token i and returns the index of the last token used, or null when token i is
 * not one (the caller reads it as an ordinary word).
 */
export function timeUnit(units: Unit[], tokens: readonly Token[], i: number): number | null {
  const t = tokens[i]!;
  if (YEAR_WORDS.has(looseKey(t.text)) && yearFigure(tokens[i + 1])) {
    // في عام 1990 "in 1990", not "in a year 1990"
    units.push({ kind: 'skip', en: '', tokenIndex: i });
    return i;
  }
  const ordinal = hourOrdinal(tokens, i);
  if (ordinal) {
    // الساعة الثامنة "8 o'clock", الساعة الحادية عشرة مساء "11 pm"
    const [hour, used] = ordinal;
    const partAfter = DAY_PART[looseKey(tokens[i + used]?.text ?? '')];
    units.push({ kind: 'figure', en: partAfter ? hour : `${hour} o'clock`, tokenIndex: i });
    return i + used - 1;
  }
  const last = units[units.length - 1];
  if (!clockWord(t, tokens[i + 1], last)) return null;
  // الساعة 9:30 "9:30" (not "the hour 9:30"); 9:30 صباحا "9:30 am"
  const part = DAY_PART[looseKey(t.text)];
  if (part) last!.en += ` ${part}`;
  else {
    // في الساعة 11 "at 11", في حوالي الساعة 11 "at about 11"
    const before = last?.kind === 'prep' && APPROXIMATE.test(last.en) ? units[units.length - 2] : last;
    if (before?.kind === 'prep' && before.en === 'in') before.en = 'at';
  }
  units.push({ kind: 'skip', en: '', tokenIndex: i });
  return i;
}

/** The English month names, for patterns of dates. */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH = new RegExp(`^(${MONTHS})$`);
/** A date that a year may complete: a month, or a day and a month (مارس، 10 نيسان). */
const monthOrDate = (u: Unit | undefined): boolean =>
  !!u && (u.kind === 'noun' || u.kind === 'figure' || u.kind === 'name') && !u.pre && MONTH.test(u.en.replace(/^\d{1,2} /, ''));

/**
 * في يناير من عام 2020 "in January 2020", في مارس من العام الماضي "in March last year": a month or a date, then من
 * and its year, is one date (the units are merged in place).
 */
export function joinYears(units: Unit[]): void {
  for (let i = 0; i + 2 < units.length; i++) {
    if (!monthOrDate(units[i]) || units[i + 1]!.kind !== 'prep' || units[i + 1]!.en !== 'from' || units[i + 1]!.obj) continue;
    let k = i + 2;
    while (units[k]?.kind === 'skip') k++;
    const year = units[k];
    if (year?.kind !== 'figure' || !/^(\d{3,4}|(last|next|this) year)$/.test(year.en)) continue;
    units[i] = { ...units[i]!, kind: units[i]!.kind === 'noun' ? 'name' : units[i]!.kind, en: `${units[i]!.en} ${year.en}`, type: 'DATE' };
    units.splice(i + 1, k - i);
  }
}
