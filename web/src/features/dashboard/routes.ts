// 数据大屏: the regulator's live statistics of its jurisdiction.
import type { Feature } from '../../shared/feature.ts';

export const dashboard: Feature = {
  routes: [
    {
      path: '/regulator/dashboard',
      access: { roles: ['REGULATOR', 'PLATFORM_ADMIN'] },
      page: () => import('./RegulatorDashboardPage.tsx').then((m) => m.RegulatorDashboardPage),
      menu: { key: 'regulator-dashboard', label: '数据大屏', order: 40 },
    },
  ],
};
