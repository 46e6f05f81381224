// 审计日志: the platform's hash-chained audit log.
import type { Feature } from '../../shared/feature.ts';

export const audit: Feature = {
  routes: [
    {
      path: '/audit',
      access: { roles: ['PLATFORM_ADMIN', 'AUDITOR'] },
      page: () => import('./AuditLogPage.tsx').then((m) => m.AuditLogPage),
      menu: { key: 'audit', label: '审计日志', order: 60 },
    },
  ],
};
