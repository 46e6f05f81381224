// 企业信息 of the enterprise itself: its registered profile and documents.
import type { Feature } from '../../shared/feature.ts';

export const enterprise: Feature = {
  routes: [
    {
      path: '/enterprise/profile',
      access: { roles: ['ENTERPRISE'] },
      page: () => import('./EnterpriseProfilePage.tsx').then((m) => m.EnterpriseProfilePage),
      menu: { key: 'enterprise-profile', label: '企业信息', order: 10 },
    },
  ],
};
