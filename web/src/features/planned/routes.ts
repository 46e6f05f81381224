// Capabilities not built yet, where the manuals put them in each role's menu: shown disabled (功能建设中), never as
// placeholder pages. When one is built its entries move, with a path, into its feature's routes.ts.
import type { Feature, MenuItem } from '../../shared/feature.ts';

const INSURERS = ['INSURER', 'BROKER'] as const;

/** 投保, 保单 (underwriting). */
const underwriting: MenuItem[] = [
  {
    key: 'enterprise-projects-apply',
    label: '在线填报',
    roles: ['ENTERPRISE'],
    group: 'enterprise-projects',
    order: 30,
  },
  {
    key: 'enterprise-projects-policies',
    label: '保单',
    roles: ['ENTERPRISE'],
    group: 'enterprise-projects',
    order: 40,
  },
  { key: 'insurer-info', label: '信息管理', roles: INSURERS, order: 10 },
  { key: 'insurer-applications', label: '投保信息', roles: INSURERS, group: 'insurer-info', order: 10 },
  { key: 'insurer-policies', label: '保单信息', roles: INSURERS, group: 'insurer-info', order: 20 },
  { key: 'insurer-ledger', label: '保单台帐', roles: INSURERS, group: 'insurer-info', order: 30 },
];

/** 事故预防 (prevention dispatch): tasks, orders, experts, reports. */
const prevention: MenuItem[] = [
  { key: 'enterprise-prevention', label: '事故预防', roles: ['ENTERPRISE'], order: 30 },
  {
    key: 'enterprise-tasks-todo',
    label: '待办任务',
    roles: ['ENTERPRISE'],
    group: 'enterprise-prevention',
    order: 10,
  },
  {
    key: 'enterprise-tasks-done',
    label: '已办任务',
    roles: ['ENTERPRISE'],
    group: 'enterprise-prevention',
    order: 20,
  },
  { key: 'insurer-prevention', label: '事故预防', roles: INSURERS, order: 20 },
  {
    key: 'insurer-insured-projects',
    label: '投保项目',
    roles: INSURERS,
    group: 'insurer-prevention',
    order: 10,
  },
  { key: 'insurer-dispatch', label: '派单管理', roles: INSURERS, group: 'insurer-prevention', order: 20 },
  { key: 'insurer-experts', label: '专业技术人员', roles: INSURERS, group: 'insurer-prevention', order: 30 },
  {
    key: 'insurer-report-review',
    label: '报告审核',
    roles: INSURERS,
    group: 'insurer-prevention',
    order: 40,
  },
  { key: 'insurer-reports', label: '查看报告', roles: INSURERS, group: 'insurer-prevention', order: 50 },
  { key: 'org-orders', label: '承接项目', roles: ['PREVENTION_ORG'], order: 10 },
  { key: 'org-dispatch', label: '派单管理', roles: ['PREVENTION_ORG'], order: 20 },
  { key: 'org-experts', label: '专业技术人员管理', roles: ['PREVENTION_ORG'], order: 30 },
  { key: 'org-report-review', label: '报告审核', roles: ['PREVENTION_ORG'], order: 40 },
  { key: 'expert-todo', label: '待办任务', roles: ['EXPERT'], order: 10 },
  { key: 'expert-done', label: '已办任务', roles: ['EXPERT'], order: 20 },
  { key: 'regulator-prevention', label: '事故预防', roles: ['REGULATOR'], order: 60 },
  {
    key: 'regulator-insured-projects',
    label: '投保项目',
    roles: ['REGULATOR'],
    group: 'regulator-prevention',
    order: 10,
  },
  {
    key: 'regulator-reports',
    label: '报告列表',
    roles: ['REGULATOR'],
    group: 'regulator-prevention',
    order: 20,
  },
];

/** 统计报告 (the regulator's report export) and 系统管理 (organisations and users). */
const administration: MenuItem[] = [
  { key: 'regulator-statistics', label: '统计报告', roles: ['REGULATOR'], order: 30 },
  { key: 'admin-system', label: '系统管理', roles: ['PLATFORM_ADMIN'], order: 50 },
  {
    key: 'admin-organisations',
    label: '机构管理',
    roles: ['PLATFORM_ADMIN'],
    group: 'admin-system',
    order: 10,
  },
  { key: 'admin-users', label: '用户管理', roles: ['PLATFORM_ADMIN'], group: 'admin-system', order: 20 },
];

export const planned: Feature = {
  name: 'planned',
  routes: [],
  menu: [...underwriting, ...prevention, ...administration],
};
