// Menus per role, Heilongjiang naming (DOMAIN.md §3). An item without a path is a capability that is not built
// yet: it is shown disabled, never as a placeholder page.
import type { Role } from '../gql/graphql.ts';

export type MenuNode = { key: string; label: string; path?: string; children?: MenuNode[] };

export const PATHS = {
  enterpriseProfile: '/enterprise/profile',
  projects: '/enterprise/projects',
  projectNew: '/enterprise/projects/new',
  enterprises: '/enterprises',
  registrations: '/registrations',
  regulatorProjects: '/regulator/projects',
  regulatorDashboard: '/regulator/dashboard',
  audit: '/audit',
  changePassword: '/account/password',
} as const;

const enterprise: MenuNode[] = [
  { key: 'enterprise-profile', label: '企业信息', path: PATHS.enterpriseProfile },
  {
    key: 'enterprise-projects',
    label: '项目信息',
    children: [
      { key: 'enterprise-projects-list', label: '项目列表', path: PATHS.projects },
      { key: 'enterprise-projects-new', label: '新增项目', path: PATHS.projectNew },
      { key: 'enterprise-projects-apply', label: '在线填报' },
      { key: 'enterprise-projects-policies', label: '保单' },
    ],
  },
  {
    key: 'enterprise-prevention',
    label: '事故预防',
    children: [
      { key: 'enterprise-tasks-todo', label: '待办任务' },
      { key: 'enterprise-tasks-done', label: '已办任务' },
    ],
  },
];

const insurer: MenuNode[] = [
  {
    key: 'insurer-info',
    label: '信息管理',
    children: [
      { key: 'insurer-applications', label: '投保信息' },
      { key: 'insurer-policies', label: '保单信息' },
      { key: 'insurer-ledger', label: '保单台帐' },
    ],
  },
  {
    key: 'insurer-prevention',
    label: '事故预防',
    children: [
      { key: 'insurer-insured-projects', label: '投保项目' },
      { key: 'insurer-dispatch', label: '派单管理' },
      { key: 'insurer-experts', label: '专业技术人员' },
      { key: 'insurer-report-review', label: '报告审核' },
      { key: 'insurer-reports', label: '查看报告' },
    ],
  },
];

const preventionOrg: MenuNode[] = [
  { key: 'org-orders', label: '承接项目' },
  { key: 'org-dispatch', label: '派单管理' },
  { key: 'org-experts', label: '专业技术人员管理' },
  { key: 'org-report-review', label: '报告审核' },
];

const expert: MenuNode[] = [
  { key: 'expert-todo', label: '待办任务' },
  { key: 'expert-done', label: '已办任务' },
];

const registrations: MenuNode = { key: 'registrations', label: '注册审核', path: PATHS.registrations };
const audit: MenuNode = { key: 'audit', label: '审计日志', path: PATHS.audit };
// Shared by regulators and platform administrators (same key: a user with both roles sees each once).
const regulatorProjects: MenuNode = {
  key: 'regulator-projects',
  label: '项目信息',
  path: PATHS.regulatorProjects,
};
const regulatorDashboard: MenuNode = {
  key: 'regulator-dashboard',
  label: '数据大屏',
  path: PATHS.regulatorDashboard,
};

const regulator: MenuNode[] = [
  { key: 'regulator-enterprises', label: '企业信息', path: PATHS.enterprises },
  regulatorProjects,
  { key: 'regulator-statistics', label: '统计报告' },
  regulatorDashboard,
  registrations,
  {
    key: 'regulator-prevention',
    label: '事故预防',
    children: [
      { key: 'regulator-insured-projects', label: '投保项目' },
      { key: 'regulator-reports', label: '报告列表' },
    ],
  },
];

const platformAdmin: MenuNode[] = [
  registrations,
  regulatorProjects,
  regulatorDashboard,
  {
    key: 'admin-system',
    label: '系统管理',
    children: [
      { key: 'admin-organisations', label: '机构管理' },
      { key: 'admin-users', label: '用户管理' },
    ],
  },
  audit,
];

const MENUS: Record<Role, MenuNode[]> = {
  ENTERPRISE: enterprise,
  INSURER: insurer,
  BROKER: insurer,
  PREVENTION_ORG: preventionOrg,
  EXPERT: expert,
  REGULATOR: regulator,
  PLATFORM_ADMIN: platformAdmin,
  AUDITOR: [audit],
  API_CLIENT: [],
};

/** The menu of a user holding several roles: each role's items in role order, shared items once. */
export function menuFor(roles: readonly Role[]): MenuNode[] {
  const seen = new Set<string>();
  const result: MenuNode[] = [];
  for (const role of roles) {
    for (const node of MENUS[role]) {
      if (seen.has(node.key)) continue;
      seen.add(node.key);
      result.push(node);
    }
  }
  return result;
}

export function firstPath(nodes: readonly MenuNode[]): string | undefined {
  for (const node of nodes) {
    const path = node.path ?? (node.children ? firstPath(node.children) : undefined);
    if (path) return path;
  }
  return undefined;
}
