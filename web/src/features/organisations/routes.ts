// 注册审核 and the regulator's 企业信息: the registered enterprises, with the review of new registrations.
import type { Feature } from '../../shared/feature.ts';

export const organisations: Feature = {
  routes: [
    {
      path: '/enterprises',
      access: { roles: ['REGULATOR'] },
      page: () => import('./OrganisationsPage.tsx').then((m) => m.EnterpriseDirectoryPage),
      menu: { key: 'regulator-enterprises', label: '企业信息', order: 10 },
    },
    {
      path: '/registrations',
      access: { roles: ['PLATFORM_ADMIN', 'REGULATOR'] },
      page: () => import('./OrganisationsPage.tsx').then((m) => m.RegistrationReviewPage),
      // First for platform administrators, after 数据大屏 for regulators.
      menu: { key: 'registrations', label: '注册审核', order: { PLATFORM_ADMIN: 10, REGULATOR: 50 } },
    },
  ],
};
