// CONTEXT: the menus are assembled from what each feature declares (features/*/routes.ts); these are the manuals'
// menus per role, including the capabilities not built yet (shown disabled), so a feature added or moved cannot
// silently reorder or drop an entry of another role.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FEATURES } from '../src/features/index.ts';
import type { Role } from '../src/gql/graphql.ts';
import { firstPath, menuFor, type MenuNode } from '../src/layout/menus.ts';

/** One line per entry: a page as `label → path`, a capability not built yet as `label (建设中)`, groups indented. */
function outline(nodes: readonly MenuNode[], indent = ''): string[] {
  return nodes.flatMap((n) => [
    `${indent}${n.label}${n.path ? ` → ${n.path}` : n.children ? '' : ' (建设中)'}`,
    ...outline(n.children ?? [], `${indent}  `),
  ]);
}

const menuOf = (...roles: Role[]) => outline(menuFor(FEATURES, roles));

const INSURER = [
  '信息管理',
  '  投保信息 → /insurer/applications',
  '  保单信息 → /insurer/policies',
  '  理赔信息 → /insurer/claims',
  '  保单台帐 → /insurer/ledger',
  '事故预防',
  '  投保项目 (建设中)',
  '  派单管理 (建设中)',
  '  专业技术人员 (建设中)',
  '  报告审核 (建设中)',
  '  查看报告 (建设中)',
];

test('each role sees the menu of its manual', () => {
  assert.deepEqual(menuOf('ENTERPRISE'), [
    '企业信息 → /enterprise/profile',
    '项目信息',
    '  项目列表 → /enterprise/projects',
    '  新增项目 → /enterprise/projects/new',
    '  在线填报 → /enterprise/applications',
    '  保单 → /enterprise/policies',
    '  理赔信息 → /enterprise/claims',
    '事故预防',
    '  待办任务 (建设中)',
    '  已办任务 (建设中)',
  ]);
  assert.deepEqual(menuOf('INSURER'), INSURER);
  assert.deepEqual(menuOf('BROKER'), INSURER);
  assert.deepEqual(menuOf('PREVENTION_ORG'), [
    '承接项目 (建设中)',
    '派单管理 (建设中)',
    '专业技术人员管理 (建设中)',
    '报告审核 (建设中)',
  ]);
  assert.deepEqual(menuOf('EXPERT'), ['待办任务 (建设中)', '已办任务 (建设中)']);
  assert.deepEqual(menuOf('REGULATOR'), [
    '企业信息 → /enterprises',
    '项目信息 → /regulator/projects',
    '理赔信息 → /regulator/claims',
    '统计报告 (建设中)',
    '数据大屏 → /regulator/dashboard',
    '注册审核 → /registrations',
    '事故预防',
    '  投保项目 (建设中)',
    '  报告列表 (建设中)',
  ]);
  assert.deepEqual(menuOf('PLATFORM_ADMIN'), [
    '注册审核 → /registrations',
    '项目信息 → /regulator/projects',
    '理赔信息 → /regulator/claims',
    '数据大屏 → /regulator/dashboard',
    '系统管理',
    '  机构管理 → /admin/organisations',
    '  角色管理 → /admin/roles',
    '  用户管理 → /admin/users',
    '  API 客户端 → /admin/api-clients',
    '  方案管理 → /admin/plans',
    '审计日志 → /audit',
  ]);
  assert.deepEqual(menuOf('AUDITOR'), ['审计日志 → /audit']);
  assert.deepEqual(menuOf('API_CLIENT'), []);
});

test('several roles: each role in turn, an entry they share once', () => {
  assert.deepEqual(menuOf('REGULATOR', 'PLATFORM_ADMIN'), [
    ...menuOf('REGULATOR'),
    '系统管理',
    '  机构管理 → /admin/organisations',
    '  角色管理 → /admin/roles',
    '  用户管理 → /admin/users',
    '  API 客户端 → /admin/api-clients',
    '  方案管理 → /admin/plans',
    '审计日志 → /audit',
  ]);
  assert.deepEqual(menuOf('INSURER', 'BROKER'), INSURER);
  assert.deepEqual(menuOf('AUDITOR', 'PLATFORM_ADMIN'), [
    '审计日志 → /audit',
    ...menuOf('PLATFORM_ADMIN').slice(0, -1),
  ]);
});

test('the landing page is the first page of the menu', () => {
  assert.equal(firstPath(menuFor(FEATURES, ['ENTERPRISE'])), '/enterprise/profile');
  assert.equal(firstPath(menuFor(FEATURES, ['REGULATOR'])), '/enterprises');
  assert.equal(firstPath(menuFor(FEATURES, ['PLATFORM_ADMIN'])), '/registrations');
  assert.equal(firstPath(menuFor(FEATURES, ['EXPERT'])), undefined);
});

test('paths and menu keys are declared once, and every group an entry names exists', () => {
  const routes = FEATURES.flatMap((f) => f.routes);
  const paths = routes.map((r) => r.path);
  assert.deepEqual(paths, [...new Set(paths)]);
  const entries = [
    ...routes.flatMap((r) => (r.menu ? [r.menu] : [])),
    ...FEATURES.flatMap((f) => f.menu ?? []),
  ];
  const keys = entries.map((e) => e.key);
  assert.deepEqual(keys, [...new Set(keys)]);
  for (const e of entries) {
    if (e.group) assert.ok(keys.includes(e.group), `${e.key} is in the unknown group ${e.group}`);
  }
});
