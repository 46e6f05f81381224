// 事故类别 (DOMAIN.md §6): the classification of accidents by cause, as versioned data. GB/T 6441-1986 《企业职工伤亡事故
// 分类》 lists 20 categories; GB 6441-2025 replaces it. A claim stores the standard and the code it was classified under,
// so a claim classified under one standard keeps its meaning when the next one becomes the default: a new standard is a
// new entry here and a configuration change (ACCIDENT_CATEGORY_STANDARD), never a rewrite of old codes.
export const ACCIDENT_CATEGORY_STANDARDS = {
  'GB/T 6441-1986': {
    '01': '物体打击',
    '02': '车辆伤害',
    '03': '机械伤害',
    '04': '起重伤害',
    '05': '触电',
    '06': '淹溺',
    '07': '灼烫',
    '08': '火灾',
    '09': '高处坠落',
    '10': '坍塌',
    '11': '冒顶片帮',
    '12': '透水',
    '13': '放炮',
    '14': '火药爆炸',
    '15': '瓦斯爆炸',
    '16': '锅炉爆炸',
    '17': '容器爆炸',
    '18': '其他爆炸',
    '19': '中毒和窒息',
    '20': '其他伤害',
  },
} as const satisfies Record<string, Record<string, string>>;

export type AccidentCategoryStandard = keyof typeof ACCIDENT_CATEGORY_STANDARDS;
export const ACCIDENT_CATEGORY_STANDARD_VALUES = Object.keys(
  ACCIDENT_CATEGORY_STANDARDS,
) as AccidentCategoryStandard[];
export const DEFAULT_ACCIDENT_CATEGORY_STANDARD: AccidentCategoryStandard = 'GB/T 6441-1986';

export function isAccidentCategoryStandard(value: string): value is AccidentCategoryStandard {
  return Object.hasOwn(ACCIDENT_CATEGORY_STANDARDS, value);
}

/** The categories of a standard, in the standard's order. */
export function accidentCategories(
  standard: AccidentCategoryStandard,
): Array<{ code: string; label: string }> {
  return Object.entries(ACCIDENT_CATEGORY_STANDARDS[standard]).map(([code, label]) => ({ code, label }));
}

/** The label of a code under a standard, or null when the standard has no such code. */
export function accidentCategoryLabel(standard: string, code: string): string | null {
  if (!isAccidentCategoryStandard(standard)) return null;
  const table: Readonly<Record<string, string>> = ACCIDENT_CATEGORY_STANDARDS[standard];
  return Object.hasOwn(table, code) ? table[code]! : null;
}
