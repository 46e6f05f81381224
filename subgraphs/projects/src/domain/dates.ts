// Calendar dates as `YYYY-MM-DD` strings (what PostgreSQL `date` columns return): day arithmetic in UTC, where
// every day has 24 hours.

const DAY_MS = 86_400_000;

export { isCalendarDate } from '@anze/domain';

/** Days from `start` to `end` counting both (a one-day project starts and ends on the same day). */
export function inclusiveDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The day after `date`: exclusive upper bounds for date-range filters on timestamps. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}
