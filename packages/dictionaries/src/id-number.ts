// 公民身份号码 (18-digit resident ID number), GB 11643-1999.
// Layout: [1–6] 地址码 [7–14] 出生日期 YYYYMMDD [15–17] 顺序码 [18] 校验码.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;

/** Trims and upper-cases (a lower-case x check character is common on input). */
export function normaliseIdNumber(input: string): string {
  return input.trim().toUpperCase();
}

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * WEIGHTS[i]!;
  return CHECK_CHARS.charAt(sum % 11);
}

/** Local calendar date as YYYYMMDD, so comparison with the birth date is a string compare. */
function yyyymmdd(d: Date): string {
  const pad = (n: number, len: number) => String(n).padStart(len, '0');
  return `${pad(d.getFullYear(), 4)}${pad(d.getMonth() + 1, 2)}${pad(d.getDate(), 2)}`;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this month (handles leap years).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export interface IdNumberCheckOptions {
  /** "Today" for the not-in-the-future rule; injectable for tests. */
  now?: Date;
}

/** Returns a Chinese error message, or null when valid. Expects normalised input. */
export function checkIdNumber(value: string, options: IdNumberCheckOptions = {}): string | null {
  if (value.length === 0) return '请填写身份证号码';
  if (value.length !== 18) return `身份证号码应为18位，当前为${value.length}位`;
  if (!/^\d{17}[\dX]$/.test(value)) return '身份证号码格式错误：前17位应为数字，最后一位为数字或X';
  const birth = value.slice(6, 14);
  const year = Number(birth.slice(0, 4));
  const month = Number(birth.slice(4, 6));
  const day = Number(birth.slice(6, 8));
  if (!isCalendarDate(year, month, day)) return `身份证号码中的出生日期${birth}不是有效日期`;
  if (year < EARLIEST_BIRTH_YEAR) return `身份证号码中的出生日期${birth}早于${EARLIEST_BIRTH_YEAR}年`;
  if (birth > yyyymmdd(options.now ?? new Date())) return `身份证号码中的出生日期${birth}晚于今天`;
  if (idNumberCheckChar(value.slice(0, 17)) !== value.charAt(17))
    return '身份证号码校验位错误，请核对后重新输入';
  return null;
}

export function isValidIdNumber(value: string, options: IdNumberCheckOptions = {}): boolean {
  return checkIdNumber(value, options) === null;
}
