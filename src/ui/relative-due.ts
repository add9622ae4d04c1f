/** "in 10 min", "in 3 days", "بعد ٣ أيام": when a card would be due, worded by Intl in the interface language. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeDue(due: string, now: Date, lang: string): string {
  const ms = Math.max(0, Date.parse(due) - now.getTime());
  const fmt = new Intl.RelativeTimeFormat(lang, { numeric: 'always', style: 'short' });
  if (ms < HOUR) return fmt.format(Math.max(1, Math.round(ms / MINUTE)), 'minute');
  if (ms < DAY) return fmt.format(Math.round(ms / HOUR), 'hour');
  if (ms < 60 * DAY) return fmt.format(Math.round(ms / DAY), 'day');
  if (ms < 365 * DAY) return fmt.format(Math.round(ms / (30 * DAY)), 'month');
  return fmt.format(Math.round(ms / (365 * DAY)), 'year');
}
