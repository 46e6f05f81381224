// 角色管理 reads who may call what from generated/permissions.ts (the schema's @auth directives, the rule the
// subgraphs enforce); this module names the operations and services in Chinese and groups the table by role. The
// labels are the only hand-written part: the type makes tsc, and web/test/permissions.test.ts, fail on an operation
// without one. No React here: web/test runs it.
import type { Role } from '../../gql/graphql.ts';
import { OPERATIONS, type Operation, type OperationKey } from './generated/permissions.ts';

export { OPERATIONS, type Operation, type OperationKey };

export const OPERATION_LABELS: Record<OperationKey, string> = {
  'Query.viewer': '当前登录用户',
  'Query.passwordPolicy': '密码规则',
  'Query.divisions': '行政区划列表',
  'Query.division': '行政区划',
  'Query.myOrganisation': '本单位信息（企业信息）',
  'Query.organisation': '机构详情',
  'Query.organisations': '机构列表（注册审核、企业信息）',
  'Query.insurers': '可选保险机构',
  'Query.users': '用户列表',
  'Query.apiClients': 'API 客户端列表',
  'Query.auditRecords': '审计日志',
  'Query.auditTypes': '审计类型列表',
  'Query.auditChainVerification': '校验审计链',
  'Query.myProjects': '本企业项目列表',
  'Query.project': '项目详情',
  'Query.projects': '项目信息查询',
  'Query.projectCategories': '项目类别字典',
  'Query.majorHazardTypes': '重大危险源类别字典',
  'Query.regulatorMetrics': '数据大屏统计',
  'Query.analyticsFreshness': '统计数据更新时间',
  'Query.document': '资料详情',
  'Query.documents': '资料列表',
  'Query.documentsArchiveUrl': '资料下载（打包）',
  'Query.insurancePlans': '投保方案列表',
  'Query.insurancePlan': '方案详情',
  'Query.premiumQuote': '预计保费',
  'Query.insuranceApplications': '投保信息',
  'Query.insuranceApplication': '投保单详情',
  'Query.policies': '保单信息',
  'Query.policy': '保单详情',
  'Query.policyLedger': '保单台帐',
  'Query.preventionFeeLedger': '事故预防费台账',
  'Query.preventionFeeTotals': '事故预防费汇总',
  'Query.underwritingInsurers': '可选保险机构与经纪公司',
  'Query.underwritingSettings': '承保规则设置',
  'Query.preventionServiceItems': '事故预防服务项目字典',
  'Mutation.registerEnterprise': '企业注册',
  'Mutation.updateEnterpriseProfile': '修改企业信息',
  'Mutation.approveRegistration': '注册审核通过',
  'Mutation.rejectRegistration': '注册审核驳回',
  'Mutation.loginWithPassword': '密码登录',
  'Mutation.requestCertificateChallenge': '获取CA证书登录挑战码',
  'Mutation.loginWithCertificate': 'CA证书登录',
  'Mutation.refreshSession': '续期登录会话',
  'Mutation.logout': '退出登录',
  'Mutation.changePassword': '修改密码',
  'Mutation.createOrganisation': '新增机构',
  'Mutation.createUser': '新增用户',
  'Mutation.setUserRoles': '分配角色',
  'Mutation.setUserEnabled': '启用 / 停用用户',
  'Mutation.unlockUser': '解锁用户',
  'Mutation.resetPassword': '重置密码',
  'Mutation.setPartnership': '设置合作保险机构',
  'Mutation.revealContact': '查看机构完整联系方式',
  'Mutation.revealUserContact': '查看用户完整手机号',
  'Mutation.createApiClient': '新增 API 客户端',
  'Mutation.revokeApiClient': '吊销 API 客户端',
  'Mutation.issueClientToken': '第三方平台获取令牌',
  'Mutation.createProject': '新增项目',
  'Mutation.updateProject': '编辑项目',
  'Mutation.changeProjectStatus': '停工 / 复工 / 竣工',
  'Mutation.registerMajorHazard': '登记重大危险源',
  'Mutation.updateMajorHazard': '修改重大危险源',
  'Mutation.removeMajorHazard': '删除重大危险源',
  'Mutation.deleteDocument': '删除资料',
  'Mutation.saveInsuranceApplication': '在线填报（保存）',
  'Mutation.submitInsuranceApplication': '提交保单',
  'Mutation.withdrawInsuranceApplication': '撤回投保单',
  'Mutation.reviewInsuranceApplication': '投保审核（复审）',
  'Mutation.issuePolicy': '出单（提交保单信息）',
  'Mutation.extendPolicy': '保单顺延',
  'Mutation.surrenderPolicy': '退保（不允许）',
  'Mutation.recordPreventionFee': '登记事故预防费',
  'Mutation.revealApplicationContact': '查看投保单完整联系电话',
  'Mutation.publishInsurancePlan': '发布方案版本',
  'Mutation.retireInsurancePlan': '停用方案版本',
  'Query.claims': '理赔信息列表',
  'Query.claim': '理赔详情',
  'Query.claimPolicy': '保单理赔信息（累计金额）',
  'Query.accidentCategories': '事故类别',
  'Query.claimSettings': '理赔规则',
  'Mutation.reportClaim': '报案 / 新增理赔',
  'Mutation.acceptClaim': '受理理赔',
  'Mutation.requestClaimSupplement': '要求补充材料',
  'Mutation.provideClaimSupplement': '提交补充材料',
  'Mutation.settleClaim': '理赔结案（已决）',
  'Mutation.declineClaim': '拒赔',
  'Mutation.reopenClaim': '重新受理理赔',
  'Mutation.correctClaim': '更正理赔金额',
};

/** The services (subgraphs) by their Chinese names. */
export const SUBGRAPH_LABELS: Record<string, string> = {
  identity: '身份与机构',
  projects: '项目',
  underwriting: '承保',
  claims: '理赔',
  analytics: '统计分析',
  documents: '资料',
};

export function operationLabel(key: OperationKey): string {
  return OPERATION_LABELS[key];
}

/** What a role may call: its queries (查询) and its mutations (操作), in the order of the labels. */
export function operationsOf(role: Role): { queries: Operation[]; mutations: Operation[] } {
  const own = OPERATIONS.filter((o) => o.roles?.includes(role));
  return {
    queries: own.filter((o) => o.kind === 'query'),
    mutations: own.filter((o) => o.kind !== 'query'),
  };
}

/** What anyone may call, signed in or not (登录, 注册, 字典). */
export const PUBLIC_OPERATIONS: readonly Operation[] = OPERATIONS.filter((o) => o.roles === null);

/**
 * The scopes an API client can be granted: `<service>:read` for each service whose queries the API_CLIENT role may
 * call, `<service>:write` for mutations (the form `资源:read|write` identity accepts). Derived from the same table,
 * so a service opened to third-party platforms in the schema appears here without a hand-kept list.
 */
export function apiClientScopes(): { scope: string; operations: Operation[] }[] {
  const scopes = new Map<string, Operation[]>();
  for (const o of OPERATIONS) {
    if (!o.roles?.includes('API_CLIENT')) continue;
    const scope = `${o.subgraph}:${o.kind === 'query' ? 'read' : 'write'}`;
    scopes.set(scope, [...(scopes.get(scope) ?? []), o]);
  }
  return [...scopes]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([scope, operations]) => ({ scope, operations }));
}
