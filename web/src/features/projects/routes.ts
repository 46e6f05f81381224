// 项目信息: the enterprise's own projects (list, 新增, 查看, 编辑) and the regulator's search over its jurisdiction.
import type { Feature } from '../../shared/feature.ts';

export const PROJECT_PATHS = {
  list: '/enterprise/projects',
  new: '/enterprise/projects/new',
  regulator: '/regulator/projects',
} as const;

/** 查看 (or 编辑) of one of the enterprise's projects. */
export function projectPath(id: string, edit = false): string {
  return `${PROJECT_PATHS.list}/${encodeURIComponent(id)}${edit ? '/edit' : ''}`;
}

const ENTERPRISE = { roles: ['ENTERPRISE'] } as const;

export const projects: Feature = {
  routes: [
    {
      path: PROJECT_PATHS.list,
      access: ENTERPRISE,
      page: () => import('./ProjectListPage.tsx').then((m) => m.ProjectListPage),
      menu: { key: 'enterprise-projects-list', label: '项目列表', group: 'enterprise-projects', order: 10 },
    },
    {
      path: PROJECT_PATHS.new,
      access: ENTERPRISE,
      page: () => import('./ProjectFormPage.tsx').then((m) => m.NewProjectPage),
      menu: { key: 'enterprise-projects-new', label: '新增项目', group: 'enterprise-projects', order: 20 },
    },
    {
      path: `${PROJECT_PATHS.list}/:id`,
      access: ENTERPRISE,
      page: () => import('./ProjectDetailPage.tsx').then((m) => m.ProjectDetailPage),
    },
    {
      path: `${PROJECT_PATHS.list}/:id/edit`,
      access: ENTERPRISE,
      page: () => import('./ProjectFormPage.tsx').then((m) => m.EditProjectPage),
    },
    {
      path: PROJECT_PATHS.regulator,
      access: { roles: ['REGULATOR', 'PLATFORM_ADMIN'] },
      page: () => import('./RegulatorProjectsPage.tsx').then((m) => m.RegulatorProjectsPage),
      menu: { key: 'regulator-projects', label: '项目信息', order: 20 },
    },
  ],
  // The enterprise's 项目信息 group; 在线填报 and 保单 join it from features/underwriting.
  menu: [{ key: 'enterprise-projects', label: '项目信息', roles: ['ENTERPRISE'], order: 20 }],
};
