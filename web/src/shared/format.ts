// Display formats shared by every screen. Amounts (工程造价 元, 投资规模 万元) are exact decimal strings and stay
// strings: the API sends money as decimal strings precisely so that 12345678901.23 is never rounded. Instants are
// shown in the platform's time zone, never the browser's: a regulator's laptop set to UTC must read the same 登记时间
// as the export (Asia/Shanghai).
import dayjs, { type ConfigType, type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

function validTimeZone(zone: string | undefined): string | null {
  if (!zone) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/**
 * The time zone every date and time is shown and entered in: `VITE_PLATFORM_TIME_ZONE` at build time (an IANA name),
 * Asia/Shanghai by default. (Under Node, in web/test, there is no import.meta.env.)
 */
export const PLATFORM_TIME_ZONE = validTimeZone(import.meta.env?.VITE_PLATFORM_TIME_ZONE) ?? 'Asia/Shanghai';

export const DATE_TIME = 'YYYY-MM-DD HH:mm:ss';

/** An instant (ISO 8601 from the API, a Date, epoch ms) in the platform time zone; '' for none or garbage. */
export function dateTimeText(value: ConfigType | null | undefined, format = DATE_TIME): string {
  if (value === null || value === undefined || value === '') return '';
  const d = dayjs(value);
  return d.isValid() ? d.tz(PLATFORM_TIME_ZONE).format(format) : '';
}

/** HH:mm:ss of an instant in the platform time zone (刷新于 …). */
export function timeText(value: ConfigType): string {
  return dateTimeText(value, 'HH:mm:ss');
}

/**
 * The first and last instant of a calendar day picked in a DatePicker, in the platform time zone (ISO 8601): the
 * day a user picks is the platform's day, not the browser's.
 */
export function platformDayRange(day: Dayjs): { from: string; to: string } {
  const start = dayjs.tz(day.format('YYYY-MM-DD'), PLATFORM_TIME_ZONE);
  return { from: start.toISOString(), to: start.endOf('day').toISOString() };
}

/** "1234567.8" → "1,234,567.8": thousands separators, the digits kept as sent; anything else is returned as it is. */
export function groupThousands(decimal: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(decimal.trim());
  if (!m) return decimal;
  return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

/** A GraphQL `Date` (always `YYYY-MM-DD` on the wire) for display; empty when there is none. */
export function dateText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** 计划开工/竣工日期, 起止日期 as one cell: 2026-03-01 至 2026-12-31. */
export function dateRange(start: unknown, end: unknown): string {
  return `${dateText(start)} 至 ${dateText(end)}`;
}

const SIZE_UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/**
 * A file size in the units of the upload hints (20MB = 20 × 1024 × 1024 bytes): whole bytes below 1 KB, else one
 * decimal. A value that would round to 1024 is shown in the next unit (1,048,575 bytes: 1.0 MB, not 1024.0 KB).
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 1;
  while (unit < SIZE_UNITS.length - 1 && Number(value.toFixed(1)) >= 1024) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${SIZE_UNITS[unit]}`;
}
