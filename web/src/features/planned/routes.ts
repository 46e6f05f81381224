// Capabilities not built yet, where the manuals put them in each role's menu: shown disabled (功能建设中), never as
// placeholder pages. When one is built its entries move, with a path, into its feature's routes.ts.
import type { Role } from '../../gql/graphql.ts';
import type { Feature, MenuItem } from '../../shared/feature.ts';

const ENTERPRISE = ['ENTERPRISE'] as const;
const INSURERS = ['INSURER', 'BROKER'] as const;
const REGULATOR = ['REGULATOR'] as const;

/** Entries one after the other (order first, first + 10, …), in `group` or, without one, at the top level. */
function entries(
  roles: readonly Role[],
  list: readonly (readonly [key: string, label: string])[],
  group?: string,
  first = 10,
): MenuItem[] {
  return list.map(([key, label], i) => ({
    key,
    label,
    roles,
    order: first + 10 * i,
    ...(group && { group }),
  }));
}

/** 事故预防 (prevention dispatch): tasks, orders, experts, reports. */
const prevention: MenuItem[] = [
  { key: 'enterprise-prevention', label: '事故预防', roles: ENTERPRISE, order: 30 },
  ...entries(
    ENTERPRISE,
    [
      ['enterprise-tasks-todo', '待办任务'],
      ['enterprise-tasks-done', '已办任务'],
    ],
    'enterprise-prevention',
  ),
  { key: 'insurer-prevention', label: '事故预防', roles: INSURERS, order: 20 },
  ...entries(
    INSURERS,
    [
      ['insurer-insured-projects', '投保项目'],
      ['insurer-dispatch', '派单管理'],
      ['insurer-experts', '专业技术人员'],
      ['insurer-report-review', '报告审核'],
      ['insurer-reports', '查看报告'],
    ],
    'insurer-prevention',
  ),
  ...entries(
    ['PREVENTION_ORG'],
    [
      ['org-orders', '承接项目'],
      ['org-dispatch', '派单管理'],
      ['org-experts', '专业技术人员管理'],
      ['org-report-review', '报告审核'],
    ],
  ),
  ...entries(
    ['EXPERT'],
    [
      ['expert-todo', '待办任务'],
      ['expert-done', '已办任务'],
    ],
  ),
  { key: 'regulator-prevention', label: '事故预防', roles: REGULATOR, order: 60 },
  ...entries(
    REGULATOR,
    [
      ['regulator-insured-projects', '投保项目'],
      ['regulator-reports', '报告列表'],
    ],
    'regulator-prevention',
  ),
];

/** 统计报告 (the regulator's report export). */
const statistics: MenuItem[] = [
  { key: 'regulator-statistics', label: '统计报告', roles: REGULATOR, order: 30 },
];

export const planned: Feature = {
  routes: [],
  menu: [...prevention, ...statistics],
};
