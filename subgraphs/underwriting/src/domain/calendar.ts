// Days as the platform counts them: in one time zone (Asia/Shanghai by default), whatever the server's; working days
// skip Saturdays, Sundays and the configured holidays. date-fns with @date-fns/tz does the arithmetic.
import { addDays, differenceInCalendarDays, isWeekend } from 'date-fns';
import { TZDate } from '@date-fns/tz';

/** The calendar day of an instant in the zone, YYYY-MM-DD. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** `from` plus `days` working days, at the same local time: 复审期限 of an application submitted at `from`. */
export function addWorkingDays(
  from: Date,
  days: number,
  timeZone: string,
  holidays: readonly string[],
): Date {
  const off = new Set(holidays);
  let at = new TZDate(from, timeZone);
  let left = days;
  while (left > 0) {
    at = addDays(at, 1);
    if (!isWeekend(at) && !off.has(dayIn(at, timeZone))) left--;
  }
  return new Date(at.getTime());
}

/** Whole days from `from` to `to` (YYYY-MM-DD each): 2025-01-01 → 2025-01-31 is 30. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(new Date(`${to}T00:00:00Z`), new Date(`${from}T00:00:00Z`));
}

/** An instant's local date and time in the zone, `YYYY-MM-DD HH:MM:SS` (what lists and files show). */
export function dateTimeIn(instant: Date, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}
