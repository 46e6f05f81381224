// 行政区划代码 (GB/T 2260 six-digit codes): provinces, cities (地级) and counties (县级).
// The dataset is pinned and vendored in data/gb2260.json (see data/README.md); codes change
// over time (e.g. 漠河县 → 漠河市), so stored codes are only meaningful against a known version.
import dataset from '../data/gb2260.json' with { type: 'json' };

export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface Division {
  readonly code: string;
  readonly name: string;
  readonly level: DivisionLevel;
  /** null for provinces. */
  readonly parentCode: string | null;
}

/** Names the source of the vendored dataset, e.g. for audit records next to stored codes. */
export const DIVISION_DATASET_VERSION: string = `GB/T 2260 via ${dataset.source} (NBS 2023 统计用区划代码)`;

// City-level rows that group county-level units without being a city themselves:
// 直辖市 (北京/天津/上海/重庆) have 市辖区 (and 重庆 also 县), and some provinces list their
// directly administered county-level cities under 省直辖县级行政区划. They stay in the tree so every
// county has a city parent, but are left out of display names.
const GROUPING_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const LEVEL_LABELS: Record<DivisionLevel, string> = { PROVINCE: '省级', CITY: '地市级', COUNTY: '区县级' };

function levelOf(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

function parentOf(code: string, level: DivisionLevel): string | null {
  if (level === 'PROVINCE') return null;
  if (level === 'CITY') return `${code.slice(0, 2)}0000`;
  return `${code.slice(0, 4)}00`;
}

const byCode = new Map<string, Division>();
const children = new Map<string | null, Division[]>();
for (const row of dataset.divisions as Array<[string, string]>) {
  const [code, name] = row;
  const level = levelOf(code);
  const division: Division = Object.freeze({ code, name, level, parentCode: parentOf(code, level) });
  byCode.set(code, division);
  const siblings = children.get(division.parentCode);
  if (siblings) siblings.push(division);
  else children.set(division.parentCode, [division]);
}

export function getDivision(code: string): Division | undefined {
  return byCode.get(code);
}

/** Direct children in code order; `null` lists the provinces. Unknown codes have none. */
export function childrenOf(code: string | null): Division[] {
  return [...(children.get(code) ?? [])];
}

/** All cities and counties of a province, in code order (for demo-data generators). */
export function divisionsOf(provinceCode: string): Division[] {
  const province = byCode.get(provinceCode);
  if (province?.level !== 'PROVINCE') throw new Error(`${provinceCode} 不是省级行政区划代码`);
  const result: Division[] = [];
  for (const city of childrenOf(provinceCode)) result.push(city, ...childrenOf(city.code));
  return result;
}

/** The chain province → city → county, skipping grouping rows such as 市辖区. */
function lineage(division: Division): Division[] {
  const chain: Division[] = [];
  for (let d: Division | undefined = division; d; d = d.parentCode ? byCode.get(d.parentCode) : undefined) {
    chain.unshift(d);
  }
  return chain;
}

/**
 * Display name from the province down, e.g. `黑龙江省 哈尔滨市 南岗区`, `北京市 东城区`
 * (市辖区 left out). Undefined for unknown codes.
 */
export function fullName(code: string): string | undefined {
  const division = byCode.get(code);
  if (!division) return undefined;
  return lineage(division)
    .filter((d) => d === division || !GROUPING_NAMES.has(d.name))
    .map((d) => d.name)
    .join(' ');
}

function isLeaf(division: Division): boolean {
  return !children.has(division.code);
}

export interface DivisionCheckOptions {
  /** Required level. `COUNTY` also accepts a city without counties (东莞, 中山, 儋州): it is the finest unit there. */
  level?: DivisionLevel;
}

/** Returns a Chinese error message, or null when the code exists (at the required level). */
export function checkDivisionCode(code: string, options: DivisionCheckOptions = {}): string | null {
  if (code.length === 0) return '请选择行政区划';
  if (!/^\d{6}$/.test(code)) return '行政区划代码应为6位数字';
  const division = byCode.get(code);
  if (!division) return `行政区划代码${code}不存在`;
  const { level } = options;
  if (level && division.level !== level) {
    const finestAvailable = level === 'COUNTY' && division.level === 'CITY' && isLeaf(division);
    if (!finestAvailable) {
      return `${fullName(code)}（${code}）是${LEVEL_LABELS[division.level]}行政区划，此处需要${LEVEL_LABELS[level]}行政区划`;
    }
  }
  return null;
}

/**
 * The significant code prefix used to scope rows to a jurisdiction: province `230000` → `23`,
 * city `230100` → `2301`, county `230103` → `230103`. Rows whose division code starts with the
 * prefix belong to the jurisdiction. Throws for unknown codes: scoping by a bogus code must not
 * silently widen or empty a query.
 */
export function jurisdictionPrefix(code: string): string {
  const division = byCode.get(code);
  if (!division) throw new Error(`行政区划代码${code}不存在`);
  if (division.level === 'PROVINCE') return code.slice(0, 2);
  if (division.level === 'CITY') return code.slice(0, 4);
  return code;
}

/** True when `code` is the jurisdiction itself or lies inside it; false if either is unknown. */
export function isWithinJurisdiction(code: string, jurisdiction: string): boolean {
  if (!byCode.has(code) || !byCode.has(jurisdiction)) return false;
  return code.startsWith(jurisdictionPrefix(jurisdiction));
}
