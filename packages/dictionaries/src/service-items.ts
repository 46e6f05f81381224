// 事故预防服务项目 (AQ 9010-2019 practice, DOMAIN.md §6): what prevention fees are booked against and what dispatches
// order. Shared by underwriting (事故预防费) and prevention-dispatch (服务内容).
export const SERVICE_ITEMS = {
  '01': '安全生产宣传教育培训',
  '02': '安全风险辨识、评估和安全评价',
  '03': '生产安全事故隐患排查',
  '04': '安全生产标准化建设',
  '05': '生产安全事故应急预案编制和演练',
  '06': '安全生产科技推广应用',
  '07': '其他有关事故预防工作',
} as const;
export type ServiceItemCode = keyof typeof SERVICE_ITEMS;
export const SERVICE_ITEM_CODES = Object.keys(SERVICE_ITEMS) as ServiceItemCode[];

export function isServiceItem(code: string): code is ServiceItemCode {
  return Object.hasOwn(SERVICE_ITEMS, code);
}
