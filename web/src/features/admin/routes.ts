// 系统管理 (PLATFORM_ADMIN), the Benxi manual's 机构管理, 角色管理, 用户管理, plus the third-party platforms' API 客户端.
import type { Feature } from '../../shared/feature.ts';

export const ADMIN_PATHS = {
  organisations: '/admin/organisations',
  roles: '/admin/roles',
  users: '/admin/users',
  apiClients: '/admin/api-clients',
} as const;

export function adminOrganisationPath(id: string): string {
  return `${ADMIN_PATHS.organisations}/${encodeURIComponent(id)}`;
}

const ADMIN = { roles: ['PLATFORM_ADMIN'] } as const;
const GROUP = 'admin-system';

export const admin: Feature = {
  routes: [
    {
      path: ADMIN_PATHS.organisations,
      access: ADMIN,
      page: () => import('./OrganisationsPage.tsx').then((m) => m.OrganisationsPage),
      menu: { key: 'admin-organisations', label: '机构管理', group: GROUP, order: 10 },
    },
    {
      path: `${ADMIN_PATHS.organisations}/:id`,
      access: ADMIN,
      page: () => import('./OrganisationDetailPage.tsx').then((m) => m.OrganisationDetailPage),
    },
    {
      path: ADMIN_PATHS.roles,
      access: ADMIN,
      page: () => import('./RolesPage.tsx').then((m) => m.RolesPage),
      menu: { key: 'admin-roles', label: '角色管理', group: GROUP, order: 20 },
    },
    {
      path: ADMIN_PATHS.users,
      access: ADMIN,
      page: () => import('./UsersPage.tsx').then((m) => m.UsersPage),
      menu: { key: 'admin-users', label: '用户管理', group: GROUP, order: 30 },
    },
    {
      path: ADMIN_PATHS.apiClients,
      access: ADMIN,
      page: () => import('./ApiClientsPage.tsx').then((m) => m.ApiClientsPage),
      menu: { key: 'admin-api-clients', label: 'API 客户端', group: GROUP, order: 40 },
    },
  ],
  menu: [{ key: GROUP, label: '系统管理', roles: ['PLATFORM_ADMIN'], order: 50 }],
};
