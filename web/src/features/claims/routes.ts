// 理赔 (claims): 保单信息 › 理赔 on the insurer's 保单详情 (features/underwriting), the enterprise's 报案 on its 保单, and
// 理赔信息 — the lists of the insurer and broker (信息管理), the enterprise (项目信息) and the regulator — with 理赔详情.
import type { Feature } from '../../shared/feature.ts';

export const CLAIM_PATHS = {
  /** 理赔信息 (insurer, broker). */
  insurer: '/insurer/claims',
  /** 理赔信息 (enterprise): its claims. */
  enterprise: '/enterprise/claims',
  /** 理赔信息 (regulator): its jurisdiction. */
  regulator: '/regulator/claims',
  /** 理赔详情 (every reader). */
  detail: '/claims',
} as const;

const encode = encodeURIComponent;

export function claimPath(id: string): string {
  return `${CLAIM_PATHS.detail}/${encode(id)}`;
}

/** 报案 and the claims of one of the enterprise's policies. */
export function enterprisePolicyClaimsPath(policyId: string): string {
  return `/enterprise/policies/${encode(policyId)}/claims`;
}

export const claims: Feature = {
  routes: [
    {
      path: CLAIM_PATHS.insurer,
      access: { roles: ['INSURER', 'BROKER'] },
      page: () => import('./ClaimsPage.tsx').then((m) => m.ClaimsPage),
      // The manual's 二.3, between 保单信息 (20) and 保单台帐 (30) of 信息管理.
      menu: { key: 'insurer-claims', label: '理赔信息', group: 'insurer-info', order: 25 },
    },
    {
      path: CLAIM_PATHS.enterprise,
      access: { roles: ['ENTERPRISE'] },
      page: () => import('./ClaimsPage.tsx').then((m) => m.ClaimsPage),
      // After 保单 (40) in the enterprise's 项目信息 (Benxi 理赔管理: 投保企业上传理赔信息).
      menu: { key: 'enterprise-claims', label: '理赔信息', group: 'enterprise-projects', order: 50 },
    },
    {
      path: '/enterprise/policies/:id/claims',
      access: { roles: ['ENTERPRISE'] },
      page: () => import('./EnterprisePolicyClaimsPage.tsx').then((m) => m.EnterprisePolicyClaimsPage),
    },
    {
      path: CLAIM_PATHS.regulator,
      access: { roles: ['REGULATOR', 'PLATFORM_ADMIN'] },
      page: () => import('./ClaimsPage.tsx').then((m) => m.ClaimsPage),
      // After 项目信息 (20), before 统计报告 (30).
      menu: { key: 'regulator-claims', label: '理赔信息', order: 25 },
    },
    {
      path: `${CLAIM_PATHS.detail}/:id`,
      access: { roles: ['ENTERPRISE', 'INSURER', 'BROKER', 'REGULATOR', 'PLATFORM_ADMIN'] },
      page: () => import('./ClaimDetailPage.tsx').then((m) => m.ClaimDetailPage),
    },
  ],
};
