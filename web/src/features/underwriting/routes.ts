// 投保 and 保单 (underwriting): the enterprise's 在线填报 and 保单 in its 项目信息; the insurer's and broker's 信息管理
// (投保信息, 保单信息, 保单台帐) with 详情, 审核, 提交 (出单), 顺延 and 事故预防费; the platform's 方案管理.
import type { Feature } from '../../shared/feature.ts';

export const UNDERWRITING_PATHS = {
  /** 在线填报 (enterprise): its applications. */
  applications: '/enterprise/applications',
  /** 保单 (enterprise). */
  policies: '/enterprise/policies',
  /** 投保信息 (insurer, broker). */
  insurerApplications: '/insurer/applications',
  /** 保单信息 (insurer, broker). */
  insurerPolicies: '/insurer/policies',
  /** 保单台帐 (insurer, broker). */
  ledger: '/insurer/ledger',
  /** 方案管理 (platform admin). */
  plans: '/admin/plans',
} as const;

const encode = encodeURIComponent;

/** 填报: a new application for a project. */
export function applyPath(projectId: string): string {
  return `/enterprise/projects/${encode(projectId)}/apply`;
}

/** The enterprise's application: the form while it may be changed, else 查看投保单. */
export function myApplicationPath(id: string): string {
  return `${UNDERWRITING_PATHS.applications}/${encode(id)}`;
}

export function applicationDetailPath(id: string): string {
  return `${UNDERWRITING_PATHS.insurerApplications}/${encode(id)}`;
}

/** 提交 (出单) of a 复审通过 application. */
export function issuePath(applicationId: string): string {
  return `${applicationDetailPath(applicationId)}/issue`;
}

export function policyDetailPath(id: string): string {
  return `${UNDERWRITING_PATHS.insurerPolicies}/${encode(id)}`;
}

const ENTERPRISE = { roles: ['ENTERPRISE'] } as const;
const INSURERS = { roles: ['INSURER', 'BROKER'] } as const;
const INFO = 'insurer-info';

export const underwriting: Feature = {
  routes: [
    {
      path: UNDERWRITING_PATHS.applications,
      access: ENTERPRISE,
      page: () => import('./MyApplicationsPage.tsx').then((m) => m.MyApplicationsPage),
      // After 项目列表 and 新增项目 in the enterprise's 项目信息 (features/projects).
      menu: { key: 'enterprise-projects-apply', label: '在线填报', group: 'enterprise-projects', order: 30 },
    },
    {
      path: `${UNDERWRITING_PATHS.applications}/:id`,
      access: ENTERPRISE,
      page: () => import('./ApplicationFormPage.tsx').then((m) => m.EditApplicationPage),
    },
    {
      path: '/enterprise/projects/:projectId/apply',
      access: ENTERPRISE,
      page: () => import('./ApplicationFormPage.tsx').then((m) => m.NewApplicationPage),
    },
    {
      path: UNDERWRITING_PATHS.policies,
      access: ENTERPRISE,
      page: () => import('./MyPoliciesPage.tsx').then((m) => m.MyPoliciesPage),
      menu: { key: 'enterprise-projects-policies', label: '保单', group: 'enterprise-projects', order: 40 },
    },
    {
      path: UNDERWRITING_PATHS.insurerApplications,
      access: INSURERS,
      page: () => import('./ApplicationsPage.tsx').then((m) => m.ApplicationsPage),
      menu: { key: 'insurer-applications', label: '投保信息', group: INFO, order: 10 },
    },
    {
      path: `${UNDERWRITING_PATHS.insurerApplications}/:id`,
      access: INSURERS,
      page: () => import('./ApplicationDetailPage.tsx').then((m) => m.ApplicationDetailPage),
    },
    {
      path: `${UNDERWRITING_PATHS.insurerApplications}/:id/issue`,
      access: { roles: ['INSURER'] },
      page: () => import('./IssuePolicyPage.tsx').then((m) => m.IssuePolicyPage),
    },
    {
      path: UNDERWRITING_PATHS.insurerPolicies,
      access: INSURERS,
      page: () => import('./PoliciesPage.tsx').then((m) => m.PoliciesPage),
      menu: { key: 'insurer-policies', label: '保单信息', group: INFO, order: 20 },
    },
    {
      path: `${UNDERWRITING_PATHS.insurerPolicies}/:id`,
      access: INSURERS,
      page: () => import('./PolicyDetailPage.tsx').then((m) => m.PolicyDetailPage),
    },
    {
      path: UNDERWRITING_PATHS.ledger,
      access: INSURERS,
      page: () => import('./LedgerPage.tsx').then((m) => m.LedgerPage),
      menu: { key: 'insurer-ledger', label: '保单台帐', group: INFO, order: 30 },
    },
    {
      path: UNDERWRITING_PATHS.plans,
      access: { roles: ['PLATFORM_ADMIN'] },
      page: () => import('./PlansPage.tsx').then((m) => m.PlansPage),
      menu: { key: 'admin-plans', label: '方案管理', group: 'admin-system', order: 50 },
    },
  ],
  menu: [{ key: INFO, label: '信息管理', roles: ['INSURER', 'BROKER'], order: 10 }],
};
