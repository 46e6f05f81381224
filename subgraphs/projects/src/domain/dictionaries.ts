// The subgraph's own small dictionaries (data, with the manuals' Chinese labels). GraphQL enums carry the values.

export const PROJECT_CATEGORIES = {
  BUILDING: '房屋建筑工程',
  MUNICIPAL: '市政公用工程',
  HIGHWAY: '公路工程',
  WATER_CONSERVANCY: '水利水电工程',
  RAILWAY: '铁路工程',
  PORT_WATERWAY: '港口与航道工程',
  POWER: '电力工程',
  OTHER: '其他',
} as const;
export type ProjectCategory = keyof typeof PROJECT_CATEGORIES;
export const PROJECT_CATEGORY_VALUES = Object.keys(PROJECT_CATEGORIES) as ProjectCategory[];

export const PROJECT_STATUSES = {
  UNDER_CONSTRUCTION: '在建',
  SUSPENDED: '停工',
  COMPLETED: '竣工',
} as const;
export type ProjectStatus = keyof typeof PROJECT_STATUSES;
export const PROJECT_STATUS_VALUES = Object.keys(PROJECT_STATUSES) as ProjectStatus[];

export const MAJOR_HAZARD_TYPES = {
  DEEP_EXCAVATION: '深基坑工程',
  HIGH_FORMWORK: '高大模板工程',
  SCAFFOLDING: '脚手架工程',
  HOISTING: '起重吊装及安装拆卸工程',
  DEMOLITION: '拆除工程',
  UNDERGROUND_EXCAVATION: '暗挖工程',
  OTHER: '其他',
} as const;
export type MajorHazardType = keyof typeof MAJOR_HAZARD_TYPES;
export const MAJOR_HAZARD_TYPE_VALUES = Object.keys(MAJOR_HAZARD_TYPES) as MajorHazardType[];

export function options<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.entries(labels) as Array<[K, string]>).map(([value, label]) => ({ value, label }));
}

/**
 * 投保状态 of a project, the regulator's filter (未投保 / 待复审 / 复审不通过 / 可出单 / 已投保), kept from underwriting's
 * events (insurance.ts). The values are underwriting's InsuranceStatus: 草稿 is the enterprise's alone and publishes
 * no event, so projects never records it.
 */
export {
  INSURANCE_STATUSES,
  INSURANCE_STATUS_VALUES,
  type InsuranceStatus,
} from '@anze/underwriting/domain/dictionaries';
