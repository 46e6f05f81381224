// The levels a project is counted at: the whole country, its province, its city and its county.
import { childrenOf, fullName, getDivision, type DivisionLevel } from '@anze/dictionaries';

/** The whole platform: what an administrator sees by default. */
export const NATIONAL = '000000';

export type StatisticsLevel = 'NATIONAL' | DivisionLevel;

/**
 * `230103` → [`000000`, `230000`, `230100`, `230103`]. Duplicates collapse: a city without counties (东莞 441900)
 * is its own county, and its projects must count once there.
 */
export function statisticalDivisions(countyCode: string): string[] {
  return [...new Set([NATIONAL, `${countyCode.slice(0, 2)}0000`, `${countyCode.slice(0, 4)}00`, countyCode])];
}

export function levelOf(code: string): StatisticsLevel {
  if (code === NATIONAL) return 'NATIONAL';
  return (
    getDivision(code)?.level ?? (code.endsWith('0000') ? 'PROVINCE' : code.endsWith('00') ? 'CITY' : 'COUNTY')
  );
}

/** The divisions one level down that a breakdown lists: provinces, cities of a province, counties of a city. */
export function breakdownOf(code: string): string[] {
  if (code === NATIONAL) return childrenOf(null).map((d) => d.code);
  return childrenOf(code).map((d) => d.code);
}

export function divisionLabel(code: string, short = false): string {
  if (code === NATIONAL) return '全国';
  return (short ? getDivision(code)?.name : fullName(code)) ?? code;
}
