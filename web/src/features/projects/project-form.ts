// Pure rules of the 新增项目 / 编辑 form and the 项目信息 list: amounts as exact decimal strings (never floats),
// 项目工期 from the dates, and the list's filter ⇄ URL. Kept free of React and antd so web/test can run them in Node.
import type { ProjectCategory, ProjectInput, ProjectStatus } from '../../gql/graphql.ts';

/** 工程造价 is entered in 元 (Benxi) or 投资规模 in 万元 (Heilongjiang); one amount, one unit. */
export type AmountUnit = 'YUAN' | 'WAN';

export const AMOUNT_UNITS: Record<AmountUnit, { label: string; suffix: string; decimals: number }> = {
  YUAN: { label: '工程造价', suffix: '元', decimals: 2 },
  WAN: { label: '投资规模', suffix: '万元', decimals: 6 },
};

/** The server accepts a given 项目工期 that differs from the dates by this many days (README of projects). */
export const DURATION_TOLERANCE_DAYS = 1;

const DAY_MS = 86_400_000;

/** Calendar days from start to end counting both (YYYY-MM-DD); null when a date is missing or malformed. */
export function inclusiveDays(
  start: string | null | undefined,
  end: string | null | undefined,
): number | null {
  if (!start || !end) return null;
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${end}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / DAY_MS) + 1;
}

/** Why a 项目工期 is refused next to the field (the server says the same), or null. */
export function checkDuration(days: number | null | undefined, start?: string, end?: string): string | null {
  if (days === null || days === undefined) return null;
  if (!Number.isInteger(days) || days < 1) return '项目工期应为正整数（天）';
  const expected = inclusiveDays(start, end);
  if (expected !== null && Math.abs(days - expected) > DURATION_TOLERANCE_DAYS) {
    return `项目工期（${days}天）与计划开工、竣工日期不符，按日期应为${expected}天`;
  }
  return null;
}

const DECIMAL = /^(\d+)(?:\.(\d*))?$/;

/** Removes separators and blanks a user may type or paste: "1,234.50 " → "1234.50". */
export function cleanDecimal(text: string): string {
  return text.replace(/[,，\s]/g, '');
}

/** Why an amount is refused in this unit, or null. Mirrors the server's parseCost messages. */
export function checkAmount(text: string | null | undefined, unit: AmountUnit): string | null {
  const cleaned = cleanDecimal(text ?? '');
  if (!cleaned) return `请填写${AMOUNT_UNITS[unit].label}`;
  const m = DECIMAL.exec(cleaned);
  if (!m || m[1]!.length > 15) {
    return unit === 'YUAN'
      ? '工程造价应为数字，最多两位小数（单位：元）'
      : '投资规模应为数字，最多六位小数（单位：万元）';
  }
  if ((m[2] ?? '').length > AMOUNT_UNITS[unit].decimals) {
    return unit === 'YUAN' ? '工程造价最多两位小数（单位：元）' : '投资规模最多六位小数（单位：万元）';
  }
  if (!/[1-9]/.test(cleaned)) return '工程造价必须大于0';
  return null;
}

/** Canonical decimal text: no leading zeros, no trailing fraction zeros ("0012.500" → "12.5"). */
export function normaliseDecimal(text: string): string {
  const m = DECIMAL.exec(cleanDecimal(text));
  if (!m) return text;
  const whole = m[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/**
 * Moves the decimal point exactly (string arithmetic, no float): shiftDecimal("12.5", 4) = "125000",
 * shiftDecimal("125000", -4) = "12.5". Used when the user switches 元 ⇄ 万元 with an amount already typed.
 */
export function shiftDecimal(text: string, places: number): string | null {
  const m = DECIMAL.exec(cleanDecimal(text));
  if (!m) return null;
  let digits = m[1]! + (m[2] ?? '');
  let point = m[1]!.length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  return normaliseDecimal(`${digits.slice(0, point) || '0'}.${digits.slice(point)}`);
}

/** The amount re-expressed in the other unit (1 万元 = 10000 元); null when it is not a number yet. */
export function convertAmount(text: string, from: AmountUnit, to: AmountUnit): string | null {
  if (from === to) return normaliseDecimal(text);
  return shiftDecimal(text, from === 'WAN' ? 4 : -4);
}

/** The form's values (dates already formatted YYYY-MM-DD by the page). */
export type ProjectFormValues = {
  name: string;
  code: string;
  divisionCode: string;
  detailAddress?: string | null;
  longitude?: number | null;
  latitude?: number | null;
  amountUnit: AmountUnit;
  amount: string;
  ownerUnit: string;
  category: ProjectCategory;
  durationDays?: number | null;
  plannedStart: string;
  plannedEnd: string;
};

/** What createProject / updateProject receive: exactly one of costYuan / investmentWan, as a decimal string. */
export function toProjectInput(v: ProjectFormValues): ProjectInput {
  const amount = normaliseDecimal(v.amount);
  const hasCoordinates =
    v.longitude !== null && v.longitude !== undefined && v.latitude !== null && v.latitude !== undefined;
  return {
    name: v.name.trim(),
    code: v.code.trim().toUpperCase(),
    divisionCode: v.divisionCode,
    detailAddress: v.detailAddress?.trim() || null,
    longitude: hasCoordinates ? v.longitude : null,
    latitude: hasCoordinates ? v.latitude : null,
    ...(v.amountUnit === 'YUAN' ? { costYuan: amount } : { investmentWan: amount }),
    ownerUnit: v.ownerUnit.trim(),
    category: v.category,
    durationDays: v.durationDays ?? null,
    plannedStart: v.plannedStart,
    plannedEnd: v.plannedEnd,
  };
}

/** Server error fields → form fields: the amount is one field whatever the unit. */
export const PROJECT_FIELD_ALIAS: Record<string, string> = { costYuan: 'amount', investmentWan: 'amount' };

export const PROJECT_FORM_FIELDS = [
  'name',
  'code',
  'divisionCode',
  'detailAddress',
  'longitude',
  'latitude',
  'amount',
  'ownerUnit',
  'category',
  'durationDays',
  'plannedStart',
  'plannedEnd',
] as const;

/** The 项目信息 list's state, kept in the URL so 返回 from 查看 / 编辑 restores it. */
export type ProjectListState = { name: string; status: ProjectStatus | null; page: number; pageSize: number };

const STATUSES: readonly ProjectStatus[] = ['UNDER_CONSTRUCTION', 'SUSPENDED', 'COMPLETED'];
const PAGE_SIZES = [10, 20, 50];

export function listStateFromSearch(search: URLSearchParams): ProjectListState {
  const status = search.get('status');
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    name: search.get('name')?.trim() ?? '',
    status: STATUSES.includes(status as ProjectStatus) ? (status as ProjectStatus) : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 10,
  };
}

/** Only what differs from the defaults, so a plain /enterprise/projects stays clean. */
export function listStateToSearch(state: ProjectListState): URLSearchParams {
  const search = new URLSearchParams();
  if (state.name.trim()) search.set('name', state.name.trim());
  if (state.status) search.set('status', state.status);
  if (state.page > 1) search.set('page', String(state.page));
  if (state.pageSize !== 10) search.set('pageSize', String(state.pageSize));
  return search;
}

/** 在建 → 停工 / 竣工; 停工 → 复工 (back to 在建) / 竣工; 竣工 is final. */
export function statusActions(status: ProjectStatus): { to: ProjectStatus; label: string }[] {
  switch (status) {
    case 'UNDER_CONSTRUCTION':
      return [
        { to: 'SUSPENDED', label: '停工' },
        { to: 'COMPLETED', label: '竣工' },
      ];
    case 'SUSPENDED':
      return [
        { to: 'UNDER_CONSTRUCTION', label: '复工' },
        { to: 'COMPLETED', label: '竣工' },
      ];
    default:
      return [];
  }
}
